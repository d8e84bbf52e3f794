"""Vehicles' own codes: a VIN that a VIN decoder accepts, a number plate in its country's shape.

* ``vehicle.vin``: 17 characters of ISO 3779: a real manufacturer prefix (WMI), five characters
  describing the model, the check digit of position 9 (North American rule, accepted everywhere),
  the model year letter, a plant letter and a six-digit serial; never I, O or Q. Distinct rows get
  distinct serials (the serial is the row's scrambled rank).
* ``aviation.registration``: an aircraft's registration in its owner's country's register
  (``G-EUPT``, ``N482DL``, ``D-AIBL``): the nationality mark and the letters or digits after it.
* ``vehicle.plate``: the shape of the row's country (the person of the row, so a car of a German
  owner carries ``B AB 1234``), else a common one; a shape that does not fit the column is skipped.
  Distinct rows get distinct plates: the rank fills the shape's letters and digits (a bijection).
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call, GiveUp
from seedbed.generate.realistic.registry import register

__all__ = ["vin_check_digit"]

#: World manufacturer identifiers (the first three characters of a VIN) of common makes.
_WMI = ("1HG", "1FA", "1FT", "1G1", "2T1", "3VW", "4T1", "5YJ", "JHM", "JN1", "JTD", "KMH", "KNA", "SAL",
        "VF1", "VF3", "W0L", "WAU", "WBA", "WDD", "WF0", "WVW", "YV1", "ZFA", "TMB", "VSS", "SJN", "MAL")
_VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q
_TRANSLIT = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
             **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_YEARS = "ABCDEFGHJKLMNPRS"  # model-year letters of 2010 to 2025


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) of a 17-character VIN, 0-9 or X."""
    total = sum(_TRANSLIT[ch] * w for ch, w in zip(vin, _WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


@register("vehicle.vin", unique="native", cut="never")
def _vin(call: Call) -> np.ndarray:
    if call.lmax is not None and call.lmax < 17:
        raise GiveUp("a VIN has 17 characters")
    rng, n = call.rng, call.n
    wmi = np.array(_WMI, dtype=object)[rng.integers(0, len(_WMI), size=n)]
    chars = np.frombuffer(_VIN_CHARS.encode(), dtype=np.uint8)
    vds = chars[rng.integers(0, len(chars), size=(n, 5))]
    age = np.minimum(rng.geometric(0.18, size=n) - 1, 15)  # model years, mostly recent: S = 2025, A = 2010
    year = np.frombuffer(_YEARS.encode(), dtype=np.uint8)[15 - age]
    plant = chars[rng.integers(10, len(chars), size=n)]
    serial = call.ranks("vin") % 1_000_000 if call.unique else rng.integers(0, 1_000_000, size=n)
    if call.unique and call.req.table_rows > 1_000_000:
        raise GiveUp("more vehicles than six-digit serials")
    out = []
    for w, v, y, p, s in zip(wmi.tolist(), vds.tolist(), year.tolist(), plant.tolist(), serial.tolist(), strict=True):
        body = f"{w}{bytes(v).decode()}0{chr(y)}{chr(p)}{int(s):06d}"
        out.append(body[:8] + vin_check_digit(body) + body[9:])
    return np.array(out, dtype=object)


#: Plate shapes by country: ``L`` a letter, ``D`` a digit, anything else as written.
_PLATES = {"US": ("DLLLDDD", "LLL DDDD", "LLL-DDDD"), "CA": ("LLLL DDD", "LLL DDD"), "GB": ("LLDD LLL",),
           "DE": ("L LL DDDD", "LL LL DDD"), "FR": ("LL-DDD-LL",), "IT": ("LL DDDLL",), "ES": ("DDDD LLL",),
           "NL": ("LL-DDD-L", "D-LLL-DD"), "BE": ("D-LLL-DDD",), "AT": ("L DDDD LL",), "CH": ("LL DDDDDD",),
           "PL": ("LL DDDDD",), "SE": ("LLL DDL",), "AU": ("DLLDLL", "LLL-DDD"), "BR": ("LLLDLDD",),
           "IN": ("LL DD LL DDDD",), "JP": ("DDD LL DD-DD",), "MX": ("LLL-DDD-L",)}
_COMMON = ("LLL DDDD", "LL-DDD-LL", "LLDD LLL")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # plates avoid I, O and Q too


def _fill(shape: str, number: int, letter: str = "L", digit: str = "D") -> str:
    """The ``number``-th plate of ``shape`` (mixed radix over its ``letter`` and ``digit`` places)."""
    out = []
    for ch in reversed(shape):
        if ch == letter:
            number, r = divmod(number, len(_LETTERS))
            out.append(_LETTERS[r])
        elif ch == digit:
            number, r = divmod(number, 10)
            out.append(str(r))
        else:
            out.append(ch)
    return "".join(reversed(out))


def _space(shape: str, letter: str = "L", digit: str = "D") -> int:
    return len(_LETTERS) ** shape.count(letter) * 10 ** shape.count(digit)


def _marks(call: Call, by_country: dict, common: tuple[str, ...], what: str, letter: str, digit: str,
           skip_first_digit: str | None = None) -> np.ndarray:
    """A mark of the row's country per row (a plate, an aircraft registration): a shape of that country
    that fits the column (else a common one), filled at random, or through a bijection of the row's
    rank where the column is UNIQUE (distinct by construction). ``skip_first_digit``: shapes starting
    with it never take a 0 as their first digit (an N-number)."""
    width = call.lmax or 99
    fitting = [s for s in common if len(s) <= width]
    if not fitting:
        raise GiveUp(f"no {what} fits {width} characters")
    countries = call.row.person()["country"].tolist()
    pick = call.rng.integers(0, 1 << 30, size=call.n).tolist()
    ranks = call.ranks(what).tolist() if call.unique else None
    out = []
    for i, country in enumerate(countries):
        shapes = [s for s in by_country.get(country, ()) if len(s) <= width] or fitting
        shape = shapes[pick[i] % len(shapes)]
        space = _space(shape, letter, digit)
        skip = space // 10 if skip_first_digit and shape.startswith(skip_first_digit) else 0
        if ranks is not None:
            if call.req.table_rows > space - skip:
                raise GiveUp(f"more rows than {what}s of one shape")
            number = (ranks[i] * 2654435761 + 0x5EED) % (space - skip)
        else:
            number = (pick[i] * 40503 + i) % (space - skip)
        out.append(_fill(shape, number + skip, letter, digit))
    return np.array(out, dtype=object)


#: A British plate's age identifier: March (the year's two digits) or September (+50) registrations,
#: 2010-2025, recent ones more often (a school's or a fleet's cars are a few years old).
_GB_AGES = np.array([f"{y:02d}" for y in range(10, 26)] + [f"{y + 50:02d}" for y in range(10, 25)], dtype=object)


def _british(number: int) -> str:
    """The ``number``-th British plate: two letters, an age identifier, three letters."""
    tail, number = _fill("LLL", number % len(_LETTERS) ** 3), number // len(_LETTERS) ** 3
    age, number = _GB_AGES[number % len(_GB_AGES)], number // len(_GB_AGES)
    return f"{_fill('LL', number)}{age} {tail}"


@register("vehicle.plate", unique="native", cut="never")
def _plate(call: Call) -> np.ndarray:
    out = _marks(call, _PLATES, tuple(_COMMON), "plate", "L", "D")
    british = np.array([len(v) == 8 and v[2:4].isdigit() and v[4] == " " for v in out.tolist()], dtype=bool)
    if call.unique and british.any():  # every plate of that shape from one bijection of its rank: distinct
        rows = np.flatnonzero(british)
        space = len(_LETTERS) ** 5 * len(_GB_AGES)
        if call.req.table_rows > space:
            raise GiveUp("more plates than British plates")
        number = (call.ranks("plate")[rows].astype(object) * 2654435761 + 0x5EED) % space
        out[rows] = [_british(int(v)) for v in number.tolist()]
    elif british.any():  # 'GH86 XHP' is no British plate: its digits are a registration's half-year
        gb = np.flatnonzero((call.row.person()["country"] == "GB") & british)
        if gb.size:
            w = np.linspace(1.0, 3.0, len(_GB_AGES) // 2 + 1)
            w = np.concatenate([w, w[:-1]])  # September of a year as likely as its March
            age = _GB_AGES[np.searchsorted(np.cumsum(w) / w.sum(), call.rng.random(gb.size), side="right")
                           .clip(0, len(_GB_AGES) - 1)]
            out[gb] = [v[:2] + a + v[4:] for v, a in zip(out[gb].tolist(), age.tolist(), strict=True)]
    return out


#: Aircraft registrations by the owner's country: the nationality mark, then ``@`` a letter and
#: ``#`` a digit (ICAO Annex 7; a US N-number is digits then up to two letters).
_REGISTRATIONS = {"US": ("N###@@", "N####@", "N###"), "GB": ("G-@@@@",), "DE": ("D-A@@@", "D-@@@@"),
                  "FR": ("F-G@@@", "F-H@@@"), "IE": ("EI-@@@",), "NL": ("PH-@@@",), "BE": ("OO-@@@",),
                  "CH": ("HB-@@@",), "AT": ("OE-@@@",), "IT": ("I-@@@@",), "ES": ("EC-@@@",), "PT": ("CS-@@@",),
                  "SE": ("SE-@@@",), "DK": ("OY-@@@",), "NO": ("LN-@@@",), "FI": ("OH-@@@",), "PL": ("SP-@@@",),
                  "CZ": ("OK-@@@",), "CA": ("C-F@@@", "C-G@@@"), "AU": ("VH-@@@",), "NZ": ("ZK-@@@",),
                  "BR": ("PR-@@@", "PT-@@@"), "MX": ("XA-@@@",), "JP": ("JA###@", "JA####"), "CN": ("B-####",),
                  "IN": ("VT-@@@",), "TR": ("TC-@@@",), "AE": ("A6-@@@",), "ZA": ("ZS-@@@",), "GR": ("SX-@@@",),
                  "AR": ("LV-@@@",), "CL": ("CC-@@@",), "KR": ("HL####",), "SG": ("9V-@@@",), "IL": ("4X-@@@",)}
_MARKS = ("N###@@", "G-@@@@", "D-A@@@", "F-G@@@", "EI-@@@", "C-F@@@", "VH-@@@")


@register("aviation.registration", unique="native", cut="never")
def _registration(call: Call) -> np.ndarray:
    """The registration of the row's aircraft in its owner's country (the row's person), else one
    of the common registers; distinct rows get distinct marks (the rank fills the letters)."""
    return _marks(call, _REGISTRATIONS, _MARKS, "registration", "@", "#", skip_first_digit="N#")
