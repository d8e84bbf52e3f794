"""Phrases that lean on what was just said in the same clause (issue 11, brief s2).

A person adds to a reading instead of repeating it: a second child after "and" ("each project has
4-6 sprints and 10-20 labels"), a bound after "and" ("at most 5 reviews per product and at least
1"), the table of a range or a fan-out said last ("stock >= 10 for every product"), a clause head
that names the table or column the rest is about ("ratings: 4 or 5 stars only", "orders: no more
than 4 items each"), a spread after a comma ("300 products, across 15 categories"), a cap on the
rows of one value ("5 admins max out of 50 accounts") and copies of a parent ("3 copies of every
film"). ``seedbed.scope.rules`` runs these after the fan-out, mix and range rules, before the
plain counts. Each reads only what it can tie to an item of the same clause or to the schema;
anything else stays unplaced (quoted back).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.scope.lexicon import FILLER, SYNONYMS, plural, singular
from seedbed.scope.model import Count, Fanout, Item, Mix, Orphans, ParentKeys, Range, Spread
from seedbed.scope.parse import CLAIMED, Context, Rule, rule
from seedbed.scope.rules import _KEYS, INT, NOUN, NUM, _count, _fanout, _g, keys_item, names

__all__ = ["follow_rules", "head_rules"]

_UPPER = ("at most", "up to", "max", "maximum", "tops")
#: Nouns for one physical copy of a parent row, and the table names that hold copies.
_COPIES = r"(?:copies|copy|units|instances|physical copies)"
_COPY_TABLES = ("inventory", "inventories", "copy", "copies", "stock", "stock_item", "stock_items", "unit", "units")


def _same(a: str | None, b: str | None) -> bool:
    """The same table word, one its abbreviation ("subs" / "subscription") or its synonym."""
    if a is None or b is None:
        return False
    x, y = sorted((singular(a.lower()), singular(b.lower())), key=len)
    # or two words of one synonym group ("inventory: 3 copies per film")
    return x == y or (len(x) >= 3 and y.startswith(x)) or any(x in group and y in group for group in SYNONYMS)


def _last(ctx: Context, kind: type[Item]) -> int | None:
    """The index of the last item of ``kind`` read from this clause."""
    for i in range(len(ctx.items) - 1, -1, -1):
        if ctx.items[i].phrase != ctx.phrase:
            return None
        if isinstance(ctx.items[i], kind):
            return i
    return None


#: A clause whose subject is every row of a table: "each project has ...", "for every user, ...".
_EACH_SUBJECT = re.compile(r"^\W*(?:and |also |then |so )?(?:for )?(?:each|every|every single|per) (?:one of the )?(\S+)")


def _distributed(phrase: str, parent: str) -> bool:
    """Whether the clause starts with "each/every <parent>": its quantifier then holds for every
    child after "and" too ("every project has 1-3 sprints and a dozen labels": 12 labels per
    project), where "10 projects with 1-3 sprints and 12 labels" leaves 12 a count in all."""
    m = _EACH_SUBJECT.match(phrase.lower())
    return m is not None and _same(m.group(1).strip(",:"), parent)


def _another_child(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"each project has 4-6 sprints and 10-20 labels": the same parent, another child."""
    i, child, g = _last(ctx, Fanout), m.group("child"), ctx.ground
    if i is None or g is None or not g.is_table(child):
        return None
    last = ctx.items[i]
    assert isinstance(last, Fanout)
    if _g(m, "hi") is None and not _g(m, "each") and not _distributed(ctx.phrase, last.parent):
        return None  # "... and 200 products": a count, not per parent
    return _fanout(ctx, child, last.parent, m.group("lo"), _g(m, "hi"))


