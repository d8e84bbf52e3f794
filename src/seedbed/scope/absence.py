"""A share of rows said by what they lack (issue 11): "30% of candidates without an email", "a fifth of
candidates have no phone", "most jobs have no salary range", "no candidate should be missing an email",
"phone left blank for 10% of candidates". The words after the verb name nullable columns of the table;
the share is their NULL share (every column the words name: "salary range" is salary_min and salary_max).

Read only when the words name no table and no value (those are fan-outs and value mixes, read by
``seedbed.scope.relations``); a NOT NULL column named is an error, never another column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import TypeKind
from seedbed.planning.options import ColumnSpec
from seedbed.scope.blanks import NO_VALUE
from seedbed.scope.model import Fanout, Item, Nulls
from seedbed.scope.parse import Context, Rule, rule

__all__ = ["absence_rules", "clipped_columns", "resolve_nulls", "value_of_column"]

_SHARES = {"most": 0.8, "nearly all": 0.95, "almost all": 0.95, "all": 1.0, "every": 1.0, "none": 0.0, "no": 0.0,
           "few": 0.1, "a few": 0.1, "some": 0.2, "many": 0.6, "the majority": 0.8, "a minority": 0.2}
_SHARE = r"(?P<q>\d+(?:\.\d+)?%|" + "|".join(sorted((re.escape(k) for k in _SHARES), key=len, reverse=True)) + ")"
_OF = r"(?: of)?(?: (?:the|our|all|them|those|these))?"
_MODAL = r"(?:(?:should|will|would|must|may|can|could|shall) (?:be )?)?"
#: the verb of lacking: "have no", "without", "lack", "are missing", "don't have", "with an empty"
_LACK = (r"(?:(?:have|has|had|with|having|get|gets) no|without(?: any)?|lacks?|lacking|(?:are |is )?missing|"
         r"(?:do|does|did) not (?:have|list|give|provide)|(?:don't|doesn't|didn't|dont|doesnt) (?:have|list|give|provide)|"
         r"(?:with|have|has) (?:an? )?(?:empty|blank|null|missing)|"
         r"(?:should|must|will|would|can|could)(?:n't| not) (?:have|get|list|give|provide))")
_HAVE = r"(?:have|has|with|having|get|gets|come with|list|give|provide)"
_ART = r"(?:(?:an?|any|their|its|the) )?"
#: Words after a column's own that say "its value(s)": "salary range", "linkedin profile", "email address".
_OF_A_COLUMN = frozenset("range ranges profile profiles info information details field value values data entry set option flag address".split())
_BLANK = r"(?:is |are )?(?:left )?(?:missing|empty|blank|null|unset|not set)"


def _share(q: str) -> float:
    return float(q[:-1]) / 100 if q.endswith("%") else _SHARES[q]


def _read(ctx: Context, table: str | None, col: str, share: float, *, has: bool = False) -> list[Item] | None:
    """The item, when ``col`` names no table and no value (a fan-out or a value mix reads those);
    ``has``: said as having it ("every user has an address" is a child row each when a table is named)."""
    g = ctx.ground
    if g is None or table is None or not g.is_table(table) or (g.is_label(col) and not g.is_column(col)):
        return None
    if has and (g.is_label(col) or value_of_column(g, col) or any(g.is_table(w) for w in (col, *col.split()))):
        return None  # "linkedin for 40% of candidates", "urgent priority for 5%": a value, read by the mixes
    if g.is_table(col) and not g.refers_optionally(table, col):
        return None  # "users without orders": no orders (relations), "jobs with no recruiter": a nullable reference
    words = col.replace(" of ", " ").split()  # "years of experience": years_experience
    if len(words) > 1 and words[-1] in _OF_A_COLUMN:
        words = words[:-1]  # "salary range" is the salary columns, "a linkedin profile" the linkedin one
    col = " ".join(words)
    if not all(g.explains(w) for w in col.split()):
        return None
    ctx.subject = table
    return [Nulls(phrase=ctx.phrase, table=table, column=col, share=share)]


def _holder(ctx: Context, col: str) -> str | None:
    """The one table with a nullable column the words name, when no table is said ("phone empty 20% of the time":
    ``riders.phone``); none when several tables have one (quoted back)."""
    if ctx.ground is None:
        return None
    said = col.lower().replace(" ", "_")
    hits = [t for t, cols in ctx.ground.nullable
            if any(c == said or c.startswith(said + "_") or c.endswith("_" + said) for c in cols)]
    return hits[0] if len(hits) == 1 else None


def value_of_column(g: Any, col: str) -> bool:
    """"urgent priority": a value said with the column that holds it (not "linkedin profile", whose
    value linkedin is held by another column)."""
    held = dict(g.said_with)
    words = col.split()
    return any(w in held and any(o in held[w] for o in words if o != w) for w in words)


def _lacking(m: re.Match[str], ctx: Context) -> list[Item] | None:
    return _read(ctx, m.group("t"), m.group("col"), _share(m.group("q")))


def _having(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"only half of the candidates have a phone": the others have none."""
    return _read(ctx, m.group("t"), m.group("col"), 1.0 - _share(m.group("q")), has=True)


