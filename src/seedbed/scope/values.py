"""Column wishes of a scope: value mixes, ranges, time windows and locale countries.

Each function takes one scope item, the schema and the tables concerned, and returns the
column specs to add (``(table, column) -> ColumnSpec``) with a sentence saying what they do.
Values are converted to the column's type kind (``int`` / ``Decimal`` / ``float``, ``date``,
tz-aware ``datetime`` for timestamptz) so the planner can intersect them with the folded
CHECK domains; a wish that leaves a column no value is an error, not an empty table.
"""

from __future__ import annotations

from dataclasses import replace

import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Bound, Column, ColumnDomain, QualifiedName, Schema, Table, TableDomains, TypeKind
from seedbed.planning.options import ColumnSpec
from seedbed.scope.blanks import NO_VALUE, no_value
from seedbed.scope.ground import ground_columns, stem
from seedbed.scope.inflect import adjective_nouns
from seedbed.scope.columnwords import clip_of
from seedbed.scope.labelspell import LETTER_CODED, spelled_otherwise
from seedbed.scope.lexicon import CENT_UNITS, MONEY_UNITS, plural, singular
from seedbed.scope.verbcols import said_verb
from seedbed.scope.dimensions import of_said_dimension
from seedbed.scope.units import name_unit, name_words, percent_factor, unit_columns
from seedbed.scope.durations import length_columns, own_lengths, said_hours, unit_factor
from seedbed.scope.model import Locale, Mix, Range
from seedbed.scope.names import column_hint, column_matches, match_table, norm

__all__ = ["LEVELS", "Found", "locale_columns", "mix_columns", "range_columns"]

Found = dict[tuple[QualifiedName, str], ColumnSpec]
Fold = Callable[[Table], TableDomains]

NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Date columns a window over "the last 12 months" leaves alone: they are not event times.
NOT_EVENTS = frozenset("birth birthday dob born expires expiry expiration expire due deadline until ends end "
                       "valid starts start".split())
#: Name parts of the column where a row's span begins (a window on a table of spans is on it).
_SPAN_STARTS = frozenset("start starts started begin begins began starting".split())


#: Words of a scale of low to high, and the letter a column that lists 'L' and 'H' codes each with.
LEVELS = {"low": "l", "lower": "l", "medium": "m", "mid": "m", "moderate": "m", "high": "h", "higher": "h"}


def _name(t: QualifiedName, col: str) -> str:
    return f"{t}.{col}"


def allowed_values(table: Table, column: Column, fold: Fold) -> tuple[Any, ...] | None:
    """The finite set a column takes: enum labels, or the values its CHECKs allow."""
    dom = fold(table).column(column.name)
    if dom.allowed is not None:
        return tuple(dom.allowed)
    if column.type.enum_labels and not column.type.is_array:
        return column.type.enum_labels
    return None


def _label_key(text: Any) -> str:
    return norm(str(text))


def _fit_labels(labels: Sequence[str], allowed: Sequence[Any], column: str | None = None) -> tuple[dict[str, Any], list[str]]:
    """The labels said fitted to ``allowed`` values, and those that fit none; ``column``: the column's name, which
    must say its one-letter values code words before a word is read by its first letter (None: it may)."""
    by_key = {_label_key(a): a for a in allowed}
    fitted, missing = {}, []
    for label in labels:
        key = _label_key(label)
        hit = by_key.get(key) or by_key.get(singular(key))
        if hit is None:  # "yearly" -> year, "monthly" -> month, "daily" -> day, "annual" -> year
            hit = next((by_key[n] for n in adjective_nouns(key) if n in by_key), None)
        if hit is None:  # "drop rate", "waitlist: 2%": the one value of that stem (dropped, waitlisted)
            same = [a for a in allowed if isinstance(a, str) and stem(_label_key(a)) == stem(key)]
            hit = same[0] if len(same) == 1 else None
        if hit is None and len(key) > 1 and all(isinstance(a, str) and len(a) == 1 for a in allowed) \
                and (column is None or set(re.split(r"[_\W]+", column.lower())) & LETTER_CODED):
            hit = by_key.get(key[0])  # one-letter codes: "female" -> 'F', "yes" -> 'Y'
        if hit is None and key in LEVELS and {"l", "h"} <= {str(a).lower() for a in allowed} \
                and all(isinstance(a, str) and len(a) == 1 for a in allowed):
            hit = by_key.get(LEVELS[key])  # a scale of L, M, H whatever the column's name ("risk_rtg": brief sb)
        if hit is None:
            hit = spelled_otherwise(key, allowed, column)
        if hit is None:
            missing.append(label)
        else:
            fitted[label] = hit
    return fitted, missing


