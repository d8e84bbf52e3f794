"""Uniqueness wins over intent: a unique column keeps its intent only if the intent can fill it.

An intent is chosen from a column's name (a ``letter`` is one letter, a ``grade`` one of a few
dozen), but a primary key, UNIQUE constraint or unique index must get as many distinct values as
the table has rows. Before anything is generated, the planner asks the intent for the table's
rows as the engine will (same streams, same row indexes: the first chunk, and the last rows) and
keeps it only if every value comes back distinct, compared as the column compares them (``char(n)``
ignores trailing blanks, ``citext`` case). Otherwise the intent is replaced by a unique generator
of the same shape, and the plan says so:

- a short text column (at most ``CODE_WIDTH`` characters) whose CHECKs ask nothing of its
  values gets upper-case letter codes of its full width when they are enough (``char(2)``: 676
  two-letter codes, ``char(3)``: 17,576): ``seedbed.generate.values.codes``;
- anything else gets the typed generator, unique by construction over the column's whole domain
  (``char(2)``: every string of one or two of ``[a-z0-9]``, 1,332), which the planner has already
  checked against the row count (a cap, or ``DomainTooSmall`` for rows asked explicitly).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from seedbed.errors import SeedbedError
from seedbed.model import Column, ColumnDomain, Table, TypeKind
from seedbed.planning.model import ColumnPlan, Gen

__all__ = ["CODE_WIDTH", "Probe", "fit_unique_intents", "letter_code_capacity"]

#: Text columns at most this wide get letter codes when an intent cannot fill them.
CODE_WIDTH = 4
#: Rows asked of an intent at plan time: the first chunk's (at most), and the last ones.
HEAD_ROWS = 65536
TAIL_ROWS = 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Probe:
    """What the engine's streams depend on besides the table: the seed and the row context's options."""

    seed: int
    locale: str | None = None
    theme: tuple[str, ...] = ()


def letter_code_capacity(col: Column, dom: ColumnDomain, widest: int = CODE_WIDTH) -> int | None:
    """How many upper-case letter codes of the column's full width it can hold (None: not a short
    code-shaped column, or its CHECKs ask something of its values)."""
    from seedbed.generate.values.text import length_limits

    if col.type.kind is not TypeKind.TEXT or col.type.is_array:
        return None
    lmin, lmax = length_limits(col.type, dom)
    if lmax is None or lmax > widest or lmin > lmax:
        return None
    if (dom.allowed is not None or dom.alternatives or dom.excluded or dom.patterns or dom.likes
            or dom.case_insensitive_patterns or dom.not_patterns or dom.lowercase or dom.always_null
            or col.type.case_insensitive):
        return None
    return 26**lmax


#: Widest text column that gets alphanumeric codes, and the last name words that make a column a code.
_ALNUM_WIDEST = 24
_CODE_WORDS = frozenset("""code ref reference number no nr plate key pin locator confirmation voucher coupon serial
vin registration tag sku barcode ticket pnr""".split())


def _code_named(col: Column) -> bool:
    """Whether the column's name says it holds a code (``confirmation_code``, ``registration_plate``, ``vin``)."""
    from seedbed.generate.intent.tokens import tokens

    toks = tokens(col.name)
    return bool(toks) and toks[-1] in _CODE_WORDS


