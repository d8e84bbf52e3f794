"""The atoms of a CHECK in disjunctive normal form, and the AND / OR that combine them.

Shared by :mod:`seedbed.solve.predicates` (the translator), :mod:`seedbed.solve.forms` (row-shape
forms) and :mod:`seedbed.solve.cases` (row cases). Atoms are read as "not FALSE", as a CHECK
passes unless it is FALSE:

* :class:`Fact` -- a :class:`ColumnDomain` one column must satisfy;
* :class:`Order` -- ``left op right (+ offset)`` between two columns, in textual order;
* :class:`Opaque` -- a condition seedbed does not model (the database checks it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from seedbed.model.domain import ColumnDomain

__all__ = ["DNF", "FALSE", "MAX_CONJS", "TRUE", "Atom", "Fact", "Opaque", "Order", "and_", "fact",
           "opaque", "or_"]

MAX_CONJS = 64


@dataclass(frozen=True, slots=True)
class Fact:
    column: str
    domain: ColumnDomain


@dataclass(frozen=True, slots=True)
class Order:
    left: str
    op: str  # < <= > >= <> =
    right: str
    offset: Any = None  # left op right + offset (``end_date >= start_date + 1``)


@dataclass(frozen=True, slots=True)
class Opaque:
    reason: str


Atom = Fact | Order | Opaque
DNF = tuple[tuple[Atom, ...], ...]
TRUE: DNF = ((),)
FALSE: DNF = ()


def opaque(reason: str) -> DNF:
    return ((Opaque(reason),),)


def fact(column: str, **kw: Any) -> DNF:
    return ((Fact(column, ColumnDomain(**kw)),),)


def and_(parts: list[DNF]) -> DNF:
    acc: DNF = TRUE
    for part in parts:
        if len(acc) * len(part) > MAX_CONJS:
            return opaque("expression too large to expand")
        acc = tuple(a + b for a in acc for b in part)
    return acc


def or_(parts: list[DNF]) -> DNF:
    out = tuple(c for p in parts for c in p)
    return out if len(out) <= MAX_CONJS else opaque("expression too large to expand")