def _tables(schema: Schema, word: str | None, concerned: Sequence[QualifiedName]) -> list[QualifiedName]:
    if word:
        return [match_table(schema, word)[0]]
    return list(concerned)


def _tables_of(schema: Schema, word: str) -> list[Table]:
    """The table a word names (by its name or by a column of it), else every table."""
    try:
        return [schema.table(match_table(schema, word)[0])]
    except ScopeError:
        return list(schema.tables)


def _is_table(schema: Schema, word: str) -> bool:
    try:
        match_table(schema, word)
    except ScopeError:
        return False
    return True


def mix_columns(item: Mix, schema: Schema, concerned: Sequence[QualifiedName], fold: Fold) -> tuple[Found, str]:
    """Where a value mix goes: the column named, else every column whose value set holds the labels."""
    table_word, column_word = item.table, item.column
    joined = f"{table_word}_{column_word}".replace(" ", "_") if table_word and column_word else None
    if joined and any(t.name.name.lower() in (joined, singular(joined), plural(joined)) for t in schema.tables):
        table_word, column_word = joined, None  # "housekeeping tasks mostly urgent": a table of two words
    elif joined and any(c.name.lower() == joined.lower() for t in _tables_of(schema, table_word) for c in t.columns):
        table_word, column_word = None, joined  # "pay type split: 70% PAYE": a column of two words (pay_type)
    if table_word and len(item.weights) == 1 and not column_word and not _is_table(schema, table_word) \
            and _is_table(schema, item.weights[0][0]):
        # "10% orders cancelled": the table came first, the value last.
        item = Mix(phrase=item.phrase, table=item.weights[0][0], weights=((table_word, item.weights[0][1]),))
        table_word = item.table
    if table_word and not column_word:
        try:
            how = match_table(schema, table_word)[1]
        except ScopeError:
            how = "no table"
        own = "_" in table_word and any(c.name.lower() == table_word.lower() for t in schema.tables for c in t.columns)
        if how == "no table" or (how and own):
            # "status 60% completed ...": the word names a column, not a table; so does a column's own name that
            # names a table only by a part of it ("service_level mostly express", not service_tickets)
            table_word, column_word = None, table_word
    tables = _tables(schema, table_word, concerned)
    if table_word is None and column_word is None:
        tables = [t.name for t in schema.tables] if not concerned else list(concerned)
    labels = [label for label, _ in item.weights]
    candidates: list[tuple[Table, Column, tuple[Any, ...] | None]] = []
    for name in tables:
        table = schema.table(name)
        cols = column_matches(table, column_word, exact_only=True) if column_word else [c.name for c in table.columns]
        for c in cols:
            col = table.column(c)
            candidates.append((table, col, allowed_values(table, col, fold)))
    fitting = [(t, c, a) for t, c, a in candidates if a is not None and not _fit_labels(labels, a, c.name)[1]]
    if not fitting and column_word:  # "statuses 50% in field, 20% closed": the one column named by a part that holds them
        loose = [(t, c, allowed_values(t, c, fold)) for t in map(schema.table, tables)
                 for c in map(t.column, column_matches(t, column_word))]
        loose = [(t, c, a) for t, c, a in loose if a is not None and not _fit_labels(labels, a, c.name)[1]]
        if not loose:  # "condition poor on 15%": the column whose name clips the word said (``cond_cd``, brief sb)
            loose = [(t, c, allowed_values(t, c, fold)) for t in map(schema.table, tables) for c in t.columns
                     if any(clip_of(p, w) == "clip" for p in c.name.lower().split("_") for w in column_word.split())]
            loose = [(t, c, a) for t, c, a in loose if a is not None and not _fit_labels(labels, a, c.name)[1]]
        fitting = loose if len(loose) == 1 else fitting
    if not fitting and len(labels) == 1:
        flags = _flag_columns(tables if table_word else [schema.table(t) for t in tables], schema, labels[0])
        if flags:
            return _flag_mix(item, flags)
    if not fitting and column_word:
        fitting = [(t, c, a) for t, c, a in candidates if a is None and c.type.kind in (TypeKind.TEXT, TypeKind.CHAR)]
        if fitting and any(_label_key(x) in NO_VALUE for x in labels):
            return no_value(item, fitting)
    if not fitting and column_word and all(_is_number(x) for x in labels):
        return _number_mix(item, schema, concerned, fold)
    if not fitting and len(labels) > 1 and not column_word and item.share is None:
        split = _split_mix(item, schema, concerned, fold)
        if split is not None:  # "25% programmatic, a fifth social": a flag's share and a channel's
            return split
    if not fitting:
        where = ", ".join(map(str, tables[:6])) + (", ..." if len(tables) > 6 else "")
        best = max((x for x in candidates if x[2] is not None), default=None,
                   key=lambda x: len(labels) - len(_fit_labels(labels, x[2], x[1].name)[1]))
        if best is None:
            what = f"column {column_word!r}" if column_word else "column with a fixed set of values"
            raise ScopeError(f"no {what} in {where} for the value mix {', '.join(labels)}", subject=item.phrase,
                             hint=column_hint([c.name for t, c, a in candidates], column_word or "status"))
        table, col, allowed = best
        missing = _fit_labels(labels, allowed, col.name)[1]
        raise ScopeError(f"{_name(table.name, col.name)} cannot hold {', '.join(map(repr, missing))}",
                         subject=_name(table.name, col.name),
                         hint="it takes: " + ", ".join(map(str, allowed)))
    found: Found = {}
    lines = []
    for table, col, allowed in fitting:
        weights, how = _weights(item, allowed, col.name)
        found[(table.name, col.name)] = ColumnSpec(weights=weights)
        lines.append(f"{_name(table.name, col.name)}: " + ", ".join(f"{k} {v:.0%}" if v >= 0.01 else f"{k} {v:.1%}"
                                                                     for k, v in weights.items()) + how)
    return found, "; ".join(lines)


