"""A column said as the head of a line, then its values (brief s17 of session 9).

Tickets, configs and agents write what a column holds as "key: value" lines: "payments.method: cash",
"fuel_type = diesel only", "invoices.currency: GBP or EUR", "hull_type values: motor 50%, monohull 50%",
"status should be mostly active", "boat_owners.phone: null for 20%". The head is a column of the
schema (said alone, after its table, or as ``table.column``); what follows is read as one of: shares
of values, a vague share of values, a set of values (every row), or a share of rows without a value.
A head that is no column, or values the schema does not know, are left to the other rules (which
read them or quote them back).
``idents.unseparated`` drops the ":" or "=" after such a head before a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.lexicon import FUZZY_SHARES
from seedbed.scope.model import Item, Mix, Nulls
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import LABEL, NUM, SEP, W, _g, names

__all__ = ["head_value_rules"]

#: Words between a column's head and its values.
_BE = r"(?::|=|==|->|should be|should all be|must be|must all be|are|is|are all|are always|always|all|set to|in)"
_FUZZY = "|".join(sorted((re.escape(k) for k in FUZZY_SHARES if FUZZY_SHARES[k] < 1), key=len, reverse=True))
_LABELS = rf"{LABEL}(?:{SEP}{LABEL})*"
_PAIR = rf"(?:{LABEL}(?: =| :| for| in| on)? {NUM}%(?: of (?:the )?(?:rows|them|the time))?|{NUM}% {LABEL})"
_PAIRS = rf"{_PAIR}(?:(?: ,| and| , and) {_PAIR})*(?:(?: ,| and| , and) rest% {_LABELS})?"
_NULL = r"(?:null|nulls|empty|blank|missing|none|nil|unset)"


def _where(m: re.Match[str], ctx: Context) -> tuple[str | None, str] | None:
    """(table, column) of the head, when it names a column of the schema (a ``table.column`` too)."""
    g = ctx.ground
    if g is None:
        return None
    t, col = _g(m, "t"), m.group("col")
    if "." in col:
        if t is not None:
            return None
        t, _, col = col.rpartition(".")
        t = t.rpartition(".")[2]  # "public.boats.hull_type"
    if not g.is_column(col) or g.is_table(col) or (t is not None and not g.is_table(t)):
        return None
    return t, col


def _shares(m: re.Match[str], ctx: Context) -> list[Item] | None:
    where = _where(m, ctx)
    if where is None:
        return None
    pairs = [(label, float(pct) / 100) for label, pct in re.findall(rf"({LABEL})(?: =| :| for| in| on)? ({NUM})%", m.group("v"))]
    pairs += [(label, float(pct) / 100) for pct, label in re.findall(rf"(?<![\w.])({NUM})% ({LABEL})", m.group("v"))]
    rest = re.search(rf"rest% ({_LABELS})$", m.group("v"))
    if rest is not None:
        left = names(rest.group(1))
        pairs += [(x, max(0.0, 1 - sum(p for _, p in pairs)) / len(left)) for x in left]
    if ctx.ground is None or not pairs or not all(ctx.ground.is_label(x) for x, _ in pairs):
        return None
    return [Mix(phrase=ctx.phrase, table=where[0], column=where[1], weights=tuple(pairs))]


def _vague(m: re.Match[str], ctx: Context) -> list[Item] | None:
    where = _where(m, ctx)
    labels = names(m.group("labels"))
    if where is None or ctx.ground is None or not all(ctx.ground.is_label(x) for x in labels):
        return None
    share = FUZZY_SHARES[m.group("q")]
    return [Mix(phrase=ctx.phrase, table=where[0], column=where[1], weights=tuple((x, share / len(labels)) for x in labels),
                share=share, vague=True)]


def _set(m: re.Match[str], ctx: Context) -> list[Item] | None:
    where = _where(m, ctx)
    labels = names(m.group("labels"))
    if where is None or ctx.ground is None or not all(ctx.ground.is_label(x) and not ctx.ground.is_table(x) for x in labels):
        return None
    return [Mix(phrase=ctx.phrase, table=where[0], column=where[1], weights=tuple((x, 1.0 / len(labels)) for x in labels), share=1.0)]


def _nulls(m: re.Match[str], ctx: Context) -> list[Item] | None:
    where = _where(m, ctx)
    table = (where[0] or ctx.subject) if where is not None else None
    if where is None or table is None:
        return None
    return [Nulls(phrase=ctx.phrase, table=table, column=where[1], share=float(m.group("pct")) / 100)]


def head_value_rules() -> Iterable[Rule]:
    """The rules, each over a whole clause: "HEAD [BE] VALUES"; the head is a column (``_where``), said alone
    first ("payments.method : cash only" is not the table "payments.method" and a column "cash")."""
    be = f"(?: {_BE})?"
    for h in (rf"^(?P<col>{W})(?: values?)?", rf"^(?P<t>{W}) (?:: )?(?P<col>{W})(?: values?)?"):
        yield rule("head nulls", rf"{h}{be} {_NULL}(?: (?:for|in|on))? (?P<pct>{NUM})%(?: of (?:the )?(?:rows|them|the time))?$", _nulls)
        yield rule("head nulls", rf"{h}{be} (?P<pct>{NUM})% {_NULL}$", _nulls)
        yield rule("head shares", rf"{h}{be} (?P<v>{_PAIRS})$", _shares)
        yield rule("head vague", rf"{h}{be} (?P<q>{_FUZZY}) (?P<labels>{_LABELS})$", _vague)
        yield rule("head set", rf"{h}{be} (?:only |just |either |always |exclusively )?(?P<labels>{_LABELS})"
                               r"(?: only| exclusively| always| everywhere| for all(?: rows)?)?$", _set)
    # "staff: mechanics and dockhands", "50 staff: mechanics or dockhands only": a table's head, then its values
    yield rule("head set", rf"(?P<t>{W}) : (?:all |only |just |either )?(?P<labels>{LABEL}(?:{SEP}{LABEL})+)"
                           r"(?: only| exclusively)?$", _table_set, keep=("t",))


def _table_set(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g, labels = ctx.ground, names(m.group("labels"))
    if g is None or not g.is_table(m.group("t")) or not all(g.is_label(x) and not g.is_table(x) for x in labels):
        return None
    return [Mix(phrase=ctx.phrase, table=m.group("t"), weights=tuple((x, 1.0 / len(labels)) for x in labels), share=1.0)]
