"""Scope rules for value mixes: shares of a column's values, said every way people say them.

"60% completed 25% shipped", "status distribution of ...", "1000 orders: 70% delivered, ... the
rest cancelled", "cancelled orders should be 5%", "orders mostly shipped or delivered", "payments by
card or paypal" (a value set: these values only, evenly). ``seedbed.scope.rules`` yields them at
their place in its order (``mix_rules``); the numbers were normalised before (``seedbed.scope.numbers``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.ground import known_verb
from seedbed.scope.inflect import adjective_nouns
from seedbed.scope.lexicon import FUZZY_SHARES, VALUE_VERBS, inflections, singular
from seedbed.scope.model import Count, Item, Mix, Nulls
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.rules import INT, LABEL, NOUN, NUM, SEP, W, _count, _g, names

__all__ = ["mix_rules", "value_only_rules"]

_FUZZY = "|".join(sorted((re.escape(k) for k in FUZZY_SHARES if FUZZY_SHARES[k] < 1 and k not in ("some", "a few", "half", "most")),
                         key=len, reverse=True))
#: Words between a share and its value ("40% rated PG", "25% paid by card").
_PAIR_VERBS = "are|is|as|should be|via|by|with|in|using|being|were|paid by|paid with|paid via|rated|marked|tagged|labelled|labeled"
#: A past participle between rows and their value ("billed to insurance"); a keyword never is one.
_VERB_ED = rf"{W}(?<=ed)"
#: A verb between rows and their one value ("sales paid in EUR"): ``lexicon.VALUE_VERBS``.
_VALUE_VERB = "|".join(sorted(VALUE_VERBS, key=len, reverse=True))
#: "the rest medium or low", "the rest split between EUR and GBP" (``lexicon.normalise``): evenly.
_REST_LABELS = rf"{LABEL}(?:(?: or| and| ,| , or| , and) {LABEL})*"
_PAIR_PF = (rf"(?:{NUM}% (?:of (?:them|those|these) )?(?:(?:{_PAIR_VERBS}) )?{LABEL}"
            rf"|rest% (?:of (?:them|those|these) )?(?:(?:{_PAIR_VERBS}) )?{_REST_LABELS})")
_PAIR_LF = rf"{LABEL}(?: =| :)? {NUM}%"
_PAIRS_PF = rf"{_PAIR_PF}(?:(?: ,| and| , and)? {_PAIR_PF})*"
_PAIRS_LF = rf"{_PAIR_LF}(?:(?: ,| and| , and)? {_PAIR_LF})*(?:(?: ,| and| , and)? rest% (?:(?:are|is|as|via|by|with|in) )?{_REST_LABELS})?"


def _pairs(text: str) -> tuple[tuple[str, float], ...]:
    out: list[tuple[str, float]] = []
    rest = re.search(rf"rest% (?:(?:{_PAIR_VERBS}) )?({_REST_LABELS})", text)
    head = text[:rest.start()] if rest else text
    for pct, label in re.findall(rf"({NUM})% (?:of (?:them|those|these) )?(?:(?:{_PAIR_VERBS}) )?({LABEL})", head):
        out.append((label, float(pct) / 100))
    if not out:
        for label, pct in re.findall(rf"({LABEL})(?: =| :)? ({NUM})%", head):
            out.append((label, float(pct) / 100))
    if rest is not None:  # "the rest delivered": what the others leave, evenly over the values named
        labels = names(rest.group(1))
        left = max(0.0, 1.0 - sum(p for _, p in out))
        out += [(label, left / len(labels)) for label in labels]
    return tuple(out)


def _mix(m: re.Match[str], ctx: Context) -> list[Item]:
    table, column = _g(m, "t"), _g(m, "col")
    if table is None and re.search(r"\bof (?:them|those|these)\b", m.group("pairs")):
        table = ctx.subject  # "400 orders, half of them cancelled": the table counted before
    last = ctx.items[-1] if ctx.items else None
    if table is None and column is None and isinstance(last, Mix) and last.table and m.start() == 0 \
            and not any(w == "rest" for w, _ in last.weights):
        # "fines mostly late, some damage, hardly any lost": one more share of the mix said just before
        table, column = last.table, last.column
    return [Mix(phrase=ctx.phrase, table=table, column=column, weights=_pairs(m.group("pairs")))]


def _mix_pf(m: re.Match[str], ctx: Context) -> list[Item] | None:
    if re.fullmatch(rf"rest% (?:\S+ )?{_REST_LABELS}", m.group("pairs")):
        return None  # "the rest reporters" alone: it closes a list the other rule reads ("admins 10%, ...")
    return _mix(m, ctx)


def _share_after(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"cancelled orders should be 5%": a value and a table, then the share (no schema: no reading)."""
    if ctx.ground is None or not ctx.ground.is_label(m.group("label")) or not ctx.ground.is_table(m.group("t")):
        return None
    return _one_share(m, ctx)