def _split_mix(item: Mix, schema: Schema, concerned: Sequence[QualifiedName], fold: Fold) -> tuple[Found, str] | None:
    """A mix whose values no one column holds, read as one mix per column when each value has a column (or a flag) of
    its own: "25% programmatic, a fifth of them social" (``is_programmatic`` and ``channel``), "60% DD, 30% card,
    10% paypal, 5% failed" (the method's three and the status's one, brief s34). The values that land on the same
    columns are one mix again; two groups that share a column, or a value no column holds, give None (the mix is
    then refused, naming the value a column cannot hold)."""
    def columns(label: str, share: float, within: Sequence[QualifiedName]) -> frozenset[tuple[QualifiedName, str]]:
        return frozenset(mix_columns(replace(item, weights=((label, share),), vague=item.vague), schema, within, fold)[0])

    try:
        first = [columns(label, share, concerned) for label, share in item.weights]
    except ScopeError:
        return None
    # the table most values landed in holds the others too when it can ("5% failed": the payments' flag, not
    # the status of another table that lists 'failed')
    tables = [t for cols in first for t, _ in cols]
    home = max(tables, key=tables.count, default=None)
    groups: dict[frozenset[tuple[QualifiedName, str]], list[tuple[str, float]]] = {}
    for (label, share), cols in zip(item.weights, first):
        if item.table is None and home is not None and any(t != home for t, _ in cols):
            try:
                cols = columns(label, share, [home])
            except ScopeError:
                pass
        groups.setdefault(cols, []).append((label, share))
    keys = list(groups)
    if len(keys) < 2 or any(a & b for n, a in enumerate(keys) for b in keys[n + 1:]):
        return None
    found: Found = {}
    lines: list[str] = []
    for cols, weights in groups.items():
        within = sorted({t for t, _ in cols}, key=str)
        part, line = mix_columns(replace(item, weights=tuple(weights), vague=item.vague), schema, within, fold)
        if set(part) & set(found):
            return None
        found.update(part)
        lines.append(line)
    return found, "; ".join(lines)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


