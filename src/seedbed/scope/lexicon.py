"""Words the scope language knows: numbers, percentages, ranges, inflection, synonyms, locales,
domain packs and time units. Pure functions and tables, no schema and no randomness.

Text is normalised before it is parsed (``normalise``): lower case, one kind of dash, numbers
as plain digits (``"1,000"``, ``"5k"``, ``"ten"``, ``"two hundred"`` all become digits),
``"60 percent"`` becomes ``"60%"``, ``"1 to 5"`` becomes ``"1-5"`` and ``"$5"`` becomes
``"5 dollars"``, so the rules of ``seedbed.scope.rules`` see one spelling of each thing.
"""

from __future__ import annotations

import re

from seedbed.scope.measures import comparatives, possessives
from seedbed.scope.numbers import HEDGE, hedged, numbers, parse_number
from seedbed.scope.ratios import said_shares
from seedbed.scope.phrasings import (coming_verbs, counts_after_nouns, each_clause, every_one_value, people_values,
                                     percent_ranges, relative_each, seasons, shared_totals)
from seedbed.scope.sayings import counted_with, everyday, relative_verbs, split_counts
from seedbed.scope.inflect import SYNONYMS, inflections, plural, singular
from seedbed.scope.chatter import META
from seedbed.scope.spans import typed_spans
from seedbed.scope.periods import said_periods
from seedbed.scope.verbs import pronoun_ones, value_verbs

__all__ = [
    "BUSINESS_NOUNS", "BUSINESS_SIZES", "DOMAIN_WORDS", "FILLER", "LOCALE_WORDS", "MONTHS", "PHRASAL_COLUMN", "RELATION_VERBS",
    "SYNONYMS",
    "THEME_WORDS",
    "TIME_UNITS", "inflections", "mark_keys",
    "normalise", "parse_number", "plural", "singular",
]

#: A past participle said of a quantity and the quantity's noun ("rated 4 stars": a rating of 4).
_QUARTER_NO = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4",
               "4th": "4", "last": "4"}
_QUANTITY_OF = {"rated": "rating", "scored": "score", "graded": "grade", "weighted": "weight", "valued": "value"}