def _and_bound(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"at most 5 reviews per product and at least 1": the other bound of the fan-out just read."""
    i = _last(ctx, Fanout)
    if i is None:
        return None
    last = ctx.items[i]
    assert isinstance(last, Fanout)
    if _g(m, "child") and not _same(m.group("child"), last.child):
        return None
    n = int(m.group("n"))
    upper = m.group("q") in _UPPER
    low, high = (last.low, n) if upper else (n, last.high)
    if low > high:
        return None
    ctx.items[i] = replace(last, low=low, high=high, average=None)
    return []


def _for_every(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"stock >= 10 for every product": the table of the range, mix or fan-out just read."""
    t = m.group("t")
    if ctx.ground is None or not ctx.ground.is_table(t):
        return None
    for kind in (Range, Mix):
        i = _last(ctx, kind)
        if i is not None:
            item = ctx.items[i]
            if item.table is None:  # type: ignore[attr-defined]
                ctx.items[i] = replace(item, table=t)  # type: ignore[type-var]
                return []
            return [] if _same(item.table, t) else None  # type: ignore[attr-defined]
    i = _last(ctx, Fanout)
    return [] if i is not None and _same(ctx.items[i].parent, t) else None  # type: ignore[attr-defined]


def _head(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"ratings: 4 or 5 stars only", "items: qty 1-3": a head naming the table or column of the rest.

    The rest must be read already (all claimed) and about that table (or, for a column's word,
    be a range or a mix); a table left open by the rest becomes this one."""
    head, g = m.group("head"), ctx.ground
    if g is not None and not g.is_table(head) and g.is_table(plural(head)):
        head = plural(head)  # "each sub: 5-25 seats"
    rest = m.string[m.end():].split()
    items = [k for k in range(len(ctx.items)) if ctx.items[k].phrase == ctx.phrase]
    # words a rule read as context stay in the view: the values and tables of this clause's items
    read = {str(getattr(ctx.items[k], a, None)) for k in items for a in ("table", "child", "parent", "column")}
    read |= {str(label) for k in items for label, _ in getattr(ctx.items[k], "weights", ())}
    if g is None or CLAIMED not in rest or any(w != CLAIMED and w not in FILLER and w not in read for w in rest):
        return None
    for k in reversed(items):
        item = ctx.items[k]
        tables = [getattr(item, a, None) for a in ("table", "child", "parent")]
        if g.is_table(head):
            if any(_same(head, t) for t in tables):
                return []
            if isinstance(item, (Range, Mix)) and item.table is None:
                ctx.items[k] = replace(item, table=head)
                return []
        elif isinstance(item, (Range, Mix)) and (g.is_column(head) or g.is_quantity(head)):
            return []
    return None


def _head_fanout(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"orders: no more than 4 items each", "usage records: 36 per subscription"."""
    g = ctx.ground
    if g is None or not g.is_table(m.group("a")) or not g.is_table(m.group("b")):
        return None
    lo, hi = m.group("lo"), _g(m, "hi")
    child, parent = (m.group("a"), m.group("b")) if _g(m, "per") else (m.group("b"), m.group("a"))
    if _g(m, "q") in _UPPER:
        lo, hi = "0", m.group("lo")
    elif _g(m, "q"):
        lo, hi = m.group("lo"), str(max(int(m.group("lo")) * 3, int(m.group("lo")) + 2))
    ctx.subject = m.group("a")
    return _fanout(ctx, child, parent, lo, hi)


def _spread_on(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"300 products, across 15 categories": the table counted just before, over that many parents."""
    child, parent = ctx.subject, m.group("parent")
    if child is None or ctx.ground is None or not ctx.ground.is_table(parent) or _same(child, parent):
        return None
    if not any(isinstance(i, Count) and _same(i.table, child) for i in ctx.items):
        return None
    return [Spread(phrase=ctx.phrase, child=child, parent=parent, parents=int(m.group("k")))]


def _value_cap(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"5 admins max out of 50 accounts": that many rows of the value (its share of the count)."""
    g, word = ctx.ground, m.group("v")
    label = None if g is None else (g.label_for(singular(word)) or g.label_for(word))
    k, n = int(m.group("k")), int(m.group("n"))
    if label is None or g is None or g.is_table(word) or not g.is_table(m.group("t")) or n == 0 or k > n:
        return None
    if g.is_label(singular(word)):
        label = singular(word)
    return _count(ctx, m.group("t"), str(n)) + [Mix(phrase=ctx.phrase, table=m.group("t"), weights=((label, k / n),))]


def _copies(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"3 copies of every film (in the inventory)": the table that holds copies, per parent row."""
    g, parent = ctx.ground, _g(m, "parent") or ctx.subject  # "300 films, 5 copies of each": the table said before
    if g is None or parent is None or not g.is_table(parent):
        return None
    child = _g(m, "child")
    if child is None:
        held = [n for n in g.names if n in _COPY_TABLES or n.rpartition("_")[2] in _COPY_TABLES]
        if len(held) != 1:
            return None
        child = held[0]
    elif not g.is_table(child):
        return None
    lo, hi = m.group("lo"), _g(m, "hi")
    if _g(m, "q") in _UPPER:
        lo, hi = "0", lo
    elif _g(m, "q"):
        hi = str(max(int(lo) * 3, int(lo) + 2))
    return _fanout(ctx, child, parent, lo, hi)


def _existing(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"payments for orders with IDs matching the order service": every reference resolves (no orphans)."""
    g, t, ref = ctx.ground, m.group("t"), m.group("ref")
    if g is None or not g.is_table(t) or not g.is_table(ref):
        return None
    return _count(ctx, t, _g(m, "n")) + [Orphans(phrase=ctx.phrase, table=t, column=singular(ref), rate=0.0)]


def _rest_share(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"1 in 10 charges failed, rest succeeded": the value that gets what the mix just read leaves."""
    i, g = _last(ctx, Mix), ctx.ground
    labels = names(m.group("labels"))
    if i is None or g is None or not all(g.is_label(x) for x in labels):
        return None
    last = ctx.items[i]
    assert isinstance(last, Mix)
    left = 1.0 - sum(w for _, w in last.weights)
    if left <= 0 or any(x in labels for x, _ in last.weights):
        return None  # "the rest split between EUR and GBP": evenly
    ctx.items[i] = replace(last, weights=(*last.weights, *((x, left / len(labels)) for x in labels)))
    return []


def _share_for(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"urgent priority for 5% of issues", "light theme for 30%": a value (and its column) for a share."""
    g, col, t = ctx.ground, _g(m, "col"), _g(m, "t")
    labels = re.split(r" (?:, and|,|and|&|or|, or) ", m.group("labels"))
    if g is None or not all(g.is_label(x) for x in labels) or (col is not None and not g.is_column(col)) \
            or (t and not g.is_table(t)):
        return None
    share = float(m.group("pct")) / 100
    return [Mix(phrase=ctx.phrase, table=t, column=col, weights=tuple((x, share / len(labels)) for x in labels))]


def _priced_each(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"200 products at $1-$99 each": the price of each row."""
    t = m.group("t")
    if ctx.ground is None or not ctx.ground.is_table(t):
        return None
    lo, hi = sorted((float(m.group("lo")), float(m.group("hi"))))
    return _count(ctx, t, _g(m, "n")) + [Range(phrase=ctx.phrase, table=t, column="price", low=lo, high=hi,
                                               unit=m.group("unit"))]


def _subject_values(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"films 80-150 minutes long, rated G or PG": these values only, for the table said before."""
    g, t = ctx.ground, ctx.subject
    if t is None and ctx.items:  # the table of the reading just before ("films 80-150 minutes long")
        t = next((getattr(ctx.items[-1], a) for a in ("table", "child") if getattr(ctx.items[-1], a, None)), None)
    labels = re.split(r" (?:, and|,|and|&|or|, or) ", m.group("labels"))
    if g is None or t is None or not all(g.is_label(x) for x in labels):
        return None
    return [Mix(phrase=ctx.phrase, table=t, weights=tuple((x, 1.0 / len(labels)) for x in labels), share=1.0)]


def _second_reference(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"orders for user IDs 1-1000 referencing product IDs 1-500": another parent's keys for the
    same rows (or their children's, when only those refer to it: ``order_items.product_id``)."""
    i = _last(ctx, ParentKeys)
    if i is None or ctx.ground is None or not ctx.ground.is_table(m.group("parent")):
        return None
    return [keys_item(ctx, ctx.items[i].child, m.group("parent"), m.group("keys"))]  # type: ignore[attr-defined]


def head_rules() -> Iterable[Rule]:
    """Before the plain counts: heads, second children and bounds, trailing tables, spreads, caps."""
    bound = r"(?P<q>at most|up to|max|maximum|at least|min|minimum)"
    yield rule("existing keys", rf"{CLAIMED} (?:referencing|pointing to|pointing at|about|and|with|for|of) "
                                rf"(?P<parent>{NOUN}) (?:ids?|keys?) (?P<keys>{_KEYS})", _second_reference)
    yield rule("orphans", rf"(?:(?P<n>{INT}) )?(?P<t>{NOUN}) (?:for|of|referencing|pointing to|pointing at|about|on) (?:the )?"
                          rf"(?P<ref>{NOUN}) that exist", _existing)
    yield rule("fan-out", rf"{CLAIMED} (?:and|&) (?:(?:between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN})"
                          r"(?P<each> each| apiece| per one)?", _another_child)
    yield rule("fan-out", rf"{CLAIMED} (?:and|but) {bound} (?P<n>{INT})(?: (?P<child>{NOUN}))?$", _and_bound)
    yield rule("fan-out", rf"^(?P<a>{NOUN}) : (?:{bound} )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<b>{NOUN}) "
                          r"(?:each|apiece|a piece|per one)$", _head_fanout)
    yield rule("fan-out", rf"^(?P<a>{NOUN}) (?:: )?(?:{bound} )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? "
                          rf"(?P<per>per|for each|for every|on each) (?P<b>{NOUN})$", _head_fanout)
    yield rule("value mix", rf"{CLAIMED} , (?:and |but )?rest% (?:(?:are|is|as|by|via|with|in) )?"
                            r"(?P<labels>[a-z_][\w-]*(?: (?:, and|,|and|&|or|, or) [a-z_][\w-]*)*)$",
               _rest_share)
    yield rule("value mix", rf"(?P<labels>[a-z_][\w-]*(?: (?:, and|,|and|&|or|, or) [a-z_][\w-]*)*)(?: (?P<col>[a-z_]+))? "
                            rf"for (?P<pct>{NUM})%"
                            rf"(?: of (?:the |all |our )?(?P<t>{NOUN}))?$", _share_for)
    yield rule("range", rf"(?:(?P<n>{INT}) )?(?P<t>{NOUN}) (?:at|for|priced at|costing) (?P<lo>{NUM})-(?P<hi>{NUM}) "
                        r"(?P<unit>dollars|euros|pounds) (?:each|apiece|a piece)", _priced_each)
    yield rule("value set", r"^(?:(?:are|is|all|only) )?(?:rated|marked|tagged|labelled|labeled|set to|paid by|paid with|"
                            r"sent via|sent by) (?P<labels>[a-z_][\w-]*(?: (?:, and|,|and|&|or|, or) [a-z_][\w-]*)*)"
                            r"(?: only)?$", _subject_values)
    yield rule("fan-out", rf"(?:{bound} )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? {_COPIES} (?:of|for) (?:each|every|any) "
                          rf"(?P<parent>{NOUN})(?: (?:in|into|held in) (?:the )?(?P<child>{NOUN}))?", _copies)
    yield rule("fan-out", rf"(?:{bound} )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? {_COPIES} (?:of|for) (?:each|every one|each one)"
                          rf"(?: (?:in|into|held in) (?:the )?(?P<child>{NOUN}))?$", _copies)
    yield rule("spread", rf"^(?:(?:spread|distributed|split|shared|divided) )?(?:across|over|among) (?P<k>{INT}) (?P<parent>{NOUN})$",
               _spread_on)
    yield rule("value mix", rf"(?P<k>{INT}) (?P<v>[a-z_]+) (?:(?:max|maximum|at most|tops) )?(?:out of|of) (?:the )?"
                            rf"(?P<n>{INT}) (?P<t>{NOUN})", _value_cap)


def follow_rules() -> Iterable[Rule]:
    """Last before the plain counts: what only ties a clause's words to what it already read."""
    yield rule("table", rf"{CLAIMED} (?:for|on|of|in|across) (?:every|each|all|all the|the) (?P<t>{NOUN})$", _for_every)
    yield rule("head", r"^(?:(?:each|every|per) )?(?P<head>[a-z_]+(?: [a-z_]+)?) :", _head)