def _none_lacking(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"no candidate should be missing an email": none NULL."""
    return _read(ctx, m.group("t"), m.group("col"), 0.0)


def _none_without(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"no candidates without applications": each has one at least (1-3, as "with applications"); "no
    offers without a response date": none NULL; "no jobs with no department": the reference never NULL."""
    table, col, g = m.group("t"), m.group("col"), ctx.ground
    if g is not None and g.is_table(table) and g.is_table(col):
        ctx.subject = table  # never "no X" and "no Y": the children (through a link or another table) or the reference
        if g.refers(table, col) and not g.refers(col, table):
            return [Nulls(phrase=ctx.phrase, table=table, column=col, share=0.0)]
        return [Fanout(phrase=ctx.phrase, child=col, parent=table, low=1, high=3)]
    return _read(ctx, table, col, 0.0)


def _all_having(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"every candidate has an email": none NULL."""
    return _read(ctx, m.group("t"), m.group("col"), 0.0, has=True)


def absence_rules() -> Iterable[Rule]:
    """Before negation and value mixes (``relations.early_rules``): the column words are checked there."""
    from seedbed.scope.rules import NOUN, W, _g  # (rules builds its table of rules from these at import)

    # three words, then two, then one: "years of experience", "salary range", "linkedin profile", "email"
    for col in (r"(?P<col>[a-z][\w-]* of [a-z][\w-]*)", rf"(?P<col>{W} [a-z][\w-]*)", rf"(?P<col>{W})"):
        end = r"(?: (?:given|yet|set|on file|recorded|listed|provided|filled in|entered))?(?= |$)"
        yield rule("null share", rf"{_SHARE}{_OF} (?P<t>{NOUN}) {_MODAL}{_LACK} {_ART}{col}{end}", _lacking, keep=("t",))
        yield rule("null share", rf"(?:^|(?<=^and )){_SHARE}(?: of (?:them|those|these|which|whom))? {_MODAL}{_LACK} {_ART}{col}{end}",
                   lambda m, ctx: _read(ctx, ctx.subject, m.group("col"), _share(m.group("q"))))
        yield rule("null share", rf"(?P<t>{NOUN}) (?::|,|-) {_SHARE}(?: of them)? {_MODAL}{_LACK} {_ART}{col}{end}",
                   _lacking, keep=("t",))
        yield rule("null share", rf"(?P<t>{NOUN}) (?:with no|without(?: any)?|lacking|missing) {_ART}{col}{end} (?::|=|-|at|around|about) "
                                 rf"{_SHARE}$", _lacking, keep=("t",))  # "patients with no insurance provider: 15%"
        yield rule("null share", rf"^{col} (?:(?:is |are )?(?:set|given|filled in|present|true|on) )?(?:on|for|in) {_SHARE} of "
                                 rf"(?:them|those|these|(?:(?:the|our|all) )?(?P<t>{NOUN}))$",
                   lambda m, ctx: None if set(m.group("col").split()) & NO_VALUE else  # "email missing for 10%": ``happened``
                   _read(ctx, _g(m, "t") or ctx.subject, m.group("col"), 1.0 - _share(m.group("q")), has=True))
        yield rule("null share", rf"(?:(?:leave|keep) (?:the )?)?{col} {_BLANK} (?:for|on|in) {_SHARE}{_OF} (?P<t>{NOUN})",
                   _lacking, keep=("t",))
        # "no promo code on a third of memberships", "no seat number for 10% of the tickets" (brief s19)
        yield rule("null share", rf"(?:^|(?<=, ))(?:no|without(?: an?| any)?) {col} (?:on|for|in) {_SHARE}{_OF} (?P<t>{NOUN})$",
                   _lacking, keep=("t",))
        # "phone empty 20% of the time", "riders' email blank 10% of the time": the table said, or the one said before
        yield rule("null share", rf"^(?:(?P<t>{NOUN}) (?:: )?)?{col} {_BLANK} (?:(?:about|around|roughly) )?{_SHARE} of the time$",
                   lambda m, ctx: _read(ctx, _g(m, "t") or ctx.subject or _holder(ctx, m.group("col")), m.group("col"),
                                        _share(m.group("q"))), keep=("t",))
        yield rule("null share", rf"(?:only )?{_SHARE}{_OF} (?P<t>{NOUN}) {_MODAL}(?:actually )?{_HAVE} {_ART}{col}$",
                   _having, keep=("t",))
        yield rule("null share", rf"(?:no|none of the) (?P<t>{NOUN}) (?:{_MODAL}{_LACK}|without(?: any)?|with no|(?:that|who|which) "
                                 rf"(?:have|has) no) {_ART}{col}{end}", _none_without,
                   keep=("t",))
        yield rule("null share", rf"(?:every|each|all) (?P<t>{NOUN}) {_MODAL}(?:must |should )?{_HAVE} (?:an?|their|its) {col}$",
                   _all_having, keep=("t",))
        # "every rider with an email filled in", "each guest has a phone number set" (the pronoun read as the rows
        # before: ``chatter.referred``): the column said with a word of being there, none NULL
        yield rule("null share", rf"(?:every|each|all)(?: of the)? (?P<t>{NOUN}) {_MODAL}(?:must |should )?{_HAVE} (?:an?|their|its|the) "
                                 rf"{col} (?:filled in|filled out|filled|set|populated|present|provided|on file|recorded|given|entered)$",
                   _all_having, keep=("t",))


#: Last parts of a column's name that say its type, not what it holds (``inspector_id``, ``sent_at``).
_TYPE_PARTS = frozenset("id at on date ts time".split())


def clipped_columns(table: Any, words: str) -> list[str]:
    """The columns whose name is the words said, each part the word or its clipping ("inspector" is
    ``inspector_id``, "destination hospital" ``dest_hosp_id``), before what columns mean (``ground_columns``
    reads "inspector" as ``inspected_on`` by its stem)."""
    said = [w for w in re.split(r"[\s_-]+", words.lower()) if w]
    out = []
    for col in table.columns:
        parts = col.name.lower().split("_")
        while len(parts) > 1 and parts[-1] in _TYPE_PARTS:
            parts = parts[:-1]
        if len(parts) == len(said) and all(w == p or (len(p) >= 3 and w.startswith(p)) or w.rstrip("s") == p
                                           for w, p in zip(said, parts)):
            out.append(col.name)
    return out


#: Words around a column's that say how it is empty or what kind of value it holds, not which column.
_HOW = frozenset("left kept stays stay remain remains date dates time times day days stamp timestamp".split())


def _quote_unused(st: Any, item: Nulls, table: Any, cols: list[str]) -> None:
    """Quote back the words of the column said that neither the columns found by their stems nor the table hold: "all
    but 5 open around the clock" finds ``opened_on`` by "open" alone, and "clock" is no word of it or of its table
    (session 15: read silently before). Words of a table's name (the rows: "reminder sent on a quarter of rent payments";
    the thing of the event: "offered a plot"), filler and words of how a value is empty are no columns' words."""
    from seedbed.scope.columnwords import part_words
    from seedbed.scope.flagwords import stem
    from seedbed.scope.ground import GENERIC
    from seedbed.scope.lexicon import FILLER

    if not cols:
        return
    names = [*cols, *(t.name.name for t in st.schema.tables)]  # "offered a plot": the thing the event is about
    held = {stem(w) for n in names for p in n.lower().split("_") for w in (p, *part_words(p))}
    for w in re.split(r"[\s_-]+", item.column.lower()):
        if len(w) < 4 or w in FILLER or w in GENERIC or w in _HOW or stem(w) in held \
                or any(h.startswith(stem(w)) or stem(w).startswith(h) for h in held if len(h) >= 3):
            continue
        warning = f"could not place {w!r} (in {item.phrase!r})"
        if warning not in st.warnings:
            st.warnings.append(warning)


def resolve_nulls(st: Any, item: Nulls) -> tuple[str, bool]:
    """The NULL share on every nullable column of the table the words name."""
    from seedbed.scope.ground import ground_columns
    from seedbed.scope.lexicon import inflections

    name = st.table(item.table)
    table = st.schema.table(name)
    cols = clipped_columns(table, item.column)
    if not cols:
        cols = ground_columns(table, item.column)
        _quote_unused(st, item, table, cols)
    if not cols:  # "jobs with no recruiter": the nullable reference to that table
        try:
            parent = st.table(item.column)
        except ScopeError:
            parent = None
        said = set(inflections(item.column.replace(" ", "_")))  # "talks with no host": host_id, to whichever table
        named = [c for fk in table.foreign_keys for c in fk.columns if c.removesuffix("_id") in said]
        cols = named or [c for fk in table.foreign_keys if fk.ref_table == parent for c in fk.columns]
        if len(cols) > 1:
            raise ScopeError(f"{name} refers to {parent} by {', '.join(cols)}: which one is left empty?",
                             subject=item.phrase, hint=f"name the column, e.g. 'no {cols[0].removesuffix('_id')}'")
    if not cols:
        raise ScopeError(f"no column of {name} matches {item.column!r}", subject=item.phrase,
                         hint=f"{name} has: {', '.join(c.name for c in table.columns)}")
    if all(table.column(c).type.kind is TypeKind.BOOL for c in cols):  # "a quarter of referrals with bonus paid"
        for c in cols:
            st.column(name, c, ColumnSpec(weights={True: 1.0 - item.share, False: item.share}))
        return f"{', '.join(f'{name}.{c}' for c in cols)}: true on {1 - item.share:.0%} of the rows", True
    required = [c for c in cols if not table.column(c).nullable]
    if required and item.share > 0:
        raise ScopeError(f"{name}.{required[0]} is NOT NULL: no row can be without it", subject=item.phrase,
                         hint="a share of rows without a value needs a nullable column")
    for c in cols:
        st.column(name, c, ColumnSpec(null_rate=item.share))
    return f"{', '.join(f'{name}.{c}' for c in cols)}: NULL on {item.share:.0%} of the rows", True
