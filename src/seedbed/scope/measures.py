"""A column said by what it measures rather than by its name (issue 11, brief s8 of session 7).

People compare a quantity with its adjective ("pricier than 200", "no heavier than 120 kg", "younger
than 40"), name a column of every row as "the stock of every product" or "every product's stock",
and put the unit of the column after the number ("at most 90 minutes", "2000 square metres"). These
pure rewrites, run by ``lexicon.normalise``, keep the quantity's noun where the comparative or the
possessive would lose it: the rules then ground the noun against the table's columns (``ground``'s
concepts: "price" -> ``monthly_fee``, "size" -> ``floor_area_sqm``, "weight" -> ``weight_kg``), and a
noun no column of the table holds is an error or a warning, never dropped.
"""

from __future__ import annotations

import re

from seedbed.generate.streams import REFERENCE_NOW

__all__ = ["COMPARATIVES", "MEASURE_VERBS", "ORDINALS", "PEOPLE", "comparatives", "ordinal_nouns", "possessives"]

#: Verbs that say a row measures something (its quantity named by the verb or by the unit after the number):
#: "classes lasting at most 45 minutes", "rooms holding 30 students", "plans running 12 months".
MEASURE_VERBS = frozenset("""last lasts lasting run runs running take takes taking hold holds holding seat seats seating
sleep sleeps sleeping fit fits fitting accommodate accommodates accommodating weigh weighs weighing cost costs costing
measure measures measuring span spans spanning""".split())
#: Words for the people a capacity counts ("seats 20 people", "sleeps 4 guests").
PEOPLE = frozenset("people persons person guests guest visitors attendees participants riders members adults "
                   "passengers players diners".split())
#: The comparatives of a quantity's adjectives: the quantity's noun (a concept of ``ground.CONCEPTS`` or a
#: word columns are named with) -> (the comparatives of more, the comparatives of less).
COMPARATIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "price": (("pricier", "more expensive", "costlier", "dearer"), ("cheaper", "less expensive", "less costly")),
    "size": (("bigger", "larger", "roomier", "wider"), ("smaller", "narrower")),
    "length": (("longer", "lengthier"), ("shorter", "briefer")),
    "weight": (("heavier",), ("lighter",)),
}
_NUM = r"(?= ?(?:[$\u20ac\u00a3]|\d))"
#: "older than 40", "younger than 30 years (old)": an age, not a time since (a unit other than years is
#: left to the time rules: "no notifications older than 30 days").
_AGE = re.compile(r"\b(?:(?P<neg>no|not|never) )?(?P<cmp>older|younger) than (?P<n>\d+)(?: ?(?:years?|yrs?)(?: old)?| ?yo| ?y/o)?"
                  r"(?![\w%-]| (?:days?|weeks?|months?|hours?|minutes?|years?)\b)")


def _age(m: re.Match[str]) -> str:
    """An age bound as a bound on the birth date (relative to the fixed "now")."""
    year = REFERENCE_NOW.year - int(m.group("n"))
    older = (m.group("cmp") == "older") != bool(m.group("neg"))
    return f"born before {year}" if older else f"born since {year}"


#: Units that name the column they measure themselves ("longer than 45 minutes": a column of minutes; "heavier
#: than 20 kg": ``weight_kg``; "bigger than 2000 sqm": ``floor_area_sqm``): the comparative's noun is not needed.
UNITS = ("minutes?|mins?|hours?|seconds?|days?|nights?|weeks?|months?|stars?|points?|seats?|pages|bytes|mg|mcg|g|kg|lbs?|oz|ml|cl|l|"
         "cm|mm|km|m|sqm|sqft")
_UNIT_AFTER = re.compile(rf" ?(?:[$\u20ac\u00a3] ?)?\d[\d,.]*k? ?(?:{UNITS})\b")
#: Areas spelled out, as the short unit a column's name ends with (``floor_area_sqm``).
_AREAS = ((r"\b(?:square|sq\.?) ?(?:met(?:er|re)s?|m)\b|(?<=\d) ?(?:m2|m\u00b2)(?!\w)", "sqm"),
          (r"\b(?:square|sq\.?) ?(?:feet|foot|ft)\b|(?<=\d) ?(?:ft2|ft\u00b2)(?!\w)", "sqft"))