def normalise(text: str) -> str:
    """The one spelling the rules read (see the module docstring)."""
    s, keys = _lower_but_keys(text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'"))
    s = typed_spans(said_periods(re.sub(r"\s+", " ", s).strip()))  # "2024-03-01..2024-08-31", "20 until 30" (``spans``)
    s = re.sub(r"(?<!\S)w/o(?!\S)", "without", re.sub(r"(?<!\S)w/(?!\S)", "with", s))
    s = re.sub(r"(?<![\w~])~\s*(?=\d)", "about ", s)
    s = re.sub(r"(?<=[a-z]) \+ (?=[a-z])", " and ", s)  # "only temps + their compliance docs": a list's "and"
    # "I only need the X and their Y", "we only want to seed X": the wish between "only" and the tables is no table
    s = re.sub(r"\b(only|just) (?:really )?(?:need|needs|want|wants|require|requires)"
               r"(?: to (?:have|seed|populate|fill|see|get|make|create))? ", r"\1 ", s)
    s = _shorthand(s)
    s = re.sub(r"\b((?:no|none|zero|nothing|never|without)\b.*?) (?:at all|whatsoever)\b", r"\1", s)  # "no F grades at all"
    # "every one of them", "each and every one": each of the rows said before
    s = every_one_value(s)  # "every one of them shipped": all of them
    s = re.sub(r"\b(?:each and every|every single|every|each) one of (them|those|these)\b", r"each of \1", s)
    # ("3 orders each and every order with ...": "each" ends the fan-out before; only a leading one is read)
    s = re.sub(r"(?:^|(?<=, )|(?<=: )|(?<=; ))each and every(?: one)?\b", "each", s)
    s = re.sub(r"\b(?:exactly|precisely) (?=\d|(?:a |one )?half\b|(?:a|one|two) (?:third|quarter|fifth)s?\b|three quarters\b)", "", s)
    s = re.sub(r"\b(?:an|on an) average of (?=\d)", "on average ", s)  # "an average of 3 interviews per application"
    # "orders where roughly a quarter are pending", "reviews of which half are 5 stars": the rows just named
    s = re.sub(r"\b([a-z_]+) (?:where|in which|of which|of whom|such that)(?= (?:roughly |about |around |approximately |"
               r"nearly |almost |just |only )?(?:a |an |one )?(?:quarter|third|half|fifth|tenth|\d+(?:\.\d+)?%|most|"
               r"some|few|all|none|the majority|a minority)(?![\w%]))", r"\1:", s)
    # "never more than 50", "never below 3": a bound, not a share ("never any" stays a negation)
    # ("reviews: never below 3" is each row's value, not a count of 3 reviews: the colon goes)
    s = re.sub(r"(?: ?: ?| )?\bnever (?:goes |go |gets |get |is |are |be )?(?:more than|above|over|higher than|greater than|"
               r"bigger than|larger than|exceeds?|exceeding)(?= ?[\d$\u20ac\u00a3])", " at most", s)
    s = re.sub(r"(?: ?: ?| )?\bnever (?:goes |go |gets |get |is |are |be )?(?:less than|fewer than|below|under|lower than|"
               r"smaller than)(?= ?[\d$\u20ac\u00a3])", " at least", s).strip()
    # "the first quarter of 2025" -> "q1 2025"
    s = re.sub(r"\b(?:the )?(first|second|third|fourth|last|1st|2nd|3rd|4th) quarter(?: of)?(?= (?:19|20)\d\d\b)",
               lambda m: "q" + _QUARTER_NO[m.group(1)], s)
    # "nobody is a viewer", "no one should be an admin": no row with that value
    s = re.sub(r"\b(?:nobody|no one|no-one) (?:is|are|should be|must be|gets?|becomes?|will be)"
               r" (?:(?:a|an) )?(?=[a-z_])", "no ", s)
    # "keep no-shows at zero", "keep refunds to zero": none of them
    s = re.sub(r"\bkeep (?:the )?([a-z_][\w-]*(?: [a-z_][\w-]*)?) (?:at|to) (?:zero|0|none|nil)\b", r"no \1", s)
    # "hardly any F", "almost no refunds": a small share of that value
    s = re.sub(r"\b(?:hardly any|barely any|scarcely any|almost no|next to no|nearly no)\b", "2%", s)
    # "the remaining 15% booked", "the other 40% open": the share says it, the word adds nothing
    s = re.sub(r"\b(?:the )?(?:remaining|other|final) (?=\d+(?:\.\d+)?%)", "", s)
    # "the majority of fines", "the vast majority late": most of them (FUZZY_SHARES), overwhelmingly so
    s = re.sub(r"\b(?:the|a) (?:vast|overwhelming) majority(?: of)?\b", "almost all", s)
    s = re.sub(r"\b(?:the|a|a clear|the great) (?:majority|bulk)(?= of\b)", "most", s)
    s = re.sub(r"\bmost of (?=(?:the |our |all )?[a-z_]+\b)(?!them\b|those\b|these\b|which\b)", "most ", s)
    s = re.sub(r"\b(?:the|a|a clear|the great) (?:majority|bulk)\b", "mostly", s)
    # "nearly all orders delivered", "almost every order shipped": a large share, never all of them
    s = re.sub(r"(?:^|(?<=, )|(?<=: )|(?<=\bwith ))(?:nearly|almost|virtually|practically|just about) (?:all|every)(?: of)?\b", "95% of", s)
    # "reviews rated 1 or 2 stars", "items priced under 5": a verb of the quantity before its value
    s = re.sub(r"\b(?:only )?(rated|scored|graded|weighted|valued)(?= (?:only |at |between |from |under |over |below |"
               r"above |less than |more than |at least |at most |no more than |no less than )?[\d$\u20ac\u00a3])",
               lambda m: "with " + _QUANTITY_OF[m.group(1)], s)
    # a unit of measure glued to its number ("500mg"), and "min" after a number: minutes ("15-45 min long")
    s = re.sub(r"(?<=\d)(" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + r")\b", r" \1", s)
    s = re.sub(r"(?<=\d) mins?\.?(?=$| long\b| each\b| per\b| in length\b| or (?:less|more)\b|[,;)])", " minutes", s)
    s = re.sub(r"\bthis (past|last|previous) (?=(?:\d+ )?(?:day|week|month|quarter|year)s?\b)", r"the \1 ", s)  # "exactly 64 products": a count is exact
    # "in the first half of 2025", "H2 2024": the months of that half
    s = re.sub(r"\b(?:(?:in|during) )?(?:the )?(first|second) half of (\d{4})\b",
               lambda m: f"from {'january to june' if m.group(1) == 'first' else 'july to december'} {m.group(2)}", s)
    s = seasons(s)
    s = re.sub(r"\b(?:(?:in|during) )?h([12]) (\d{4})\b",
               lambda m: f"from {'january to june' if m.group(1) == '1' else 'july to december'} {m.group(2)}", s)
    # "for these users: 1, 2, 3" is a list of keys like "for users with IDs 1, 2, 3"
    s = re.sub(r"\b(?:these|those|the following|following) ([a-z_]+)\s*:\s*(?=['\"\w@])", r"\1 with ids ", s)
    s = re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?= (?:\d{4}|and|to|through|until|-)\b)",
               lambda m: _MONTH_OF[m.group(1)[:3]], s)  # "between jan and mar 2025"
    # Open-ended years: "2024 or later", "from 2024 onwards" -> "since 2024"; "2019 or earlier" -> "before 2020".
    month_year = r"((?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d)"
    s = re.sub(rf"\b(?:(?:in|from|during|starting|starting in|starting from) )?{month_year} ?(?:(?:or|and|&) (?:later|after|"
               r"newer|since|beyond)|onwards?|on|and up|forward|\+)(?![\w-])", r"since \1", s)
    s = re.sub(r"\b(?:(?:in|from|during) )?((?:19|20)\d\d) (?:or|and|&) (?:earlier|before|older|prior)\b",
               lambda m: f"before {int(m.group(1)) + 1}", s)
    # Decades: "the 90s", "the 1990s", "the '90s" -> "1990-1999" (a window's years).
    s = re.sub(r"\bthe (?P<w>fifties|sixties|seventies|eighties|nineties)\b",
               lambda m: f"the {5 + ('fifties sixties seventies eighties nineties'.split().index(m.group('w')))}0s", s)
    s = re.sub(r"\b(?:the (?:['\u2019])?(?P<a>\d0)|(?:the )?(?P<b>(?:19|20)\d0))s\b|(?<![\w'])['\u2019](?P<c>\d0)s\b",
               lambda m: _decade(m, s), s)
    # "200 customers, each of whom has rented 15 films": "each" is every row of the table said before.
    s = re.sub(r"\b(?:each|every one|everyone) of (?:whom|them|which|those|these)(?= (?!(?:is|are|was|were|should|must|"
               r"being|get|gets|got|by|via|in|as|with)\b)[a-z])", "each", s)
    # What an agent writes around a request: "ensuring that 30% of their orders are in a 'cancelled' state".
    s = re.sub(r"\b(?:while |and |, )?(?:ensuring|ensure|making sure|make sure|such that|so that|in such a way that)"
               r"(?: that)?\b ?", "", s)
    s = re.sub(r"\b(\d+(?:\.\d+)?%|half|most|all|none) of (?:their|its) ", r"\1 of the ", s)
    s = re.sub(r"(?<![\w'])'([a-z_][\w-]*(?: [a-z_][\w-]*)?)'(?![\w'])",
               lambda m: m.group(0) if re.search(r"\b(?:ids?|keys?)\b[^a-z]*$", s[:m.start()]) else m.group(1), s)
    # "500 rentals where every rental is returned within a week": the rows just named, as "each".
    s = re.sub(r" (?:where|in which|with|such that|so that|and) (?:every|each|all(?: the)?|the) ([a-z_]+) "
               r"(?:is|are|gets?|should be|must be|will be|was|were|has been|have been)\b",
               lambda m: " , each" if singular(m.group(1)) in {singular(w) for w in s[:m.start()].split()} else m.group(0), s)
    s = relative_verbs(s)  # "products that cost less than 30": "products costing less than 30"
    # "no payments above $10": a bound on the rows, not no rows ("no X below N": at least N).
    # (the verb stays: it names the column, "no product costing more than 500" is every product's price at most 500)
    s = re.sub(r"\bno ([a-z_]+) (?:(?:(?:is |are |should be |gets? )?(priced|costing|worth)|of) )?(?:above|over|more than|greater than|"
               r"higher than|bigger than|larger than|longer than|pricier than)(?= ?[\d$\u20ac\u00a3])",
               lambda m: " ".join(w for w in (m.group(1), m.group(2), "at most") if w), s)
    s = re.sub(r"\bno ([a-z_]+) (?:(?:(?:is |are |should be |gets? )?(priced|costing|worth)|of) )?(?:below|under|less than|lower than|"
               r"smaller than|shorter than|cheaper than)(?= ?[\d$\u20ac\u00a3])",
               lambda m: " ".join(w for w in (m.group(1), m.group(2), "at least") if w), s)
    s = coming_verbs(s)
    # Adverbs of state between a table and its value: "no issues stuck in review", "every project still active".
    s = re.sub(r"\b(?:still|currently|stuck|sitting)\s(?=(?:in |at |as |on )?[a-z_])", "", s)
    # A hedge before a range says nothing the range does not: "somewhere between 1 and 8", "anywhere from 2 to 5".
    s = re.sub(r"\b(?:somewhere|anywhere|anything) (?=between\b|from\b|in the range\b)", "", s)
    # Currency before a number: "$5" -> "5 dollars".
    s = re.sub(r"([$\u20ac\u00a3])\s*(\d[\d,.]*)", lambda m: f"{m.group(2)} {CURRENCY[m.group(1)]}", s)
    s = re.sub(r"\best\.(?= [a-z])", "est", s)  # "est. IR 5-80%": estimated, a word of ``est_ir_pct``
    s = re.sub(r"(?<=\d) (euro|dollar|pound|buck)\b|(?<=\d) quid\b", lambda m: f" {m.group(1) or 'pound'}s", s)  # "95 euro"
    s = re.sub(r"(\d[\d,.]*) (dollars|euros|pounds|minutes|" + "|".join(MEASURE_UNITS) + r")\s*(?:-|\bto\b|\band\b)\s*"
               r"(\d[\d,.]*) \2\b", r"\1-\3 \2", s)  # "$5 to $50", "10mg to 250mg": one unit after the range
    s = re.sub(r"\b(dollars|euros|pounds)\s*/\s*(?=[a-z])", r"\1 per ", s)  # "$499/month"
    # "the rest (of them) delivered" is the share the other values leave: "rest% delivered".
    s = re.sub(r"(?<!keep )(?<!leave )(?<!keep the )(?<!leave the )\b(?:the )?(?:rest|remainder|remaining ones|others|(?<=the )remaining)(?: of them)?(?: (?:are|is|being|as|should be|go|get))?"
               r"(?: (?:split|divided|shared|spread)(?: evenly| equally)? (?:between|among|across|over))?"
               r"(?= (?:by |via |with |in |as )?[a-z_])", "rest%", s)  # "the rest split between EUR and GBP"
    # Thousands separators and suffixes: "1,000" -> "1000", "5k" -> "5000", "2.5k" -> "2500".
    s = re.sub(r"(?<![\d,])(\d{1,3}(?:,\d{3})+)(?![\d,]|\.\d)",
               lambda m: m.group(1).replace(",", "") if not _in_id_list(s, m.start()) else m.group(1), s)
    # Numbers as people write them ("a hundred and fifty", "1.5k", "half", "twice"): one pass.
    s = hedged(numbers(pronoun_ones(s)))
    s = shared_totals(s)
    s = _time_phrasings(_relative_sizes(_slashed_shares(_negated_bound(s))))
    s = re.sub(r"\b(\d+(?:\.\d+)?)\s*(?:%|percent|per cent|pct)", r"\1%", s)
    s = said_shares(s)  # "20% riders is a student", "nobody on staff is certified" (``ratios``)
    s = percent_ranges(people_values(s))  # "60% women": female; "between 10 and 30%": 10-30%
    # A hedge says nothing a share or a count after its table does not ("payments: ~90% by card",
    # "orders ~2,000", "~100 of them"); before a fan-out it still means an average.
    s = re.sub(r"\b(?:about|around|roughly|approximately) (?=\d+(?:\.\d+)?%|\d+ of (?:them|those|these)\b|\d+$)", "", s)
    # "of which 20% are cancelled", "a fifth of which are": a share of the rows just counted, as "20% cancelled"
    s = re.sub(r"\bof (?:which|whom) (?=\d+(?:\.\d+)?%)", "", s)
    s = re.sub(r"(?<=%) of (?:which|whom)(?: (?:are|is|were|should be|must be|will be))?(?= [a-z])", "", s)
    # "a no-show rate of 8%", "a 5% cancellation rate": a share of the value
    s = re.sub(r"\b(?:an? )?([a-z_][\w-]*) (?:rate|share|percentage) (?:of |at |around |about |is |should be |= |: |near )?"
               r"(\d+(?:\.\d+)?%)", r"\2 \1", s)
    s = re.sub(r"\b(?:an? )?(\d+(?:\.\d+)?%) ([a-z_][\w-]*) (?:rate|share|percentage)\b", r"\1 \2", s)
    s = re.sub(r"\b(\d+(?:\.\d+)?)%?\s*(?:-|\bto\b|\.\.)\s*(\d+(?:\.\d+)?)%", r"\1-\2%", s)  # "5 to 25% off"
    s = re.sub(r"\b(\d+(?:\.\d+)?)\s*(?:-|\bto\b|\.\.)\s*(\d+(?:\.\d+)?)\b(?!%)", r"\1-\2", s)
    s = re.sub(r"\bbetween (\d+(?:\.\d+)?) and (\d+(?:\.\d+)?)\b(?!%)", r"between \1-\2", s)
    s = value_verbs(s)  # "each coupon should give 10-25% off": "each coupon with 10-25% off"
    s = split_counts(counted_with(everyday(each_clause(s))), LOCALE_WORDS)
    # "1 or 2 charges", "4 or 5 stars": a range when nothing lies between; "3 or 8 story points" is two values
    s = re.sub(r"(?<![\d.,-])(?<!\d, )\b(\d+) or (\d+)\b(?![%.,\d-])(?= [a-z])",
               lambda m: f"{m.group(1)}-{m.group(2)}" if int(m.group(2)) == int(m.group(1)) + 1 else m.group(0), s)
    # Lists of numbers: "users 1, 2 and 3" -> "users 1,2,3".
    s = re.sub(r"\b\d+(?:\s*,\s*\d+)+(?:\s*,?\s+and\s+\d+)?\b(?![%.\d])|\b\d+\s+and\s+\d+\b(?=\s*$)",
               lambda m: re.sub(r"\s*(?:,|\band\b)\s*", ",", m.group(0)).replace(",,", ","), s)
    s = counts_after_nouns(relative_each(s))  # "who run 2-4 interviews each", "jobs 40 candidates 300"
    for mark, joined in keys.items():  # the keys, untouched by the number rules
        s = s.replace(mark, joined)
    return s


