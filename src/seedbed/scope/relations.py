"""Relations between the mentions of a clause, beyond counts and lists (issue 11).

Rules for: a count in brackets ("reviews (300 of them)"), "plus whatever they depend on",
negation ("no refunded payments": a value that must not occur; "no invoices": a zero count),
relative sizes ("50 users and twice as many orders"), windows between two columns of a row
("shipped within 2 days of being placed") and ranges said with a unit ("ratings of 4 or 5 stars",
"films 90-120 minutes long"). ``seedbed.scope.rules`` runs them at their place in its order (per-parent
counts in any word order are ``seedbed.scope.perparent``'s); the numbers were normalised before
(``seedbed.scope.numbers``: "twice" is ``2x``, "half" is ``50%``).

Where a reading depends on the schema (is "refunded" a value, is "invoices" a table?) the rule
asks the clause's grounding (``Context.ground``); without a schema it keeps the older reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.scope.ground import stem
from seedbed.scope.durations import moment_verbs
from seedbed.scope.lexicon import PHRASAL_COLUMN
from seedbed.scope.mixes import NUMLIST, _value_set, earlier_count, number_share
from seedbed.scope.model import Fanout, Item, Mix, Parents, Range, Ratio, Select, Spread, Unsupported, Within
from seedbed.scope.ranges import range_item, range_or, range_star
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import INT, LABEL, NOUN, NUM, PARTICIPLES, W, _count, _g, names

__all__ = ["early_rules"]

_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730}
_NO = r"(?:no|not any|zero|0|without|never any|excluding|exclude|except)"
_LABELS = rf"(?P<labels>{LABEL}(?:(?: or| ,| and| , or| nor) {LABEL})*)"


def _share_of_numbers(m: re.Match[str], ctx: Context) -> list[Item]:
    """A share of the rows on some numbers ("mostly 4 and 5 stars"); said back as not applied when
    no number column is named or the numbers are a range of decimals ("mostly 0.99-4.99")."""
    if re.fullmatch(NUM, m.group("nums")):  # "mostly 5 stars": one number, read only on a number column
        return number_share(m, ctx)
    return number_share(m, ctx) or [Unsupported(
        phrase=ctx.phrase, text=m.group(0), reason="a share of the rows in a number range is understood, not applied "
                                                   "yet (a range applies to every row: say '4 or 5 stars only')")]


def _bracket_count(m: re.Match[str], ctx: Context) -> list[Item]:
    table, g = m.group("t"), ctx.ground
    if g is not None and not g.is_table(table):  # "users from the UK (approx. 400)": the table said last
        said = [w for w in m.string[:m.start()].split() if g.is_table(w)]
        table = said[-1] if said else table
    return _count(ctx, table, m.group("n"))


def _parents(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Parents(phrase=ctx.phrase)]


def _select_with(m: re.Match[str], ctx: Context) -> list[Item]:
    parent, child = m.group("parent"), m.group("child")
    ctx.subject = parent
    return [Select(phrase=ctx.phrase, tables=(parent, child)),
            Fanout(phrase=ctx.phrase, child=child, parent=parent, low=1, high=3, implied=True)]


def _is_value(ctx: Context, labels: tuple[str, ...], table: str) -> bool:
    """Whether "no <labels> <table>" names values of that table, not a table ("no audit logs")."""
    if ctx.ground is not None:
        joined = " ".join(labels) + " " + table
        return (all(ctx.ground.is_label(label) for label in labels) and ctx.ground.is_table(table)
                and not ctx.ground.is_table(joined))
    return all(re.search(r"(?:ed|ing)$", label) for label in labels)


def _no_value(m: re.Match[str], ctx: Context) -> list[Item] | None:
    # "none void, none uncollectible": the negation said again before each value
    labels = tuple(re.sub(r"^(?:none|no|zero) ", "", x) for x in names(m.group("labels")))
    table = m.group("t")
    if not _is_value(ctx, labels, table):
        return None
    ctx.subject = table
    return [Mix(phrase=ctx.phrase, table=table, weights=tuple((label, 0.0) for label in labels))]


def _no_value_of(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"none of the orders cancelled", "none of them refunded" (the table counted before)."""
    table = _g(m, "t") or ctx.subject
    if table is None:
        return None
    labels = names(m.group("labels"))
    if not _is_value(ctx, labels, table):
        return None
    return [Mix(phrase=ctx.phrase, table=table, weights=tuple((label, 0.0) for label in labels))]