def comparatives(s: str) -> str:
    """"pricier than 200" -> "price over 200", "no heavier than 120" -> "weight at most 120", "younger than
    40" -> "born since 1986": the comparative's quantity kept as the noun the rules ground (not where a
    unit after the number names the column itself: "longer than 45 minutes" -> "over 45 minutes")."""
    for pattern, unit in _AREAS:
        s = re.sub(r" {2,}", " ", re.sub(pattern, f" {unit}", s)).strip()

    # "90 products, none of them pricier than 200": each of them not pricier (the bound of every row)
    adjectives = "|".join(w for more, less in COMPARATIVES.values() for w in (*more, *less))
    s = re.sub(rf"\bnone of (?:them|those|these)(?: (?:is|are|should be|must be|being))? (?=(?:{adjectives}|more|less|fewer|"
               rf"greater|higher|lower) than{_NUM})", "each not ", s)

    def said(noun: str, bound: str) -> object:  # (a unit after: the bound words the unit rules read)
        def put(m: re.Match[str]) -> str:
            rows = f"{m.group('t')} " if "t" in m.groupdict() else ""
            return rows + ({"over": "at least"}.get(bound, bound) if _UNIT_AFTER.match(s, m.end()) else f"{noun} {bound}")
        return put
    for noun, (more, less) in COMPARATIVES.items():
        up, down = "|".join(more), "|".join(less)
        for pattern, bound in ((rf"\bno (?P<t>[a-z_]+) (?:(?:is|are|should be) )?(?:{up}) than{_NUM}", "at most"),
                               (rf"\bno (?P<t>[a-z_]+) (?:(?:is|are|should be) )?(?:{down}) than{_NUM}", "at least"),
                               (rf"\b{_MODAL}(?:no|not|never)(?: be)? (?:{up}) than{_NUM}", "at most"),
                               (rf"\b{_MODAL}(?:no|not|never)(?: be)? (?:{down}) than{_NUM}", "at least"),
                               (rf"\b(?:{up}) than{_NUM}", "over"), (rf"\b(?:{down}) than{_NUM}", "under")):
            s = re.sub(pattern, said(noun, bound), s)  # type: ignore[arg-type]
    return _AGE.sub(_age, s)


#: "must not be longer than 90 minutes": the modal goes with the negation.
_MODAL = r"(?:(?:must|should|shall|can|may|will|would|could) )?"

#: Words before "of every T" that are no column ("the rest of every order", "the number of each").
_NOT_COLUMNS = frozenset("rest remainder majority minority bulk most number count share half third quarter fifth "
                         "tenth all none some each every any one two".split())


def possessives(s: str) -> str:
    """"the stock of every product", "the monthly fee of each plan", "every product's stock": the table
    then its column ("product stock", "plan monthly fee"), the form the range rules read."""
    def of_every(m: re.Match[str]) -> str:
        words = m.group("col").split()
        if any(w in _NOT_COLUMNS for w in words):
            return m.group(0)
        return f"{m.group('t')} {m.group('col')}"
    s = re.sub(r"\b(?:keep|make|have|set|cap|limit) (?=the [a-z_]+(?: [a-z_]+)? of (?:every|each|all|any)\b)", "", s)
    s = re.sub(r"\bthe (?P<col>[a-z_]+(?: [a-z_]+)?) of (?:every|each|all(?: of)?(?: the)?|any) (?P<t>[a-z_]+)\b",
               of_every, s)
    s = re.sub(r"(?<![\w'])([a-z_]*[a-z]s)'(?= [a-z])", r"\1", s)  # "the POs' totals": a plural's possessive
    # "each customer's vehicles: 1-3", "every vehicle's repair orders: between 0 and 6": so many of them per row
    s = re.sub(r"\b(?:every|each|per) ((?:[a-z_]+ )?[a-z_]+)'s? ([a-z_]+(?: [a-z_]+)?) ?: ?((?:between |from )?\d+(?:(?: ?- ?| to | and )\d+)?)"
               r"(?= *(?:[,;]|$))", r"each \1 has \3 \2", s)
    return re.sub(r"\b(?:every|each|any|all|the) ([a-z_]+)'s? ([a-z_]+)\b", r"\1 \2", s)


#: Ordinal words, first to tenth (``ordinals`` reads them before a column's word too).
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"


def ordinal_value(word: str) -> int:
    """"second" -> 2, "3rd" -> 3."""
    return ORDINALS.index(word) + 1 if word in ORDINALS else int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def ordinal_nouns(s: str, word: str, column: str) -> str:
    """"mostly first years", "half of them second-years": rows named by an ordinal value of a number column
    (``year_level``, said with its word "year" as a plural noun), as "N year_level" (a value the mix rules read);
    "first-year students" (a noun after it) is left to ``ordinals``."""
    return re.sub(rf"\b({_ORDINAL})[- ](?:{re.escape(word)}s|{re.escape(word)}ers)\b(?![- ]?[a-z])",
                  lambda m: f"{ordinal_value(m.group(1))} {column}", s)