_KEY = (r"(?:'[^']*'|\"[^\"]*\"|@\S+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
        r"|[A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*)")
#: "IDs: a, b and c" / "ids 4 7 9" / "keys 'x','y'": any key type, comma, space or "and" separated.
KEY_LIST = re.compile(rf"(?i)\b(ids?|keys?)\b(?:\s*(?::|=|in|of|from)\s*|\s+)({_KEY}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)"
                      rf"{_KEY})*)(?=[\s;.)]|$)")


_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
#: "orders for users 4 5 6", "projects of organizations 3f2a...-... and 9b1c...-...": a parent
#: table, then its keys without the word "ids" (UUIDs or quoted keys, or at least two numbers).
_BARE_KEYS = re.compile(
    rf"(?i)\b((?:for|of|belonging to|owned by|from|by|referencing|pointing to|pointing at|on|about) "
    rf"(?:the )?(?:existing )?[a-z_]+) (?=(?:{_UUID}|'[^']*'|\"[^\"]*\")(?:[\s,;.)]|$)"
    rf"|\d+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)\d+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)\d+)*\s*(?:[;.)]|$))"
    # "orders for user 17": one key after a parent's name in the singular, at the end of the phrase
    # ("20 enrollments in course 5", "30 appointments with doctor 4"); never a year ("from December 2024")
    # (never a bound: "items that sell for under 10", "claims for over 300")
    rf"|\b((?:for|of|belonging to|owned by|from|by|with|in|under|assigned to) (?:the )?"
    rf"(?!(?:under|over|below|above|about|around|roughly|approximately|nearly|almost|just|only|exactly|max|min)\b)[a-z_]+[^s\W]) "
    rf"(?=(?!(?:19|20)\d\d\b)\d+\s*(?:[;.)]|$))")