def _count_of_them(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"..., 200 of them": the table said before, or the table of the reading just before
    ("films rated G or PG only, 200 of them")."""
    said = [getattr(i, "table", None) for i in ctx.items if isinstance(i, (Mix, Range))]
    table = ctx.subject or (said[-1] if said and said[-1] else None)
    return _count(ctx, table, m.group("n")) if table else None


def _all_value(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"all orders delivered", "payments made by card or paypal": only these values (shared evenly)."""
    labels, table = names(m.group("labels")), m.group("t")
    if ctx.ground is None or not _is_value(ctx, labels, table):
        return None
    ctx.subject = table
    return [Mix(phrase=ctx.phrase, table=table, weights=tuple((x, 1.0 / len(labels)) for x in labels),
                share=1.0 if len(labels) > 1 else None)]


def _no_word(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"no refunds", "refunds: none", "payments: no refunds", "don't refund any payments": a value by
    its stem (``refunded``), in the table said or wherever a column holds it."""
    word, table = m.group("word"), _g(m, "t")
    if ctx.ground is None or ctx.ground.is_table(word) or (table is not None and not ctx.ground.is_table(table)):
        return None
    label = ctx.ground.label_for(word)
    if label is None:
        return None
    return [Mix(phrase=ctx.phrase, table=table, weights=((label, 0.0),))]


_SHARE_WORDS = {"all": 1.0, "every one": 1.0, "each": 1.0, "most": 0.8, "nearly all": 0.95, "almost all": 0.95,
                "none": 0.0, "no one": 0.0, "few": 0.1, "a few": 0.1, "some": 0.2, "many": 0.6}


def _share_of_them(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"most of which should be delivered", "all of them email", "none of them inactive": a share of
    the rows of the table said before (``ctx.subject``), on the column that holds the values."""
    table = ctx.subject
    labels = names(m.group("labels"))
    if table is None or not _is_value(ctx, labels, table):
        return None
    q = m.group("q")
    share = _SHARE_WORDS[q]
    return [Mix(phrase=ctx.phrase, table=table, weights=tuple((x, share / len(labels)) for x in labels),
                share=share if len(labels) > 1 else None)]


def _plus_children(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"300 users plus their preferences": the parent counted, its children (1-3 each, as the keys allow)."""
    parent, child = m.group("parent"), m.group("child")
    if ctx.ground is None or not ctx.ground.is_table(parent) or not ctx.ground.is_table(child):
        return None
    out = _count(ctx, parent, _g(m, "n"))
    ctx.subject = parent
    return out + [Fanout(phrase=ctx.phrase, child=child, parent=parent, low=1, high=3, implied=True)]


def _values_before(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"EUR invoices only", "only shipped or delivered orders": every row one of these values."""
    items = _value_set(m, ctx)
    if items and len(items[0].weights) == 1:  # one value: all rows, as "200 cancelled orders" says it
        return [replace(items[0], share=None)]
    return items


def _with_children(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"users in Japan, with addresses": the children of the table said before (1-3 each)."""
    child = m.group("child")
    if ctx.ground is None or ctx.subject is None or not ctx.ground.is_table(child):
        return None
    return [Fanout(phrase=ctx.phrase, child=child, parent=ctx.subject, low=1, high=3, implied=True)]


def _spread_them(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"5 plans, 200 subscriptions spread across them": over the rows of the table counted before."""
    parent = ctx.subject
    parents = earlier_count(ctx, parent) if parent else None
    if parent is None or parents is None or parent == m.group("child"):
        return None
    out = _count(ctx, m.group("child"), _g(m, "n"))
    return out + [Spread(phrase=ctx.phrase, child=m.group("child"), parent=parent, parents=parents)]


def _zero_children(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"users with no orders", "users without addresses": the children's table stays empty."""
    if ctx.ground is None or not ctx.ground.is_table(m.group("p")):
        return None
    return _zero(m, ctx)


def _zero(m: re.Match[str], ctx: Context) -> list[Item] | None:
    table = m.group("t")
    if ctx.ground is None or not ctx.ground.is_table(table):
        return None  # without a schema "no X" keeps its older reading: leave X out
    return _count(ctx, table, 0)


def _ratio(m: re.Match[str], ctx: Context) -> list[Item]:
    factor, table = float(m.group("f")), m.group("t")
    n, base = _g(m, "n"), _g(m, "base2") or _g(m, "base") or ctx.subject  # "... as carts" names the base
    out: list[Item] = []
    if n is not None and _g(m, "base"):
        out += _count(ctx, m.group("base"), n)
    if base is None:
        return None  # type: ignore[return-value]
    rows = int(n) if n is not None and base == _g(m, "base") else earlier_count(ctx, base)
    if rows is not None:
        return out + _count(ctx, table, max(1 if factor > 0 and rows > 0 else 0, round(rows * factor)))
    return out + [Ratio(phrase=ctx.phrase, table=table, base=base, factor=factor)]


def _within(m: re.Match[str], ctx: Context, said: str | None = None) -> list[Item]:
    unit = m.group("unit").rstrip("s")
    hours = float(_g(m, "n") or 1) * _HOURS[unit]
    said = _g(m, "t") if said is None else said
    table, column, g = said or ctx.subject, m.group("col"), ctx.ground
    if g is not None and said and not g.is_table(table) and stem(table.split()[-1]) in g.column_stems:
        # "deposits paid within 3 days of booking": no table, the first word of a column (deposit_paid_at)
        table, column = ctx.subject, f"{table} {column}"
    return [Within(phrase=ctx.phrase, table=table, column=column, other=_g(m, "other") or "", hours=hours)]


def _within_verb(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"sessions end within 6 hours of starting": read as ``_within`` only when the verb's stem is a word of a column
    (``ends_at``), else it is no moment ("each user has within ...")."""
    g = ctx.ground
    said = stem(m.group("col"))
    if (g is None or said in ("ha", "has", "do", "doe", "go", "goe") or g.is_table(m.group("col"))
            or not any(stem(v) in g.column_stems for v in moment_verbs(m.group("col")))):
        return None
    rows = (_g(m, "t") or "").split()
    if rows and rows[-1] in ("stays", "stay", "remains", "remain", "keeps", "keep"):  # "a quote stays valid"
        rows = rows[:-1]
    return _within(m, ctx, " ".join(rows))


def _gap(m: re.Match[str], ctx: Context) -> list[Item]:
    """"moves delivered 1-7 days after pick-up", "claims resolved 2-45 days after they're filed": the time between two
    of a row's moments, at least the low end and at most the high end (brief s18)."""
    hours = _HOURS[m.group("unit").rstrip("s")]
    low, high = sorted((float(m.group("lo")), float(m.group("hi"))))
    return [Within(phrase=ctx.phrase, table=_g(m, "t") or ctx.subject, column=re.sub(r"^(?:been|got|get|gets|being) ", "",
                                                                                      m.group("col")),
                   other=_g(m, "other") or "", hours=high * hours, low=low * hours)]


def early_rules() -> Iterable[Rule]:
    """Before the table selection: brackets, required parents, negation, relative sizes, windows."""
    yield rule("count in brackets", rf"(?:(?:lots|a lot|plenty|loads|tons|a ton|a bunch|heaps|a load) of )?"
                                    rf"(?P<t>{NOUN}) \( (?:(?:about|around|exactly) )?(?P<n>{INT})"
                                    r"(?: (?:of them|rows|records|in all|in total|total))? \)", _bracket_count, keep=("t",))
    # "5 to 25 percent off": a range of the discount column, before any mix reads "25% off" as a value
    yield rule("range", rf"(?:(?:(?P<n>{INT}) )?(?P<t>{NOUN}) )?(?:(?:with|of|at|giving|offering) )?(?P<lo>{NUM})-(?P<hi>{NUM})% "
                        rf"(?P<col>off|discount)",
               lambda m, ctx: _count(ctx, _g(m, "t"), _g(m, "n")) + range_item(
                   ctx, m, float(m.group("lo")), float(m.group("hi")), "percent off" if m.group("col") == "off" else "discount"))
    what = r"(?:whatever|what|everything|anything|all)"
    need = r"(?:depend on|depends on|need|needs|require|requires|reference|references|point to|points to|rely on)"
    yield rule("required parents", rf"^(?P<t>{NOUN}) (?:plus|and|with|along with|together with|including) (?:{what}|"
                                   rf"(?:the )?(?:tables|rows|parents|things)(?: that)?) (?:they|it|those|these|that) {need}",
               lambda m, ctx: [Select(phrase=ctx.phrase, tables=(m.group("t"),)), *_parents(m, ctx)]
               if ctx.ground is not None and ctx.ground.is_table(m.group("t")) else None)  # "enrollments plus ..."
    yield rule("required parents", rf"(?:, )?(?:(?:plus|and|with|along with|together with|including) )?"
                                   rf"(?:{what}|(?:the )?(?:tables|rows|parents|things)(?: that)?) "
                                   rf"(?:they|it|those|these|that) {need}", _parents)
    yield rule("required parents", r"(?:, )?(?:plus|and|with|including|along with) (?:their|its|the) "
                                   r"(?:dependencies|parents|required parents|required tables|prerequisites)", _parents)
    yield rule("share of numbers", rf"(?:(?P<t>{NOUN}) (?:: )?(?:(?:should be|are|is|get|with) )?)?"
                                   rf"(?<!at )(?P<q>most|mostly|mainly|largely|half|(?P<pct>{NUM})%) (?:of )?(?:(?:the|our|them) )?"
                                   rf"(?:(?P<t2>{NOUN}) )?(?:(?:should be|should have|are|is|rated|with|get|have|at) )?"
                                   rf"(?:(?:a |an )?(?P<c2>{W}) (?:(?:of|=|:) )?)?(?P<nums>{NUMLIST}|{NUM}-{NUM}|{NUM}(?= {W}))(?: (?P<unit>{W}(?: {W})?))?(?: (?P<t3>{NOUN}))?", _share_of_numbers,
               keep=("t",))  # "600 reviews: mostly 4 and 5 stars": the count reads the table too
    yield rule("range with a unit", rf"(?:only )?(?P<lo>{NUM})(?: or |-)(?P<hi>{NUM})[- ]?(?P<col>stars?|points?)(?: rated)? (?P<t>{NOUN})"
                        r"(?: only)?", range_or)
    yield rule("range with a unit", rf"(?:only )?(?P<lo>{NUM})[- ]?(?P<col>stars?|points?)(?: rated)? (?P<t>{NOUN})(?: only)?",
               range_star)
    yield rule("select with children", rf"(?:only|just) (?:the )?(?P<parent>{NOUN}) (?:and|with|plus|along with) (?:all )?"
                                       rf"(?:their|its) (?P<child>{NOUN})", _select_with)
    yield rule("select with children", rf"^(?P<parent>{NOUN}) (?:and|with|plus|along with) (?:all )?(?:their|its) "
                                       rf"(?P<child>{NOUN}) only$", _select_with)  # "patients and their appointments only"
    yield rule("no value", rf"{_NO} (?:(?:the|any) )?{_LABELS} (?:(?:rated|marked|status|state|priority|type) )?"
                           rf"(?P<t>{NOUN})", _no_value)
    be = r"(?:is|are|gets?|(?:should|will|may|can|must|shall) (?:ever )?(?:be|get|have been|end up))"
    yield rule("no value", rf"no (?P<t>{NOUN}) {be} {_LABELS}", _no_value)
    yield rule("no value", rf"(?P<t>{NOUN}) (?:(?:that|which) )?(?:(?:are|is|should|must|will|can|may|being)(?: be)? )?"
                           rf"(?:never|not)(?: (?:be|get|been|getting))? {_LABELS}", _no_value)
    yield rule("no value", rf"none of (?:(?:the|our|them|those) )?(?:(?P<t>{NOUN}) )?(?:(?:are|is|get|got|were|should be|"
                           rf"being|to be|will be) )?{_LABELS}", _no_value_of)
    share = "|".join(sorted((re.escape(k) for k in _SHARE_WORDS), key=len, reverse=True))
    yield rule("share of them", rf"(?P<q>{share}) of (?:them|which|those|these|whom) (?:(?:are|is|get|got|were|"
                                rf"should|must|will|would|to|being|have|has)(?: (?:be|been|get|have))? )?(?:(?:by|via|in|with|as|"
                                rf"using|through|marked|set to) )?{_LABELS}", _share_of_them)
    yield rule("no value", rf"^no (?P<word>{W})$", _no_word)
    again = rf"(?P<labels>{LABEL}(?:(?: or| ,| and| , or| , and| nor)(?: none| no)? {LABEL})*)"
    yield rule("no value", rf"(?P<t>{NOUN}) (?::|=|-) (?:none|no|zero|0|nothing|nobody|no one) (?:(?:are|is|were|should be|being|"
                           rf"paid by|paid with|sent via|sent by|by|via|with|using|through|in|as|marked) )?{again}$",
               _no_value)  # "payments: nothing by bank transfer"
    yield rule("all values", rf"(?P<t>{NOUN}) (?::|=|-) (?:all|every one|each) (?:(?:are|is|were|should be|being) )?"
                             rf"{_LABELS}$", _all_value)
    by = r"(?:(?:paid|made|settled|charged) )?(?:by|via|with|using|through)"
    yield rule("no value", rf"no (?P<t>{NOUN}) {by} {_LABELS}", _no_value)
    yield rule("no value", rf"(?P<t>{NOUN}) (?:should )?(?:never|not) (?:be )?{by} {_LABELS}", _no_value)
    yield rule("no value", rf"^(?:nothing|none) (?P<word>{W})$", _no_word)
    yield rule("no value", rf"^(?:nobody|no one|noone|no-one|none) (?:(?:is|are|should be|may be|being|gets?) )?"
                           rf"(?P<word>{W})$", _no_word)  # "nobody inactive"
    yield rule("value set", rf"^(?:only |just |all )?(?P<labels>{LABEL}(?:(?: or| and|,|, or|, and) {LABEL})*) (?P<t>{NOUN})"
                            rf"(?: only)?$", _values_before)
    yield rule("no value", rf"^(?P<word>{W}) (?::|=) (?:none|0|zero|no)$", _no_word)
    yield rule("no value", rf"(?P<t>{NOUN}) (?::|=|with|having) no (?P<word>{W})$", _no_word)
    yield rule("no value", rf"(?:don't|do not|never|no need to|dont) (?P<word>{W}) (?:any )?(?:of )?(?:(?:the|our) )?"
                           rf"(?P<t>{NOUN})", _no_word)
    yield rule("count of them", rf"^(?P<n>{INT}) (?:of them|in all|in total|total)$", _count_of_them)
    yield rule("with their children", rf"^(?:with|and|plus) (?:(?:their|its|all) )?(?P<child>{NOUN})$", _with_children)
    yield rule("with their children", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) (?:plus|along with|together with|and also) "
                                      rf"(?:their|its) (?P<child>{NOUN})", _plus_children)
    yield rule("no value", rf"{_LABELS} (?P<t>{NOUN}) (?::|=|should be|are|is) (?:none|0|0%|zero|never)", _no_value)
    yield rule("all values", rf"(?<!of )(?:all|every|each) (?:(?:the|of the|our) )?(?P<t>{NOUN}) (?:(?:are|is|should be|get|gets|being|"
                             rf"must be|were) )?(?:(?:paid |made )?(?:by|via|with|using|through|in|as) )?{_LABELS}", _all_value)
    yield rule("all values", rf"(?P<t>{NOUN}) (?:(?:that|which|who) )?(?:are|is|should be|must be|were) (?:all|always) "
                             rf"{_LABELS}", _all_value)
    yield rule("all values", rf"(?P<t>{NOUN}) (?:that|which|who) (?:are|is|were|get|got) (?:(?:rated|marked|in|with|by|set to|"
                             rf"tagged|labelled|labeled) )?{_LABELS}$", _all_value)
    yield rule("all values", rf"(?<!most )(?<!nearly all )(?<!almost all )(?P<t>{NOUN}) (?:(?:are|should be|must be) )?"
                             rf"(?:paid|made|settled|charged|done) "
                             rf"(?:by|via|with|using|through) {_LABELS}", _all_value)
    yield rule("no value", rf"no (?P<t>{NOUN}) (?:(?:in|with|as|that are|being|marked|set to|in state|with status) )?"
                           rf"{_LABELS}", _no_value)
    yield rule("spread", rf"(?:(?P<n>{INT}) )?(?P<child>{NOUN}) (?:(?:spread|distributed|split|shared|divided) )?(?:across|over|among|"
                         rf"between) (?:all of |each of )?(?:them|those|these)", _spread_them)
    yield rule("no value", rf"(?P<t>{NOUN}) (?:with no|without(?: any)?|with zero|having no|that have no|who have no) "
                           rf"(?P<word>{W})$", _no_word)  # "orders without any refunds": the value by its stem
    yield rule("zero count", rf"(?P<p>{NOUN}) (?:with no|without|with 0|having no|that have no|who have no) (?:any )?"
                             rf"(?P<t>{NOUN})", _zero_children, keep=("p",))
    yield rule("zero count", rf"(?:no|zero) (?:(?:more|new) )?(?P<t>{NOUN})(?: (?:at all|whatsoever))?", _zero)
    make = r"(?:want|need|have)"  # (a seeding verb said not to be done leaves the table out: ``restrict.EXCLUDE_VERBS``)
    yield rule("zero count", rf"(?:don't|do not|dont|doesn't|does not|never) {make} (?:any )?(?:(?:of )?(?:the|our) )?"
                             rf"(?P<t>{NOUN})(?: (?:at all|whatsoever))?", _zero)
    yield rule("zero count", rf"(?:leave|keep) (?:the )?(?P<t>{NOUN})(?: tables?)? empty", _zero)
    yield rule("zero count", rf"(?:(?:i|we) )?(?:want|need|would like|'d like) (?:the )?(?P<t>{NOUN})(?: tables?)? (?:to be |left )?"
                             r"(?:completely |totally |entirely )?empty$", _zero)  # "i want the curtailment table empty"
    yield rule("zero count", rf"(?:the )?(?P<t>{NOUN})(?: tables?)? (?:should be|must be|stays?|remains?|is|are|left|"
                             rf"should stay|should remain) empty", _zero)
    f = rf"(?P<f>{NUM})x (?:as many|as much|more|the number of|the)"
    yield rule("relative size", rf"(?P<n>{INT}) (?P<base>{NOUN}) (?:,|and|, and|with|plus|but) {f} (?P<t>{NOUN})"
                                rf"(?: (?:as|than) (?:there are )?(?:(?:the|our) )?(?P<base2>{NOUN}))?", _ratio)
    yield rule("relative size", rf"{f} (?P<t>{NOUN})(?: (?:as|than) (?:there are )?(?:(?:the|our) )?(?P<base2>{NOUN}))?",
               _ratio)
    yield rule("relative size", rf"(?P<t>{NOUN}) (?::|=|should be|are|is) {f} (?:(?:the|our) )?(?P<base2>{NOUN})", _ratio)
    unit = r"(?P<unit>minutes?|hours?|days?|weeks?|months?)"
    stamp = rf"(?:[a-z]+ed(?: up| off| out| back)?|{PARTICIPLES}|[a-z_]+_(?:at|on|date|time)|{PHRASAL_COLUMN})"
    # ("after the bill goes out": the row's own start, ``durations.within_columns``)
    began = r"(?: (?:goes|go|went|comes|come|came|gets|get|got) (?:out|in|through|sent))?"
    yield rule("within", rf"(?:(?P<t>{NOUN}) )?(?:(?:that are|which are|are|get|gets|got|should be|must be|being|were|"
                         rf"should|must|will) )?"
                         rf"(?P<col>{stamp}|(?<=should )[a-z]+|(?<=must )[a-z]+) within (?:(?P<n>{NUM}) |an? )?{unit}"
                         rf"(?: (?:of|after|from) (?:(?:being|their|its|the|having been|getting|it was|they were) )*"
                         rf"(?P<other>{stamp}|{W}){began})?", _within, keep=("t",))
    # "each session ends within 6 hours of starting", "a quote stays valid at most 30 days after it was created": a verb
    # in the present or an adjective, when a time column is named after it
    yield rule("within", rf"(?:(?P<t>{NOUN}) )?(?:(?:should|must|will|always|usually|normally|typically) )?"
                         rf"(?:(?:stays?|remains?|is|are|be|keeps?) )?(?P<col>[a-z]{{3,}}) within (?:(?P<n>{NUM}) |an? )?{unit}"
                         rf"(?: (?:of|after|from) (?:(?:being|their|its|the|having been|getting|it was|they were|it is|they are|it|they) )*"
                         rf"(?P<other>{stamp}|{W}){began})?", _within_verb, keep=("t",))
    # "moves delivered 1-7 days after pick-up", "returned 5-30 minutes after being picked up": a gap between two moments
    yield rule("gap", rf"(?:(?P<t>{NOUN}) )?(?:(?:that are|which are|are|get|gets|got|should be|must be|being|were|is|"
                      rf"should|must|will|all|always|typically|usually|normally) )*"
                      rf"(?P<col>[a-z]+ed(?: up| off| out| in| back)?|{PARTICIPLES}) (?:between )?(?P<lo>{NUM})-(?P<hi>{NUM}) "
                      rf"{unit} (?:after|from|following|past) (?:(?:being|their|its|the|having been|getting|it was|they were|"
                      rf"they are|they're|it is|it's|it got|they got|got|been) )*"
                      rf"(?P<other>[a-z]+ed(?: up| off| out| in| back)?|{PARTICIPLES}|{W})", _gap, keep=("t",))
    yield rule("within", rf"^(?P<col>[a-z]+) (?:every|each|all|all the|the|our) (?P<t>{NOUN}) within (?:(?P<n>{NUM}) |an? )?"
                         rf"{unit}(?: (?:of|after|from) (?:(?:being|their|its|the|having been|getting|it was|they were) )*"
                         rf"(?P<other>{stamp}|{W}))?$", _within)  # "ship every order within a day"