def fit_unique_intents(table: Table, columns: dict[str, ColumnPlan], domains, rows: int, offset: int,
                       pack: str | None, probe: Probe) -> None:
    """Replace, in ``columns``, the intent of every unique column that cannot fill ``rows``; the
    column's reason (``seedbed plan --explain``) says which intent gave way and to what.

    What the user asked of a unique column gives way the same way: a value mix (drawn at random,
    it repeats; the unique generator still keeps to the column's allowed values), a provider (an intent by name, ``faker.<method>``) whose values repeat. A
    ``ref`` (a reference without an FK constraint) is left as asked.
    """
    total = rows + offset
    if rows <= 0:
        return
    for name, cp in list(columns.items()):
        if cp.gen is not Gen.VALUE or not cp.unique:
            continue
        spec = cp.spec
        col = table.column(name)
        dom = domains.column(name)
        if spec is not None and spec.weights:
            what = "the value mix"  # drawn at random: it repeats values whatever their number
            why = f"draws {len(spec.weights)} values at random for {total:,} rows"
        elif spec is not None and spec.provider and spec.provider != "ref":
            what = f"asked-for {spec.provider}"
            why = _why_not(table, col, dom, _asked(spec, probe), rows, offset, pack or "generic", probe)
        elif spec is None or not spec.provider:
            if cp.intent is None or pack is None:
                continue
            what = cp.intent.name
            why = _why_not(table, col, dom, _intended(cp.intent), rows, offset, pack, probe)
        else:
            continue
        if why is None and not (cp.intent is not None and cp.intent.name == "text.neutral" and _code_named(col)):
            continue
        why = why or "makes labels, not codes"
        capacity = letter_code_capacity(col, dom)
        from seedbed.generate.values import codes

        if capacity is not None and capacity >= total:
            provider = codes.PROVIDER
            instead = f"unique {codes.width(col, dom)}-letter codes ({capacity:,} of them)"
        elif _code_named(col) and letter_code_capacity(col, dom, _ALNUM_WIDEST) is not None \
                and len(codes.ALNUM) ** min(codes.alnum_width(col, dom), 12) >= total:
            provider = codes.ALNUM_PROVIDER
            instead = f"unique {codes.alnum_width(col, dom)}-character codes"
        else:
            provider = str(col.type.kind)
            instead = "unique values of the type"
        reason = f"UNIQUE: {what} {why}, so {instead}; " + cp.reason.split("; ", 1)[-1]
        if spec is not None:
            spec = replace(spec, provider=None, params={}, weights=None)
            spec = None if spec == type(spec)() else spec
        columns[name] = replace(cp, provider=provider, intent=None, reason=reason, spec=spec)


def _intended(intent):
    def make(req, rng, row):
        from seedbed.generate.realistic import generate_intent

        return generate_intent(intent, req, rng, row)
    return make


def _asked(spec, probe: Probe):
    def make(req, rng, row):
        if spec.provider.startswith("faker."):
            from seedbed.generate.fakerprov import faker_values

            return faker_values(spec.provider[6:], spec.params, req, rng, locale=probe.locale)
        from seedbed.generate.mix import provider_intent
        from seedbed.generate.realistic import generate_intent

        return generate_intent(provider_intent(spec.provider, spec.params), req, rng, row)
    return make


def _why_not(table: Table, col: Column, dom: ColumnDomain, make, rows: int, offset: int, pack: str,
             probe: Probe) -> str | None:
    """Why ``make(req, rng, row)`` (the column's generator) cannot give ``rows`` distinct values
    (None: it can)."""
    from seedbed.generate.engine import table_salt
    from seedbed.generate.realistic import RowContext
    from seedbed.generate.streams import stream
    from seedbed.generate.values import GenRequest, encode

    total = rows + offset
    head = np.arange(offset, offset + min(rows, HEAD_ROWS), dtype=np.int64)
    tail = np.arange(max(offset + HEAD_ROWS, total - TAIL_ROWS), total, dtype=np.int64)
    index = np.concatenate([head, tail]) if len(tail) else head
    req = GenRequest(column=col, domain=dom, index=index, unique=True, table_rows=total,
                     salt=table_salt(probe.seed, table.name))
    row = RowContext(probe.seed, table.name, 0, index, pack, locale=probe.locale, theme=probe.theme)
    rng = stream(probe.seed, table.name.schema, table.name.name, col.name, 0)
    try:
        data = make(req, rng, row)
    except SeedbedError as exc:
        return f"fails on {total:,} unique values ({exc.message})"
    except Exception as exc:  # noqa: BLE001 - a generator that fails here would fail the seed: replace it
        return f"fails on {total:,} unique values ({type(exc).__name__})"
    if data is None:
        return f"cannot make {total:,} distinct values"
    cells = comparable(col, encode(col.type, data))
    distinct = len(set(cells))
    if distinct < len(cells):
        return f"repeats its values ({distinct:,} distinct of {len(cells):,} asked)"
    return None


def comparable(col: Column, cells: list[str]) -> list[str]:
    """Cells as the column compares them: ``char(n)`` ignores trailing blanks, ``citext`` case."""
    if col.type.fixed_length and col.type.kind is TypeKind.TEXT:
        cells = [c.rstrip(" ") for c in cells]
    if col.type.case_insensitive:
        cells = [c.lower() for c in cells]
    return cells