def mark_keys(text: str) -> str:
    """The word "ids" put before a parent's keys said without it ("orders for users 4 5 6")."""
    return _BARE_KEYS.sub(lambda m: f"{m.group(1) or m.group(2)} ids ", text)


def _lower_but_keys(text: str) -> tuple[str, dict[str, str]]:
    """Lower case, except the keys of an ID list (``'ABC-1'``, a path after ``@``), which are
    joined into one comma-separated token ("IDs: a, b and c" -> "ids a,b,c") and stand behind a
    mark until the number rules are done (a UUID is no "1,000")."""
    out, pos, keys = [], 0, {}
    text = mark_keys(text)
    for i, m in enumerate(KEY_LIST.finditer(text)):
        found = [k.strip("'\"") for k in re.findall(_KEY, m.group(2))]
        mark = f"\ue000{chr(0xE100 + i)}"
        keys[mark] = ",".join(found)
        out.append(text[pos:m.start()].lower())
        out.append(f"{m.group(1).lower()} {mark}")
        pos = m.end()
    out.append(text[pos:].lower())
    return "".join(out), keys


_ABOVE = "above|over|more than|greater than|higher than|exceeding|beyond|bigger than|larger than|longer than"
_BELOW = "below|under|less than|fewer than|lower than|smaller than|shorter than"
_VERB_HEAD = r"(?:(?:should|may|can|must|will|shall|could) )?(?P<have>(?:have|has|get|gets|be|is|are|with|having)(?: an?| any)? )?"
#: "no room should have a capacity above 150", "none of the courses with more than 5 credits"
_NEGATED_BOUND = re.compile(
    rf"\b(?:no|none of the|none of our) (?P<t>[a-z_]+(?: (?!(?:should|may|can|must|will|shall|could|have|has|get|gets|be|is|"
    rf"are|with|having)\b)[a-z_]+)??) {_VERB_HEAD}(?:(?P<col>[a-z_]+(?: [a-z_]+)?) (?:(?:of|is|that is) )?)?"
    rf"(?P<b>{_ABOVE}|{_BELOW}) (?P<n>\d+(?:\.\d+)?)(?P<unit> [a-z_]+)?\b")


_SLASH_NUMS = r"\d+(?:\.\d+)?%?(?:\s*/\s*\d+(?:\.\d+)?%?)+"
_SLASH_WORDS = r"[a-z_][\w-]*(?:\s*/\s*[a-z_][\w-]*)+"


def _slashed_shares(s: str) -> str:
    """"70/20/10 completed/scheduled/cancelled" (either order): "70% completed, 20% scheduled, 10% cancelled"."""
    def pairs(nums: str, words: str, whole: str) -> str:
        ns, ws = re.split(r"\s*/\s*", nums), re.split(r"\s*/\s*", words)
        if len(ns) != len(ws):
            return whole
        return " , ".join(f"{n.rstrip('%')}% {w}" for n, w in zip(ns, ws))
    s = re.sub(rf"\b({_SLASH_NUMS}) ({_SLASH_WORDS})\b", lambda m: pairs(m.group(1), m.group(2), m.group(0)), s)
    return re.sub(rf"\b({_SLASH_WORDS}):? ({_SLASH_NUMS})", lambda m: pairs(m.group(2), m.group(1), m.group(0)), s)


