"""What a clause leaves unread, and what that does to the rest of it (issue 11, brief s5).

Run on each clause after the rules (``seedbed.scope.parse``): never a silent misreading.

- A value said before the table of a fan-out, a window, a range or a selection ("every customer has one
  active subscription", "cancelled orders from last year") is read as the value of those rows; the
  table alone was found by its last word and the value dropped without a word.
- A clause whose unread words would turn the rest around is not applied at all, quoted whole: a
  negation ("not all orders are shipped"), a word of part or comparison ("more orders in December",
  "some users have no address"), a rate in time ("10 patients a day"), or a zero count limited by more
  ("no appointments on weekends", "no orders in 2024").
- An inclusive bound left over ("at least half the orders delivered") is met by the value read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from seedbed.scope.columnwords import derived
from seedbed.scope.flagwords import stem
from seedbed.scope.units import explains_unit
from seedbed.scope.ground import Grounding
from seedbed.scope.mentions import names_column
from seedbed.scope.model import Count, Fanout, Mix, Range, Select, Unsupported, Window
from seedbed.scope.parse import Clause, Context
from seedbed.thesaurus import base_forms

__all__ = ["met_bound", "settle"]


def settle(clause: Clause, ctx: Context, first: int) -> None:
    """The readings of the clause just parsed (``ctx.items[first:]``), made whole or voided."""
    _values_of_named_rows(ctx, first)
    _column_said_again(clause, ctx, first)
    _children_doing(clause, ctx, first)
    _void_if_negation_unread(clause, ctx, first)


def met_bound(fragment: str) -> bool:
    """A fragment left over that is only an inclusive bound ("at least", "up to"): the value read meets it."""
    return _INCLUSIVE.fullmatch(fragment) is not None


def _values_of_named_rows(ctx: Context, first: int) -> None:
    """"cancelled orders from last year", "paid invoices under $100": a window or a range whose table is
    said with a value before it is about those rows with that value; the value was dropped (the table
    found by its last word). The value is read as theirs, as "200 cancelled orders" reads it."""
    g = ctx.ground
    if g is None:
        return
    for k in range(first, len(ctx.items)):
        item = ctx.items[k]
        if isinstance(item, Select) and any(" " in t for t in item.tables):  # "just users and their cancelled orders"
            ctx.items[k] = replace(item, tables=tuple(_valued(g, t)[1] or t for t in item.tables))
            continue
        if isinstance(item, Fanout) and " " in item.child:
            said, last = _valued(g, item.child)
            if last:
                ctx.items[k] = replace(item, child=last)
                _add_values(ctx, first, item.phrase, last, said)
            continue
        table = getattr(item, "table", None)
        if not isinstance(item, Window | Range) or not table or g.is_table(table):
            continue
        column = getattr(item, "column", None)
        if isinstance(item, Range) and " " not in table and column and g.is_table(column) and g.is_label(table):
            said, last, changes = [table], column, {"table": None}  # "delivered orders over $100": as "orders over $100"
        else:
            *said, last = table.split(" ")
            changes = {"table": last}
        if not said or not g.is_table(last) or not all(g.is_label(w) for w in said):
            continue
        ctx.items[k] = replace(item, **changes)
        _add_values(ctx, first, item.phrase, last, said)


def _column_said_again(clause: Clause, ctx: Context, first: int) -> None:
    """"stock on hand from 0 to 500", "0-50 units in stock": words left over that say again the column of a
    range read in the clause (``mentions.names_column``) are its words, not a fragment to quote back."""
    columns = [i.column for i in ctx.items[first:] if isinstance(i, Range) and i.column]
    columns += _holding(ctx, first)
    if not columns:
        return
    run: list[int] = []
    for k, tok in enumerate([*clause.tokens, None]):
        if tok is not None and not (tok.claimed or tok.hidden or tok.seen):
            run.append(k)
            continue
        words = " ".join(clause.tokens[j].text for j in run)
        if run and (any(names_column(words, c) or _derived_from(words, c) for c in columns) or _units(words, ctx)):
            for j in run:
                clause.tokens[j].seen = True
        run = []


#: The children's own verb after them, ending the clause ("10-60 swimmers booking in", "15-60 members signing in").
_DOING = re.compile(r"(?P<verb>[a-z]{3,}ing)(?: (?:in|up|out|on|off|along|through|over|by))?")


def _children_doing(clause: Clause, ctx: Context, first: int) -> None:
    """"each session has 10-60 swimmers booking in": a verb of the children after a fan-out read in the clause says
    what they do (the table of them is found from the parent and the child), nothing more to read; one taken into the
    child's name ("mbr signing") is taken out of it."""
    g = ctx.ground
    fans = [k for k in range(first, len(ctx.items)) if isinstance(ctx.items[k], Fanout)]
    if g is None or not fans:
        return
    for k in fans:
        item = ctx.items[k]
        head, _, verb = item.child.rpartition(" ")
        if head and g.is_table(head) and not g.is_table(item.child) and _is_doing(verb):
            ctx.items[k] = replace(item, child=head)
    run = []
    for tok in reversed(clause.tokens):
        if tok.claimed or tok.hidden or tok.seen:
            break
        run.insert(0, tok)
    said = _DOING.fullmatch(" ".join(t.text for t in run))
    if run and len(run) < len(clause.tokens) and said and _is_doing(said.group("verb")):
        for tok in run:
            tok.seen = True


