"""How many children per parent, in the forms the general fan-out rules miss (issue 11, brief s21).

- "<parent> of N to M <children>" ("albums of 8 to 12 tracks", "teams made up of 5-11 players"): children
  per parent row when the schema says both words are tables (or the children are said by a plain noun
  for rows, below); otherwise a column's range ("films of 90-120 minutes") is read by the range rules.
- A plain noun for the children ("every statement lists 4-10 items", "each recipe: 2-5 records"):
  ``CHILD_NOUNS``; resolving takes the one table that refers to the parent, or says the noun back with
  the tables it could be (``seedbed.scope.names.match_table``), never one picked silently.
- After a table said alone, "1 profile each", and in brackets after it, "every order paid (one payment
  each)" (a value before the brackets is still read as the rows' value): children per row of that table.
- A slash for "per" ("concerts/artist 2-5"); a count said with a noun for people ("band members: 30 people").

``seedbed.scope.rules`` runs ``each_rules`` before the count in brackets ("reviews (300 of them)") and
``children_rules`` just before ``seedbed.scope.perparent.fanout_rules``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.ground import known_verb
from seedbed.scope.mentions import CHILD_NOUNS, PEOPLE_NOUNS, any_verb
from seedbed.scope.model import Item, Mix
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import INT, NOUN, _count, _fanout, _g

__all__ = ["CHILD_NOUNS", "PEOPLE_NOUNS", "any_verb", "children_rules", "each_rules", "is_child_noun"]

#: A child said by a table's word, or by a plain noun for rows (these two are keywords elsewhere).
_CHILD = rf"(?P<child>{NOUN}|rows|records)"
_HEDGE = r"(?:(?P<pre>about|around|roughly|approximately) )?"
_BOUNDS = rf"(?:(?:between|from) )?(?P<lo>{INT}|one|a single|exactly one)(?:-(?P<hi>{INT}))?"


def _lo(m: re.Match[str]) -> str:
    """The lower bound, "one" said in words ("one profile each") as 1."""
    lo = m.group("lo")
    return lo if lo.isdigit() else "1"


def is_child_noun(word: str) -> bool:
    return word.lower().strip() in CHILD_NOUNS


def _child_ok(ctx: Context, child: str) -> bool:
    g = ctx.ground
    assert g is not None
    return g.is_table(child) or (is_child_noun(child) and not g.is_column(child))


def _of_children(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"albums of 8 to 12 tracks", "50 teams made up of 5-11 players each": children per parent row."""
    g, parent, child = ctx.ground, m.group("parent"), m.group("child")
    if g is None or not g.is_table(parent) or parent == child or not _child_ok(ctx, child):
        return None
    if not g.is_table(child) and g.is_quantity(child):
        return None  # "orders of 3 units": a column's values
    out = _count(ctx, parent, _g(m, "n"))
    ctx.subject = parent
    return out + (_fanout(ctx, child, parent, _lo(m), _g(m, "hi")) or [])