def _negated_bound(s: str) -> str:
    """"no room should have a capacity above 150" is every room's capacity at most 150, "none of the
    courses with more than 5 credits" every course's credits at most 5, "no product priced over 500
    dollars" every price at most 500, "no T older than 30 days" / "before 2024" a window on T (none
    is "no rooms"); "there should be no X" is "no X"."""
    def bound(m: re.Match[str]) -> str:
        word = "at most" if re.fullmatch(_ABOVE, m.group("b")) else "at least"
        unit = m.group("unit") or ""
        if m.group("col") and unit and not m.group("have"):  # "no teacher teaches more than 4 courses"
            return f"each {m.group('t')} {m.group('col')} {word} {m.group('n')}{unit}"
        if m.group("col"):  # a word after the number stays, to be read or quoted back
            return f"{m.group('t')} with {m.group('col')} {word} {m.group('n')}{unit}"
        # "no doctor has more than 20 appointments", "no course with fewer than 10 students": the rules
        # tell a child table (a fan-out) from a column (a range) after the number
        return f"{m.group('t')}{' with' if m.group('have') else ''} {word} {m.group('n')}{unit}"
    s = _NEGATED_BOUND.sub(bound, s)
    # "no notifications older than 30 days": every one of the last 30 days
    s = re.sub(r"\bno ([a-z_]+(?: [a-z_]+)?) (?:(?:is|are|should be) )?older than (?:an? )?((?:\d+ )?(?:day|week|month|year)s?)\b",
               r"\1 in the last \2", s)
    # "no appointments before 2024" is every appointment since 2024 (not "no appointments")
    s = re.sub(r"\bno ([a-z_]+(?: [a-z_]+)?) (?:(?:dated|made|placed|created|from) )?(?:before|earlier than|prior to) "
               r"((?:[a-z]+ )?(?:19|20)\d\d)\b", r"\1 since \2", s)
    s = re.sub(r"\bno ([a-z_]+(?: [a-z_]+)?) (?:(?:dated|made|placed|created|from) )?(?:after|later than) "
               r"((?:19|20)\d\d)\b", lambda m: f"{m.group(1)} before {int(m.group(2)) + 1}", s)
    return re.sub(r"\bthere (?:should|must|will|shall|may|can)? ?(?:be|are|is) (no|zero|none of the) ", r"\1 ", s)


def _relative_sizes(s: str) -> str:
    """"one doctor for every 20 patients", "a room per 2 courses", "courses outnumber teachers 3 to 1":
    a relative size (``Nx as many A as B``), not two counts."""
    s = re.sub(r"\b(?:1|a|an) ([a-z_]+) (?:for|per) (?:every |each )?(\d+) ([a-z_]+)\b",
               lambda m: (f"{round(1 / int(m.group(2)), 6):g}x as many {m.group(1)} as {m.group(3)}"
                          if int(m.group(2)) > 1 else m.group(0)), s)
    return re.sub(r"\b([a-z_]+) outnumber ([a-z_]+) (\d+(?:\.\d+)?) to 1\b", r"\3x as many \1 as \2", s)


def _time_phrasings(s: str) -> str:
    """"between January 2025 and now" (since then), "dated 2025" (in 2025), "the 2010s" / "the 90s"
    (2010-2019): the forms the time rules read."""
    s = re.sub(r"\b(?:between|from) ((?:[a-z]+ )?(?:19|20)\d\d) (?:and|to|until|till|through) "
               r"(?:now|today|date|the present|present)\b", r"since \1", s)
    s = re.sub(r"\bdated ((?:19|20)\d\d)\b", r"dated in \1", s)
    return re.sub(r"\bthe (?:(19|20)(\d)0|'?(\d)0)'?s\b",
                  lambda m: (lambda y: f"{y}-{y + 9}")(int(f"{m.group(1) or '19'}{m.group(2) or m.group(3)}0")), s)


#: A column named after a phrasal verb (``check_in``, ``sign_up``), as ``Grounding.rewrite`` spells its forms.
PHRASAL_COLUMN = r"[a-z]+_(?:in|out|up|off|down)"
#: Past participles that are no "-ed" word ("invoices paid in 2025", "courses taught by ...").
PARTICIPLES = "paid|sent|sold|made|built|bought|written|done|held|begun|taken|given|run|set|born|taught|seen"
#: Shorthands people type, spelled out before the rules read them.
SHORTHANDS = {"qty": "quantity", "qtys": "quantities", "mins": "minutes", "hrs": "hours",
              "secs": "seconds", "yrs": "years", "amt": "amount", "amts": "amounts", "approx": "about",
              "approx.": "about", "appx": "about", "circa": "about", "ca.": "about", "max.": "max", "min.": "min",
              # units of measure spelled out: the short form a column's name ends with (``dosage_mg``)
              **{f"{long}{s}": short for short, long in (("mg", "milligram"), ("kg", "kilogram"), ("g", "gram"),
                                                        ("ml", "milliliter"), ("ml", "millilitre"), ("cm", "centimeter"),
                                                        ("cm", "centimetre"), ("mm", "millimeter"), ("mm", "millimetre"),
                                                        ("km", "kilometer"), ("km", "kilometre"), ("oz", "ounce"))
                 for s in ("", "s")}}
#: Bounds written as signs or as "no more than": the words the rules read.
_BOUNDS = ((r"(?:>=|\u2265|=>)\s*", "at least "), (r"(?:<=|\u2264|=<)\s*", "at most "),
           (r"(?<![-=<>\w])>\s*(?=[\d$\u20ac\u00a3])", "over "), (r"(?<![-=<>\w])<\s*(?=[\d$\u20ac\u00a3])", "under "),
           # "must not be more than 5", "should never be less than 2": the modal goes with the negation (a comparative
           # of a column's meaning, "pricier than", is read by seedbed.scope.measures)
           (r"\b(?:(?:must|should|shall|can|may|will|would) )?(?:no|not|never)(?: be)? (?:more|greater|higher) than\b", "at most"),
           (r"\b(?:(?:must|should|shall|can|may|will|would) )?(?:no|not|never)(?: be)? (?:less|fewer|lower) than\b", "at least"))
#: What a request pasted from a ticket or a chat starts with before it says anything ("Q: can we ...").
_LABEL_HEAD = re.compile(r"^(?:ticket|q|question|request|req|re|fyi|note|todo|task|ask)\s*:\s*"
                         r"(?=(?:seed|generate|create|can|could|please|pls|we|i|need|make|fill|populate|give|add)\b)")


_CORRECTION = re.compile(r"(?i)\s*(?:\.\.\.|\u2026|--|\u2014|-|,)\s*(?:i mean|i meant|sorry|correction|make that|or rather|no wait)"
                         r"[,:]?\s+([^,;.\n]+)")


