"""Numbers a national register issues, in the shape of the row's country (issue 10, r18).

* ``id.vat``: a VAT (or GST / business) number of the row's country: its ISO prefix and the
  register's digits (``GB123456789``, ``DE123456789``, ``ATU12345678``, ``NL123456789B01``),
  not 'VAT-665333'; distinct rows get distinct numbers (the rank sits in the last digits).
* ``money.sort_code``: a UK bank sort code, ``12-34-56`` (six digits where the column is narrow).
* ``id.national``: a number a country issues to a person, in that country's shape (r36): a UK
  National Insurance number ``QQ 12 34 56 C`` (not ``NI994802``), a driving licence the DVLA's sixteen
  characters from the holder's surname (``MORGA753116SM9IJ``, not ``PL-2024-775088``), an NHS number
  with its check digit; ``kind`` (param) ``person``, ``licence`` or ``health``, ``country`` (param) where
  the column's name fixes it (``ni_number``, ``tfn``), else the row's person's (the dataset's one place,
  ``realistic.where``). A value too wide loses its spaces and hyphens; UNIQUE columns get distinct numbers.
* ``id.section``: the number of a chapter (``12``), a section or clause (``4.2``), or an ATA
  chapter of an aircraft manual (``32``, ``32-11`` where it fits).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.geo import digits_format
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import apply, lengths
from seedbed.generate.values.data import column_key

#: VAT / GST number shapes by country: ``#`` a digit, ``@`` a letter, anything else as written.
_VAT = {"GB": "GB#########", "DE": "DE#########", "FR": "FR###########", "NL": "NL#########B01",
        "IE": "IE#######@", "ES": "ES@#######@", "IT": "IT###########", "BE": "BE0#########", "AT": "ATU########",
        "PL": "PL##########", "SE": "SE##########01", "DK": "DK########", "PT": "PT#########", "FI": "FI########",
        "CZ": "CZ########", "CH": "CHE#########", "NO": "NO#########MVA", "LU": "LU########", "GR": "EL#########",
        "HU": "HU########", "RO": "RO########", "SK": "SK##########", "SI": "SI########", "HR": "HR###########",
        "EE": "EE#########", "LV": "LV###########", "LT": "LT#########", "CY": "CY########@", "BG": "BG#########",
        "AU": "###########", "NZ": "###-###-###", "CA": "#########RT0001", "IN": "##@@@@@####@1Z#",
        "ZA": "4#########", "MX": "@@@######@@#", "BR": "##.###.###/0001-##",
        "US": "##-#######"}  # a US firm has no VAT number: its EIN is the tax number asked for
_FALLBACK = ("GB#########", "#########")


@register("id.vat", unique="native", cut="never")
def _vat(call: Call) -> np.ndarray:
    width = call.lmax or 99
    countries = call.row.person()["country"]
    ranks = call.ranks("vat") if call.unique else None
    if ranks is not None:  # spread over the six trailing digits (GB229431718, not GB229000718)
        if call.req.table_rows > 10**6:
            raise GiveUp("more VAT numbers than six trailing digits hold")
        ranks = permute(ranks, 10**6, column_key(call.req, "vat"))
    out = np.empty(call.n, dtype=object)
    fallback = next((s for s in _FALLBACK if len(s) <= width), None)
    if fallback is None:
        raise GiveUp(f"no VAT number fits {width} characters")
    shapes = np.array([_VAT.get(c, "") if len(_VAT.get(c, "")) <= width else "" for c in countries.tolist()],
                      dtype=object)
    shapes[shapes == ""] = fallback  # a country without a VAT register of its own: a UK-shaped one
    for shape in np.unique(shapes).tolist():
        rows = np.flatnonzero(shapes == shape)
        tail = None if ranks is None else ranks[rows]
        made = digits_format(shape.replace("N", "~"), len(rows), call.rng, fixed_tail=tail)  # N: a digit there
        out[rows] = [v.replace("~", "N") for v in made]
    return out


@register("money.sort_code", cut="never")
def _sort_code(call: Call) -> np.ndarray:
    shape = "##-##-##" if (call.lmax or 8) >= 8 else "######"
    return np.array(digits_format(shape, call.n, call.rng), dtype=object)


#: ATA iSpec 2200 chapters most defects are filed under (air conditioning ... engine controls).
_ATA = (21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 38, 49, 52, 53, 54, 55, 56, 57, 71, 72, 73,
        74, 75, 76, 77, 78, 79, 80)


@register("id.section", cut="never")
def _section(call: Call) -> np.ndarray:
    rng, n, width = call.rng, call.n, call.lmax or 12
    style = call.p("style", "section")
    if style == "ata":
        chapter = np.array(_ATA)[rng.integers(0, len(_ATA), size=n)]
        out = np.array([f"{c:02d}" for c in chapter.tolist()], dtype=object)
        if width >= 5:  # a sub-chapter: 32-11
            sub = rng.integers(0, 6, size=n) * 10 + rng.integers(0, 2, size=n)
            out = np.array([f"{c}-{s:02d}" for c, s in zip(out.tolist(), sub.tolist(), strict=True)], dtype=object)
        return out
    top = np.minimum(rng.geometric(0.12, size=n), 40 if style == "chapter" else 25)
    if style == "chapter" or width < 3:
        return np.array([str(t) for t in top.tolist()], dtype=object)
    sub = rng.geometric(0.3, size=n)
    return np.array([f"{t}.{s}" for t, s in zip(top.tolist(), sub.tolist(), strict=True)], dtype=object)


# ------------------------------------------------------------------------------ national numbers (r36)

_PERSON = {"US": "N##-##-####", "CA": "N## ### ###", "AU": "### ### ###", "NZ": "###-###-###", "IE": "#######@",
           "IN": "N### #### ####", "DE": "N##########", "NL": "#########", "BE": "##.##.##-###.##", "ES": "########@",
           "PT": "#########", "BR": "###.###.###-##", "SE": "######-####", "DK": "######-####", "FI": "######-####",
           "NO": "###########", "PL": "###########", "CZ": "######/####", "CH": "756.####.####.##", "AT": "#### ######",
           "FR": "N ## ## ## ### ### ##", "IT": "@@@@@@##@##@###@", "MX": "@@@@######@@@@@@##",
           "ZW": "N#-######-@-##", "KE": "N#######", "ZA": "#############", "NG": "N##########",
           "GH": "GHA-#########-#", "TR": "N##########", "CN": "N#################", "KR": "######-N######",
           "JP": "N###########", "IL": "#########"}
_LICENCE = {"US": "@#######", "CA": "@####-#####-#####", "AU": "########", "NZ": "@@######", "IE": "#########",
            "IN": "@@## ###########", "DE": "@##@@@@@###", "FR": "############", "ES": "########@", "IT": "@@#######@",
            "NL": "##########"}
_HEALTH = {"AU": "#### ##### #", "US": "N@@#-@@#-@@##", "CA": "#### ### ###", "IE": "#######@"}
_NATIONAL_FALLBACK = {"person": "#########", "licence": "@#######", "health": "##########"}
#: Letters a National Insurance number may start with (HMRC: not D, F, I, Q, U, V; the second not O).
_NINO_FIRST = np.frombuffer(b"ABCEGHJKLMNOPRSTWXYZ", dtype=np.uint8)
_NINO_SECOND = np.frombuffer(b"ABCEGHJKLMNPRSTWXYZ", dtype=np.uint8)


def _tails(call: Call) -> np.ndarray | None:
    """Six trailing digits from the rows' ranks (a bijection) where the column is UNIQUE."""
    if not call.unique:
        return None
    if call.req.table_rows > 10**6:
        raise GiveUp("more national numbers than six trailing digits hold")
    return permute(call.ranks("national"), 10**6, column_key(call.req, "national"))