def _mix_before_table(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"40% open, 30% closed issues": the values, then the table (with a schema: a table it must be)."""
    if ctx.ground is not None and not ctx.ground.is_table(m.group("t")):
        return None
    if re.search(r"(?:^| )(?:in|by|via|with|as|using|at|from)$", m.group("pairs")):
        return None  # "80% in screening, the rest in offer": the last word is a value after its preposition, no table
    return _mix(m, ctx)


def _share_checked(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"10% cancelled orders"; with a schema only a value then a table ("40% rated PG" is no table "PG")."""
    if ctx.ground is not None and not (ctx.ground.is_label(m.group("label")) and ctx.ground.is_table(m.group("t"))):
        return None
    return _one_share(m, ctx)


def _one_share(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Mix(phrase=ctx.phrase, table=m.group("t"), weights=((m.group("label"), float(m.group("pct")) / 100),))]


def _mix_vague(m: re.Match[str], ctx: Context) -> list[Item] | None:
    labels = names(m.group("labels"))
    col = _g(m, "col")
    if _g(m, "after") is not None:  # "issues mostly high priority": the column named after the values
        col = m.group("after")
        if ctx.ground is None or not ctx.ground.is_column(col):
            return None
    if _g(m, "bare") is not None and (ctx.ground is None or not all(ctx.ground.is_label(x) for x in labels)):
        return None  # "mostly developers": only values the schema knows, with no table said
    share = FUZZY_SHARES[m.group("q")]
    t, g = _g(m, "t"), ctx.ground
    _read_verb(ctx, _g(m, "vb"))
    if g is not None and t is not None and not g.is_table(t) and g.is_label(t) and len(labels) == 1 \
            and g.is_column(labels[0]) and not g.is_label(labels[0]) and not g.is_table(labels[0]):
        t, col, labels = None, labels[0], [t]  # "high priority only": a value, then its column
    if t is None and col is None and g is not None and ctx.subject and all(g.holds(ctx.subject, x) for x in labels):
        t = ctx.subject  # "300 riders, mostly active": the rows just said hold the value (not another table's label)
    return [Mix(phrase=ctx.phrase, table=t, column=col,
                weights=tuple((label, share / len(labels)) for label in labels), share=share, vague=True)]


def _value_before_only(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"low priority issues only", "yearly plans only": a value the schema knows (then maybe its column)
    said before a table it knows, for every row ("only intro level courses")."""
    g, t = ctx.ground, m.group("t")
    words = m.group("labels").split()
    if g is None or not g.is_table(t) or g.is_table(words[0]):
        return None
    col = words[1] if len(words) == 2 else None
    if col is not None and not g.is_column(col):
        return None
    label = words[0]
    if not g.is_label(label) and not any(g.is_label(n) for n in adjective_nouns(label)):
        return None  # "yearly", "annual": the value "year" said as an adjective
    ctx.subject = t
    return [Mix(phrase=ctx.phrase, table=t, column=col, weights=((label, 1.0),), share=1.0)]


def _value_set(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"payments by card or paypal", "templates for email and sms only": these values and no
    others, evenly. Only values the schema knows, of a table it knows (else another rule reads it)."""
    labels, col = names(m.group("labels")), _g(m, "col")
    if ctx.ground is None or not ctx.ground.is_table(m.group("t")) or not all(ctx.ground.is_label(x) for x in labels):
        return None
    if col is not None and (not ctx.ground.is_column(col) or ctx.ground.is_table(col)):
        return None  # "invoices with status paid or pending": the column said before the values
    ctx.subject = m.group("t")  # "cardiology doctors only, 8 of them"
    return [Mix(phrase=ctx.phrase, table=m.group("t"), column=col,
                weights=tuple((label, 1.0 / len(labels)) for label in labels), share=1.0)]


def _labels_only(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"shipping updates only": values the schema knows, for every row of the column that holds them."""
    labels = names(m.group("labels"))
    g = ctx.ground
    if g is None or not all(g.is_label(x) and not g.is_table(x) for x in labels):
        return None
    return [Mix(phrase=ctx.phrase, weights=tuple((x, 1.0 / len(labels)) for x in labels), share=1.0)]


#: Words that say a value restates the rows just described ("still pending", "i.e. pending").
_RESTATED = re.compile(r"^\s*(?:and |but )?(?:still|currently|i\.?e\.?,?|that is,?|namely|meaning|so|hence|thus|all) ")


def _restated_value(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"a quarter of the invoices unpaid, still pending": a value alone after a share of a table's rows
    says what those rows are: the same share of that value (the adverb before it is gone already)."""
    g, label = ctx.ground, m.group("label")
    last = ctx.items[-1] if ctx.items else None
    if not _RESTATED.match(ctx.phrase.lower()):
        return None  # "20% cancelled, pending" says nothing of the pending share: not read here
    if g is None or not g.is_label(label) or not isinstance(last, (Mix, Nulls)) or not last.table:
        return None
    share = last.share if isinstance(last, Nulls) else (last.share or sum(w for _, w in last.weights))
    if share is None or not 0 < share < 1:
        return None
    return [Mix(phrase=ctx.phrase, table=last.table, weights=((label, share),))]


def _one_value(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"invoices in EUR", "stock in the west warehouse only", "customers from the startup segment":
    one value the schema knows (and the column that holds it, when said) for every row."""
    g, label, t, col = ctx.ground, m.group("label"), _g(m, "t"), _g(m, "col")
    if g is None:
        return None
    readings = [(t, label, col)] + ([(None, t, label)] if t is not None and col is None else [])
    for t, label, col in readings:  # "dark theme for everyone": a value and its column, no table
        if not g.is_label(label) or (col is not None and not g.is_column(col)):
            continue
        if (t is not None and not g.is_table(t) and not g.is_quantity(t)) or (t is None and col is None):
            continue
        table = t if t is not None and g.is_table(t) else None
        ctx.subject = table or ctx.subject  # "customers in the enterprise segment only, 40 of them"
        return [Mix(phrase=ctx.phrase, table=table, column=col, weights=((label, 1.0),), share=1.0)]
    return None


def _some_more(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"payments mostly by card, some by paypal": a share of the table of the mix said just before."""
    labels = names(m.group("labels"))
    last = next((i for i in reversed(ctx.items) if isinstance(i, Mix)), None)
    if ctx.ground is None or last is None or not all(ctx.ground.is_label(x) for x in labels):
        return None
    share = FUZZY_SHARES[m.group("q")]
    return [Mix(phrase=ctx.phrase, table=last.table, column=last.column,
                weights=tuple((x, share / len(labels)) for x in labels), vague=True)]


def _read_verb(ctx: Context, verb: str | None) -> None:
    """A verb between rows and their value that is no verb we know nor a word of the schema is quoted back."""
    if verb and not known_verb(verb, ctx.ground):
        ctx.unread.append(verb)


def _rest_more(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"most invoices billed to insurance, the rest self-pay": what the mix said just before leaves."""
    labels = names(m.group("labels"))
    # (a count said with the mix is no other reading between them: "200 bookings: a few held", then "the rest ...")
    last = next((i for i in reversed(ctx.items) if not isinstance(i, Count)), None)
    if ctx.ground is None or not isinstance(last, Mix) or not all(ctx.ground.is_label(x) for x in labels):
        return None
    _read_verb(ctx, _g(m, "vb"))
    left = round(max(0.0, 1.0 - sum(p for _, p in last.weights)), 6)
    if left <= 0:
        return None  # "2 advanced courses (all of them), the rest intro": nothing is left, quoted back
    return [Mix(phrase=ctx.phrase, table=last.table, column=last.column,
                weights=tuple((x, left / len(labels)) for x in labels))]


#: "150 of them paid", "200 completed": a count of rows with a value.
_VALUE_COUNT = rf"{INT} (?:of (?:them|those|these|which) )?(?:(?:are|were|is|should be|being) )?{LABEL}"
_VALUE_COUNTS = rf"(?P<pairs>{_VALUE_COUNT}(?:(?: ,| and| , and) {_VALUE_COUNT})*)"


def earlier_count(ctx: Context, table: str | None) -> int | None:
    """The count said before for ``table`` ("200 invoices, ..."), if any."""
    return next((i.rows for i in reversed(ctx.items) if isinstance(i, Count) and i.table == table), None)


def _value_counts(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"200 invoices, 150 of them paid", "300 appointments: 200 completed, 100 scheduled": counts of
    values among the rows counted, read as their shares of that count."""
    g, t = ctx.ground, _g(m, "t") or ctx.subject
    pairs = re.findall(rf"({INT}) (?:of (?:them|those|these|which) )?(?:(?:are|were|is|should be|being) )?({LABEL})",
                       m.group("pairs"))
    total = int(m.group("total")) if _g(m, "total") else earlier_count(ctx, t)
    if (g is None or t is None or not total or not g.is_table(t) or sum(int(n) for n, _ in pairs) > total
            or not all(g.is_label(label) and not g.is_table(label) for _, label in pairs)):
        return None
    out = _count(ctx, t, str(total)) if _g(m, "total") else []
    ctx.subject = t
    return out + [Mix(phrase=ctx.phrase, table=t, weights=tuple((label, int(n) / total) for n, label in pairs))]


#: Numbers said as a list: "1, 2, 3, 5, 8 or 13", "0.99, 2.99 or 4.99", "4 and 5".
NUMLIST = rf"{NUM}(?:(?: ,|,)? ?(?:(?:or|and) )?{NUM})+"
#: The most values a share over a range of whole numbers is spread on ("mostly 4-5 stars").
_MAX_SPAN = 20


def number_values(text: str) -> list[str] | None:
    """The numbers of a list ("1,2,3,5,8 or 13", "5") or the whole numbers of a short range ("4-5")."""
    m = re.fullmatch(r"(\d+)-(\d+)", text)
    if m:
        lo, hi = int(m.group(1)), int(m.group(2))
        return [str(n) for n in range(lo, hi + 1)] if 0 < hi - lo <= _MAX_SPAN else None
    values = re.findall(NUM, text)
    return values if len(set(values)) == len(values) else None


def number_mix(ctx: Context, words: Iterable[str | None], values: list[str], share: float) -> Mix | None:
    """A mix over numbers of a number column ("story points 1, 2, 3, 5, 8 or 13": those only, evenly;
    "mostly 4 and 5 stars": 80% of the rows on them): the column is the word that names a quantity
    (a column or what one holds, "stars"), the table the word that names one. ``values.mix_columns``
    finds the column as a range would and types the numbers."""
    g = ctx.ground
    if g is None:
        return None
    said = []
    for w in filter(None, words):  # "payment amounts": a table word, then the column's
        two = w.split(" ")
        said += two if len(two) == 2 and not g.is_table(w) and not g.is_quantity(w) else [w]
    column = next((w for w in reversed(said) if g.is_quantity(w) and not g.is_table(w)), None)
    table = next((w for w in said if g.is_table(w) and w != column), None)
    if column is None:
        return None
    return Mix(phrase=ctx.phrase, table=table, column=column,
               weights=tuple((v, share / len(values)) for v in values), share=share)


def _number_set(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"story points 1, 2, 3, 5, 8 or 13", "rental rates of 0.99, 2.99 or 4.99": these numbers only."""
    values = number_values(m.group("nums"))
    t, col = _g(m, "t"), m.group("col")
    if values is None or len(values) < 2 or ctx.ground is None:
        return None
    if t is not None and not ctx.ground.is_table(t):
        t, col = None, f"{t} {col}"  # "story points": both words name the column
    item = number_mix(ctx, (t, col, _g(m, "unit")), values, 1.0)
    return [item] if item is not None else None


def number_share(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"mostly 4 and 5 stars", "half of the reviews 5 stars": a share of the rows on these numbers."""
    values = number_values(m.group("nums"))
    pct = _g(m, "pct")
    share = float(pct) / 100 if pct is not None else FUZZY_SHARES[m.group("q")]
    t3 = _g(m, "t3")  # "mostly 4-5 star reviews": the table after the unit
    if t3 is not None and (ctx.ground is None or not ctx.ground.is_table(t3)):
        return None
    item = number_mix(ctx, (_g(m, "t"), _g(m, "t2"), t3, _g(m, "c2"), _g(m, "unit")), values, share) if values else None
    return [item] if item is not None else None


def _counted_values(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"30 accounts: 2 admins, 20 developers and the rest reporters": the count, and each value's
    rows as its share of it ("the rest" is what the others leave)."""
    g, t, n = ctx.ground, m.group("t"), int(m.group("n"))
    pairs = re.findall(r"(\d+) ([a-z_][\w-]*)", m.group("list"))
    rest = names(m.group("rest")) if _g(m, "rest") else ()
    if g is None or not g.is_table(t) or n == 0 or sum(int(k) for k, _ in pairs) > n:
        return None
    labels = [(singular(w) if g.is_label(singular(w)) else w, int(k)) for k, w in pairs]
    if not all(g.is_label(w) and not g.is_table(w) for w, _ in labels) or not all(g.is_label(w) for w in rest):
        return None
    weights = [(w, k / n) for w, k in labels]
    left = 1.0 - sum(x for _, x in weights)
    weights += [(singular(w) if g.is_label(singular(w)) else w, left / len(rest)) for w in rest]
    return _count(ctx, t, str(n)) + [Mix(phrase=ctx.phrase, table=t, weights=tuple(weights))]


def _holder(ctx: Context, labels: list[str], said: str | None) -> str | None:
    """The one table a column of which holds every label (``said``: the table named, which must be it), else None."""
    g = ctx.ground
    if g is None or not labels:
        return None
    pairs = [{(t, c) for t, c in g.holders_of(x)} for x in labels]
    common = set.intersection(*pairs) if all(pairs) else set()
    tables = {t for t, _c in common}
    if said is not None:
        forms = set(inflections(said.replace(" ", "_")))
        tables = {t for t in tables if t in forms or t.rpartition("_")[2] in forms}
    return next(iter(tables)) if len(tables) == 1 else None


def _split_counts(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"8 mechanics, 2 managers", "staff: 12 mechanics, 6 support", "30 electric bikes and 70 classic" (brief s19):
    counts of values with no total said; the rows are their sum and each value its share of it. Only when every
    word is a value held by one column of one table (the table said, or the only one holding them all)."""
    g = ctx.ground
    pairs = re.findall(r"(\d+) ([a-z_][\w-]*)", m.group("list"))
    if _g(m, "first") is not None:
        pairs.insert(0, (m.group("n1"), m.group("first")))
    if g is None or len(pairs) < 2:
        return None
    labels = [singular(w) if not g.holders_of(w) and g.holders_of(singular(w)) else w for _n, w in pairs]
    if any(g.is_table(w) and not g.holders_of(w) for w in labels):
        return None  # "30 users and 70 orders": counts of tables
    said = _g(m, "t")
    table = _holder(ctx, labels, said)
    total = sum(int(n) for n, _w in pairs)
    if table is None or total == 0:
        return None
    return _count(ctx, said or table, total) + [Mix(phrase=ctx.phrase, table=said or table,
                                                    weights=tuple((w, int(n) / total) for (n, _x), w in zip(pairs, labels)))]


def mix_rules() -> Iterable[Rule]:
    """The value-mix rules, in their order (``seedbed.scope.rules`` runs them after the time rules)."""
    pair = rf"(?:{_ANY_FUZZY}) {LABEL}"
    yield rule("vague pairs", rf"^(?:(?P<t>{NOUN}) (?:: )?)?(?P<pairs>{pair}(?:(?: ,| and| , and| but| , but) {pair})+)$", _vague_pairs,
               keep=("t",))
    yield rule("value counts", rf"^(?P<total>{INT}) (?P<t>{NOUN})(?: :| ,| of which| of whom)? {_VALUE_COUNTS}$", _value_counts)
    yield rule("value counts", rf"^(?:and )?{_VALUE_COUNTS}$", _value_counts)
    counted = r"\d+ [a-z_][\w-]*"
    yield rule("value mix", rf"(?P<n>\d+) (?P<t>{NOUN}) (?::|,|with|including|of which|-) "
                            rf"(?P<list>{counted}(?:(?: ,| and| , and) {counted})*)"
                            rf"(?:(?: ,| and| , and) rest% (?P<rest>[a-z_][\w-]*(?: (?:or|and|,) [a-z_][\w-]*)*))?$", _counted_values)
    yield rule("number set", rf"(?:(?P<t>{NOUN}) (?:: )?(?:(?:with|having|whose|where) )?(?:(?:a|an|the) )?)?(?P<col>{W}(?: {W})?) "
                             rf"(?:(?:of|:|=|in|are|is|either|should be|must be|like|among) )?(?:only )?(?P<nums>{NUMLIST})"
                             rf"(?: (?P<unit>{W}))?(?: (?:only|each|apiece|exclusively))?$", _number_set,
               keep=("t", "col"))  # "300 reviews of 1 or 5 stars only": the count reads the table too
    yield rule("number set", rf"(?:(?P<t>{NOUN}) (?:(?:with|having|of|rated|at|worth) )?)?(?:only )?(?P<nums>{NUMLIST}) "
                             rf"(?P<col>{W}(?: {W})?)(?: (?:only|each|apiece|exclusively))?$", _number_set, keep=("t",))
    yield rule("value mix", rf"(?P<label>{LABEL}) (?::|=|are|make up|should be|should make up) (?P<pct>{NUM})% of "
                            rf"(?:the |all )?(?P<t>{NOUN})", _share_after, keep=("t",))  # "reporters: 50% of accounts"
    yield rule("value mix", rf"(?P<t>{NOUN}) (?:(?:are|is|get|were) )?(?P<label>{LABEL}) (?P<pct>{NUM})% of the time",
               _one_share, keep=("t",))  # "charges succeeded 95% of the time"
    named = rf"(?:(?P<t>{NOUN}) )?(?P<col>{W}) (?:distribution|mix|split|breakdown|shares?|ratio)" \
            r"(?: (?:of|:|is|should be|like|as))?(?: :)?"
    yield rule("value mix", rf"{named} (?P<pairs>{_PAIRS_PF})", _mix)
    yield rule("value mix", rf"{named} (?P<pairs>{_PAIRS_LF})", _mix)
    yield rule("value mix", rf"(?P<pairs>{_PAIRS_PF}) (?P<t>{NOUN})$", _mix_before_table, keep=("t",))
    yield rule("value mix", rf"(?P<pct>{NUM})% (?:(?:are|is) )?(?P<label>{LABEL}) (?P<t>{NOUN})", _share_checked, keep=("t",))
    yield rule("value mix", rf"(?P<label>{LABEL}) (?P<t>{NOUN}) (?:should be|should make up|make up|are|is|=|:|at) "
                            rf"(?:about |around )?(?P<pct>{NUM})%", _share_after, keep=("t",))
    yield rule("value mix", rf"(?P<t>{NOUN}) (?:(?:that|which|who) )?(?:(?:are|were|have|has|got|get|rated|marked|tagged|"
                            rf"labelled|labeled|in|with|by|via|as) )?(?P<label>{LABEL}) "
                            rf"(?:should be|should make up|make up|are|is|=|:|at) (?:about |around )?(?P<pct>{NUM})%",
               _share_after, keep=("t",))
    yield rule("value mix", rf"(?P<pct>{NUM})% (?:of )?(?:(?:the|all) )?(?P<t>{NOUN}) (?:(?:are|is|should be|being|rated|marked|"
                            rf"labelled|labeled|tagged|set to|paid by|paid with|by|via|in) )?"
                            rf"(?P<label>{LABEL})", _share_checked, keep=("t",))
    subject = rf"(?:(?P<t>{NOUN}) (?:(?:with|are|should be|that are|being) )?(?:: )?)?"
    yield rule("value mix", rf"{subject}(?P<pairs>{_PAIRS_PF})", _mix_pf, keep=("t",))
    yield rule("value mix", rf"{subject}(?P<pairs>{_PAIRS_LF})", _mix, keep=("t",))
    labels = rf"(?P<labels>{LABEL}(?:{SEP}{LABEL})*)"
    be = r"(?:(?:should be|should have|are|is|being|will be|to be|get|have|having) )?"
    yield rule("value set", rf"(?<!most )(?<!mostly )(?<!nearly all )(?<!almost all )(?P<t>{NOUN}) {be}(?:(?:paid |sent |made )?(?:by|via|with|through|using|in|as|at|for|on) )?"
                            rf"(?:(?:the |a |an )?(?P<col>{W}) (?:(?:of|=|:) )?(?=\S+ (?:or|and|,) ))?(?P<labels>{LABEL}(?:(?: or| and|,|, or|, and) {LABEL})+)(?: (?:only|exclusively))?$",
               _value_set, keep=("t",))
    yield rule("value set", rf"^(?P<labels>{LABEL}(?:{SEP}{LABEL})*) (?:only|exclusively) (?:for|on|in|as) (?:the |all )?"
                            rf"(?P<t>{NOUN})$", _value_set)  # "wire transfers only for charges"
    yield rule("value set", rf"^(?:only |just )?(?P<labels>{LABEL}(?:{SEP}{LABEL})*) (?:only|exclusively)$", _labels_only)
    yield rule("restated value", rf"^(?:and |but |i\.e\. |that is |namely )?(?P<label>{LABEL})$", _restated_value)
    # "invoices in EUR", "sales paid in EUR", "orders billed to insurance": a verb of the value before it, too
    yield rule("one value", rf"^(?:(?P<t>{NOUN}) )?{be}(?:(?:{_VALUE_VERB}) )?(?:(?:in|from|of|with|on|at|as|via|by|using|through|to) )?(?:the )?"
                            rf"(?P<label>{LABEL})(?: (?P<col>{W}))?(?: (?:only|exclusively|for (?:everyone|everybody|all"
                            rf"(?: of them)?|every {W})|everywhere|across the board|throughout))?$", _one_value)
    yield rule("vague mix", rf"(?P<t>{NOUN}) (?:(?:with|having|whose) )?(?P<col>{W}) (?:(?:is|being|should be|are) )?"
                            rf"(?P<q>{_FUZZY}) (?!(?:by|via|with|through|using|under) ){labels}", _mix_vague, keep=("t",))
    # a verb between the rows and their value: "paid by card", "billed to insurance", "sent as push"
    prep = (rf"(?:(?P<vb>paid|made|done|settled|charged|sent|rated|marked|{_VERB_ED})(?: for)?(?: (?:by|via|with|through|using|in|as|at|"
            r"to|under|on))? |(?:by|via|with|through|using|in|as|at|under) )?")
    yield rule("vague mix", rf"(?P<t>{NOUN}) (?:: )?{be}(?P<q>{_FUZZY}) {prep}{labels}(?: (?P<after>{W}))?", _mix_vague,
               keep=("t",))
    yield rule("vague mix", rf"(?P<t>{NOUN}) (?:: )?{be}(?P<q>{_FUZZY}) {prep}{labels}", _mix_vague, keep=("t",))
    yield rule("vague mix", rf"(?P<t>{NOUN}) (?:(?:are|is|being|should be|get|mostly) )?(?:(?:paid|made|done|settled|charged|sent|"
                            rf"rated|marked|set|[a-z]+ed|with|in|of|by|via|using|as) )?(?:(?:by|via|with|through|using|in|as|at) )?"
                            rf"{labels} (?P<q>only|mostly|mainly|exclusively|largely|primarily|predominantly)",
               _mix_vague, keep=("t",))
    yield rule("vague mix", rf"(?P<q>{_FUZZY}) (?P<labels>{LABEL}(?: (?:or|and|,) {LABEL})*) (?P<t>{NOUN})", _mix_vague,
               keep=("t",))
    yield rule("vague mix", rf"(?P<q>most|nearly all|almost all) (?:of )?(?:(?:the|our) )?(?P<t>{NOUN}) "
                            rf"(?:(?:are|is|get|were|should be|being|got) )?{prep}{labels}(?: (?P<after>{W}))?", _mix_vague,
               keep=("t",))
    yield rule("vague mix", rf"^(?P<q>{_FUZZY}) (?:(?:by|via|with|through|using|in|as|on|from) )?(?P<labels>{LABEL}(?: (?:or|and|,) {LABEL})*)"
                            rf"(?P<bare>)$", _mix_vague)  # "90 payments, mostly by card"
    yield rule("vague mix", rf"(?:^(?:and |but |while )?|(?:and|but|while) )rest% (?:(?:are|is|by|via|with|in|as|using|through|get|were|"
                            rf"(?P<vb>{_VERB_ED}))(?: (?:by|via|with|to|as|in))? )?(?:(?:split|divided|shared|spread)(?: evenly)? "
                            rf"(?:between|among|across) )?(?P<labels>{LABEL}(?:{SEP}{LABEL})*)$", _rest_more)
    yield rule("vague mix", rf"(?:^|(?<=, ))(?:and |but |while )?(?P<q>some|a few|few|rarely|many|a handful) (?:(?:are|is|by|via|with|in|as|using|through|"
                            rf"paid by|get|were) )?(?P<labels>{LABEL}(?:{SEP}{LABEL})*)$", _some_more)


def _vague_pairs(m: re.Match[str], ctx: Context) -> list[Item] | None:
    """"a few developers and lots of viewers", "accounts: many admins, some viewers": a vague share for each
    value (``lexicon.FUZZY_SHARES``), every value one the schema knows; one mix (vague: it gives way)."""
    pairs = re.findall(rf"(?:^|, |and |but )({_ANY_FUZZY}) ({LABEL})", m.group("pairs"))
    if ctx.ground is None or len(pairs) < 2 or not all(ctx.ground.is_label(x) for _, x in pairs) \
            or FUZZY_SHARES[pairs[0][0]] == 0.8:
        return None  # "mostly X, some Y": the main value and the share after it (``_some_more``)
    weights = tuple((x, FUZZY_SHARES[q]) for q, x in pairs)
    total = sum(w for _, w in weights)
    if total > 1.0:  # "mostly X, many Y": the vague shares scaled to fit, in their proportions
        weights = tuple((x, w / total) for x, w in weights)
    return [Mix(phrase=ctx.phrase, table=_g(m, "t"), weights=weights, vague=True)]


#: Every vague share word, for a list of values each with its own ("a few X and lots of Y").
_ANY_FUZZY = "|".join(sorted((re.escape(k) for k in FUZZY_SHARES if FUZZY_SHARES[k] < 1), key=len, reverse=True))


def value_only_rules() -> Iterable[Rule]:
    """Before the table selection ("issues only"): a value said before the table, for every row."""
    from seedbed.scope.heads import head_value_rules
    from seedbed.scope.valuerows import value_row_rules

    split = r"\d+ [a-z_][\w-]*(?: ones)?"  # "8 mechanics, 2 managers", "30 electric bikes and 70 classic (ones)"
    yield rule("split counts", rf"^(?:(?P<t>{NOUN}) (?::|-|,) )?(?P<list>{split}(?:(?: ,| and| , and| &) {split})+)$", _split_counts)
    yield rule("split counts", rf"^(?P<n1>\d+) (?P<first>{LABEL}) (?P<t>{NOUN})(?P<list>(?:(?: ,| and| , and| &) {split})+)$",
               _split_counts)
    yield from value_row_rules()  # "20 musicals": one count of one value, the rows of the table holding it
    yield from head_value_rules()  # "payments.method: cash", "fuel_type = diesel only": a column's head, then its values
    # "low priority issues only", "only yearly plans": a value (and its column) before the table, every row
    yield rule("value only", rf"^(?P<labels>{LABEL}(?: {W})?) (?P<t>{NOUN}) (?P<q>only|exclusively)$", _value_before_only,
               keep=("t",))
    yield rule("value only", rf"^(?P<q>only|just) (?P<labels>{LABEL}(?: {W})?) (?P<t>{NOUN})$", _value_before_only, keep=("t",))