def _decade(m: re.Match[str], text: str) -> str:
    """"the 90s" / "the 1990s" -> "1990-1999", after "in" unless a preposition is said (a two-digit
    decade after 30 is the 1900s, else the 2000s)."""
    digits = m.group("a") or m.group("b") or m.group("c")
    start = int(digits) if len(digits) == 4 else (1900 if int(digits) > 30 else 2000) + int(digits)
    said = re.search(r"\b(?:in|from|during|between|of|since|before|after|until)\s*$", text[:m.start()])
    return f"{'' if said else 'in '}{start}-{start + 9}"


def corrected(text: str) -> str:
    """A correction typed inside a phrase replaces as many words before it ("10% overdue... I mean
    open" -> "10% open", "1000 orders, sorry, 2000 orders" -> "2000 orders")."""
    while (m := _CORRECTION.search(text)) is not None:
        said = m.group(1).split()
        before = text[:m.start()].split(" ")
        keep = before[:max(0, len(before) - len(said))]
        text = " ".join([*keep, *said]) + text[m.end():]
    return text


def _shorthand(s: str) -> str:
    """Shorthands, signs and hedges spelled the one way the rules read them (see ``normalise``)."""
    s = re.sub(r"(?<![\w.])(" + "|".join(map(re.escape, SHORTHANDS)) + r")(?![\w])", lambda m: SHORTHANDS[m.group(1)], s)
    # thousands grouped with dots, as much of Europe writes them ("60.000", "1.250.000"): never a decimal "60.000"
    s = re.sub(r"(?<![\d.,])([1-9]\d{0,2})((?:\.\d{3}){2,}|\.000)(?![\d.]*\d)", lambda m: m.group(1) + m.group(2).replace(".", ""), s)
    # a unit of two words, in the short form a column's name ends with ("cubic meters": m3, "square cm": cm2)
    s = re.sub(r"\b(cubic|square|sq\.?) (meter|metre|m|centimeter|centimetre|cm|kilometer|kilometre|km)s?\b",
               lambda m: ("m" if m.group(2)[0] == "m" else m.group(2)[0] + "m" if m.group(2)[0] in "ck" else "")
               + ("3" if m.group(1) == "cubic" else "2"), s)
    s = possessives(comparatives(s))  # "pricier than 200": "price over 200" (``measures``)
    for sign, words in _BOUNDS:
        s = re.sub(sign, words, s)
    s = _LABEL_HEAD.sub("", s)
    s = re.sub(r"(?:^| )(?:please|pls|plz|thanks|thx|ty)(?= |$)", "", s).strip()  # "no viewers please"
    s = re.sub(r"\b(\d{4}) (q[1-4])\b", r"\2 \1", s)  # "2025 Q4"
    # a share in brackets after its table: "120 customers (mostly startups)"
    s = re.sub(r" \(\s*((?:mostly|mainly|largely|primarily|all|only|no|none)\b[^()]*?)\s*\)", r" \1", s)
    # "payments for orders with IDs matching the order service": the parent rows that exist or this
    # seed makes (no keys said), never a key named "matching"
    s = re.sub(r"\b(?:with )?(?:(?:matching|the same) (?:ids|keys)|(?:ids|keys) (?:matching|from|that exist in|existing in|"
               r"known to|known by|of) (?:the )?(?:[a-z_]+ )?(?:service|db|database|system|api|side))\b", "that exist", s)
    # "seasons that last 3 months": the verb of a length, never "the last 3 months" (a window: a silent misreading)
    s = re.sub(r"\b(?:that|which|who) last (?=(?:about |around |roughly |between |from |up to |at least |at most )?\d)", "lasting ", s)
    # a modal with a "to" after it, as learners of English say it ("must to be", "should to have"): the bare modal
    s = re.sub(r"\b(must|should|can|could|will|would|shall|may|might) to (?=[a-z]+\b)(?!to\b)", r"\1 ", s)
    s = re.sub(r"\b(?:must|shall|has to|have to|needs to|need to|ought to) be\b", "should be", s)  # one modal of obligation
    # "jobs finish the same day they start": a day at most between the row's two moments (said as such in the plan)
    s = re.sub(r"\b(?:on )?the same day (?:as |that |when )?(?:(?:they|it|he|she|the [a-z_]+) )?(?:(?:are|is|were|was|get|gets|got|"
               r"have been|has been|had been) )?(?=[a-z]+(?:$|[ ,.;]))", "within 1 day of ", s)
    # "within" said as a bound after the other time ("no later than 3 days after being placed")
    s = re.sub(r"\b(?:at most|no later than|within) (\S+ (?:minutes?|hours?|days?|weeks?|months?)) after\b", r"within \1 of", s)
    # a hedge after a number ("a dozen or so", "10ish"): marked until the number is read (``hedged``)
    s = re.sub(r"(?:(?<=\w),? (?:give or take|or so|more or less)|(?<=\d)-?ish|(?<=[a-z])-ish)(?![\w-])", " " + HEDGE, s)
    s = re.sub(r"(?:^|,? )(?:give or take|or so|inclusive|both inclusive|incl\.?)(?![\w-])", "", s)
    s = re.sub(r"(?<=\d) (?:thru|through) (?=[$\u20ac\u00a3]?\d)", " to ", s)  # "10 thru 99 dollars"
    s = re.sub(r"\be-mails?\b", lambda m: m.group(0).replace("-", ""), s)
    s = re.sub(r"\beach one (?=(?:has|have|gets|with|having|owns|needs|should)\b)", "each ", s)
    # a vague amount and then the number it stands for: the number counts ("a handful of stores (say 3)")
    s = re.sub(r"\b(?:a handful of|dozens of|a few|several|some|a couple of|lots of|many|a bunch of) ([a-z_]+) "
               r"\(\s*(?:say|like|maybe|about|around|roughly|approx\.?|approximately)?\s*(?=\d)", r"\1 ( ", s)
    # sizes in bytes ("under 5 MB")
    s = re.sub(r"\b(\d+(?:\.\d+)?) ?(kb|mb|gb|tb)\b",
               lambda m: f"{round(float(m.group(1)) * 1024 ** ('kmgt'.index(m.group(2)[0]) + 1))} bytes", s)
    s = re.sub(r"\bthe other half\b", "the rest", s)
    s = re.sub(r"\(\s*(?:say|like|maybe|roughly|approximately|around)\s+(?=\d)", "( ", s)  # "(say 3)": a count
    return re.sub(r"^([a-z][a-z_ ]*?) x ?(\d[\d,.]*k?)$", r"\2 \1", s)  # "japanese users x 250", "doctors x12"