#: The widest range of whole numbers a column's CHECKs allow that a share may spread its rest on.
_SPREAD_SPAN = 100


def _number_mix(item: Mix, schema: Schema, concerned: Sequence[QualifiedName], fold: Fold) -> tuple[Found, str]:
    """A mix over numbers on the number column a range would name ("story points 1, 2, 3, 5, 8 or
    13", "mostly 4 and 5 stars"). The numbers are typed as the column holds them (a fraction in a
    whole-number column is an error); what the shares leave goes to the column's other whole numbers
    when its CHECKs bound it closely (rating 1..5), else it is an error (no silent reading)."""
    nums = [float(x) for x, _ in item.weights]
    probe = Range(phrase=item.phrase, table=item.table, column=item.column or "", low=min(nums), high=max(nums))
    found, _ = range_columns(probe, schema, concerned, fold)  # the column, and the CHECKs it must fit
    out: Found = {}
    lines = []
    for (tname, cname) in found:
        table = schema.table(tname)
        kind = table.column(cname).type.kind
        weights: dict[Any, float] = {}
        for label, share in item.weights:
            value = _number(kind, float(label), low=True)
            if float(value) != float(label):
                raise ScopeError(f"{_name(tname, cname)} holds whole numbers, not {label}", subject=item.phrase)
            weights[value] = weights.get(value, 0.0) + share
        rest = 1.0 - sum(weights.values())
        if rest > 1e-9:
            dom = fold(table).column(cname)
            span = (dom.high.value - dom.low.value) if dom.low and dom.high and kind is TypeKind.INTEGER else None
            if span is None or span > _SPREAD_SPAN:
                raise ScopeError(f"{_name(tname, cname)}: a share of the rows on {', '.join(map(str, weights))} leaves "
                                 f"{rest:.0%} to values the column does not list", subject=item.phrase,
                                 hint="say every value and its share, or the values only ('1, 2 or 3 only')")
            low = dom.low.value + (0 if dom.low.inclusive else 1)
            high = dom.high.value - (0 if dom.high.inclusive else 1)
            others = [v for v in range(low, high + 1) if v not in weights]
            for v in others:
                weights[v] = rest / len(others)
        out[(tname, cname)] = ColumnSpec(weights=weights)
        lines.append(f"{_name(tname, cname)}: " + ", ".join(f"{k} {v:.0%}" for k, v in weights.items()))
    return out, "; ".join(lines)


def _flag_columns(tables: Sequence[Any], schema: Schema, label: str) -> list[tuple[Table, Column, bool]]:
    """Boolean columns a value word names, and whether it negates them: ``archived`` -> ``is_archived``,
    ``active`` -> ``active``, ``inactive`` -> ``active`` negated (``ground.NEGATIONS``); a nullable
    time a row reaches or not (``read_at``, ``ground.moment``) the same way."""
    from seedbed.scope.flagwords import flag_word, negated_flag, opposed

    said = re.sub(r"[_-]only$", "", norm(label))  # "35% digital-only": is_digital
    want = stem(said)
    out = []
    for t in tables:
        table = t if isinstance(t, Table) else schema.table(t)
        for col in table.columns:
            if (word := flag_word(col)) is not None:
                # "85% active" of ``is_actv`` (a clip), "30% on display" read as ``on_disp`` (its own name: brief sb)
                if stem(word) == want or said == col.name.lower() or clip_of(word, said) == "clip":
                    out.append((table, col, False))
                elif negated_flag(norm(label), word) or opposed(norm(label), word):
                    out.append((table, col, True))  # "inactive" of active, "active" of is_archived
    return out


