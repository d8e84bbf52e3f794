"""A number column named by what its rows do (brief s18 of session 10): "crew earning under 30 an hour", "parcels
weighing over 5 kg", "items that sell for under 10", "tasks estimated at more than 8 points", "depots paying no more
than 9000 in rent", "vans with 20000 km on the clock".

People name a quantity by its verb, not by the column's name, and put its unit, a rate or the column's own words
after the number. ``verb_columns`` (run by ``lexicon.normalise`` once numbers are spelled as digits) says each such
clause the one way the range rules read best, "T with a <word> of <bound> <number> <unit> <rate>":

- the words after the number name the column when they are no unit and no rate ("earning 1000 points", "worked 0-4
  hours of overtime", "paying 9000 in rent", "logging 1-12 labour hours"): "with <bound> <number> <words>";
- else the verb's word (``data/vocab/verbcols.json``: weigh -> weight, cover -> distance, sell for -> price,
  earn -> wage, score -> score), which ``ground``'s concepts take to the column by its meaning (a wage is a
  ``salary`` or a ``pay`` too); the unit after the number is kept, so ``scope.units`` converts it ("1-3 tonnes"
  on ``weight_kg``) and a rate stays to be read against the column ("a month" on ``monthly_rate``);
- a verb the lexicon does not know is left as said: the rules quote it back (never a silent reading).

Verbs of a length ("last", "take", "run") are ``scope.verbs``' and ``scope.durations``'.
"""

from __future__ import annotations

import re
from functools import cache

from seedbed.generate.realistic.vocab import load

__all__ = ["said_verb", "verb_columns"]

_VOCAB = load("verbcols")
#: A verb as said (every inflection, several words for a phrasal verb) -> the word of the column it names ("" for a
#: verb that carries no quantity of its own: the unit or the words after the number name it).
VERB_WORDS: dict[str, str] = {form.strip(): word for word, forms in _VOCAB["verbs"].items() for form in forms.split(",")}
_VERBS = "|".join(re.escape(v) for v in sorted(VERB_WORDS, key=len, reverse=True))
_BOUND = (r"(?:at least|at most|up to|no more than|no less than|not more than|more than|less than|under|over|above|"
          r"below|between|from|min|max|a minimum of|a maximum of|upwards of|around|about|roughly)")
_NUM = r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?"
_AFTER = r"(?:or (?:more|less|above|below|over|under|higher|lower)|and (?:up|over|above|under|below)|plus|\+|max|min|tops)"
_TIME = "hour|hr|night|day|week|month|year|annum"
#: A rate after a bound: "an hour", "per night", "/hr", "every month", "a year"; "each" / "apiece": of every row.
_RATE = rf"(?:(?:an?|per|every|/) ?(?:{_TIME})s?|each|apiece|per (?:head|person|unit|item))"
#: The words of a column after its number, when they are not a unit ("points", "labour hours", "in rent",
#: "hours of overtime"): up to three words, a preposition before them dropped.
_TAIL = r"(?:(?:in|of|on) )?(?P<tail>(?!(?:and|or|but|with|for|to|each|per|in|on|of|at|from|the|a|an)\b)[a-z_]+(?: (?:of )?[a-z_]+){0,2})"


@cache
def _clause_re() -> re.Pattern[str]:
    """The clause (compiled on first use: the units of ``lexicon``, which imports this module)."""
    from seedbed.scope.lexicon import MEASURE_UNITS

    units = "|".join(re.escape(u) for u in sorted(MEASURE_UNITS | set(_VOCAB["units"].split()), key=len, reverse=True))
    return re.compile(
    rf"(?:\b(?:that|which|who) )?(?:(?:can|could|will|would|should|must|do|does|typically|usually|generally|all|each|"
    rf"normally|always) )*(?:(?:where|in which|when) (?:people|they|someone|somebody|workers|staff) )?(?:(?:are|is|get|gets|be) )?"
    rf"(?<![\w-])(?P<verb>{_VERBS}) (?:(?:at|for|to|in at) )?"
    rf"(?P<bound>{_BOUND} )?(?P<n>{_NUM})(?P<plus>\+)?(?P<after> {_AFTER})?(?P<unit> (?:{units}))?(?P<after2> {_AFTER})?"
    rf"(?P<rate> {_RATE})?(?: {_TAIL})?(?![\w%-])")