def _in_id_list(s: str, pos: int) -> bool:
    return re.search(r"\b(?:ids?|keys?)\s*:?\s*$", s[:pos]) is not None


_MONTH_OF = {m[:3]: m for m in ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                                "october", "november", "december")}
CURRENCY = {"$": "dollars", "\u20ac": "euros", "\u00a3": "pounds"}
MONEY_UNITS = frozenset("dollar dollars usd euro euros eur pound pounds gbp bucks".split())
CENT_UNITS = frozenset("cent cents".split())
#: Units of measure a number column's name may end with (``dosage_mg``, ``weight_kg``): after a
#: number they name that column ("dosages of 5 to 500 mg"). Sizes in bytes are read apart ("5 MB").
MEASURE_UNITS = frozenset("mg mcg g kg lb lbs oz ml cl l cm mm km sqm sqft m3 tonne tonnes".split())

# ----------------------------------------------------------------------------------- words
#: A state word and the flags that say its opposite: "every project still active" is ``is_archived``
#: false where no flag says "active" itself.
#: Both ways: "deactivated users" is ``is_active`` false, "indoor classes" ``is_outdoor`` false, "nothing out
#: of order" ``is_out_of_order`` false where the flag is "working" (brief s8: antonym pairs of adjectives).
_OPPOSITE_PAIRS = {
    "active": "archived deleted disabled suspended banned inactive removed deactivated closed",
    "live": "archived deleted disabled removed draft", "current": "archived deleted",
    "enabled": "disabled", "visible": "hidden", "public": "private", "unlocked": "locked", "unread": "read",
    "indoor": "outdoor outdoors", "indoors": "outdoor outdoors", "open": "closed shut", "online": "offline",
    "internal": "external", "permanent": "temporary", "present": "absent", "remote": "onsite on_site",
    "optional": "required mandatory compulsory", "full": "empty", "domestic": "international foreign",
    "available": "sold_out unavailable", "working": "broken out_of_order faulty", "in_stock": "out_of_stock",
    "free": "paid", "valid": "invalid expired", "approved": "rejected declined", "accepted": "rejected declined",
    "manual": "automatic automated", "new": "used", "primary": "secondary", "vegetarian": "meat",
}
FLAG_OPPOSITES: dict[str, frozenset[str]] = {}
for _word, _others in _OPPOSITE_PAIRS.items():
    for _other in _others.split():
        FLAG_OPPOSITES[_word] = FLAG_OPPOSITES.get(_word, frozenset()) | {_other}
        FLAG_OPPOSITES[_other] = FLAG_OPPOSITES.get(_other, frozenset()) | {_word}

#: Words that carry no meaning of their own in a scope (left over, they are not a warning).
FILLER = frozenset("""
a an the and or of for to in on at by with please seed generate create make fill add insert
populate me i we us need want would like some data rows row records record tables table also plus
then that so should be is are it them all database db realistic test sample fake synthetic enough
just only each every per there have has having get gets let lets let's can could will give our my
this these those new fresh rows. , : ; & = ( ) - about around roughly approximately ~ ok okay but at all
+ gimme can you could would like want need i'd i'm give just pls plz thanks thx where
hey hi hello u ya yo kindly single lol tbh btw guys folks cheers somewhere sure ensure
do team staging ta thank must shall
""".split()) | META  # words about the request, not the data (``chatter``)

#: Verbs between rows and the value they get ("invoices billed to insurance", "paid for by employer",
#: "orders routed via courier"); with ``RELATION_VERBS``, any inflection. Another verb there is quoted back.
VALUE_VERBS = frozenset("""
bill billed charge charged invoice invoiced fund funded sponsor sponsored cover covered settle settled
reimburse reimbursed finance financed deliver delivered ship shipped route routed dispatch dispatched
classify classified mark marked label labelled labeled rate rated flag flagged set book booked done
handle handled submit submitted place placed issue issued made sent paid sold filed assigned tagged
ride rode ridden drive drove driven operate operated
""".split())

#: Verbs and their helpers that may stand between a parent and its children in a per-parent count
#: ("every user places 2-4 orders", "each order should contain ..."): read as "has". A word there
#: that is neither one of these (in any inflection) nor a word of the schema is quoted back.
RELATION_VERBS = frozenset("""
have has had having get gets got getting own owns owned receive receives received contain contains contained
hold holds held include includes included make makes made place places placed write writes wrote written
leave leaves left submit submits post posts create creates buy buys bought purchase purchases rent rents
order orders book books need needs take takes took come comes came carry carries list lists keep keeps kept
store stores stock stocks sell sells sold process processes handle handles manage manages run runs open opens
raise raises file files log logs send sends sent issue issues generate generates produce produces earn earns
see sees attract attracts collect collects accumulate accumulates gather gathers consist consists feature
features show shows track tracks record records add adds play plays played appear appears appeared act acts
star stars starred employ employs hire hires belong belongs link links map maps reference references cover covers span spans use uses
pay pays paid spend spends do does write wrote given gives give assigned assign assigns tagged tag tags
teach teaches taught treat treats treated serve serves served host hosts hosted attend attends attended
visit visits visited prescribe prescribes prescribed meet meets met lead leads led supervise supervises
supervised mentor mentors mentored conduct conducts conducted perform performs performed
should must will would can may might could shall
is are be been being was were does do did typically usually normally generally always ideally on average
then also really actually go goes
in into on to for
""".split())