def _flag_mix(item: Mix, flags: list[tuple[Table, Column, bool]]) -> tuple[Found, str]:
    said = item.weights[0][1] if item.share is None else item.share
    found: Found = {}
    lines = []
    for table, col, negated in flags:
        share = 1.0 - said if negated else said
        if col.type.kind is not TypeKind.BOOL:  # "half of the notifications read": read_at set on half
            found[(table.name, col.name)] = ColumnSpec(null_rate=1.0 - share)
            lines.append(f"{_name(table.name, col.name)}: set on {share:.0%} of the rows, NULL on the rest")
            continue
        found[(table.name, col.name)] = ColumnSpec(weights={True: share, False: 1.0 - share})
        lines.append(f"{_name(table.name, col.name)}: true {share:.0%}, false {1 - share:.0%}")
    return found, "; ".join(lines)


def merge_mixes(earlier: Mix, later: Mix, table: Table, column: str, fold: Fold) -> tuple[Mix, dict[Any, float]] | None:
    """Two mixes said for one column that name different values ("mostly X" and "no Y"): one mix
    with both (the rest spread over the values neither names); None when they overlap or add up
    to more than 100% (then the later one replaces the earlier, with a warning)."""
    allowed = allowed_values(table, table.column(column), fold)
    said = {label for label, _ in earlier.weights}
    if allowed is None or said & {label for label, _ in later.weights}:
        return None
    both = Mix(phrase=later.phrase, table=later.table, column=later.column, weights=_fitted(earlier, later),
               vague=earlier.vague and later.vague)
    if sum(w for _, w in both.weights) > 1.0 + 1e-9 or _fit_labels([x for x, _ in both.weights], allowed, column)[1]:
        return None
    return both, _weights(both, allowed, column)[0]


def _fitted(earlier: Mix, later: Mix) -> tuple[tuple[str, float], ...]:
    """The shares of two mixes side by side; when they add up to more than 100% the vague ones give way
    ("mostly late, some damage, hardly any lost": 80% + 20% + 2%, so mostly and some are scaled to 98%):
    an exact share stays as said, vague ones share what the exact ones leave, in their proportions."""
    weights = earlier.weights + later.weights
    total = sum(w for _, w in weights)
    if total <= 1.0 + 1e-9 or not (earlier.vague or later.vague):
        return weights
    exact = sum(w for m in (earlier, later) if not m.vague for _, w in m.weights)
    vague = total - exact
    if exact >= 1.0 or vague <= 0:
        return weights
    k = (1.0 - exact) / vague
    return tuple((x, w * k if m.vague else w) for m in (earlier, later) for x, w in m.weights)


def _weights(item: Mix, allowed: tuple[Any, ...] | None, column: str | None = None) -> tuple[dict[Any, float], str]:
    labels = [label for label, _ in item.weights]
    fitted = _fit_labels(labels, allowed, column)[0] if allowed is not None else {label: label for label in labels}
    weights: dict[Any, float] = {}
    for label, share in item.weights:
        weights[fitted[label]] = weights.get(fitted[label], 0.0) + share
    total = sum(weights.values())
    if total > 1.0 + 1e-9:
        raise ScopeError(f"the value mix adds up to {total:.0%}", subject=item.phrase,
                         hint="shares must add up to 100% at most (the rest goes to the other values)")
    others = [a for a in (allowed or ()) if a not in weights]
    rest = 1.0 - total
    if rest > 1e-9 and others:
        for a in others:
            weights[a] = rest / len(others)
        return weights, f" (the other {rest:.0%} spread over {', '.join(map(str, others))})"
    if rest > 1e-9:
        return {k: v / total for k, v in weights.items()}, f" (shares scaled from {total:.0%} to 100%)"
    return weights, ""


def _number(kind: TypeKind, value: float, *, low: bool) -> Any:
    if kind is TypeKind.INTEGER:
        return math.ceil(value) if low else math.floor(value)
    if kind is TypeKind.FLOAT:
        return float(value)
    return Decimal(str(value if not float(value).is_integer() else int(value)))


def _check_fits(table: Table, col: Column, spec: ColumnDomain, fold: Fold, phrase: str) -> None:
    from seedbed.generate.values import merge_domains

    merged = merge_domains(fold(table).column(col.name), spec)
    if merged.low is not None and merged.high is not None:
        lo, hi = merged.low, merged.high
        try:
            empty = lo.value > hi.value or (lo.value == hi.value and not (lo.inclusive and hi.inclusive))
        except TypeError:
            empty = False
        if empty:
            folded = fold(table).column(col.name)
            allows = f"{folded.low.value if folded.low else '-inf'} .. {folded.high.value if folded.high else 'inf'}"
            raise ScopeError(f"{_name(table.name, col.name)}: {phrase!r} leaves no value the column's constraints allow",
                             subject=_name(table.name, col.name), hint=f"the column allows {allows}")


