"""More everyday phrasings rewritten to the spelling the scope rules read (brief s6, session 6): pure
text functions, no schema, each called at its place (``lexicon.normalise``, ``parse.clauses``).

- ``relative_verbs``: "products that cost less than 30" is "products costing less than 30", "no issue
  is worth more than 8" is "no issue worth more than 8" (a verb naming a column in a relative clause);
- ``everyday``: "for the most part" (= mostly), "say 5%" (a hedge before a number), "no users outside
  Germany" (= all in Germany), "in euros" (the currency's code), "charges that failed: none", "10% no-shows
  among appointments" (the table named last), a participle after a fan-out ("15-25 students enrolled"),
  persons counted as a capacity ("hold at least 100 people");
- ``joined_clause``: a clause that goes on the one before after a comma: "roughly one review per product,
  never more than four" (a bound on the fan-out), "admins should be rare, say 5%" (the share of a rare
  value), "30 doctors, all cardiologists" (every row counted holds the value).
"""

from __future__ import annotations

import re

__all__ = ["counted_with", "everyday", "joined_clause", "rare_then_share", "relative_verbs", "split_counts"]

_BOUND = (r"(?:(?:less than|more than|fewer than|under|over|below|above|at least|at most|no more than|no less than|"
          r"not more than|not less than|up to) ?)[\d$\u20ac\u00a3]")
_REL_VERB = re.compile(rf"\b([a-z_]+) (?:that|which|who) (?:(?:is|are|should be|must be|will be) (worth|priced|valued)|"
                       rf"((?!is\b|are\b|was\b|were\b|has\b|have\b)[a-z]{{3,}}?)(?:es|s)?) (?:for )?(?={_BOUND})")


def _gerund(verb: str) -> str:
    """"cost" -> "costing", "hold" -> "holding", "have" -> "having" (no doubling: the rules read stems)."""
    if verb.endswith("e") and not verb.endswith("ee"):
        verb = verb[:-1]
    return verb + "ing"


def relative_verbs(s: str) -> str:
    """"products that cost less than 30", "rooms which hold at least 100", "no issue is worth more than 8":
    the verb of a relative clause before a bound, as its "-ing" form (or the bare "worth"/"priced")."""
    return _REL_VERB.sub(lambda m: f"{m.group(1)} {m.group(2) or _gerund(m.group(3))} ", s)


#: The currencies people name in words, as their ISO codes (the labels of a currency column).
_CURRENCIES = {"euro": "eur", "euros": "eur", "dollar": "usd", "dollars": "usd", "us dollars": "usd",
               "pound": "gbp", "pounds": "gbp", "pounds sterling": "gbp", "sterling": "gbp", "yen": "jpy",
               "swiss francs": "chf", "francs": "chf", "canadian dollars": "cad", "australian dollars": "aud"}
_CURRENCY_WORD = "|".join(sorted(_CURRENCIES, key=len, reverse=True))
#: "in euros", "in dollars or yen", "in euros, pounds and dollars": the list shares its "in".
_CURRENCY = re.compile(rf"(?<![\d.] )\b(in|into|using) (?:the )?((?:{_CURRENCY_WORD})(?:(?:\s*,\s*(?:and |or )?| and | or )(?:{_CURRENCY_WORD}))*)\b")
_SHARE = r"(?:\d+(?:\.\d+)?%|half|(?:a |one )?(?:quarter|third|fifth|tenth)s?|most|mostly|few|some|none|no)"


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_AGO = re.compile(r"\b(?P<q>at least|more than|over|upwards of|less than|under|fewer than|within(?: the last)?) "
                  r"(?P<n>\d+) (?P<unit>years?|months?) ago\b")


def _ago(s: str) -> str:
    """"registered 5+ years ago" / "more than 10 years ago" (before that moment) and "less than 6 months
    ago" (in the last 6 months), counted back from the fixed "now" to the start of a month."""
    from seedbed.generate.streams import REFERENCE_NOW

    def one(m: re.Match[str]) -> str:
        n, months = int(m.group("n")), m.group("unit").startswith("month")
        if m.group("q").startswith(("less", "under", "fewer", "within")):
            return f"in the last {n} {m.group('unit')}"
        back = REFERENCE_NOW.year * 12 + REFERENCE_NOW.month - 1 - (n if months else 12 * n)
        return f"before {_MONTH_NAMES[back % 12]} {back // 12}"
    return _AGO.sub(one, s)


