"""Check digits of identifier standards, one small pure function each (round 9, r25).

Each takes the body (the identifier without its check character, as a string) and returns the
check character(s). They are scalar on purpose: readable against the standard's text, and
tested against published examples (``tests/test_realism_round9_r25.py``). ``standards`` applies
them to a chunk's rows.
"""

from __future__ import annotations

import numpy as np

__all__ = ["aba", "alnum_value", "append_checks", "cusip", "dea", "gtin", "imo", "iso6346", "isin", "issn", "luhn", "mod97", "npi", "orcid",
           "sedol", "seven_three_one", "ups"]


def alnum_value(ch: str) -> int:
    """A digit's value, a letter's 10-35 (A=10 ... Z=35), as most standards count them."""
    return int(ch) if ch.isdigit() else ord(ch.upper()) - 55


def luhn(body: str) -> str:
    """The Luhn (mod 10) check digit of a string of digits (cards, IMEI, ICCID)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def npi(body: str) -> str:
    """A US NPI's check digit: Luhn over ``80840`` and the nine leading digits (CMS)."""
    return luhn("80840" + body)


def _iso6346_values() -> dict[str, int]:
    values, v = {}, 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:  # 11, 22, 33 are skipped
            v += 1
        values[ch] = v
        v += 1
    return values


_ISO6346 = _iso6346_values()


def iso6346(body: str) -> str:
    """ISO 6346 container number: owner (3 letters), category (U/J/Z), six digits -> check digit."""
    total = sum((_ISO6346[ch] if ch.isalpha() else int(ch)) * 2**i for i, ch in enumerate(body))
    return str(total % 11 % 10)


def imo(body: str) -> str:
    """IMO ship number: six digits weighted 7..2, the sum's last digit."""
    return str(sum(int(ch) * (7 - i) for i, ch in enumerate(body)) % 10)


def isin(body: str) -> str:
    """ISIN (ISO 6166): letters become two digits, then Luhn."""
    return luhn("".join(str(alnum_value(ch)) for ch in body))