def range_columns(item: Range, schema: Schema, concerned: Sequence[QualifiedName], fold: Fold) -> tuple[Found, str]:
    """The numeric columns a range names; exact names first (``prices`` -> ``price``)."""
    column = item.column
    try:
        tables = [schema.table(t) for t in _tables(schema, item.table, concerned)]
    except ScopeError:
        # "unit prices": both words name the column (unit_price_cents), not a table and a column.
        tables, column = [schema.table(t) for t in concerned], f"{item.table} {item.column}"
        if re.search(rf"\bper {re.escape(item.table.lower())}\b", item.phrase.lower()):
            column = item.column  # "bottle counts between 600 and 4000 per run": each row's (``perunit``)
    words = column.split()
    named = [w for w in words if len(words) > 1 and _is_table(schema, w)]
    if named and not _number_columns(tables, column, item.unit, exact=True):
        # ("films with a rental rate": a column's name holds a table's word, rental is no table here)
        # "cheap products under 10 bucks": the table said among the column's words
        tables = [schema.table(match_table(schema, named[0])[0])]
        column = " ".join(w for w in words if w != named[0])
    decimals = any(v is not None and not float(v).is_integer() for v in (item.low, item.high))
    if (not item.table and _is_table(schema, column) and (item.unit or decimals)
            and not _number_columns(tables, column, None, exact=True)):
        # "payments between 1 and 10 dollars", "invoices of 10 to 500 dollars": the table's amount.
        tables = [schema.table(match_table(schema, column)[0])]
        column = "amount"
    hits = _number_columns(tables, column, item.unit)
    named = schema.table(match_table(schema, column)[0]) if not item.table and _is_table(schema, column) else None
    if named is not None:
        # "the inventory should be between 5 and 50": the table's own quantity first (inventory.on_hand); a column of
        # another table only by its exact name: "claim payments over 2,500" is never claims.amount_claimed by the stem
        # "claim" (brief s18: a table of several words said in full was a silent misreading)
        own = _number_columns([named], column, item.unit)
        hits = own or _number_columns(tables, column, item.unit, exact=True) or [h for h in hits if h[0] is named]
        if not hits and not item.unit and not _RATE.search(item.phrase.lower()):
            hits = own_amount(named)  # "claim payments over 2,500": a bound of each row is the table's one amount
    if not hits and column == "amount":  # "payments of 0.99 to 9.99": the table's amount or price
        hits = _number_columns(tables, "price", item.unit)
    if not hits and item.table and column == item.column:
        # "rental rates": a table word that is part of the column's name (film.rental_rate). Only
        # a column whose name holds that word: "inventory levels" must not become another
        # table's quantity by meaning (a silent misreading); no hit is an error that lists columns.
        column = f"{item.table} {item.column}"
        words = {stem(w) for w in norm(item.table).split("_") if w}
        hits = [(t, c) for t, c in _number_columns([schema.table(t) for t in concerned], column, item.unit)
                if words <= {stem(w) for w in norm(c.name).split("_")}]
        column = item.column if not hits else column
    if not hits and not item.table and _is_table(schema, column) and not item.unit and _per_row(item.phrase, column):
        # "sales of at most 40 each", "payments of under 100": a bare bound of each row is the table's one amount
        # ("invoices between 100 and 200 per month" says no row's amount: it stays an error)
        hits = own_amount(schema.table(match_table(schema, column)[0]))
    if not hits and item.table and len(tables) == 1 and singular(norm(column)) in MONEY_NOUNS:
        hits = own_amount(tables[0])  # "vet bills between 45 and 600": the visit's one amount (its cost)
    if not hits:  # "treatments of 2 hours": the table's length in whatever unit its name says
        hits = length_columns(item, tables if item.table else [])
    hits = own_lengths(item, hits)
    hits = of_said_dimension(column, item.phrase, hits)  # "vans weighing under 3000 kg": a weight, not payload_kg
    if not hits:  # "site capacity from 50 to 5000 kilowatt": the one column measured in what the unit measures
        hits = [(t, t.column(c)) for t, c in unit_columns(item, [(t, c.name) for t in tables for c in t.columns
                                                                 if c.type.kind in NUMERIC])]
    if not hits:
        numeric = [c.name for t in tables for c in t.columns if c.type.kind in NUMERIC]
        verb = said_verb(item.phrase, column)  # "crew who make over 50": the verb said, not only the word it stands for
        raise ScopeError(f"no number column matches {column!r}" + (f" (said with {verb!r})" if verb else ""), subject=item.phrase,
                         hint=column_hint(dict.fromkeys(numeric), column))
    found: Found = {}
    lines = []
    for table, col in hits:
        factor = 100 if (item.unit in MONEY_UNITS and "cents" in col.name.lower().split("_")) else 1
        if item.unit in CENT_UNITS and "cents" not in col.name.lower().split("_"):
            factor = 0.01
        factor *= unit_factor(item, col.name)  # "2 to 4 hours long" on duration_minutes: 120..240; kg on weight_g
        if item.unit == "percent" and (name_unit(col.name) or said_hours(name_words(col.name)[-1])):
            raise ScopeError(f"{_name(table.name, col.name)} is measured in {name_words(col.name)[-1]}, not in percent",
                             subject=item.phrase, hint="say the range in the column's unit")  # "depth 10-20%" on depth_cm
        allowed = fold(table).column(col.name).high
        factor *= percent_factor(item.unit, col.type.precision, col.type.scale, allowed.value if allowed else None)
        kind = col.type.kind
        low = Bound(value=_number(kind, item.low * factor, low=True)) if item.low is not None else None
        high = Bound(value=_number(kind, item.high * factor, low=False)) if item.high is not None else None
        dom = ColumnDomain(low=low, high=high)
        _check_fits(table, col, dom, fold, item.phrase)
        found[(table.name, col.name)] = ColumnSpec(domain=dom)
        shown = " and ".join(x for x in (f"at least {low.value}" if low else "", f"at most {high.value}" if high else "") if x)
        lines.append(f"{_name(table.name, col.name)}: {shown}" + (" (in cents)" if factor == 100 else ""))
    return found, "; ".join(lines)