#: Locale adjectives and country names -> locale; the ISO-2 country they stand for is the
#: locale's suffix.
LOCALE_WORDS: dict[str, str] = {
    "german": "de_DE", "germany": "de_DE", "japanese": "ja_JP", "japan": "ja_JP", "us": "en_US",
    "us-based": "en_US", "american": "en_US", "usa": "en_US", "u.s.": "en_US",
    "united states": "en_US", "british": "en_GB", "uk": "en_GB", "uk-based": "en_GB",
    "united kingdom": "en_GB", "english": "en_GB", "french": "fr_FR", "france": "fr_FR",
    "spanish": "es_ES", "spain": "es_ES", "italian": "it_IT", "italy": "it_IT", "dutch": "nl_NL",
    "netherlands": "nl_NL", "brazilian": "pt_BR", "brazil": "pt_BR", "mexican": "es_MX",
    "mexico": "es_MX", "canadian": "en_CA", "canada": "en_CA", "indian": "en_IN", "india": "en_IN",
    "chinese": "zh_CN", "china": "zh_CN", "korean": "ko_KR", "korea": "ko_KR", "polish": "pl_PL",
    "poland": "pl_PL", "swedish": "sv_SE", "sweden": "sv_SE", "australian": "en_AU",
    "australia": "en_AU", "german-based": "de_DE", "japan-based": "ja_JP", "french-based": "fr_FR",
}


#: Country names that are also common words or places elsewhere ("users in Georgia": the US state).
_AMBIGUOUS_COUNTRIES = frozenset({"georgia", "jordan"})


def _country_words() -> dict[str, str]:
    """Every country whose people seedbed makes (``data/vocab/countries.json``), by its name,
    other names and demonyms -> its locale: "users from Vietnam", "from Turkey", "Korean customers"."""
    import json
    from importlib import resources

    data = json.loads(resources.files("seedbed.data").joinpath("vocab/countries.json").read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for code, country in data.items():
        if not code.startswith("_"):
            for word in (country["name"].lower(), *country.get("aliases", ()), *country.get("demonyms", ())):
                if word not in _AMBIGUOUS_COUNTRIES:
                    out.setdefault(word, country["locale"])
    return out


LOCALE_WORDS.update({w: loc for w, loc in _country_words().items() if w not in LOCALE_WORDS})

#: Phrases that name a domain pack (``seedbed.generate.intent.DOMAINS``).
DOMAIN_WORDS: dict[str, str] = {
    "e-commerce": "ecommerce", "ecommerce": "ecommerce", "e commerce": "ecommerce",
    "online store": "ecommerce", "online shop": "ecommerce", "web shop": "ecommerce",
    "webshop": "ecommerce", "retail": "ecommerce", "saas": "saas", "b2b saas": "saas",
    "fintech": "fintech", "banking": "fintech", "healthcare": "healthcare", "health care": "healthcare",
    "medical": "healthcare", "hospital": "healthcare", "clinic": "healthcare", "social network": "social",
    "social media": "social", "social": "social", "hr": "hr", "human resources": "hr",
    "travel": "travel", "airline": "travel", "education": "education", "e-learning": "education",
    "school": "education", "university": "education", "logistics": "logistics", "shipping company": "logistics",
    "news": "news", "news site": "news", "newsroom": "news", "newspaper": "news", "news publisher": "news",
}

#: Words for a product theme -> the category key of the e-commerce vocabulary
#: (``seedbed/data/vocab/commerce.json``); "an e-commerce store with electronics products".
THEME_WORDS: dict[str, str] = {
    "electronics": "electronics", "electronic": "electronics", "consumer electronics": "electronics",
    "gadgets": "electronics", "gadget": "electronics", "tech": "electronics",
    "fashion": "fashion", "clothing": "fashion", "clothes": "fashion", "apparel": "fashion",
    "home": "home", "kitchen": "home", "homeware": "home", "homewares": "home", "housewares": "home",
    "home and kitchen": "home", "home & kitchen": "home", "kitchenware": "home",
    "grocery": "grocery", "groceries": "grocery", "food": "grocery",
    "books": "books", "book": "books",
    "sports": "sports", "sport": "sports", "sporting": "sports", "outdoor": "sports", "outdoors": "sports",
    "sports and outdoors": "sports", "sports & outdoors": "sports", "fitness": "sports",
    "beauty": "beauty", "cosmetics": "beauty", "skincare": "beauty", "skin care": "beauty",
    "personal care": "beauty",
}

#: Company sizes ("make customers enterprise companies"): a word -> the size segment.
BUSINESS_SIZES: dict[str, str] = {
    "enterprise": "enterprise", "enterprises": "enterprise", "large": "enterprise", "corporate": "enterprise",
    "large enterprise": "enterprise", "mid-market": "mid-market", "midmarket": "mid-market",
    "mid-size": "mid-market", "mid-sized": "mid-market", "midsize": "mid-market", "medium-sized": "mid-market",
    "medium": "mid-market", "small": "smb", "small business": "smb", "small businesses": "smb", "smb": "smb",
    "smbs": "smb", "sme": "smb", "smes": "smb", "small and medium": "smb", "startup": "startup",
    "startups": "startup", "start-up": "startup", "start-ups": "startup", "b2b": "",
}

#: Nouns that make rows companies; the ones that also say a size map to it.
BUSINESS_NOUNS: dict[str, str] = {
    "companies": "", "company": "", "businesses": "", "business": "", "firms": "", "organizations": "",
    "organisations": "", "orgs": "", "corporations": "enterprise", "enterprises": "enterprise",
    "startups": "startup", "start-ups": "startup", "smbs": "smb", "smes": "smb", "accounts": "",
    "customers": "", "clients": "",
}

#: Time units -> (days, months) of one unit.
TIME_UNITS: dict[str, tuple[int, int]] = {
    "hour": (0, 0), "day": (1, 0), "week": (7, 0), "fortnight": (14, 0), "month": (0, 1),
    "quarter": (0, 3), "year": (0, 12),
}

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")

#: "mostly completed or shipped": the share the named values take together.
FUZZY_SHARES: dict[str, float] = {
    "mostly": 0.8, "mainly": 0.8, "largely": 0.8, "primarily": 0.8, "predominantly": 0.8,
    "usually": 0.8, "overwhelmingly": 0.95, "almost all": 0.95, "nearly all": 0.95, "all": 1.0,
    "only": 1.0, "always": 1.0, "exclusively": 1.0, "half": 0.5, "some": 0.2, "a few": 0.1,
    "rarely": 0.05, "most": 0.8, "few": 0.1, "many": 0.6, "a handful": 0.05, "lots of": 0.6, "a lot of": 0.6,
    "plenty of": 0.6,
}
