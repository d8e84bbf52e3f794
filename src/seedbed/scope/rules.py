"""The rules of the scope language, in the order they run (specific before general).

Each rule is a regular expression over a normalised clause (``seedbed.scope.parse``) and a
builder that turns a match into scope items. Names stay as typed (``"customers"``); matching
them to the schema is ``seedbed.scope.resolve``'s job. The README section "Scope language"
lists what these rules understand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from seedbed.generate.streams import REFERENCE_NOW
from seedbed.scope.lexicon import MEASURE_UNITS, MONTHS, PARTICIPLES, PHRASAL_COLUMN, singular
from seedbed.scope.restrict import EXCLUDE_VERBS, EXTENT, NOT_NEEDED
from seedbed.scope.spans import DATE_SPAN, YEAR_SPAN, date_span, year_span
from seedbed.scope.vague import ROWS, VAGUE_COUNTS
from seedbed.scope.framing import meta_word
from seedbed.scope.ground import known_verb
from seedbed.scope.guards import not_one_of
from seedbed.scope.model import Count, Exclude, Fanout, Item, Mix, Orphans, ParentKeys, Range, Select, Spread
from seedbed.scope.parse import Build, Context, Rule, rule
from seedbed.scope.timewords import (
    of_subject,
    time_relation,
    time_relation_row,
    time_relation_verb,
    window_after,
    window_ago,
    window_before,
    window_last,
    window_months,
    window_next,
    window_period,
    window_quarter,
    window_since,
    window_year,
)

__all__ = ["RULES"]

_KW = """with per each every for across over among between from to in on of and or the a an only just
skip skipping exclude excluding except without ignore ignoring omit omitting seed fill generate create make
add populate insert rows row records record having have has that which who whose where should be are is
mostly mainly largely primarily predominantly usually overwhelmingly average avg at least most about around
roughly approximately exactly enough some all everything tables table schema distribution mix split
breakdown share shares ratio ranging range varying vary going than under below above after before since
until during last past previous next new existing ids id keys key but no not don't do does doesn't exist
apiece spread distributed spanning throughout within keep leave else same unchanged dollars euros pounds
usd eur gbp bucks cents percent their its them those these it more less fewer additional extra different
distinct unique minimum maximum min max by hours hour days day weeks week fortnight fortnights months month
quarters quarter years year typically get gets owns many several multiple few random sample test fake
like as when then also plus me us we i you please""".split()
#: A word that is no keyword; the guard is checked cheaply (``seedbed.scope.guards``).
W = rf"{not_one_of(_KW)}[^\W\d][\w.'-]*"
#: First word of a two-word noun ("order items"): not a plural, so "users posts" stays apart.
W_HEAD = rf"{W}(?:(?<!s)|(?<=ss)|(?<=us)|(?<=is))"
NOUN = rf"(?:{W_HEAD} (?:{W}|records?)|{W})"  # "usage records": a noun, though "records" alone is a keyword
SEP = r" (?:, and|,|and|&|or|, or) (?:the )?"  # "only the beacons and the repair jobs"
NOUNS = rf"{NOUN}(?:{SEP}{NOUN})*"
INT = r"\d+"
NUM = r"\d+(?:\.\d+)?"
#: A value's word; "a" only where no noun follows it (grades "30% A, 40% B": a label, not an article);
#: "mostly shipped, some pending": "some" starts the next share.
LABEL = (r"(?!(?:and|or|with|of|the|to|by|via|using|as|at|for|from|should|be|are|is|were|being|an|some|most|mostly|"
         r"rarely|none|no)(?![^ ]))"
         r"(?!a (?!(?:and|or|nor|,|;|:|=|\d[\d.]*%)(?![^ ])))[a-z_][\w-]*")
_MONTHS = "|".join(MONTHS)
_UNIT = r"(?P<unit>hours?|days?|weeks?|fortnights?|months?|quarters?|years?)"
#: Past participles that are no "-ed" word ("invoices paid in 2025"); an "-ing" form is a column's verb
#: ("coupons expiring in 2026") unless it is a word of another kind ("during", "pending", "morning").
_NOT_ING = not_one_of((*_KW, *"""being nothing something anything everything during spanning ranging including
excluding having going remaining existing missing pending evening morning""".split()))
#: A time column said as a verb: "placed", "paid", "starting" (``starts_at``), any verb after "that" ("that start"),
#: any verb after a modal ("campaigns should start in H1 2026"), a verb and the noun it puts a row into or out of ("put into service": ``in_service_date``).
_COL = rf"(?P<col>[a-z]+ed(?: up)?|{PARTICIPLES}|{_NOT_ING}[a-z]{{3,}}ing|(?:(?<=that )|(?<=which )|(?<=who )|(?<=should )|(?<=must )|(?<=will )|(?<=would ))[a-z]{{3,}}|due|[a-z_]+_(?:at|on|date|time)|{PHRASAL_COLUMN}|dates|timestamps|times|[a-z]{{3,}} (?:into|out of) [a-z]{{3,}})"
#: (a time unit too, converted to the column's own: "term lengths 3 to 24 months" on ``term_mths``)
_UNITS_MONEY = (r"(?: (?P<unit>dollars|euros|pounds|usd|eur|gbp|bucks|cents|weeks|months|years)| (?:units?|items?|pieces?|pcs|each))?"
                r"(?: (?:a|per|each) (?:month|year|week|day|unit|item|seat|piece))?"
                # a unit of measure names the column that ends with it ("dosages of 5 to 500 mg": dosage_mg)
                rf"(?: (?P<measure>{'|'.join(sorted(MEASURE_UNITS, key=len, reverse=True))}))?")
#: The keys after "ids": one token made by ``lexicon.normalise`` (any key type), a range, or ``@file``.
_KEYS = r"\d+-\d+|@[^ ]+|[^ ,§]+(?:,[^ ,§]+)*"


def names(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(SEP, f" {text} ".replace("  ", " ")) if p.strip())


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _count(ctx: Context, table: str | None, rows: str | int | None, *, at_least: bool = False) -> list[Item]:
    if rows is None:
        return []
    if table in ("rows", "records", "row", "record") and not (ctx.ground and table in ctx.ground.tables):
        table = None  # rows of every table, unless the schema has a table of that name ("300 records")
    if table is not None:
        ctx.subject = table
    return [Count(phrase=ctx.phrase, table=table, rows=int(rows), at_least=at_least)]


# ------------------------------------------------------------------ selection
def _select_colon(m: re.Match[str], ctx: Context) -> list[Item]:
    label = (m.group("label") or "").strip() or None
    return [Select(phrase=ctx.phrase, tables=names(m.group("list")), label=label)]


def _select_schema(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Select(phrase=ctx.phrase, schemas=(m.group("s"),))]


def _years_of_rows(build: Build) -> Build:
    """A year window, unless the words just before it name a number column: "release years from
    2000 to 2010" is a range of ``release_year``, not the dates of every row."""
    def checked(m: re.Match[str], ctx: Context) -> Iterable[Item] | None:
        before = m.string[:m.start()].split()
        if ctx.ground is not None and _g(m, "t") is None and _g(m, "col") is None and before \
                and ctx.ground.is_column(before[-1]) and not ctx.ground.is_table(before[-1]):
            return None
        return build(m, ctx)
    return checked