#: "20000 km on the clock", "on the odometer": the distance a vehicle has done (its mileage).
_CLOCK = re.compile(rf"\b(?:with )?(?P<q>(?:{_BOUND} )?{_NUM}(?: {_AFTER})?) (?P<unit>km|kms|kilometres|kilometers|miles|mi)"
                    rf"(?P<a> {_AFTER})? on the (?:clock|odometer|meter|dial)(?P<b> {_AFTER})?(?![\w-])")


def _clause(m: re.Match[str]) -> str:
    word, tail = VERB_WORDS[m.group("verb")], m.group("tail")
    if tail and tail.split()[0] in _VOCAB["not_columns"].split():
        tail = None  # "costing 50 to buy", "that last 20 minutes when played": no column's words
    said = m.group(0)[(m.start("bound") if m.group("bound") else m.start("n")) - m.start():]
    said = re.sub(r"(?<=\d)\+", " or more", said)  # "scoring 50+"
    if tail is None and m.group("tail"):
        said = said[:len(said) - len(m.group("tail"))].rstrip()
        said = re.sub(r" (?:in|of|on)$", "", said)
        rest = " " + m.group("tail")
    else:
        rest = ""
    if tail and not m.group("unit"):
        said = re.sub(rf"(?<=\d) (?:in|on) (?={re.escape(tail)}$)", " ", said)  # "paying 9000 in rent": 9000 rent
    if tail or not word:
        # the words after the number name the column ("earning 1000 points", "paying 9000 in rent", "worked 0-4 hours
        # of overtime"), or its unit does ("carrying up to 2000 kg"); no word at all: read as said
        return f"with {said}{rest}" if tail or m.group("unit") else m.group(0)
    article = "an" if word[0] in "aeiou" else "a"
    return f"with {article} {word} of {said}{rest}"


_MONEY = r"(?: (?:dollars|euros|pounds|bucks|usd|eur|gbp))?(?: (?:each|apiece))?"
#: "damage claims for over 300", "invoices for under 50 each": a bound of each row's amount after "for" (as "of").
_FOR = re.compile(rf"(?<=[a-z]s) for (?=(?:{_BOUND}) \d+(?:\.\d+)?{_MONEY}$)")
#: "durations of 30-240 minutes for service appointments": the table said after the column's range.
_TABLE_AFTER = re.compile(rf"^(?P<col>[a-z_]+(?: [a-z_]+)?) (?:of|between|from) (?P<q>(?:{_BOUND} )?{_NUM}(?: {_AFTER})?(?: [a-z]+)?)"
                          rf" (?:for|on|in|across) (?:the |all |every |each |our )?(?P<t>[a-z_]+(?: [a-z_]+)?)$")


def verb_columns(s: str) -> str:
    """The clauses of the module's docstring, said as "with a <word> of <bound> <number> ..."."""
    s = _CLOCK.sub(lambda m: f"with a mileage of {m.group('q')} {m.group('unit')}{m.group('a') or m.group('b') or ''}", s)
    s = _TABLE_AFTER.sub(lambda m: f"{m.group('t')} with {m.group('col')} of {m.group('q')}", s)
    return _FOR.sub(" of ", _clause_re().sub(_clause, s))


def said_verb(phrase: str, word: str) -> str | None:
    """The verb of ``phrase`` that ``verb_columns`` said as the column word ``word`` ("spend" for "spending" in "customers
    who spend over 2000"), for an error or a warning to quote what the user said; None when no verb of it is there."""
    text = phrase.lower()
    for verb, said in sorted(VERB_WORDS.items(), key=lambda kv: -len(kv[0])):
        if said == word and re.search(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", text):
            return verb
    return None