def cusip(body: str) -> str:
    """CUSIP's ninth character: every second value doubled, the digits of each summed (also FIGI's)."""
    total = 0
    for i, ch in enumerate(body):
        v = alnum_value(ch) * (2 if i % 2 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def sedol(body: str) -> str:
    """SEDOL: six characters weighted 1, 3, 1, 7, 3, 9."""
    total = sum(alnum_value(ch) * w for ch, w in zip(body, (1, 3, 1, 7, 3, 9), strict=True))
    return str((10 - total % 10) % 10)


def mod97(body: str) -> str:
    """ISO 7064 MOD 97-10 (an LEI's last two digits): 98 minus the body + '00' modulo 97."""
    return f"{98 - int(''.join(str(alnum_value(ch)) for ch in body) + '00') % 97:02d}"


def seven_three_one(body: str) -> str:
    """An ABA routing number's ninth digit: weights 3, 7, 1 make the sum a multiple of ten."""
    total = sum(int(ch) * w for ch, w in zip(body, (3, 7, 1, 3, 7, 1, 3, 7), strict=True))
    return str((10 - total % 10) % 10)


aba = seven_three_one


def dea(body: str) -> str:
    """A DEA number's last digit: digits 1+3+5 plus twice 2+4+6, the last digit (two letters lead)."""
    d = [int(ch) for ch in body[-6:]]
    return str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def issn(body: str) -> str:
    """ISSN: seven digits weighted 8..2, modulo 11 (10 is X)."""
    r = (11 - sum(int(ch) * (8 - i) for i, ch in enumerate(body)) % 11) % 11
    return "X" if r == 10 else str(r)


def orcid(body: str) -> str:
    """ORCID iD: ISO 7064 MOD 11-2 over fifteen digits (10 is X)."""
    total = 0
    for ch in body:
        total = (total + int(ch)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def gtin(body: str) -> str:
    """GTIN (EAN-13, UPC-A, GTIN-14): weights 3 and 1 from the right."""
    total = sum(int(ch) * (3 if i % 2 == 0 else 1) for i, ch in enumerate(reversed(body)))
    return str((10 - total % 10) % 10)


def ups(body: str) -> str:
    """A UPS tracking number's last digit over the fifteen characters after ``1Z`` (letters count
    ``(code - 63) % 10``): the odd positions plus twice the even ones, to a multiple of ten."""
    v = [int(ch) if ch.isdigit() else (ord(ch) - 63) % 10 for ch in body]
    return str((10 - (sum(v[0::2]) + 2 * sum(v[1::2])) % 10) % 10)


# ------------------------------------------------------------------ the same, over a chunk's rows at once
def _matrix(bodies: list[str]) -> np.ndarray:
    """Equal-length ASCII bodies as an (n, k) int64 matrix of their characters' values (A=10)."""
    m = np.frombuffer("".join(bodies).encode("ascii"), dtype=np.uint8).reshape(len(bodies), -1).astype(np.int64)
    return np.where(m >= 65, m - 55, m - 48)


def _luhn_v(v: np.ndarray) -> np.ndarray:
    d = v[:, ::-1]
    dbl = d[:, 0::2] * 2
    total = np.where(dbl > 9, dbl - 9, dbl).sum(axis=1) + d[:, 1::2].sum(axis=1)
    return (10 - total % 10) % 10


def _weights(v: np.ndarray, w: tuple[int, ...], mod: int = 10) -> np.ndarray:
    return (v * np.array(w, dtype=np.int64)).sum(axis=1) % mod


def _isin_v(v: np.ndarray) -> np.ndarray:
    """Luhn over the digits letters expand to (A = 10: '1', '0'), from the right, row by row at once."""
    total = np.zeros(len(v), dtype=np.int64)
    double = np.ones(len(v), dtype=bool)  # the rightmost digit of the expanded body is doubled
    for j in range(v.shape[1] - 1, -1, -1):
        x = v[:, j]
        letter = x >= 10
        for digit, present in ((x % 10, np.ones(len(v), dtype=bool)), (x // 10, letter)):
            d2 = np.where(double, digit * 2, digit)
            total += np.where(present, np.where(d2 > 9, d2 - 9, d2), 0)
            double = np.where(present, ~double, double)
    return (10 - total % 10) % 10


def _cusip_v(v: np.ndarray) -> np.ndarray:
    x = v * np.where(np.arange(v.shape[1]) % 2 == 1, 2, 1)
    return (10 - (x // 10 + x % 10).sum(axis=1) % 10) % 10


def _mod97_v(v: np.ndarray) -> np.ndarray:
    r = np.zeros(len(v), dtype=np.int64)
    for j in range(v.shape[1]):
        x = v[:, j]
        r = np.where(x >= 10, (r * 100 + x) % 97, (r * 10 + x) % 97)
    return 98 - (r * 100) % 97


def _orcid_v(v: np.ndarray) -> np.ndarray:
    t = np.zeros(len(v), dtype=np.int64)
    for j in range(v.shape[1]):
        t = ((t + v[:, j]) * 2) % 11
    return (12 - t) % 11


def _iso6346_v(v: np.ndarray) -> np.ndarray:
    table = np.array(list(range(10)) + [_ISO6346[ch] for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"], dtype=np.int64)
    return (table[v] * (2 ** np.arange(v.shape[1], dtype=np.int64))).sum(axis=1) % 11 % 10


def _ups_v(v: np.ndarray) -> np.ndarray:
    x = np.where(v >= 10, (v + 55 - 63) % 10, v)
    return (10 - (x[:, 0::2].sum(axis=1) + 2 * x[:, 1::2].sum(axis=1)) % 10) % 10


def _gtin_v(v: np.ndarray) -> np.ndarray:
    d = v[:, ::-1]
    return (10 - (d[:, 0::2].sum(axis=1) * 3 + d[:, 1::2].sum(axis=1)) % 10) % 10


_VECTOR = {
    "luhn": _luhn_v, "isin": _isin_v, "cusip": _cusip_v, "iso6346": _iso6346_v, "ups": _ups_v, "gtin": _gtin_v,
    "imo": lambda v: _weights(v, (7, 6, 5, 4, 3, 2)),
    "sedol": lambda v: (10 - _weights(v, (1, 3, 1, 7, 3, 9))) % 10,
    "seven_three_one": lambda v: (10 - _weights(v, (3, 7, 1, 3, 7, 1, 3, 7))) % 10,
    "npi": lambda v: _luhn_v(np.concatenate([np.tile([8, 0, 8, 4, 0], (len(v), 1)), v], axis=1)),
    "dea": lambda v: (v[:, -6] + v[:, -4] + v[:, -2] + 2 * (v[:, -5] + v[:, -3] + v[:, -1])) % 10,
    "issn": lambda v: (11 - _weights(v, (8, 7, 6, 5, 4, 3, 2), 11)) % 11,
    "orcid": _orcid_v,
}


def append_checks(check, bodies: list[str]) -> list[str]:
    """``body + check(body)`` for every body (of one length), computed over all rows at once where a
    vector form exists (the scalar functions above define the results; tests hold them equal)."""
    if not bodies:
        return []
    name = check.__name__
    if name == "mod97":
        r = _mod97_v(_matrix(bodies))
        return [f"{b}{c:02d}" for b, c in zip(bodies, r.tolist(), strict=True)]
    vec = _VECTOR.get(name)
    if vec is None or len({len(b) for b in bodies}) != 1:
        return [b + check(b) for b in bodies]
    c = vec(_matrix(bodies))
    return [b + ("X" if k == 10 else str(k)) for b, k in zip(bodies, c.tolist(), strict=True)]
