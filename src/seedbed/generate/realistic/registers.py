"""Numbers a national register issues, in the shape of the row's country (issue 10, r18).

* ``id.vat``: a VAT (or GST / business) number of the row's country: its ISO prefix and the
  register's digits (``GB123456789``, ``DE123456789``, ``ATU12345678``, ``NL123456789B01``),
  not 'VAT-665333'; distinct rows get distinct numbers (the rank sits in the last digits).
* ``money.sort_code``: a UK bank sort code, ``12-34-56`` (six digits where the column is narrow).
* ``id.section``: the number of a chapter (``12``), a section or clause (``4.2``), or an ATA
  chapter of an aircraft manual (``32``, ``32-11`` where it fits).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.permute import permute
from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.geo import digits_format
from seedbed.generate.realistic.registry import register
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