def _recent_year(build: Build) -> Build:
    """A year said after "over" is a window only when it is a recent year (the last 30, not a round
    hundred): "orders over 2000" is an amount."""
    def checked(m: re.Match[str], ctx: Context) -> Iterable[Item] | None:
        y = int(m.group("y"))
        if y % 100 == 0 or not REFERENCE_NOW.year - 30 <= y <= REFERENCE_NOW.year + 1:
            return None
        return build(m, ctx)
    return checked


def _tables_known(ctx: Context, words: Iterable[str], *, loose: bool = False) -> bool:
    """Without a schema, yes; with one, whether every word names a table (``loose``: or a part
    of a table's name or a database schema: "audit" -> ``audit_logs``)."""
    if ctx.ground is None:
        return True
    return all(ctx.ground.is_table(w) or (loose and ctx.ground.is_part(w)) for w in words)


def _select_list(m: re.Match[str], ctx: Context) -> list[Item]:
    tables = names(m.group("list"))
    if ctx.ground is not None and tables and not ctx.ground.is_table(tables[0]) and meta_word(tables[0].split()[0]):
        return None  # "we're only testing the CAD side": the request's own word, no table selected (brief s38)
    valued = _valued_table(ctx, tables)
    if valued is not None:  # "only delivered orders": every order delivered, not a selection
        return [_all_of(ctx, valued)]
    if len(tables) == 1:
        ctx.subject = tables[0]  # "only reviews, 300 of them"
    return [Select(phrase=ctx.phrase, tables=tables)]


def _valued_table(ctx: Context, tables: tuple[str, ...]) -> tuple[str, str] | None:
    """(value, table) when the one name said is a value before a table ("delivered orders")."""
    if ctx.ground is None or not tables or ctx.ground.is_table(tables[-1]):
        return None
    words = tables[-1].split(" ")
    if len(words) == 2 and ctx.ground.is_label(words[0]) and ctx.ground.is_table(words[1]) \
            and all(ctx.ground.is_label(x) for x in tables[:-1]):  # "only shipped and delivered orders"
        return " ".join((*tables[:-1], words[0])), words[1]
    return None


def _all_of(ctx: Context, valued: tuple[str, str]) -> Mix:
    """Every row of the table one of the values (evenly)."""
    labels = valued[0].split(" ")
    return Mix(phrase=ctx.phrase, table=valued[1], weights=tuple((x, 1.0 / len(labels)) for x in labels),
               share=1.0 if len(labels) > 1 else None)