def rare_then_share(text: str) -> str:
    """"Storage is rare: only 7% of jobs need storage": the share after a word of rareness and a colon is a clause of
    its own (cut there, as at a comma), read with the one before (``joined_clause``), never a head before a colon."""
    return re.sub(rf"(?i)\b((?:is|are) (?:quite |very |pretty |fairly |rather |really )?(?:{_RARE_WORDS}))[^\S\n]*:", r"\1,", text)


def everyday(s: str) -> str:
    # "card payment in 70% of cases", "cheque for 5% only": a share of every row, said after what it is a share of
    s = re.sub(r"^((?:and |but |while )?)(?P<x>[a-z_][\w -]*?) (?:in|for|on) (?P<q>\d+(?:\.\d+)?%)(?: of (?:the |all )?"
               r"(?:cases|instances|times|occasions|records|rows|entries|the time)(?: only)?| only)$", r"\1\g<q> \g<x>", s)
    # "only 7% of jobs need storage": "only" before a share says it is small, as the number does
    s = re.sub(r"^((?:and |but |while )?)(?:only|just) (?=\d+(?:\.\d+)?% )", r"\1", s)
    # "a hedge before a number": "say 5%", "let's say 20", "like 30%" say nothing the number does not
    s = re.sub(r"(?:^|(?<=, )|(?<=: ))(?:say|let's say|let us say|like|maybe|perhaps) (?=\d)", "", s)
    # "invoices paid by insurance for the most part": "invoices mostly paid by insurance"
    s = re.sub(r"^([a-z_]+) (.+?),? (?:for the most part|by and large|in the main|predominantly|mostly)$", r"\1 mostly \2", s)
    # "no users outside germany": every one of them in germany
    s = re.sub(r"\bno ([a-z_]+) (?:(?:based|located|living|registered) )?outside (?:of )?(?:the )?", r"all \1 in ", s)
    # "invoices in euros only": the currency's code (an amount "30 euros" keeps its unit)
    s = _CURRENCY.sub(lambda m: f"{m.group(1)} " + re.sub(rf"\b(?:{_CURRENCY_WORD})\b", lambda c: _CURRENCIES[c.group(0)],
                                                          m.group(2)), s)
    # "charges that failed: none": no rows with that value, as "failed charges: none"
    s = re.sub(r"^([a-z_]+) (?:that|which|who) (?:(?:were|are|was|is|have|has|got|get) )?([a-z_][\w-]*)\s*:\s*"
               r"(?:none|zero|0|nil|nothing)$", r"\2 \1: none", s)
    # "10% no-shows among appointments": the table the share is of, said last
    s = re.sub(rf"^((?:.* )?{_SHARE} .+?) (?:among|amongst|of all|across) (?:the |all )?([a-z_]+)$", r"\2: \1", s)
    # "give every course 15-25 students enrolled": the participle after the children counted says nothing more
    if re.search(r"\b(?:every|each|per|apiece)\b", s):
        s = re.sub(r"(\d+(?:-\d+)? [a-z_]+) (?:[a-z]+ed)(?= each\b| apiece\b|$)", r"\1", s)
    # "each with a preferences row", "one profile record apiece": a row of a table is one of its rows
    # (a 1:1 child: one per parent), not a table called "preferences row"
    s = re.sub(r"\b(?:an?|1|a single|one single|exactly 1|just 1) ([a-z_]+(?: [a-z_]+)?) (?:row|record|entry|line)\b(?! (?:of|in|for)\b)",
               r"1 \1", s)
    # "3 or more loans", "5+ years", "2 or fewer holds": a bound said after its number, before what it counts
    s = re.sub(r"\b(\d+(?:\.\d+)?)(?: or more| or above| and up|\+| plus)(?= [a-z_])", r"at least \1", s)
    s = re.sub(r"\b(\d+(?:\.\d+)?) or (?:fewer|less|under|below)(?= [a-z_])", r"at most \1", s)
    s = _ago(s)
    # "every other one inactive", "every third patron suspended": a share of the rows (never "every other day")
    s = re.sub(rf"\bevery ({'|'.join(_EVERY_NTH)}) (?:one|1|of them)\b", lambda m: f"{_EVERY_NTH[m.group(1)]:.6g}% of them", s)
    s = re.sub(rf"\bevery ({'|'.join(_EVERY_NTH)}) (?!(?:day|week|month|year|hour|minute|night|time|row|line)s?\b)(?=[a-z_])",
               lambda m: f"{_EVERY_NTH[m.group(1)]:.6g}% of ", s)
    s = re.sub(r"\b(their|its|his|her) own\b", r"\1", s)  # "each with their own preferences": theirs
    s = re.sub(r"\beach (with|having|has|gets|should have) (?:an?|one|a single) (?=[a-z_])", r"each \1 1 ", s)
    # "warehouses with room for 500 pallets", "space for 40 cars": a capacity said by what fits (read as holding)
    s = re.sub(r"\b(?:with |having |has |have )?(?:room|space|capacity) for (?=(?:between |from |at least |at most |up to )?\d)",
               "holding ", s)
    # "rooms holding at least 100 people": persons counted are a capacity, not rows
    s = re.sub(r"\b([a-z]+ing (?:at least |at most |up to |no more than |no less than |over |under |more than |less than )?"
               r"\d+(?:-\d+)?) (?:people|persons|individuals)\b", r"\1", s)
    return s


