"""Check digits: rows a checksum CHECK refuses are mended by changing one or two digits of a value.

A CHECK such as ``luhn_ok(card_number)``, ``policy_no_valid(policy_no)`` (a weighted sum mod 11) or
``mod(account::bigint, 97) = 1`` is met by about one value in ten (or in 97): a value drawn at
random almost never passes, and a UNIQUE value (a card number, a policy number that is the primary
key) is not drawn again by the oracle's regeneration at all. The digits of such a value can be
changed, though: for any weighted-sum scheme, one of the ten digits at the check position passes,
and the last two digits together cover any modulus up to 100. ``mend_digits`` makes those variants
of each refused value, asks the database which pass every CHECK on the column (one query over all
of them, ``failing_rows``), and keeps for each row the first that passes and is not taken by
another row (the column's uniqueness holds). The format stays: a digit becomes a digit.

Which CHECKs: those that call one of the schema's own functions, or compute a remainder
(``%``, ``mod``). Which columns: the ones the CHECK reads whose values carry digits, unless the
column is an FK's (its value is a parent's) or is generated from a sequence or a shared key space.
A changed value referenced by a self-FK of the same rows is changed there too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import SimpleNamespace

from seedbed.generate.pools import NULL
from seedbed.model import Check, Table, TypeKind
from seedbed.planning.model import Gen

__all__ = ["checksum_like", "mend_digits"]

_REMAINDER = re.compile(r"%|\bmod\s*\(", re.I)
_USER_CALL = re.compile(r"\b(?!pg_catalog\.)[a-z_][a-z0-9_$]*\.[a-z_][a-z0-9_$]*\s*\(", re.I)
_KINDS = (TypeKind.TEXT, TypeKind.CHAR, TypeKind.INTEGER, TypeKind.NUMERIC)
#: Digit positions (from the right) changed one at a time; the last two are also changed together.
_SINGLE = 6
#: Rows mended per call: a chunk's worth of variants stays one query of bounded size.
_ROWS = 2000


def checksum_like(check: Check) -> bool:
    """A CHECK that a value's digits decide: it calls a user function or takes a remainder."""
    text = check.expression
    return bool(_REMAINDER.search(text) or _USER_CALL.search(text))


def _variants(value: str, wide: bool) -> list[str]:
    """Values differing from ``value`` in one digit (the six rightmost digits) and in the last two
    together; ``wide``: in the last digit and one of the five before it together (a check digit
    that must change with another digit, when the one-digit changes are taken by other rows)."""
    digits = [i for i, ch in enumerate(value) if ch.isdigit()]
    if len(digits) < 2:
        return []
    last = digits[-1]
    if wide:
        return [value[:a] + x + value[a + 1:last] + y + value[last + 1:] for a in reversed(digits[-_SINGLE:-1])
                for x in "0123456789" for y in "0123456789" if x != value[a]]
    out: list[str] = []
    for i in reversed(digits[-_SINGLE:]):
        out += [value[:i] + d + value[i + 1:] for d in "0123456789" if d != value[i]]
    a = digits[-2]
    out += [value[:a] + x + value[a + 1:last] + y + value[last + 1:] for x in "0123456789" for y in "0123456789"
            if x != value[a] and y != value[last]]
    return out


def _columns(engine, table: Table, checks: Sequence[Check], chunk) -> list[str]:
    tp = engine.plan.tables[table.name]
    fk_cols = {c for fk in tp.fks for c in fk.columns}
    out = []
    for check in checks:
        if not checksum_like(check):
            continue
        for name in check.columns:
            if name in out or name in fk_cols or name not in chunk.columns:
                continue
            cp = tp.column(name)
            col = table.column(name)
            if cp.gen in (Gen.SEQUENCE, Gen.COMBO, Gen.FK) or cp.key_space is not None or col.type.kind not in _KINDS:
                continue
            out.append(name)
    return out


def _guards(table: Table, column: str, checks: Sequence[Check]) -> list[Check]:
    """Every CHECK a changed value must still pass: the residual ones, the table's on the column
    and the column's domain CHECKs (``VALUE`` read as the column)."""
    out = list(checks)
    names = {c.name for c in out}
    out += [c for c in table.checks if column in c.columns and c.name not in names]
    domain = table.column(column).type.domain
    if domain is not None:
        quoted = '"' + column.replace('"', '""') + '"'
        out += [Check(name=c.name, expression=re.sub(r"\bVALUE\b", lambda _: quoted, c.expression),
                      columns=(column,)) for c in domain.checks]
    return out


def _unique(table: Table, column: str) -> bool:
    keys = [*table.uniques, *((table.primary_key,) if table.primary_key else ())]
    return any(column in k.columns for k in keys)


def mend_digits(sink, engine, table: Table, chunk, checks: Sequence[Check], positions: Sequence[int]) -> list[int]:
    """Change digits of the refused rows' values until every CHECK passes; returns the rows mended."""
    columns = _columns(engine, table, checks, chunk)
    mended: list[int] = []
    todo = list(positions)
    for column, wide in ((c, w) for c in columns for w in (False, True)):
        if not todo:
            break
        cells = chunk.columns[column]
        rows, values = [], []
        for p in todo[: _ROWS // (5 if wide else 1)]:
            if cells[p] == NULL:
                continue
            for v in _variants(cells[p], wide):
                rows.append(p)
                values.append(v)
        if not values:
            continue
        trial = {c: [chunk.columns[c][p] for p in rows] for c in chunk.columns}
        trial[column] = values
        variants = SimpleNamespace(columns=trial, size=len(values))
        # A variant must pass every checksum CHECK, and every other CHECK the row passed already (one
        # it failed, such as a NULL pattern, is the regeneration's to mend).
        refused: set[int] = set()
        for guard in _guards(table, column, checks):
            bad = set(sink.failing_rows(table, variants, [guard])[0])
            if bad and not checksum_like(guard):
                failed_before = set(sink.failing_rows(table, chunk, [guard])[0])
                bad = {i for i in bad if rows[i] not in failed_before}
            refused |= bad
        taken = set(cells) if _unique(table, column) else set()
        numeric = table.column(column).type.kind in (TypeKind.INTEGER, TypeKind.NUMERIC)
        chosen: dict[int, str] = {}
        for i, (p, v) in enumerate(zip(rows, values, strict=True)):
            if p in chosen or i in refused or v in taken or (numeric and v[:1] == "0" and len(v) > 1):
                continue
            chosen[p] = v
            taken.add(v)
        if chosen:
            _apply(engine, table, chunk, column, chosen)
            mended += list(chosen)
            todo = [p for p in todo if p not in chosen]
    return mended


def _apply(engine, table: Table, chunk, column: str, chosen: dict[int, str]) -> None:
    """Write the new values, and follow them in the chunk's self-references to the column."""
    cells = chunk.columns[column]
    renamed = {cells[p]: v for p, v in chosen.items()}
    for p, v in chosen.items():
        cells[p] = v
    if not _unique(table, column):
        return
    engine.pools.rename(table.name, column, renamed)  # a self-reference's picks read the pool
    tp = engine.plan.tables[table.name]
    for fk in tp.fks:
        if fk.parent != table.name or column not in fk.ref_columns:
            continue
        child = fk.columns[fk.ref_columns.index(column)]
        if child in chunk.columns:
            chunk.columns[child] = [renamed.get(v, v) for v in chunk.columns[child]]