#: A rate in time: a bound said with one is no row's own amount ("invoices between 100 and 200 per month").
_RATE = re.compile(r"\b(?:per|an?|every|each|/) ?(?:day|week|month|year|hour|night)\b")
#: Words of the column that is a row's own amount, when a bound names none ("orders over $50").
OWN_AMOUNT = ("total", "subtotal", "amount", "price", "cost", "value", "fee")
#: Words for what a row costs, said of a table whose amount column has another name ("vet bills": ``vet_visit.cost``).
MONEY_NOUNS = frozenset("bill charge fee cost price amount spend fare payment total sum takings tab value".split())


def own_amount(table: Table) -> list[tuple[Table, Column]]:
    """The table's one amount column ("total" before "subtotal"), by the first word of ``OWN_AMOUNT`` that a
    name part of exactly one of its number columns says (no meaning: a rating is no amount); none else."""
    for word in OWN_AMOUNT:
        hits = [(table, table.column(c)) for c in ground_columns(table, word, kinds=NUMERIC, concepts=False)]
        if len(hits) == 1:
            return hits
    return []


def _per_row(phrase: str, table: str) -> bool:
    """A bound said of each row of ``table`` ("sales of at most 40", "payments under 100 each")."""
    text = phrase.lower()
    return bool(re.search(rf"\b{re.escape(table.lower())} (?:of|worth|totall?ing)\b", text)
                or re.search(r"\b(?:each|apiece)\b", text))