_FANOUT = re.compile(r"(?:\b(?:roughly|about|around|approximately|on average|typically|usually) )?(\d+(?:\.\d+)?) "
                     r"([a-z_]+ (?:per|for each|for every|a|an) [a-z_]+)$")
_UPPER = re.compile(r"^(?:but |and )?(?:never more than|at most|no more than|not more than|up to|maximum|max|"
                    r"a maximum of|never above|never over) (\d+)$")
_LOWER = re.compile(r"^(?:but |and )?(?:never less than|never fewer than|at least|no less than|no fewer than|"
                    r"minimum|min|a minimum of) (\d+)$")
_RARE_WORDS = "rare|uncommon|scarce|few|infrequent|a minority|unusual|exceptional"
_RARE = re.compile(r"^(?:(?P<t>[a-z_]+) ?: )?(?P<v>[a-z_][\w-]*(?: [a-z_][\w-]*){0,2}?) (?:should |must |will |would )?(?:be |are |is )?"
                   r"(?:quite |very |pretty |fairly |rather |really )?"
                   rf"(?:{_RARE_WORDS})(?: among (?:the )?(?P<u>[a-z_]+))?$")
#: The share said after a word of rareness, hedged or not ("only 7% of jobs need storage", "about 15%").
_SHARE_SAID = re.compile(r"(?:(?:only|just|about|around|roughly|approximately|maybe|say|like|~) )*(?P<q>\d+(?:\.\d+)?%)"
                    r"(?: of (?:the |all |our )?(?P<rows>[a-z_][\w-]*))?(?P<rest> .+)?")
_EVERY_VALUE = re.compile(r"^(?:all|each|every one|each one)(?: of them)? (?:(?:are |is |being |should be |must be )?"
                          r"(?:rated|marked|tagged|labelled|labeled|classed|classified) |are |being |(?:every )?one )?"
                          r"(?:an? )?(?=[a-z][\w-]*(?: only)?$)")


#: "all but 3 (of them)", "all except 3": every row counted before but that many.
_ALL_BUT = re.compile(r"^(?:and )?(?:all|every one|each) (?:but|except|save) (\d+)(?: of (?:them|those|these))?(?: (?:are|is|being|should be))?\b")
#: "every other one", "every third user": that share of the rows.
_EVERY_NTH = {"other": 50, "second": 50, "2nd": 50, "third": 100 / 3, "3rd": 100 / 3, "fourth": 25, "4th": 25,
              "fifth": 20, "5th": 20, "tenth": 10, "10th": 10}


