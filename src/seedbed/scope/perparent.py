"""Per-parent counts in any word order (issue 11): "every user places 2-4 orders", "each keeper looks after 1-5
hives", "every product gets at least 1 review and at most 3", "500 products, 25 per category", "make 200 readers and
give each of them 1-3 subscriptions". ``seedbed.scope.rules`` runs ``fanout_rules`` before its general fan-out rules.

The words between a parent and its children are read as "has" when they are verbs (``_read_words``); a verb that
names a table joining the two ("every account watches 1-5 issues") is kept on the fan-out for the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.scope.ground import known_verb, stem
from seedbed.scope.lexicon import RELATION_VERBS
from seedbed.scope.mentions import any_verb
from seedbed.scope.mixes import earlier_count
from seedbed.scope.model import Fanout, Item
from seedbed.scope.parse import CLAIMED, Context, Rule, rule
from seedbed.scope.rules import INT, NOUN, _count, _g, _fanout
from seedbed.thesaurus import base_forms

__all__ = ["VERBS", "fanout_rules"]

#: Verbs between a parent and its children ("places", "should contain", "gets", "will have").
VERBS = r"(?P<verbs>(?:(?!(?:with|and|or|per|each|every|at|up|no|between|exactly)(?![^ ]))[a-z']+ ){1,4}?)"


def _read_words(ctx: Context, words: str | None) -> None:
    """Words between a parent and its children are read as "has" when they are verbs of that kind
    (``lexicon.RELATION_VERBS``) or words of the schema ("places" of placed_at), or a verb nobody listed
    ("holds", "wrote", "bought": the parent and the child ground the reading, brief s21); words that are no
    verb, or that take away ("lost", "cancelled", "never"), are quoted back."""
    if not words or ctx.ground is None:
        return
    said = words.split()
    # a verb's particle ("looks after", "signs up for", "takes on") goes with the verb: the verb carries the meaning
    unknown = [w for i, w in enumerate(said) if w not in RELATION_VERBS and not known_verb(w, ctx.ground)
               and not (i and w in _PARTICLES and said[i - 1] not in _PARTICLES)]
    # a verb in its own form after a helper ("should consume", "will feature") is as good as an inflected one: the
    # structure, a parent, a count and a child with a key to it, carries the meaning, not the verb (brief s31)
    if not (len(unknown) == 1 and (any_verb(unknown[0]) or _bare_verb(unknown[0], words))):
        ctx.unread.extend(unknown)


_PARTICLES = frozenset("after up in out on off over through along for to into onto by".split())


def _bare_verb(word: str, words: str) -> bool:
    """``word`` is a verb in its own form after a helper of ``RELATION_VERBS`` ("should consume", "must feature"),
    not one that takes away (``mentions.any_verb``'s words)."""
    said = words.split()
    at = said.index(word)
    return at > 0 and said[at - 1] in RELATION_VERBS and word in base_forms(word, "v") and any_verb(word + "s")


def _bounds_of(m: re.Match[str]) -> tuple[str, str | None, str]:
    for suffix in ("", "2", "3", "4"):
        child = _g(m, "child" + suffix)
        if child:
            lo, hi = _g(m, "lo" + suffix), _g(m, "hi" + suffix)
            return child, lo, hi
    raise AssertionError("a bounds group always matches")


def _noun(ctx: Context, words: str | None) -> str | None:
    """"user places" -> "user" when only the first word names a table (the verb came with the noun)."""
    if words is None or ctx.ground is None or " " not in words or ctx.ground.is_table(words):
        return words
    head = words.split(" ")[0]
    return head if ctx.ground.is_table(head) else words


def _fanout_bounds(m: re.Match[str], ctx: Context) -> list[Item] | None:
    child, lo, hi = _bounds_of(m)
    parent = _noun(ctx, _g(m, "parent")) or ctx.subject
    low = int(lo) if lo is not None else 0
    high = int(hi) if hi is not None else max(low * 3, low + 2)  # "at least 2": 2-6
    return _read(ctx, m, _fanout(ctx, child, parent, str(low), str(max(low, high))))


def _fanout_with_bounds(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"50 products with at least 2 reviews", "orders with up to 4 items": children per parent (and the
    parents' count), never that many children in all."""
    child, g = _bounds_of(m)[0], ctx.ground
    if _g(m, "parent") and g is not None and not g.is_table(child) and g.is_quantity(child):
        return None  # "prescriptions with at most 2 refills": one bound of a column (the range rules)
    items = _fanout_bounds(m, ctx)
    if items is not None and _g(m, "n") and _g(m, "parent"):
        items = _count(ctx, m.group("parent"), m.group("n")) + items
    return items


def _read(ctx: Context, m: re.Match[str], items: list[Item] | None) -> list[Item] | None:
    """``items``, and the words between parent and children read (only when the rule matched)."""
    if items is not None:
        words = (_g(m, "verbs") or "").split()
        parent = _g(m, "parent")
        if parent and _noun(ctx, parent) != parent:  # "user places": the verb came with the noun
            words = parent.split(" ")[1:] + words  # (before the words after it: "keeper looks" + "after")
        _read_words(ctx, " ".join(words))
        named = [w for w in words if ctx.ground is not None and ctx.ground.names_table(w)]
        if named and items and isinstance(items[-1], Fanout) and not _names_either(named[0], items[-1]):
            # "watches": resolving looks for that table; "each teacher teaches": the parent's own verb, "has"
            items[-1] = replace(items[-1], verb=named[0])
    return items


def _names_either(verb: str, item: Fanout) -> bool:
    said = stem(verb)
    return any(stem(w).startswith(said) or said.startswith(stem(w)) for w in f"{item.parent} {item.child}".split() if len(w) >= 4)


def _fanout_verb(m: re.Match[str], ctx: Context) -> list[Item] | None:
    parent = _noun(ctx, m.group("parent"))
    if ctx.ground is not None and parent is not None and not ctx.ground.is_table(parent):
        return None  # "each appearing in 4 films": no parent named here
    fanout = _fanout(ctx, m.group("child"), parent, m.group("lo"), _g(m, "hi"))
    out = _count(ctx, parent, _g(m, "n")) if fanout is not None else []  # "2000 clients renting 5 films each"
    ctx.subject = parent
    return _read(ctx, m, None if fanout is None else out + fanout)


def _fanout_of_them(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"800 comments, with each issue receiving 0 to 6 of them": the children are the table counted
    before (``ctx.subject``)."""
    child, parent = ctx.subject, _noun(ctx, m.group("parent"))
    counted = re.findall(r"\d+ ([a-z_]+)", m.string[:m.start()])  # "500 attachments and every issue has 1-3 of them"
    if counted and ctx.ground is not None and ctx.ground.is_table(counted[-1]):
        child = counted[-1]
    if child is None or parent is None or (ctx.ground is not None and not ctx.ground.is_table(parent)):
        return None
    fanout = _fanout(ctx, child, parent, m.group("lo"), _g(m, "hi"))
    ctx.subject = child
    return _read(ctx, m, fanout)


def _fanout_each_of(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"20 products in each of 10 categories", "100 issues per project across 10 projects"."""
    out = _count(ctx, m.group("parent"), m.group("n"))
    return _read(ctx, m, out + (_fanout(ctx, m.group("child"), m.group("parent"), m.group("lo"), _g(m, "hi")) or []))


def _fanout_tables(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"users should have at most 3 addresses", "orders contain 1-5 items": a plural parent, a verb,
    then children; read only when the schema says both are tables (else other rules read it)."""
    parent = _noun(ctx, m.group("parent"))
    child = _bounds_of(m)[0]
    if ctx.ground is None or parent is None or not ctx.ground.is_table(parent) or not ctx.ground.is_table(child):
        return None
    ctx.subject = parent
    if "lo2" in m.groupdict():  # the at-least / at-most forms
        return _fanout_bounds(m, ctx)
    return _read(ctx, m, _fanout(ctx, child, parent, m.group("lo"), _g(m, "hi")))


def _fanout_capped(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"3 subs per customer max" (0-3), "2 orders per user minimum" (2-6)."""
    n = int(m.group("n"))
    upper = m.group("q") in ("max", "maximum", "at most", "tops", "or fewer", "or less", "at the most")
    low, high = (0, n) if upper else (n, max(n * 3, n + 2))
    return _fanout(ctx, m.group("child"), m.group("parent"), str(low), str(high))


def _fanout_after_count(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"10 categories, 20 products in each": per row of the table counted just before."""
    parent = ctx.subject
    if parent is None or parent == m.group("child") or earlier_count(ctx, parent) is None:
        return None
    g = ctx.ground
    if g is not None and (any(g.is_table(w) for w in m.string[:m.start()].split())
                          or any(g.is_table(w) for w in m.string[m.end():].split()[:1])):
        return None  # "10 categories with 20 products in each one", "2-4 comments on each issue": the parent is said
    return _fanout(ctx, m.group("child"), parent, m.group("lo"), _g(m, "hi"))


def _fanout_of_subject(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"500 products, 25 per category": per parent row, of the table counted just before (or, none counted, the
    table said last: "SCADA alarms raised in October, 5 to 20 per WTG")."""
    child, parent = ctx.subject or _said_last(ctx), m.group("parent")
    if child is None or ctx.ground is None or not ctx.ground.is_table(parent) or parent == child:
        return None
    return _fanout(ctx, child, parent, m.group("lo"), _g(m, "hi"))


def _said_last(ctx: Context) -> str | None:
    """The table of the last reading that names one (a window, a range, a mix of a table), else None."""
    for item in reversed(ctx.items):
        table = getattr(item, "table", None)
        if isinstance(table, str) and ctx.ground is not None and ctx.ground.is_table(table):
            return table
    return None


def _fanout_also(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"and 2-6 farrier appointments" after a per-parent count read from the same clause: as many under that parent."""
    last = ctx.items[-1] if ctx.items else None
    if not isinstance(last, Fanout) or last.phrase != ctx.phrase or m.group("child") == last.child:
        return None
    return _fanout(ctx, m.group("child"), last.parent, m.group("lo"), _g(m, "hi"))


def _placed_there(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"based there", "rostered there" after a per-parent count of the same clause: a participle that places the
    children at the parent says the fan-out again; a bracket after it that names a column ("(home farm)": the
    reference's name) says which reference (brief s38)."""
    last = ctx.items[-1] if ctx.items else None
    said, g = m.group("p"), ctx.ground
    if not isinstance(last, Fanout) or last.phrase != ctx.phrase or g is None:
        return None
    if not any_verb(said) or ctx.ground.is_label(said) or (said.endswith("s") and not said.endswith("ss")):
        return None  # a participle of having or placing ("based", "rostered", "working"), not one that takes away
    if _g(m, "b") and not all(g.is_column(w) for w in m.group("b").split()):
        return None
    return []


def _one_each(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"every product has an inventory row": one child row per parent row (tables the schema knows)."""
    parent, child = m.group("parent"), m.group("child")
    if ctx.ground is None or not ctx.ground.is_table(parent) or not ctx.ground.is_table(child) or parent == child:
        return None
    ctx.subject = parent
    return _fanout(ctx, child, parent, "1", "1")


def fanout_rules() -> Iterable[Rule]:
    """Per-parent counts in any word order (before the general fan-out rules)."""
    yield rule("fan-out", rf"(?:each|every|all) (?P<parent>{NOUN}) (?:has|have|gets|get|comes with|come with|with|needs|"
                          rf"should have|must have) (?:an?|one|its own|their own|exactly one) (?P<child>{NOUN})"
                          rf"(?: (?:row|record|entry|rows|records|entries))?$", _one_each)
    yield rule("fan-out", rf"(?P<n>{INT}) (?P<child>{NOUN}) (?:per|for each|for every|each|a|an) (?P<parent>{NOUN}) "
                          r"(?P<q>max|maximum|at most|tops|or fewer|or less|at the most|min|minimum|at least|or more)",
               _fanout_capped)
    yield rule("fan-out", rf"(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN}) (?:per|for each|for every|in each|on each) "
                          rf"(?P<parent>{NOUN}) (?:across|over|for|in|on) (?:(?:all|the|our) )?(?P<n>{INT}) (?P<more>{NOUN})",
               _fanout_each_of)
    lo_hi = (rf"(?:at least (?P<lo>{INT}) (?P<child>{NOUN}) and (?:at most|no more than|up to|max) (?P<hi>{INT})"
             rf"|(?:at least|between) (?P<lo2>{INT}) and (?:(?:at most|no more than|up to|max) )?(?P<hi2>{INT}) (?P<child2>{NOUN})"
             rf"|(?:up to|at most|no more than|a maximum of|max|maximum) (?P<hi3>{INT}) (?P<child3>{NOUN})"
             rf"|at least (?P<lo4>{INT}) (?P<child4>{NOUN}))")
    yield rule("fan-out", rf"(?:each|every|per|any) (?:single )?(?P<parent>{NOUN}) (?:[:,] )?(?:{VERBS})?{lo_hi}",
               _fanout_bounds)
    yield rule("fan-out", rf"(?:(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) )?(?:, )?(?:each )?(?:with|having|has|gets|owns) {lo_hi}"
                          r"(?: each| apiece)?", _fanout_with_bounds)
    yield rule("fan-out", rf"(?:^|(?<=, )){lo_hi} (?:each|apiece|a piece)$", _fanout_bounds)  # "no more than 5 reviews each"
    yield rule("fan-out", rf"{lo_hi} (?:per|for each|for every|on each|on every|in each|in every|on any|in any|for any) "
                          rf"(?P<parent>{NOUN})",
               _fanout_bounds)
    have = (r"(?:(?:should|must|will|can|may|each|typically|usually|normally|all) )?(?:have|has|get|gets|own|owns|contain|"
            r"contains|place|places|make|makes|write|writes|receive|receives|hold|holds|include|includes)")
    yield rule("fan-out", rf"each of (?:the |our |those |these )?(?P<n>{INT}) (?P<parent>{NOUN}) (?:{VERBS})?"
                          rf"(?:(?:exactly|about|around|between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN})",
               _fanout_each_of)
    yield rule("fan-out", rf"(?P<parent>{NOUN}) {have} {lo_hi}", _fanout_tables)
    yield rule("fan-out", rf"(?P<parent>{NOUN}) {have} (?:(?:exactly|about|around|between|from) )?(?P<lo>{INT})"
                          rf"(?:-(?P<hi>{INT}))? (?P<child>{NOUN})", _fanout_tables)
    yield rule("fan-out", rf"(?:(?:with|and|so) )?(?:each|every|per|any) (?:single )?(?P<parent>{NOUN}) (?:[:,] )?(?:{VERBS})?"
                          rf"(?:(?:exactly|about|around|roughly|between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? "
                          r"of (?:them|those|these)$", _fanout_of_them)
    yield rule("fan-out", rf"(?:each|every|per|any) (?:single )?(?P<parent>{NOUN}) (?:with|having) "
                          rf"(?:(?:exactly|about|around|between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN})",
               _fanout_verb)
    yield rule("fan-out", rf"(?:each|every|per|any) (?:single )?(?P<parent>{NOUN}) (?:[:,] )?(?:{VERBS})?"
                          rf"(?:(?:exactly|about|around|roughly|between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? "
                          rf"(?P<child>{NOUN})", _fanout_verb)
    each = r"(?:(?:in|on|for) each(?: one| of them)?|(?:in|on|for) every one|each(?: one)?|apiece|a piece|per piece)"
    yield rule("fan-out", rf"(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN}) (?:in|for|on) each of (?:the |those |these )?"
                          rf"(?P<n>{INT}) (?P<parent>{NOUN})", _fanout_each_of)
    yield rule("fan-out", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) {VERBS}(?:(?:exactly|about|around|roughly|between|from) )?(?P<lo>{INT})"
                          rf"(?:-(?P<hi>{INT}))? (?P<child>{NOUN}) (?:each|apiece|a piece)", _fanout_verb)
    yield rule("fan-out", rf"(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN}) {each}", _fanout_after_count)
    yield rule("fan-out", rf"^(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?:per|for each|for every|in each|on each|each) "
                          rf"(?P<parent>{NOUN})$", _fanout_of_subject)
    yield rule("fan-out", rf"(?P<child>{NOUN}) (?:per|(?:for|on|in) (?:each|every)) (?P<parent>{NOUN}) (?::|=|-)? "
                          rf"(?:(?:between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))?$", _fanout_verb)
    yield rule("fan-out", rf"(?P<child>{NOUN}) (?::|=) (?:(?:between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?:per|for each|for every|in each|"
                          rf"on each|each) (?P<parent>{NOUN})", _fanout_verb)
    yield rule("fan-out", rf"(?:, )?each(?: one)? (?:(?:with|having|has|gets|owns|getting|in|on) |{VERBS})?(?:(?:exactly|about|around) )?"
                          rf"(?P<lo>{INT})(?:-(?P<hi>{INT}))? (?P<child>{NOUN})",
               lambda m, ctx: _read(ctx, m, _fanout(ctx, m.group("child"), ctx.subject, m.group("lo"), _g(m, "hi"))))
    # "each gets 1-4 vet visits and 2-6 farrier appointments": a second child under the parent just read
    yield rule("fan-out", rf"{CLAIMED} (?:, )?and (?:also )?(?:(?:exactly|about|around|roughly|between|from) )?(?P<lo>{INT})"
                          rf"(?:-(?P<hi>{INT}))? (?P<child>{NOUN})$", _fanout_also)
    # "2-5 technicians based there (home farm)": where the children belong is the parent just read
    yield rule("fan-out", rf"{CLAIMED} (?P<p>[a-z]+) (?:there|at it|in it|on it|under it)(?: \( (?P<b>[a-z_]+(?: [a-z_]+)?) \))?$",
               _placed_there)
    # "200 readers and give each of them between 1 and 3 subscriptions": the children given to each row counted before
    yield rule("fan-out", rf"(?:(?:and|then|so|,) )*(?:give|assign|allocate|attach|add|create|make|generate) (?:each|every one)"
                          rf"(?: one)? (?:(?:exactly|about|around|roughly|between|from) )?(?P<lo>{INT})(?:-(?P<hi>{INT}))? "
                          rf"(?P<child>{NOUN})",
               lambda m, ctx: _fanout(ctx, m.group("child"), ctx.subject, m.group("lo"), _g(m, "hi")))
