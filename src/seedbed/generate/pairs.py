"""Columns of one row that name one thing, made from each other (issue 10, r33; planned by
``seedbed.planning.pairs`` and ``planning.namecodes``):

* ``code_of:<noun>``: a wide made-up code beside a name is the name's letters and a number
  (``Harbour Lock`` -> ``HL-01``, ``Lausanne Foundry`` -> ``LAU-01``), the number counting the
  rows whose names share the letters (so a UNIQUE code holds);
* ``shorten:<noun>``: a ``short_name`` is its row's name without the words every such name
  shares (``Ashford Stop`` -> ``Ashford``), cut at a word to the width, else the name's initials;
* ``taxon:<field>``: a ``common_name``, ``family`` or ``genus`` follows the row's scientific name
  (``Quercus robur`` -> "English oak", Fagaceae, Quercus) from ``data/vocab/taxa.json``;
* ``element:symbol``: a chemical element's symbol follows its name (Copper -> Cu);
* ``currency:symbol``: a currency's symbol follows its name (Pound Sterling -> £).
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.text import length_limits

__all__ = ["pair_op", "PAIR_OPS"]

PAIR_OPS = ("code_of:", "shorten:", "taxon:", "element:", "currency:", "model_of:")


def _letters(name: str, noun: str) -> str | None:
    from seedbed.generate.abbrev import abbreviations

    code = abbreviations([name], width=4, fixed=False, drop=frozenset({noun}), distinct=False)[0]
    return code[:3] if code else None


def _codes(req: GenRequest, data: ColumnData, source: ColumnData, noun: str) -> ColumnData:
    """``HL-01``: the name's letters and the count of rows so far whose names give the same letters
    (the same name keeps its code where the column is not UNIQUE)."""
    from seedbed.generate.derive import _text

    counts: dict[str, int] = {}
    given: dict[str, str] = {}
    _lmin, lmax = length_limits(req.column.type, req.domain)

    def fn(name: str) -> str | None:
        if not re.search(r"[a-z]", name):  # a drawn label ('NM-100') says no letters to take
            return None
        if name in given and not req.unique:
            return given[name]
        head = _letters(name, noun)
        if not head:
            return None
        counts[head] = counts.get(head, 0) + 1
        code = f"{head}-{counts[head]:02d}"
        if lmax is not None and len(code) > lmax:
            return None
        given[name] = code
        return code

    if req.unique and req.n != req.table_rows:
        return data  # a UNIQUE code is made only where one chunk holds the table
    return _text(req, data, source, fn)


def _shorten(req: GenRequest, data: ColumnData, source: ColumnData, noun: str) -> ColumnData:
    from seedbed.generate.derive import _text

    _lmin, lmax = length_limits(req.column.type, req.domain)
    drop = {noun.lower(), f"{noun.lower()}s", "the", "of", "and", "ltd", "limited", "inc"}

    def fn(name: str) -> str | None:
        words = name.split()
        kept = [w for w in words if w.lower().strip(".,") not in drop] or words
        out: list[str] = []
        for w in kept:
            if lmax is not None and len(" ".join([*out, w])) > lmax:
                break
            out.append(w)
        if out:
            return " ".join(out)
        initials = "".join(w[0].upper() for w in words if w[:1].isalpha())
        return initials if len(initials) >= 2 else None

    return _text(req, data, source, fn)


@lru_cache(maxsize=1)
def taxa() -> dict[str, dict[str, str]]:
    """Scientific name -> its common name, family and genus, over every group of ``taxa.json``."""
    from seedbed.generate.realistic.vocab import load

    out: dict[str, dict[str, str]] = {}
    for group in load("taxa")["groups"]:
        for row in group["taxa"]:
            sci, common, family = row.split("|")
            out[sci] = {"common": common, "family": family, "genus": sci.split()[0], "group": group["name"]}
    return out


@lru_cache(maxsize=1)
def elements() -> dict[str, str]:
    """Element name -> symbol (``taxa.json``'s neighbour ``materials.json``: ``elements``)."""
    from seedbed.generate.realistic.vocab import load

    return dict(row.split("|") for row in load("materials")["elements"])


@lru_cache(maxsize=1)
def currency_symbols() -> dict[str, str]:
    """A currency's name (seedbed's and ISO 4217's) -> its symbol (its code where it has none)."""
    import pycountry

    from seedbed.generate.realistic.isonames import describe_code
    from seedbed.generate.realistic.vocab import load

    out = {row[1]: row[2] for row in load("misc")["currencies"] if len(row) > 2}
    for c in pycountry.currencies:
        out.setdefault(c.name, describe_code(c.alpha_3, "currency_symbol") or c.alpha_3)
    return out


def pair_op(req: GenRequest, data: ColumnData, source: ColumnData, op: str) -> ColumnData:
    """The column's values after its pair's ``op`` (see the module docstring)."""
    from seedbed.generate.derive import _text

    kind, _, arg = op.partition(":")
    if kind == "code_of":
        return _codes(req, data, source, arg)
    if kind == "shorten":
        return _shorten(req, data, source, arg)
    if kind == "taxon":
        return _text(req, data, source, lambda s: taxa().get(s, {}).get(arg))
    if kind == "element":
        return _text(req, data, source, lambda s: elements().get(s))
    if kind == "currency":
        return _text(req, data, source, lambda s: currency_symbols().get(s))
    if kind == "model_of":
        return _models_of(req, data, source, arg)
    return data


@lru_cache(maxsize=1)
def models() -> dict[str, dict[str, tuple[str, ...]]]:
    """Family -> make (folded) -> its models, from ``models.json``; family '' holds every family's makes."""
    from seedbed.generate.realistic.vocab import load

    out: dict[str, dict[str, tuple[str, ...]]] = {"": {}}
    for family in load("models")["families"]:
        own = {make.casefold(): tuple(ms) for make, ms in family["makes"].items()}
        out[family["name"]] = own
        for make, ms in own.items():
            out[""].setdefault(make, ms)
    return out


def _models_of(req: GenRequest, data: ColumnData, source: ColumnData, family: str) -> ColumnData:
    """Each row's model of its make: the family's where it has the make, else any family's; a row's pick is a
    function of its row number (many Toyotas, not all of them Yarises). A make no family knows keeps the drawn value."""
    from seedbed.generate.derive import _text
    from seedbed.generate.permute import uniform64

    own, every = models().get(family, {}), models()[""]
    chosen = []
    for make, x in zip(source.values.tolist(), uniform64(req.index, req.salt ^ 0x0DE1).tolist(), strict=True):
        choices = (own.get(make.casefold()) or every.get(make.casefold())) if isinstance(make, str) else None
        chosen.append(choices[min(int(x * len(choices)), len(choices) - 1)] if choices else None)
    if not any(chosen):
        return data
    import numpy as np

    picks = ColumnData(values=np.array(chosen, dtype=object), nulls=source.nulls)
    return _text(req, data, picks, lambda s: s)
