"""A UNIQUE text column made from another column of its row stays unique (helper r6).

A derived text is a function of its source (``planning.pairs``, ``planning.derived``): a ``short_name`` is its row's
name shortened, a ``website`` the name's host, a code the name's letters. Two rows whose names shorten alike
("Stanford University", "Stanford Athletic") got one short name, and the database refused the second ("duplicate
key", SB310) though the drawn values were distinct by construction. Here, after the derivation, every later
repeat (compared as the column compares: ``char(n)`` without trailing blanks, ``citext`` without case) becomes the
value with the lowest free number appended in the value's own style (``Stanford 2``, ``north-bay-2``, ``NBY2``), cut
to the column's width; a row where no numbered value fits keeps its drawn (distinct) value, unless that one is
taken too, which then stays for the database to say.

Repeats are found within the chunk. A table of more than one chunk (64k rows) whose derivation repeats is not made
unique across chunks here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.text import length_limits
from seedbed.model import TypeKind

__all__ = ["keep_distinct"]

_CODE = re.compile(r"^[A-Z0-9]+$")


def _key(req: GenRequest) -> Callable[[str], str]:
    t = req.column.type
    if t.case_insensitive:
        return (lambda v: v.rstrip(" ").lower()) if t.fixed_length else str.lower
    return (lambda v: v.rstrip(" ")) if t.fixed_length else (lambda v: v)


def _separator(value: str) -> str:
    if _CODE.match(value):
        return ""
    if " " not in value:
        for sep in ("-", "_", "."):
            if sep in value:
                return sep
    return " " if value.strip() else "-"


def _numbered(value: str, k: int, lmax: int | None) -> str | None:
    sep = _separator(value)
    tail = f"{sep}{k}"
    base = value.rstrip()
    if lmax is not None and len(base) + len(tail) > lmax:
        base = base[: max(lmax - len(tail), 0)].rstrip(" -_.")
    return base + tail if base else None


def keep_distinct(req: GenRequest, drawn: ColumnData, made: ColumnData, fits: Callable[[str], bool]) -> ColumnData:
    """``made`` with its repeats numbered (module docstring); ``drawn`` holds the column's own distinct values."""
    if not req.unique or req.column.type.kind is not TypeKind.TEXT or req.column.type.is_array or made is drawn:
        return made
    key = _key(req)
    values = made.values.tolist()
    nulls = made.nulls.tolist() if made.nulls is not None else [False] * len(values)
    seen: dict[str, int] = {}
    repeats: list[int] = []
    for i, (v, missing) in enumerate(zip(values, nulls, strict=True)):
        if missing or not isinstance(v, str):
            continue
        k = key(v)
        if k in seen:
            repeats.append(i)
        else:
            seen[k] = i
    if not repeats:
        return made
    lmin, lmax = length_limits(req.column.type, req.domain)
    own = drawn.values.tolist()
    out = list(values)
    next_number: dict[str, int] = {}
    for i in repeats:
        value = values[i]
        k, chosen = next_number.get(key(value), 2), None
        while k < len(values) + 2:
            candidate = _numbered(value, k, lmax)
            k += 1
            if candidate is None:
                break
            if key(candidate) not in seen and len(candidate) >= lmin and fits(candidate):
                chosen = candidate
                break
        next_number[key(value)] = k
        if chosen is None and isinstance(own[i], str) and key(own[i]) not in seen:
            chosen = own[i]
        if chosen is not None:
            out[i] = chosen
            seen[key(chosen)] = i
    return ColumnData(values=np.array(out, dtype=object), nulls=made.nulls)