def _is_doing(word: str) -> bool:
    """An "-ing" form of a verb WordNet knows ("booking", "signing"), not a word of another kind."""
    return word.endswith("ing") and bool(base_forms(word, "v")) and word not in _NOT_DOING


_NOT_DOING = frozenset("during morning evening nothing something anything everything pending missing remaining".split())


def _units(words: str, ctx: Context) -> bool:
    """A unit after a range, of a dimension a number column is measured in ("300-450 watts" beside ``rated_w``)."""
    said = words.split()
    return ctx.ground is not None and len(said) == 1 and explains_unit(said[0], ctx.ground.number_columns)


def _holding(ctx: Context, first: int) -> list[str]:
    """The columns that hold a value a mix of the clause read ("card payment in 70% of cases": ``pay_method``)."""
    g = ctx.ground
    labels = {str(label).lower() for i in ctx.items[first:] if isinstance(i, Mix) for label, _ in i.weights}
    if g is None or not labels:
        return []
    return sorted({c for label, cols in g.holders if label in labels for _t, c in cols})


def _derived_from(words: str, column: str) -> bool:
    """Every word a noun made of a word of the column's name ("payment" of ``pay_method``, ``columnwords.derived``)."""
    parts = {stem(p) for p in column.lower().split("_") if p}
    said = [stem(w) for w in words.lower().split() if w]
    return bool(said) and all(w in parts or any(derived(w, p) for p in parts) for w in said)


def _valued(g: Grounding, words: str) -> tuple[list[str], str | None]:
    """The values and the table of "cancelled orders" (``["cancelled"], "orders"``); no table: None."""
    *said, last = words.split(" ")
    ok = said and g.is_table(last) and not g.is_table(words) and all(g.is_label(w) for w in said)
    return (said, last) if ok else ([], None)


def _add_values(ctx: Context, first: int, phrase: str, table: str, said: list[str]) -> None:
    """Every row of ``table`` gets each value said (unless a mix of this clause has it already)."""
    mixed = {str(label) for i in ctx.items[first:] if isinstance(i, Mix) for label, _ in i.weights}
    ctx.items.extend(Mix(phrase=phrase, table=table, weights=((w, 1.0),)) for w in said if w not in mixed)


#: Words that turn a reading around: left unread, the rest of their clause was read the other way.
_NEGATIONS = frozenset("not never no none nor neither without except cannot can't don't doesn't isn't aren't won't "
                       "shouldn't mustn't wasn't weren't hasn't haven't dont doesnt isnt arent wont shouldnt".split())
#: Words that limit a reading to some rows or compare rows ("more orders in December", "some users have
#: no address", "the top 10 products"): left unread, the rest of their clause was applied to every row.
_PARTIAL = frozenset("more fewer less least most mostly mainly largely some few half rarely seldom sometimes occasionally "
                     "often usually top bottom majority minority biggest largest smallest newest oldest latest earliest "
                     "cheapest priciest highest lowest best worst busiest longest shortest heaviest".split())
_SHARE = re.compile(r"\d+(?:\.\d+)?%")
#: A number per unit of time ("10 patients a day", "weekly"): read as a count or a fan-out, it is not one.
_RATE = re.compile(r"\b(?:(?:a|an|per|each|every) (?:day|week|month|year|hour|minute|quarter|night)|daily|weekly|monthly|"
                   r"yearly|annually|hourly|nightly)\b")
_INCLUSIVE = re.compile(r"(?<![\w-])(?:at least|at most|no more than|no less than|no fewer than|not more than|not less than|"
                        r"up to|a maximum of|a minimum of)\b")


def _void_if_negation_unread(clause: Clause, ctx: Context, first: int) -> None:
    """"not every user has an address": a negation no rule read leaves the rest of the clause read the
    other way round (every user given an address); "more orders in December", "some users have no
    address": a word of part or comparison left unread leaves the rest applied to every row (all orders
    in December, no address at all). Nothing of the clause is applied then: its readings become one not
    applied, quoted whole, and the words are still quoted back (issue 11). So is a clause with a rate in
    time left unread ("10 patients a day") and one whose zero count is limited by words left unread
    ("no appointments on weekends": not none at all)."""
    # an inclusive bound left over ("at least half", "no more than 10%") is met by the value read
    words = {w for frag in [*clause.leftover(), *ctx.unread] for w in _INCLUSIVE.sub(" ", frag).split()}
    if len(ctx.items) == first:
        return
    left = " ".join(frag for frag in [*clause.leftover(), *ctx.unread])
    if words & _NEGATIONS:
        why = "its negation was not read with the rest, so none of it is applied"
    elif _RATE.search(left):
        why = f"{_RATE.search(left).group(0)!r} (a rate in time) was not read with the rest, so none of it is applied"
    elif words & _PARTIAL or any(_SHARE.fullmatch(w) for w in words):
        said = sorted(words & _PARTIAL) or sorted(w for w in words if _SHARE.fullmatch(w))
        why = f"{said[0]!r} (some rows, or a comparison) was not read with the rest, so none of it is applied"
    elif any(isinstance(i, Count) and i.rows == 0 for i in ctx.items[first:]) and (
            words or any(isinstance(i, Window | Range | Mix) for i in ctx.items[first:])):
        # "no loans on weekends", "no fines in December" (a window on every table beside it)
        why = "the rows to leave out are limited by what else it says, so none of it is applied"
    else:
        return
    del ctx.items[first:]
    ctx.items.append(Unsupported(phrase=ctx.phrase, text=ctx.phrase, reason=why))