def _shaped(call: Call, shape: str, rows: np.ndarray, tail: np.ndarray | None) -> list[str]:
    return digits_format(shape, len(rows), call.rng, fixed_tail=None if tail is None else tail[rows])


def _nino(call: Call, rows: np.ndarray, tail: np.ndarray | None) -> list[str]:
    rng, k = call.rng, len(rows)
    first = _NINO_FIRST[rng.integers(0, len(_NINO_FIRST), size=k)]
    second = _NINO_SECOND[rng.integers(0, len(_NINO_SECOND), size=k)]
    body = rng.integers(0, 10**6, size=k) if tail is None else tail[rows]
    suffix = np.frombuffer(b"ABCD", dtype=np.uint8)[rng.integers(0, 4, size=k)]
    return [f"{chr(a)}{chr(b)} {d // 10000:02d} {d // 100 % 100:02d} {d % 100:02d} {chr(s)}"
            for a, b, d, s in zip(first.tolist(), second.tolist(), body.tolist(), suffix.tolist(), strict=True)]


def _dvla(call: Call, rows: np.ndarray, tail: np.ndarray | None) -> list[str]:
    """A DVLA licence number of the row's person: surname (5, padded with 9), decade, month (+50 for a
    woman), day, year, initials (padded with 9), 9, two check letters."""
    p = call.row.person()
    rng, k = call.rng, len(rows)
    last = p["last_ascii"][rows].tolist()
    first = p["first_ascii"][rows].tolist()
    female = (p["gender"][rows] == "F").tolist()
    year = rng.integers(50, 100, size=k).tolist() if tail is None else (40 + tail[rows] % 60).tolist()
    month = rng.integers(1, 13, size=k).tolist() if tail is None else (1 + tail[rows] // 60 % 12).tolist()
    day = rng.integers(1, 29, size=k).tolist() if tail is None else (1 + tail[rows] // 720 % 28).tolist()
    check = (rng.integers(0, 26, size=(k, 2)) if tail is None
             else np.stack([tail[rows] // 20160 // 26 % 26, tail[rows] // 20160 % 26], axis=1)).tolist()
    out = []
    for s, f, w, y, m, d, c in zip(last, first, female, year, month, day, check, strict=True):
        head = "".join(ch for ch in s.upper() if "A" <= ch <= "Z")[:5].ljust(5, "9")
        init = ("".join(ch for ch in f.upper() if "A" <= ch <= "Z")[:1] or "9").ljust(2, "9")
        out.append(f"{head}{y // 10}{m + (50 if w else 0):02d}{d:02d}{y % 10}{init}9{chr(65 + c[0])}{chr(65 + c[1])}")
    return out


def _nhs(call: Call, rows: np.ndarray, tail: np.ndarray | None) -> list[str]:
    """Ten digits whose last is the modulus-11 check of the first nine (none gives 10: the ninth moves)."""
    digits = call.rng.integers(0, 10, size=(len(rows), 9))
    digits[:, 0] = call.rng.integers(4, 8, size=len(rows))  # issued numbers start 4-7 in England and Wales
    if tail is not None:
        v = tail[rows].copy()
        for pos in range(7, 1, -1):  # the ninth digit stays free for the check's sake
            v, digits[:, pos] = np.divmod(v, 10)
    weights = np.arange(10, 1, -1)
    out = []
    for row in digits.tolist():
        for bump in range(10):
            row8 = (row[8] + bump) % 10
            check = 11 - (sum(w * x for w, x in zip(weights.tolist(), row[:8] + [row8], strict=True)) % 11)
            if check != 10:
                s = "".join(map(str, row[:8] + [row8])) + str(0 if check == 11 else check)
                out.append(f"{s[:3]} {s[3:6]} {s[6:]}")
                break
    return out


_SPECIAL = {("person", "GB"): _nino, ("licence", "GB"): _dvla, ("health", "GB"): _nhs}


@register("id.national", unique="native", cut="never")
def _national(call: Call) -> np.ndarray:
    kind = str(call.p("kind", "person"))
    fixed = call.p("country")
    countries = (np.full(call.n, str(fixed), dtype=object) if fixed else call.row.person()["country"]).astype(str)
    shapes = {"person": _PERSON, "licence": _LICENCE, "health": _HEALTH}[kind]
    tail = _tails(call)
    out = np.empty(call.n, dtype=object)
    for code in np.unique(countries).tolist():
        rows = np.flatnonzero(countries == code)
        special = _SPECIAL.get((kind, code))
        shape = shapes.get(code, _NATIONAL_FALLBACK[kind])
        out[rows] = special(call, rows, tail) if special else _shaped(call, shape, rows, tail)
    lmax = call.lmax
    if lmax is not None and len(out) and int(lengths(out).max()) > lmax:
        out = apply(lambda v: v.replace(" ", "").replace("-", "").replace(".", "").replace("/", ""), out)
        if int(lengths(out).max()) > lmax:
            raise GiveUp(f"no national number fits {lmax} characters")
    return out