def _number_columns(tables: Sequence[Table], column: str, unit: str | None, *,
                    exact: bool = False) -> list[tuple[Table, Column]]:
    """The number columns a word names: exactly, by a name part, then by stem and meaning
    (``seedbed.scope.ground``: priced -> price, stars -> rating, minutes long -> length)."""
    said = norm(column)

    def numeric(pairs: list[tuple[Table, str]]) -> list[tuple[Table, Column]]:
        # keys are no quantity: "payments between 1 and 10 dollars" is not about payment_id
        return [(t, t.column(c)) for t, c in pairs if t.column(c).type.kind in NUMERIC and not t.column(c).type.is_array
                and (c.lower() == said or not _is_key(t, c))]

    hits = numeric([(t, c) for t in tables for c in column_matches(t, column, exact_only=True)])
    if exact:
        return hits
    if not hits:
        hits = numeric([(t, c) for t in tables for c in column_matches(t, column)])
    if not hits:  # by stem in any table first, by meaning only when no name says it
        hits = numeric([(t, c) for t in tables for c in ground_columns(t, column, kinds=NUMERIC, concepts=False)])
    if not hits:
        hits = numeric([(t, c) for t in tables for c in ground_columns(t, column, kinds=NUMERIC)])
    if not hits and unit in MONEY_UNITS | CENT_UNITS:
        hits = numeric([(t, c) for t in tables for c in ground_columns(t, "price", kinds=NUMERIC)
                        or ground_columns(t, "amount", kinds=NUMERIC)])
    return hits


def _is_key(table: Table, column: str) -> bool:
    pk = table.primary_key.columns if table.primary_key else ()
    return column in pk or any(column in fk.columns for fk in table.foreign_keys)


COUNTRY_COLUMNS = frozenset(("country", "country_code", "country_iso", "iso_country", "nationality"))


def locale_columns(item: Locale, table: Table | None, fold: Fold) -> tuple[Found, str]:
    """A locale of some table's rows also fixes that table's ISO country column (``DE``)."""
    if table is None:
        return {}, ""
    country = item.locale.partition("_")[2]
    more = [code.partition("_")[2] for code in item.others]
    found: Found = {}
    lines = []
    for col in table.columns:
        if col.name.lower() not in COUNTRY_COLUMNS or col.type.kind not in (TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM):
            continue
        if col.type.length is not None and col.type.length < 2:
            continue
        allowed = allowed_values(table, col, fold)
        missing = [c for c in (country, *more) if allowed is not None and c not in allowed]
        if missing or (col.type.length == 3 and col.type.fixed_length):
            lines.append(f"{_name(table.name, col.name)} left alone (cannot hold {(missing or [country])[0]!r})")
            continue
        if more and item.shares:  # "30 patrons in Germany and 20 in France": each country its share
            found[(table.name, col.name)] = ColumnSpec(weights=dict(zip((country, *more), item.shares)))
            lines.append(f"{_name(table.name, col.name)}: " + ", ".join(
                f"{c!r} {w:.0%}" for c, w in zip((country, *more), item.shares)))
            continue
        if more:  # "users from France and Spain": evenly over the countries
            found[(table.name, col.name)] = ColumnSpec(weights={c: 1 / (1 + len(more)) for c in (country, *more)})
            lines.append(f"{_name(table.name, col.name)} evenly over {', '.join((country, *more))}")
            continue
        weights = _country_share(country, item.share, allowed)
        found[(table.name, col.name)] = ColumnSpec(weights=weights)
        lines.append(f"{_name(table.name, col.name)} = {country!r}" if len(weights) == 1 else
                     f"{_name(table.name, col.name)}: {country!r} {weights[country]:.0%}, the rest over "
                     f"{', '.join(c for c in weights if c != country)} (their names come from {item.locale} too)")
    return found, "; ".join(lines)


#: Where the rest of the rows come from when a share of them is from one country ("mostly from
#: France"): the countries seedbed's people come from most (its country table), when the column lists none.
_OTHER_COUNTRIES = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "CA", "AU", "JP")


def _country_share(country: str, share: float | None, allowed: tuple[Any, ...] | None) -> dict[Any, float]:
    """``country`` for every row, or for ``share`` of them and the rest spread over other countries."""
    if share is None or share >= 1.0:
        return {country: 1.0}
    others = [c for c in (allowed or _OTHER_COUNTRIES) if c != country]
    return {country: share, **{c: (1.0 - share) / len(others) for c in others}}