def joined_clause(prev_norm: str, norm: str) -> tuple[str, str | None] | None:
    """The clause ``norm`` read with the one before it (normalised): (the clause before, this clause or
    None when it went into the one before), or None when it is read alone.

    "roughly 1 review per product" + "never more than 4": a fan-out of 0-4 (the bound, and the average
    kept: the low end is twice the average less the bound, never below 0); + "at least 2": 2 to twice the
    average less 2. "admins should be rare" + "5%": "5% admins". "30 doctors" + "all cardiology": "30
    doctors" then "all of them cardiology". "the loans table empty" + "zero rows": the empty table said again."""
    fan = _FANOUT.search(prev_norm)
    upper, lower = _UPPER.match(norm), _LOWER.match(norm)
    if fan and (upper or lower):
        avg = float(fan.group(1))
        if upper:
            hi = int(upper.group(1))
            lo = max(0, round(2 * avg - hi))
        else:
            lo = int(lower.group(1))
            hi = max(lo, round(2 * avg - lo))
        if lo <= avg <= hi:
            return f"{prev_norm[:fan.start()]}{lo}-{hi} {fan.group(2)}", None
    share = _SHARE_SAID.fullmatch(norm)
    rare = _RARE.match(prev_norm)
    if share and rare:
        if share.group("rest"):  # "storage is rare: only 7% of jobs need storage": the share says it whole
            return norm[share.start("q"):], None
        table = share.group("rows") or rare.group("t") or rare.group("u")  # "guest artists are rare, 10% of artists"
        return f"{table + ': ' if table else ''}{share.group('q')} {rare.group('v')}", None
    counted = re.search(r"\b(\d+) [a-z_]+(?: [a-z_]+)?$", prev_norm)
    but = _ALL_BUT.match(norm)
    if but and counted and 0 < int(but.group(1)) < int(counted.group(1)):
        # "20 branches, all but 3 of them 24h": the share of the rows counted that the exceptions leave
        whole = int(counted.group(1))
        return prev_norm, f"{100 * (whole - int(but.group(1))) / whole:.6g}% of them {norm[but.end():]}".strip()
    every = _EVERY_VALUE.match(norm)
    if every and re.search(r"\b\d+ [a-z_]+$", prev_norm):
        return prev_norm, f"all of them {norm[every.end():]}"
    if _ZERO_AGAIN.match(norm) and _EMPTIED.search(prev_norm):
        return prev_norm, None  # "the curtailment table empty, zero rows": the empty table said again, not every table's 0
    return None


#: "0 rows", "zero records at all", "i.e. no rows": a count with no table, after a clause that empties one (``_EMPTIED``).
_ZERO_AGAIN = re.compile(r"^(?:(?:so|and|i\.?e\.?|ie|that is|meaning|-) )?(?:0|zero|no) (?:rows|records|entries)"
                         r"(?: (?:at all|please|in it|in there))?$")
_EMPTIED = re.compile(r"\bempty$|^(?:(?:i|we) )?(?:want |need )?(?:no|0) [a-z_]")


#: "N rows with COLUMN between a and b": the count of the rows, then the range of their column.
_RANGE_WORDS = (r"(?:between|from \d|under|over|below|above|at least|at most|no more than|no less than|less than|"
                r"more than|up to|not more than|not less than)\b")
_COUNTED_WITH = re.compile(rf"\b(\d[\d,.]*k?) ([a-z_]+(?: [a-z_]+)?) with (?=(?:a |an |the )?[a-z_]+(?: [a-z_]+)? "
                           rf"{_RANGE_WORDS})")


def counted_with(s: str) -> str:
    """"20 rooms with capacity between 20 and 40" is "20 rooms, rooms with capacity between 20 and 40" (the
    count stayed unplaced when the range took the clause); "a single X" / "just one X" is "one X"."""
    s = _COUNTED_WITH.sub(lambda m: f"{m.group(1)} {m.group(2)}, {m.group(2)} with ", s)
    return re.sub(r"\b(?:a single|just one|a sole)\b", "one", s)


#: "10 doctors in pediatrics and 10 in cardiology": two counts of one table, each with its value.
_SPLIT = re.compile(r"\b(\d+) ([a-z_]+(?: [a-z_]+)?) (in|as|with|on) (?:the )?([a-z][a-z_-]*) and (\d+) "
                    r"(?:more )?(?:in|as|with|on) (?:the )?([a-z][a-z_-]*)\b(?! [a-z_]+ (?:each|per)\b)")


def split_counts(s: str, places: frozenset[str] | set[str] | dict) -> str:
    """"N X in A and M in B" is "N+M X, P% A and Q% B" (the rows and the mix of their value); where A and B
    are places (``places``: countries are read by the locale rules, not as a value mix) it is "N+M X from
    A (P%) and B (Q%)", the locale rule's spelling of countries with their shares."""
    def one(m: re.Match[str]) -> str:
        n, k, a, b = int(m.group(1)), int(m.group(5)), m.group(4), m.group(6)
        if n + k == 0 or a in ("the", "a") or b in ("the", "a") or (a in places) != (b in places):
            return m.group(0)
        share = round(100 * n / (n + k), 1)
        if a in places:  # "30 patrons in Germany and 20 in France": the rows from both, each its share
            return f"{n + k} {m.group(2)} from {a} ( {share:g}% ) and {b} ( {round(100 - share, 1):g}% )"
        return f"{n + k} {m.group(2)}, {share:g}% {a} and {round(100 - share, 1):g}% {b}"
    return _SPLIT.sub(one, s)