def _select_trailing(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"users and posts only"; with a schema, words that name no table are no selection
    ("4 or 5 stars only", "by bank_transfer only": other rules read them)."""
    tables = names(m.group("list"))
    valued = _valued_table(ctx, tables)
    if valued is not None:
        return [_all_of(ctx, valued)]
    if not _tables_known(ctx, tables, loose=True):
        return None
    return [Select(phrase=ctx.phrase, tables=tables)]


def _seed_tables(m: re.Match[str], ctx: Context) -> list[Item]:
    tables = names(m.group("list"))
    out: list[Item] = [Select(phrase=ctx.phrase, tables=tables)]
    if _g(m, "n"):
        for t in tables:
            out += _count(ctx, t, m.group("n"))
    return out


def _exclude(m: re.Match[str], ctx: Context) -> list[Item] | None:
    tables = names(m.group("list"))
    said = m.group(0)
    if ctx.ground is not None and (said.startswith("no ") and not _tables_known(ctx, tables)
                                   or re.match(rf"(?:{EXCLUDE_VERBS}|leave|keep) ", said)
                                   and not _tables_known(ctx, tables, loose=True)):
        # "no archived projects": not "leave projects out"; "we don't need emails", "drop the prices":
        # no table either; quoted back if nothing reads them
        return None
    return [Exclude(phrase=ctx.phrase, tables=tables)]


def _rows_all(m: re.Match[str], ctx: Context) -> list[Item]:
    return _count(ctx, None, m.group("n"))


def _rows_in(m: re.Match[str], ctx: Context) -> list[Item]:
    out: list[Item] = []
    for t in names(m.group("list")):
        out += _count(ctx, t, m.group("n"))
    return out


# ------------------------------------------------------------ existing data
def _parent_keys(m: re.Match[str], ctx: Context) -> list[Item]:
    child = m.group("child")
    if _g(m, "prep") and ctx.ground is not None and not ctx.ground.is_table(m.group("parent")):
        return None  # "order items with quantity 1-10": a range, not keys
    if _g(m, "pp") and not known_verb(m.group("pp"), ctx.ground):
        ctx.unread.append(m.group("pp"))  # "courses taught by teacher 3" is read; a verb nothing explains is not
    out = _count(ctx, child, _g(m, "n"))
    ctx.subject = child
    return out + [keys_item(ctx, child, m.group("parent"), m.group("keys"))]


def keys_item(ctx: Context, child: str, parent: str, keys: str) -> ParentKeys:
    """The parent keys said after "ids": a file (``@ids.txt``), a range ("1-1000") or a list."""
    r = re.fullmatch(r"(\d+)-(\d+)", keys)
    if keys.startswith("@"):
        return ParentKeys(phrase=ctx.phrase, child=child, parent=parent, file=keys[1:])
    if r:
        low, high = int(r.group(1)), int(r.group(2))
        return ParentKeys(phrase=ctx.phrase, child=child, parent=parent, low=min(low, high), high=max(low, high))
    return ParentKeys(phrase=ctx.phrase, child=child, parent=parent, keys=tuple(k.strip("'") for k in keys.split(",")))


def _orphans(m: re.Match[str], ctx: Context) -> list[Item]:
    table = _g(m, "t") or _g(m, "of") or ctx.subject or ""  # "5% of payments pointing at ..."
    out = _count(ctx, _g(m, "t"), _g(m, "n"))
    out.append(Orphans(phrase=ctx.phrase, table=table, column=m.group("ref"), rate=float(m.group("pct")) / 100))
    return out


# ------------------------------------------------------------------- ranges
def _range(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g = ctx.ground
    word = m.group("col")
    if g is not None and not _g(m, "t") and ": " in m.group(0) and g.is_table(word) \
            and (word in g.tables or singular(word) in g.tables or not g.is_column(word)):
        return None  # "users: at least 20": that many rows (the count rule below), not a column's bound
    lo, hi = _g(m, "lo"), _g(m, "hi")
    low = float(lo) if lo is not None else None
    high = float(hi) if hi is not None else None
    if low is not None and high is not None and low > high:
        low, high = high, low
    table, column = _g(m, "t") or _g(m, "per"), m.group("col")  # "quantity of 1 to 4 per line item"
    if table is None and ctx.subject and m.string.startswith("each "):
        table = ctx.subject  # "30 trainers, each price at least 40": each of the rows just counted
    if _g(m, "col2"):  # "products ranging from 2 to 200 dollars in price": the column said last
        table, column = table or column, m.group("col2")
    column = f"{column} {m.group('measure')}" if _g(m, "measure") else column  # "dosages of 5-500 mg"
    return [Range(phrase=ctx.phrase, table=table, column=column, low=low, high=high, unit=_g(m, "unit"))]


# ------------------------------------------------------------------ fan-out
_AVERAGE = re.compile(r"on average|on avg|avg|average|typically|about|around|roughly|approximately")


def _bounds(lo: str, hi: str | None, average: bool) -> tuple[int, int, float | None]:
    low = int(lo)
    if hi is not None:
        a, b = sorted((low, int(hi)))
        return a, b, None
    if average:
        spread = max(1, (2 * low) // 3)
        return max(0, low - spread), low + spread, float(low)
    return low, low, None


def _fanout(ctx: Context, child: str, parent: str | None, lo: str, hi: str | None, average: bool = False) -> list[Item]:
    if not parent:
        return None  # type: ignore[return-value]
    if not average and hi is None and lo is not None:  # "each technician has about 8 visits", in any word order
        average = re.search(rf"\b(?:about|around|roughly|approximately|approx|some|on average|~) ?{re.escape(str(lo))}\b",
                            ctx.phrase) is not None
    low, high, avg = _bounds(lo, hi, average)
    if ctx.ground is not None and not ctx.ground.is_table(child) and ctx.ground.counts_values(child):
        # "5 to 50 seats per subscription": a column's values per row, not child rows
        return [Range(phrase=ctx.phrase, table=parent, column=child, low=float(low), high=float(high))]
    return [Fanout(phrase=ctx.phrase, child=child, parent=parent, low=low, high=high, average=avg)]


def _fanout_with(m: re.Match[str], ctx: Context) -> list[Item]:
    parent, child = m.group("parent"), m.group("child")
    if ctx.ground is not None and not ctx.ground.is_table(parent):
        return None  # "the biggest with 20 subscriptions": no table before "with", the word quoted back
    out = _count(ctx, parent, _g(m, "n"))
    if m.group("hi") is None and not m.group("each") and "each" not in m.group(0).split():
        return out + _count(ctx, child, m.group("lo"))  # "10 users with 30 orders": 30 in all
    ctx.subject = parent
    if _g(m, "pp") and not (m.group("each") and ctx.ground is not None and ctx.ground.explains(m.group("pp"))):
        ctx.unread.append(m.group("pp"))
    last = (m.group("each") or " each").split()[-1]  # "in each one", "per user": the parent again, or quoted back
    if ctx.ground is not None and last not in ("each", "one", "them", "apiece", "piece") and not ctx.ground.explains(last):
        ctx.unread.append(last)
    return out + _fanout(ctx, child, parent, m.group("lo"), m.group("hi"), average=bool(_g(m, "pre")))


def _fanout_per(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g, child = ctx.ground, m.group("child")
    before = re.search(r"(\S+) (?:(?:from|between|of) )?$", m.string[:m.start()])
    if g is not None and not g.is_table(child) and before and not g.is_table(before.group(1)) \
            and g.is_quantity(before.group(1)):
        return None  # "stock from 100 to 1000 units per product": the range rule reads it with its column
    average = bool(_g(m, "pre") or _g(m, "avg"))
    return _fanout(ctx, m.group("child"), m.group("parent"), m.group("lo"), m.group("hi"), average)


def _fanout_subject(m: re.Match[str], ctx: Context) -> list[Item]:
    parent = _g(m, "parent") or ctx.subject
    return _fanout(ctx, m.group("child"), parent, m.group("lo"), m.group("hi"))


def _fanout_implied(m: re.Match[str], ctx: Context) -> list[Item] | None:
    parent, more = m.group("parent"), _g(m, "more")
    # "users with their addresses and preferences": each child named (every one a table, else no list)
    children = [m.group("child"), *(re.sub(r"^(?:their|its) ", "", c) for c in names(more or ""))]
    if more and (ctx.ground is None or not all(ctx.ground.is_table(c) for c in children)):
        return None
    child = children[0]
    if ctx.ground is not None and not ctx.ground.is_table(child) and ctx.ground.is_quantity(child):
        return None  # "reviews with ratings from 3 to 5": a column of the table, not its children
    if child == "up" and re.match(r" to \d", m.string[m.end():]):
        return None  # "prescriptions with up to 4 refills": a bound (read by the range rules), not children "up"
    out = _count(ctx, parent, _g(m, "n"))
    ctx.subject = parent  # "users with preferences, 200 of them"
    return out + [Fanout(phrase=ctx.phrase, child=c, parent=parent, low=1, high=3, implied=True) for c in children]


def _spread(m: re.Match[str], ctx: Context) -> list[Item] | None:
    child, g, by = m.group("child"), ctx.ground, _g(m, "by")
    if (_g(m, "into") or by) and (g is None or not g.is_table(child) or not g.is_table(m.group("parent"))):
        return None  # "in 25 categories", "taught by 15 teachers": a spread only over a table
    if by and not known_verb(by, g):
        ctx.unread.append(by)
    if m.group("parent") in MEASURE_UNITS or m.group("parent") in ("dollars", "euros", "pounds", "bucks"):
        return None  # "equipment weighing over 100 kg": a bound of a quantity, no rows spread over kilograms
    out = _count(ctx, child, _g(m, "n"))
    ctx.subject = child
    return out + [Spread(phrase=ctx.phrase, child=child, parent=m.group("parent"), parents=int(m.group("k")))]


# --------------------------------------------------------------------- counts
_AT_LEAST = frozenset(("at least", "no fewer than", "no less than", "a minimum of", "minimum", "min", "over", "more than"))


def _counts(m: re.Match[str], ctx: Context) -> list[Item]:
    table = m.group("t")
    words = table.split(" ")
    if ctx.ground is not None and len(words) == 2 and ctx.ground.is_label(words[0]) and ctx.ground.is_table(words[1]) \
            and not ctx.ground.is_table(table):
        # "200 cancelled orders": 200 orders, all of them cancelled (said so in the explanation)
        if m.group("n") == "0":
            return [Mix(phrase=ctx.phrase, table=words[1], weights=((words[0], 0.0),))]
        out = _count(ctx, words[1], m.group("n"), at_least=(_g(m, "q") or "") in _AT_LEAST)
        return out + [Mix(phrase=ctx.phrase, table=words[1], weights=((words[0], 1.0),))]
    return _count(ctx, table, m.group("n"), at_least=(_g(m, "q") or "") in _AT_LEAST)


def _vague_count(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"a few branches", "several courses": a count (``vague.ROWS``) where the word after names a table
    (else it is a share, "a few overdue", read by the mix rules or quoted back)."""
    if ctx.ground is None or not ctx.ground.is_table(m.group("t")):
        return None
    return _count(ctx, m.group("t"), ROWS[m.group("q")])


def _count_only(m: re.Match[str], ctx: Context) -> list[Item] | None:
    g, t = ctx.ground, m.group("t")
    if g is not None and not g.is_table(t) and g.is_quantity(t):
        return None  # "1 or 5 stars only": values of a column (``mixes.number_set``), no table's count
    return _counts(m, ctx)


def _rules() -> Iterable[Rule]:
    from seedbed.scope.conditions import condition_rules
    from seedbed.scope.events import event_rules
    from seedbed.scope.mixes import mix_rules, value_only_rules
    from seedbed.scope.follow import follow_rules, head_rules
    from seedbed.scope.ranges import exact_value_rules, range_rules
    from seedbed.scope.settings import setting_rules
    from seedbed.scope.perparent import fanout_rules
    from seedbed.scope.relations import early_rules
    from seedbed.scope.children import children_rules, each_rules
    from seedbed.scope.absence import absence_rules
    from seedbed.scope.happened import happened_rules
    from seedbed.scope.implies import implication_rules
    from seedbed.scope.lengths import age_rules, clock_rules, duration_rules

    seed = r"(?:(?:seed|fill|populate|generate) )?"
    tables = r"(?: tables?)?"
    yield from implication_rules()  # "shipped orders have a tracking number": a rule over a row, read whole
    yield from absence_rules()  # "no speakers without an email": a column of the rows (else the next)
    yield from happened_rules()  # "refunded on 3% of them": a column by what happened to the row
    yield from condition_rules()
    yield from clock_rules()  # "on weekends", "during business hours": quoted back, never read as values
    yield from age_rules()  # "owners aged 18 to 30": a birth date's window, before any range
    yield from each_rules()  # "every order paid (1 payment each)": per row, before the count in brackets
    yield from early_rules()
    yield from event_rules()
    yield from value_only_rules()
    yield from exact_value_rules()
    # "a few branches": 3 (the table stays free for what else is said of it: "several categories with 20 products each")
    yield rule("vague count", rf"(?P<q>{'|'.join(VAGUE_COUNTS)}) (?P<t>{NOUN})", _vague_count, keep=("t",))
    # ---- table selection
    label = r"(?P<label>(?:[a-z_-]+ ){0,3}?[a-z_-]+)"
    yield rule("select", rf"{seed}(?:only|just) (?:the )?{label} : (?P<list>{NOUNS}){tables}", _select_colon)
    yield rule("select schema", rf"(?:only )?(?:the )?(?P<s>{W}) schema only", _select_schema)
    yield rule("select schema", rf"{seed}only (?:(?:the|tables in|tables from|in|from) )?(?:the )?(?P<s>{W}) schema",
               _select_schema)
    yield rule("select schema", rf"{seed}only schema (?P<s>{W})", _select_schema)
    each = rf"(?P<n>{INT}) (?:rows|records)(?: each)?"
    verb = r"(?:seed|fill|populate|generate) (?:only )?(?:the )?"
    yield rule("select with counts", rf"{verb}(?P<list>{NOUNS}) tables?(?: with {each})?", _seed_tables)
    yield rule("select with counts", rf"{verb}(?P<list>{NOUNS}) with {each}", _seed_tables)
    but = r"(?:except|but|apart from|other than|besides)"
    yield rule("exclude", rf"(?:everything|all|all tables|all the tables) {but} (?:for )?(?:the )?(?P<list>{NOUNS}){tables}",
               _exclude)
    skip = (rf"(?:{EXCLUDE_VERBS}|skip|skipping|exclude|excluding|except|without|ignore|ignoring|omit|omitting|leave out|"
            r"no)")
    yield rule("exclude", rf"{skip} (?:the )?(?P<list>{NOUNS}){tables}{EXTENT}", _exclude)
    yield rule("exclude", rf"(?:leave|keep) (?:the )?(?P<list>{NOUNS}){tables} out(?: of (?:it|this|the seed|seeding))?{EXTENT}",
               _exclude)
    yield rule("exclude", rf"^(?:the )?(?P<list>{NOUNS}){tables} {NOT_NEEDED}{EXTENT}$", _exclude)  # "payments not needed"
    yield rule("count", rf"(?P<n>{INT}) (?P<t>{NOUN}) only$", _count_only)  # "1 store only": a count, not a selection
    yield rule("select", rf"(?:only )?(?:care|cares) (?:only )?about (?:the )?(?P<list>{NOUNS}){tables}", _select_list)
    yield rule("select", rf"{seed}(?:only|just|nothing but|nothing except|none but) (?:the )?(?P<list>{NOUNS}){tables}",
               _select_list)
    yield rule("select", rf"(?P<list>{NOUNS}){tables} only(?! (?:in|during|from|since|after|before|between|within|by|"
                         r"with|via|for|on|at)(?![^ ]))", _select_trailing)
    # ---- counts everywhere or in listed tables
    everywhere = r"(?:per|in each|in every|for each|for every|each|in all|everywhere|across all)"
    yield rule("rows everywhere", rf"(?P<n>{INT}) (?:rows|records) {everywhere}(?: (?:the )?tables?)?", _rows_all)
    yield rule("rows in tables", rf"(?P<n>{INT}) (?:rows|records) (?:each )?(?:in|for|of|into) (?:the )?(?P<list>{NOUNS})"
                                 rf"{tables}", _rows_in)
    yield rule("rows in tables", rf"(?P<list>{NOUNS}) (?:tables? )?with {each}", _rows_in)
    yield rule("rows in tables", rf"(?:the )?(?P<list>{NOUNS}) (?:tables? )?(?:should have|should get|must have|will have|"
                                 rf"to have|has|have|gets|needs|:) (?:exactly )?(?P<n>{INT}) (?:rows|records|entries|lines)", _rows_in)
    # ---- existing parent keys
    link = (rf"(?:(?P<n>{INT}) )?(?P<child>{NOUN})(?: (?P<pp>{W}(?<=ed)|{PARTICIPLES}))? (?:for|of|belonging to|owned by|from|"
            rf"by|referencing|pointing to|pointing at|on|about|(?P<prep>with|in|at|under|assigned to)) (?:the )?(?:existing )?"
            rf"(?P<parent>{NOUN})")
    yield rule("existing keys", rf"{link} (?:with )?(?:the )?ids? (?P<keys>{_KEYS})", _parent_keys)
    yield rule("existing keys", rf"{link} (?P<keys>\d+(?:,\d+)+|\d+-\d+)", _parent_keys)
    # ---- deliberate orphans
    whose = rf"(?:(?:(?P<n>{INT}) )?(?P<t>{NOUN}) (?:, )?)?"
    share = rf"{whose}(?:with )?(?P<pct>{NUM})% (?:of (?:them|those|these|the rows|(?:the )?(?P<of>{W})) )?"
    refer = r"(?:with|having|have|pointing to|pointing at|referencing|referring to|that reference|whose)"
    bad = r"(?:missing|non-existent|nonexistent|invalid|unknown|dangling|orphaned|bad|broken|fake)"
    ref = rf"(?P<ref>{W})(?: (?:ids?|keys?|references?|refs?))?"
    gone = r"(?:that|which) (?:don't|do not|doesn't|does not) exist"
    yield rule("orphans", rf"{share}{refer} (?:an? )?(?:{bad} )?{ref} {gone}", _orphans)
    yield rule("orphans", rf"{share}{refer} (?:an? )?{bad} {ref}", _orphans)
    yield rule("orphans", rf"{whose}(?:with|having) (?P<pct>{NUM})% (?:an? )?{bad} {ref}", _orphans)
    yield rule("orphans", rf"{whose}(?:with|having) (?P<pct>{NUM})% {ref} {gone}", _orphans)
    # ---- time
    stamp = r"(?:timestamps?|dates?|times?|[a-z_]+_at|[a-z_]+_date|[a-z_]+_on)"
    after = r"(?:after|later than|before|earlier than|following|preceding)"
    which = r"(?:(?:corresponding|matching|related|parent|respective|associated) )?"
    yield rule("time relation", rf"(?:(?P<t>{NOUN}) (?:(?:with|having|whose|have) (?:their )?)?)?"
                                rf"(?P<stamp>{stamp}|dated|[a-z][a-z0-9]*_[a-z0-9_]+) (?:(?:should be|are|must be|come|fall) )?"
                                rf"(?P<rel>{after}) (?:(?:the|their|its) )?{which}(?P<other>{NOUN}) {stamp}", time_relation,
               keep=("t",))
    yield rule("time relation", rf"(?P<t>{NOUN}) (?:(?:should be|are|must be|come|fall|dated|happen) )?(?P<rel>{after}) "
                                rf"(?:(?:the|their|its) )?{which}(?P<other>{NOUN}) (?P<stamp>{stamp})", time_relation_row)
    done = rf"(?:[a-z]+ed|{PARTICIPLES})"
    yield rule("time relation", rf"(?P<t>{NOUN}) (?:(?:were|was|are|is|should be|must be|get|got|being) )?(?P<stamp>{done}) "
                                rf"(?P<rel>{after}) (?:(?:the|their|its) )?{which}(?P<other>{W}(?: {W})??)"
                                rf"(?: (?:(?:was|were|is|are|got|had been|has been|have been) )?{done})?$", time_relation_verb)
    spread = r"(?:(?:spread|spread out|distributed|spaced|scattered|evenly|evenly spread|spanning|dated) )?"
    lead = (rf"(?:(?P<t>{NOUN}) )?(?:(?:only|just|all) )?(?:(?:who|that|which) )?(?:(?:should|must|will|would|can|may) )?"
            rf"(?:(?:were|was|have been|has been|had been|have|has|had|got|get|be|been) )?"
            rf"(?:(?:with|having|whose) (?:(?:a|an|the|their|its) )?(?=[a-z]+_[a-z_]+ ))?(?:{_COL} )?{spread}")
    # a number before a unit is a quantity, not a year ("vans carrying up to 2000 kg", "over 1999 dollars")
    unit = "|".join(sorted(MEASURE_UNITS | {"dollars", "euros", "pounds", "bucks", "miles", "kms", "points"}, key=len, reverse=True))
    year, year2 = rf"(?P<y>(?:19|20)\d\d)(?! (?:{unit})\b)", rf"(?P<y2>(?:19|20)\d\d)(?! (?:{unit})\b)"
    month, month2 = rf"(?P<month>{_MONTHS})", rf"(?P<month2>{_MONTHS})"
    yield rule("time window", rf"{lead}(?:(?:across|over|within|in|during|from|throughout) )?(?:the )?"
                              rf"(?:last|past|previous) (?:(?P<n>{INT}) )?{_UNIT}", window_last, keep=("t",))
    # "500 appointments over 2024": a year of recent times, not a bound ("orders over 2000" stays an amount)
    yield rule("time window", rf"{lead}(?:over|across) (?:the (?:whole |full |entire )?year )?{year}(?! (?:dollars|euros|pounds)\b)",
               _years_of_rows(_recent_year(window_year)), keep=("t",))
    yield rule("time window", rf"{lead}(?:(?P<b>more than|over|at least|longer than|less than|under|within|at most|up to) )?"
                              rf"(?P<n>{INT}|an?|one) {_UNIT} ago", window_ago, keep=("t",))  # "hired over 10 years ago"
    # a calendar period from the one holding "now" ("expiring next month", "this quarter"), "the next 30 days"
    yield rule("time window", rf"{lead}(?:(?:in|during|within|for|over|throughout|by|before the end of) )?(?:the )?"
                              rf"(?P<which>this|current|next|coming|following) (?:calendar )?(?P<unit>week|month|quarter|year)",
               window_period, keep=("t",))
    yield rule("time window", rf"{lead}(?:(?:in|during|within|for|over) )?the (?:next|coming|following) (?:(?P<n>{INT}) )?{_UNIT}",
               window_next, keep=("t",))
    # "scheduled between 2024-03-01 and 2024-08-31", "hired_on 2015-01-01..2024-12-31" (``spans``)
    yield rule("time window", rf"{lead}(?:(?:in|during|throughout|within|from|between|dated|on) )?{DATE_SPAN}", date_span,
               keep=("t",))
    yield rule("time window", rf"{lead}{YEAR_SPAN}", year_span, keep=("t",))  # "balloons bought 2019-2021"
    yield rule("time window", rf"{lead}(?:in|during|throughout|for|within|from|between) (?:the year )?(?:{month} )?{year}"
                              rf"(?:(?:-| and | to | or )(?:{month2} )?{year2})?", _years_of_rows(window_year), keep=("t",))
    yield rule("time window", rf"{lead}(?:from|between) {month}(?: {year})? (?:to|and|-|until|through) {month2} {year2}",
               window_months, keep=("t",))
    yield rule("time window", rf"{lead}since (?:{month} )?{year}", _years_of_rows(window_since), keep=("t",))
    # a month without its year: the latest one before "now" ("since March", "in June")
    yield rule("time window", rf"{lead}(?:since|from) {month}(?! (?:to|until|through|-|and)(?![^ ]))", window_since,
               keep=("t",))
    yield rule("time window", rf"{lead}(?:in|during|throughout) {month}", window_year, keep=("t",))
    yield rule("time window", rf"{lead}(?:in|during|for|from) (?:the )?q(?P<q>[1-4])(?: (?:of )?{year})?",
               _years_of_rows(window_quarter),
               keep=("t",))
    yield rule("time window", rf"{lead}after (?:the end of )?(?:{month} )?{year}", _years_of_rows(window_after), keep=("t",))
    yield rule("time window", rf"{lead}(?:before|until|up to|prior to) (?:the start of )?(?:{month} )?{year}",
               _years_of_rows(window_before), keep=("t",))
    yield from mix_rules()
    yield from setting_rules()
    # ---- fan-out and spread
    yield from children_rules()  # "albums of 8-12 tracks", "each statement: 2-6 rows", "artists, 1 profile each"
    yield from fanout_rules()
    bounds = rf"(?:between )?(?P<lo>{INT})(?:-(?P<hi>{INT}))?"
    having = r"(?:, )?(?:each (?:of (?:them|which|whom) |one )?)?(?:with|having|that have|who have|each with|each having)"
    # a participle between the children and "in each" ("with 15-25 students enrolled in each")
    pp = rf"(?: (?P<pp>{W}(?<=ed)|{PARTICIPLES})(?: up)?(?= (?:each|apiece|a piece|per|for|in|on) ))?"
    hedge = r"(?:exactly |precisely |(?P<pre>about|around|roughly|approximately|on average|some|maybe) )?"  # an average
    # "forty customers and 10 rentals each": the second table's rows per row of the first (without the
    # "each" these are two counts, read below)
    yield rule("fan-out", rf"(?P<n>{INT}) (?P<parent>{NOUN}) (?:and|&|plus) {hedge}{bounds} (?P<child>{NOUN})"
                          rf"(?P<each> each(?: one)?| apiece| a piece| per {W}| for each(?: {W}| one)?)", _fanout_with)
    yield rule("fan-out", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) {having} {hedge}{bounds} (?P<child>{NOUN}){pp}"
                          rf"(?P<each> each(?: one)?| apiece| a piece| per {W}| for each(?: {W}| one)?| for every {W}| in each(?: one| of them| {W})?"
                          rf"| in every(?: one| {W})| on each(?: one| {W})?| on every {W})?", _fanout_with)
    about = r"(?:(?P<pre>on average|about|around|roughly|approximately) )?(?:with )?"
    per = r"(?:per|for each|for every|each|every|a|an|in each|in every|on each|on every|at each|at every)"
    yield rule("fan-out", rf"{about}{bounds} (?P<child>{NOUN}) {per} (?P<parent>{NOUN})"
                          rf"(?P<avg> on average| on avg| avg| average| typically)?", _fanout_per)
    yield rule("fan-out", rf"each (?P<parent>{NOUN}) (?:has|gets|with|having|should have|owns) {bounds} (?P<child>{NOUN})",
               _fanout_subject)
    yield rule("fan-out", rf"(?:each )?(?:with|having|has) (?:between )?(?P<lo>{INT})-(?P<hi>{INT}) (?P<child>{NOUN})"
                          r"(?: each)?", _fanout_subject)
    yield rule("fan-out", rf"(?P<lo>{INT})-(?P<hi>{INT}) (?P<child>{NOUN}) (?:each|apiece)", _fanout_subject)
    yield rule("spread", rf"(?:(?:(?P<n>{INT})|enough|some) )?(?P<child>{NOUN}) (?:(?:spread|distributed|split|shared|divided)(?: out)?(?: evenly| equally| uniformly)? )?"
                         rf"(?:across|over|among|between|from|(?P<into>in|into|within|for)|(?P<by>[a-z]+ed|{PARTICIPLES}) by)"
                         rf" (?P<k>{INT}) "
                         rf"(?:(?:different|distinct|unique|existing) )?"
                         rf"(?P<parent>{NOUN})", _spread)
    yield rule("fan-out", rf"(?:(?P<n>{INT}) )?(?P<parent>{NOUN}) (?:(?:, )?each (?:with|having)|with|having|who have|that have|and their) "
                          rf"(?:(?:their|some|a few|several|multiple|many) )?(?P<child>{NOUN})"
                          rf"(?P<more>(?:{SEP}(?:(?:their|its) )?{NOUN})+$)?", _fanout_implied)
    # ---- ranges
    yield from range_rules()
    yield from duration_rules()  # "treatments of 60 minutes": a length, not 60 rows of "minutes"
    # "products with a stock of 0-20", "orders whose total is under 50 dollars"
    column = (rf"(?:(?P<t>{NOUN}) (?:(?:with|having|whose|where|(?:should|must|will|can) have|have|has) (?:(?:an?|the|their|its) )?)?)?"
              rf"(?P<col>{W}(?: {W})?) ")
    ranging = (r"(?:(?:should|must|will|to|can|would) )?(?:(?:ranging|range|ranges|that range|varying|vary|varies|going|go|"
               r"are|is|be|of|in the range|within) )?")
    yield rule("range", rf"{column}{ranging}(?:(?:from|between|of) )?(?P<lo>{NUM})-(?P<hi>{NUM}){_UNITS_MONEY}"
                        rf"(?: (?:per|for each|for every|on each|in each|on every|in every) (?P<per>{NOUN}))?"
                        rf"(?: (?:in|of) (?P<col2>{W}))?", _range)
    at_most = r"(?:under|below|less than|at most|no more than|up to|max|maximum)"
    at_least = r"(?:over|above|more than|at least|no less than|min|minimum)"
    # "seats: never more than 50" (a column's bound after a colon; "users: at least 20" is a count, read below)
    yield rule("range", rf"{column}(?:: )?(?:(?:are|is|should be|of|at) )?{at_most} (?P<hi>{NUM}){_UNITS_MONEY}", _range)
    yield rule("range", rf"{column}(?:: )?(?:(?:are|is|should be|of|at) )?{at_least} (?P<lo>{NUM}){_UNITS_MONEY}", _range)
    # ---- what leans on the readings above (seedbed.scope.follow), then plain counts, last
    yield from head_rules()
    yield from follow_rules()
    quantity = r"(?:(?P<q>at least|at most|about|around|roughly|approximately|exactly|no fewer than|no less than|" \
               r"a minimum of|minimum|min|over|more than) )?"
    adjective = r"(?:(?:more|new|additional|extra|existing|fake|sample|random|test) )?"
    yield rule("count", rf"{quantity}(?P<n>{INT}) {adjective}(?P<t>{NOUN}|rows|records)", _counts)
    yield rule("count", rf"(?P<t>{NOUN}) (?:=|:|-) {quantity}(?P<n>{INT})", _counts)
    yield rule("count", rf"^(?P<t>{NOUN}) (?P<n>{INT})$", _counts)  # "users 500, orders 2000"
    # "campaigns 200, 15% cancelled", "make brands 100, 90% of them active", "and clients 20": the count after its noun
    # at the start of a clause, what is said of the rows after the comma
    yield rule("count", rf"^(?:(?:and|also|plus|then|make|seed|create|generate|add|insert|need|give me) )+(?P<t>{NOUN}) "
                        rf"(?P<n>{INT})$", _counts)
    yield rule("count", rf"^(?:(?:and|also|plus|then|make|seed|create|generate|add|insert|need|give me) )*(?P<t>{NOUN}) "
                        rf"(?P<n>{INT})(?=,| ,)", _counts)


RULES: tuple[Rule, ...] = tuple(replace(r, build=of_subject(r.build)) if r.name == "time window" else r for r in _rules())