def _each_after_table(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"artists , 1 profile each", "every order rated (one rating each)": per row of the table said just
    before (the general rules read "2 orders each" after a count in the clause before; "one" in words is
    read here, after the table said last). A participle before the brackets says what the child is ("rated")."""
    g, child = ctx.ground, m.group("child")
    if g is None:
        return None
    parent, pp = _g(m, "parent") or _g(m, "parent2"), _g(m, "pp")
    if parent and " " in parent and not g.is_table(parent) and pp is None:
        parent, pp = parent.split(" ", 1)  # "every bakery inspected (...)": the noun, then its participle
    if parent is None and not m.group("lo").isdigit():
        parent = ctx.subject
    if parent is None or not g.is_table(parent) or not _child_ok(ctx, child) or parent == child:
        return None
    out = _count(ctx, parent, _g(m, "n"))
    if pp and g.is_label(pp):  # "every order paid (one payment each)": all of them paid, one payment each
        out.append(Mix(phrase=ctx.phrase, table=parent, weights=((pp, 1.0),)))
    elif pp and not (known_verb(pp, g) or any_verb(pp)):
        ctx.unread.append(pp)
    ctx.subject = parent
    return out + (_fanout(ctx, child, parent, _lo(m), _g(m, "hi"), average=bool(_g(m, "pre"))) or [])


def _each_generic(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"each royalty statement: 2-6 rows", "every statement should list 4-10 items": the children by a plain
    noun (the general rules read the ones said by a table's word)."""
    g, parent, child = ctx.ground, m.group("parent"), m.group("child")
    if g is None or not g.is_table(parent) or not is_child_noun(child) or g.is_table(child):
        return None
    ctx.subject = parent
    return _fanout(ctx, child, parent, _lo(m), _g(m, "hi"))


def _slashed(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"concerts/artist 2-5", "2-5 orders/user": a slash between two tables' words is "per"."""
    g, child, parent = ctx.ground, m.group("child"), m.group("parent")
    if g is None or not g.is_table(parent) or not _child_ok(ctx, child) or child == parent:
        return None
    ctx.subject = parent
    return _fanout(ctx, child, parent, _lo(m), _g(m, "hi"), average=bool(_g(m, "pre")))


def _people_count(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"band members: 30 people", "staff - 30 people in total": the table's rows, the noun a plain one for them."""
    if ctx.ground is None or not ctx.ground.is_table(m.group("t")):
        return None
    ctx.subject = m.group("t")
    return _count(ctx, m.group("t"), m.group("n"))


def each_rules() -> Iterable[Rule]:
    """"artists, 1 profile each", "every order paid (1 payment each)": before the count in brackets
    ("reviews (300 of them)") and the plain counts read "1 payment" as one row in all."""
    each = r"(?:each|apiece|a piece|per piece)"
    yield rule("fan-out", rf"^(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) (?:, |: |- )?\(? ?{_HEDGE}{_BOUNDS} {_CHILD} {each} ?\)?$",
               _each_after_table)
    yield rule("fan-out", rf"(?:(?:every|each|all|all the) (?P<parent2>{NOUN}) (?:(?P<pp>[a-z]+) )?)?\( ?{_HEDGE}{_BOUNDS} "
                          rf"{_CHILD} {each} ?\)$", _each_after_table, keep=("parent2", "pp"))
    yield rule("fan-out", rf"^{_HEDGE}(?P<lo>one|a single) {_CHILD} {each}$", _each_after_table)


def children_rules() -> Iterable[Rule]:
    of = r"(?:of|made up of|consisting of|composed of|comprising|containing|that contain|which contain)"
    each = r"(?: (?:each|apiece|a piece|per \S+))?"
    yield rule("fan-out", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) {of} {_BOUNDS} {_CHILD}{each}$", _of_children)
    yield rule("fan-out", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) {of} {_BOUNDS} {_CHILD}{each}(?= (?:and|,) )", _of_children)
    yield rule("fan-out", rf"(?:each|every|per|any) (?:single )?(?P<parent>{NOUN}) (?:[:,-] )?(?:[a-z']+ ){{0,3}}?{_BOUNDS} "
                          rf"(?P<child>rows|records|entries|items|lines|things|ones|pieces)$", _each_generic)
    slash = r"(?P<child>[a-z_]+)/(?P<parent>[a-z_]+)"
    yield rule("fan-out", rf"{slash} (?:(?::|=|-) )?{_HEDGE}{_BOUNDS}$", _slashed)
    yield rule("fan-out", rf"{_HEDGE}{_BOUNDS} {slash}$", _slashed)
    people = "|".join(sorted(PEOPLE_NOUNS))
    yield rule("count", rf"^(?P<t>{NOUN}) (?::|-|=) (?P<n>{INT}) (?:{people})(?: (?:in total|total|overall|in all))?$",
               _people_count)
    yield rule("count", rf"^(?P<n>{INT}) (?:{people}) (?:in|for|as|on) (?:the )?(?P<t>{NOUN})(?: table)?$", _people_count)
