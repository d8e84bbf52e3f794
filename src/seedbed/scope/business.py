"""What the rows are: product themes and company rows, as column wishes and plan options.

``theme_categories`` matches the words of a product theme ("electronics", "clothing") to the
category keys of the e-commerce vocabulary (``seedbed/data/vocab/commerce.json``); the plan then
decodes every product from those categories only (``seedbed.generate.realistic.catalog``).

``business_columns`` makes the rows of one table companies ("make customers US-based enterprise
companies"):

- a column that would hold a person's full name (``name``, ``full_name``, ``customer_name``...,
  by the column's inferred intent) gets company names; ``legal_name`` gets legal names. First and
  last name columns are left alone: they read as the company's contact person.
- a head-count column (``employees``, ``employee_count``, ``headcount``, ``company_size``...)
  gets a number in the size's band (enterprise: 1,000-50,000) or, when it holds a fixed set of
  bands (``'1-10'``, ``'1001-5000'``, ``'5000+'``), the bands that overlap it.
- a size / tier / plan / segment / type column with a fixed set of labels gets the size's label
  (``enterprise``; ``smb`` / ``small``; ``startup``; ``mid_market``), else the company label of
  a type column (``business``, ``company``); a free-text tier / plan / segment column gets the
  size's name.
- ``is_business`` / ``is_company`` / ``is_b2b`` flags are true (``is_enterprise``: for enterprise).

A wish the column's CHECKs exclude is skipped with a warning, never an error: the size is a
flavour, not a constraint the user spelled out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Bound, Column, ColumnDomain, Schema, Table, TableDomains, TypeKind
from seedbed.planning.options import ColumnSpec
from seedbed.scope.lexicon import THEME_WORDS
from seedbed.scope.names import norm
from seedbed.scope.values import NUMERIC, Found, _check_fits, _number, allowed_values

__all__ = ["SIZES", "business_columns", "theme_categories"]

Fold = Callable[[Table], TableDomains]


# ------------------------------------------------------------------ product themes
def theme_categories(words: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """(category keys in catalogue order, the words no category matches).

    A word matches a category key or label ("Home & Kitchen"), or a synonym of
    ``seedbed.scope.lexicon.THEME_WORDS``; a word of several words matches when one of them does
    ("fancy kitchen" -> home).
    """
    from seedbed.generate.realistic.catalog import categories

    cats = categories()
    by_word = {**{norm(k): v for k, v in THEME_WORDS.items()}, **{c.key: c.key for c in cats},
               **{norm(c.label): c.key for c in cats}}
    found: set[str] = set()
    unknown: list[str] = []
    for word in words:
        key = norm(word)
        hit = by_word.get(key) or by_word.get(key.rstrip("s"))
        if hit is None:
            parts = [by_word.get(p) or by_word.get(p.rstrip("s")) for p in key.split("_")]
            hits = [p for p in parts if p]
            if hits:
                found.update(hits)
                continue
            unknown.append(word)
        else:
            found.add(hit)
    return tuple(c.key for c in cats if c.key in found), unknown


# ------------------------------------------------------------------ companies
#: Per size: the head-count band, the labels that name it (most specific first).
SIZES: dict[str, dict[str, Any]] = {
    "enterprise": {"employees": (1000, 50000), "labels": ("enterprise", "large_enterprise", "large", "corporate",
                                                          "strategic", "key_account", "tier_1", "tier1")},
    "mid-market": {"employees": (100, 999), "labels": ("mid_market", "midmarket", "mid_size", "midsize", "medium",
                                                       "mid", "growth")},
    "smb": {"employees": (1, 99), "labels": ("smb", "small_business", "sme", "small", "small_and_medium")},
    "startup": {"employees": (2, 50), "labels": ("startup", "start_up", "small", "smb", "seed")},
}
#: Labels of a type column that say "a company" (not "individual").
COMPANY_LABELS = ("business", "company", "organization", "organisation", "corporate", "b2b", "org")
HEADCOUNT = frozenset(("employees", "employee", "headcount", "staff", "fte", "ftes", "workforce"))
SIZE_WORDS = frozenset(("size", "band"))
SEGMENT_WORDS = frozenset(("tier", "plan", "segment", "segmentation", "level", "size"))
TYPE_WORDS = frozenset(("type", "kind", "class", "category"))
FLAGS = frozenset(("is_business", "is_company", "is_organization", "is_organisation", "is_b2b", "business",
                   "is_corporate", "b2b"))
PERSON_NAMES = frozenset(("person.full_name", "person.sortable_name"))


def _words(column: Column) -> set[str]:
    return set(column.name.lower().split("_"))


def _key(label: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(label).lower()).strip("_")


def _band(label: Any) -> tuple[int, float] | None:
    """``'1001-5000'`` -> (1001, 5000), ``'5000+'`` -> (5000, inf), ``'1,000-4,999'`` too."""
    text = str(label).replace(",", "")
    nums = [int(n) for n in re.findall(r"\d+", text)]
    if not nums:
        return None
    if len(nums) == 1:
        return (nums[0], float("inf")) if "+" in text or "more" in text or "over" in text else (nums[0], nums[0])
    return nums[0], nums[-1]


def _pick_label(allowed: tuple[Any, ...], size: str | None, *, typed: bool) -> tuple[dict[Any, float], str] | None:
    """The labels of ``allowed`` for this size (a band that overlaps the head count counts), or the
    company label of a type column; None when none fits."""
    keys = {_key(a): a for a in allowed}
    if size is not None:
        for label in SIZES[size]["labels"]:
            if label in keys:
                return {keys[label]: 1.0}, f"{keys[label]!r}"
        low, high = SIZES[size]["employees"]
        bands = [a for a in allowed if (b := _band(a)) is not None and b[0] <= high and b[1] >= low]
        if bands and len(bands) < len(allowed):
            return {b: 1 / len(bands) for b in bands}, " or ".join(map(repr, bands))
    if typed:
        for label in COMPANY_LABELS:
            if label in keys:
                return {keys[label]: 1.0}, f"{keys[label]!r}"
    return None


def _headcount(table: Table, col: Column, size: str, fold: Fold) -> tuple[ColumnSpec | None, str]:
    low, high = SIZES[size]["employees"]
    kind = col.type.kind
    dom = ColumnDomain(low=Bound(value=_number(kind, low, low=True)), high=Bound(value=_number(kind, high, low=False)))
    try:
        _check_fits(table, col, dom, fold, f"{size} companies")
    except ScopeError as exc:
        return None, f"{table.name}.{col.name} left alone ({exc.message.partition(': ')[2] or exc.message})"
    return ColumnSpec(provider="company.employees", domain=dom), f"{table.name}.{col.name} {low}-{high}"


def business_columns(schema: Schema, table: Table, size: str | None, fold: Fold) -> tuple[Found, list[str], list[str]]:
    """The column wishes that make ``table``'s rows companies: (specs, what each does, what was left alone)."""
    from seedbed.generate.intent import infer

    found: Found = {}
    done: list[str] = []
    skipped: list[str] = []
    owned = {c for fk in table.foreign_keys for c in fk.columns} | set(table.primary_key.columns if table.primary_key else ())
    for col in table.columns:
        if col.name in owned or col.generated or col.type.is_array:
            continue
        where, words, kind = f"{table.name}.{col.name}", _words(col), col.type.kind
        allowed = allowed_values(table, col, fold)
        if kind in (TypeKind.TEXT, TypeKind.CHAR) and allowed is None:
            intent = infer(schema, table, col, fold(table).column(col.name))
            name = intent.name if intent is not None else ""
            if name in PERSON_NAMES:
                found[(table.name, col.name)] = ColumnSpec(provider="company.name")
                done.append(f"{where}: company names")
                continue
            if "legal" in words and "name" in words:
                found[(table.name, col.name)] = ColumnSpec(provider="company.legal_name")
                done.append(f"{where}: legal company names")
                continue
        if kind is TypeKind.BOOL:
            if col.name.lower() in FLAGS or (col.name.lower() == "is_enterprise" and size is not None):
                flag = size == "enterprise" if col.name.lower() == "is_enterprise" else True
                found[(table.name, col.name)] = ColumnSpec(weights={flag: 1.0})
                done.append(f"{where} = {flag}")
            continue
        headcount = bool(words & HEADCOUNT) or col.name.lower() == "size" or (
            bool(words & SIZE_WORDS) and bool(words & {"company", "org", "team", "organization", "business"}))
        segment = bool(words & SEGMENT_WORDS)
        typed = bool(words & TYPE_WORDS) and allowed is not None
        if not (typed or (size is not None and (headcount or segment))):
            continue
        if allowed is not None:
            picked = _pick_label(allowed, size, typed=typed)
            if picked is None:
                if size is None:
                    continue
                skipped.append(f"{where} left alone (no label for {size} among "
                               f"{', '.join(map(str, allowed))})")
                continue
            weights, shown = picked
            found[(table.name, col.name)] = ColumnSpec(weights=weights)
            done.append(f"{where} = {shown}")
        elif headcount and kind in NUMERIC:
            spec, text = _headcount(table, col, size, fold)
            if spec is None:
                skipped.append(text)
            else:
                found[(table.name, col.name)] = spec
                done.append(text)
        elif kind in (TypeKind.TEXT, TypeKind.CHAR) and (segment or headcount):
            low, high = SIZES[size]["employees"]
            value = f"{low}+" if headcount and size == "enterprise" else f"{low}-{high}" if headcount else size
            if col.type.length is not None and len(value) > col.type.length:
                skipped.append(f"{where} left alone ({value!r} is too long)")
                continue
            found[(table.name, col.name)] = ColumnSpec(weights={value: 1.0})
            done.append(f"{where} = {value!r}")
    return found, done, skipped
