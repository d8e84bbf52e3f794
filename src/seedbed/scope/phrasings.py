"""Everyday phrasings rewritten to the spelling the scope rules read (called from ``lexicon.normalise``,
each at its place in the order there): pure text functions, no schema.

- ``shared_totals``: "40 users with 300 orders between them" is 300 orders over the 40, not 300 each;
- ``seasons``: "summer 2025" is June to August 2025;
- ``coming_verbs``: "bookings come through the booking site" is "bookings through the booking site";
- ``WHO_EACH``, ``each_clause``: "50 actors who each play in between 5 and 15 films" is "50 actors" and
  "each play in 5-15 films"; ``relative_each``: "10 interviewers who run 2-4 interviews each" is "10
  interviewers that run 2-4 interviews each", "who each handle 3 to 5 jobs" after a comma "each handle ...";
- ``counts_after_nouns``: "jobs: 40 candidates: 300", "jobs 40 candidates 300" is "jobs: 40 , candidates: 300".
"""

from __future__ import annotations

import re

__all__ = ["WHO_EACH", "coming_verbs", "counts_after_nouns", "each_clause", "every_one_value", "people_values", "percent_ranges", "relative_each",
           "seasons", "shared_totals"]

#: The months of a season: the northern hemisphere's meteorological seasons; winter YYYY is the one
#: that begins in December of YYYY (December YYYY to February YYYY+1).
_SEASONS = {"spring": "march to may", "summer": "june to august", "autumn": "september to november",
            "fall": "september to november"}
_SEASON = re.compile(r"\b(?:(?:in|during|over|throughout) )?(?:the )?(spring|summer|autumn|fall|winter)(?: of)? ((?:19|20)\d\d)\b")
_SEASON_NO_YEAR = re.compile(r"\b(?:(?:in|during|over|throughout|from) (?:the )?(?:(?:last|past|previous) )?|(?:the )?(?:last|past|previous) )"
                             r"(spring|summer|autumn|fall|winter)(?!(?: of)? (?:19|20)\d\d\b)(?![\w-])")
_SKEWED = re.compile(r"\b(?:clustered|concentrated|bunched|peaking|peaks?|skewed|mostly|mainly|largely|more|most|busier|"
                     r"busiest|heavier|especially|particularly)\s*$")
_NOUN = r"([a-z_]+(?: (?!(?:with|having|who|that|and|sharing|between|among|amongst|across)\b)[a-z_]+)?)"
_SHARED = re.compile(rf"\b(\d+) {_NOUN} (?:(?:, |with |having |who have |that have |and )(?:a total of )?"
                     rf"(\d+) {_NOUN} (?:between|among|amongst|across) (?:them|those|these)(?: all)?\b"
                     rf"|sharing (?:a total of )?(\d+) {_NOUN}(?: (?:between|among|amongst) (?:them|those|these))?\b)")
_COMING = re.compile(r"\b(?:come|comes|coming|came|arrive|arrives|arriving|arrived) (?=(?:in )?(?:via|through|by)\b)"
                     r"|\b(?:should|must|will|would|can) be (?=(?:rated|marked|tagged|labelled|labeled)\b)")


def shared_totals(s: str) -> str:
    """"40 users with 300 orders between them", "10 customers sharing 60 subscriptions": the second
    count in all, spread over the rows of the first ("300 orders over 40 users"). Numbers are digits."""
    return _SHARED.sub(lambda m: f"{m.group(3) or m.group(5)} {m.group(4) or m.group(6)} over {m.group(1)} {m.group(2)}", s)


def _season_months(season: str, year: int) -> str:
    return f"from december {year} to february {year + 1}" if season == "winter" else f"from {_SEASONS[season]} {year}"


def _last_season(season: str) -> int:
    """The year of the latest ``season`` wholly before "now" (``REFERENCE_NOW``): "last winter" on
    1 January 2026 is December 2024 to February 2025, "in the summer" June to August 2025."""
    from seedbed.generate.streams import REFERENCE_NOW

    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[season]
    year = REFERENCE_NOW.year
    while (year + (first + 3 > 12)) * 12 + (first + 3 - 1) % 12 > REFERENCE_NOW.year * 12 + REFERENCE_NOW.month - 1:
        year -= 1
    return year


def seasons(s: str) -> str:
    """"in summer 2025", "during the spring of 2024": the season's months, as "from june to august 2025";
    "last winter", "in the summer" (no year): the latest one wholly before "now"."""
    s = _SEASON.sub(lambda m: _season_months(m.group(1), int(m.group(2))), s)
    # ("rentals clustered in the summer months" is a share of the rows in a time: left for the rules
    # that quote it back, never all of them in one summer)
    return _SEASON_NO_YEAR.sub(lambda m: m.group(0) if _SKEWED.search(s[:m.start()])
                               else _season_months(m.group(1), _last_season(m.group(1))), s)


def coming_verbs(s: str) -> str:
    """"bookings come through the booking site", "orders arriving via the app": the way a row came,
    said with a verb of coming before the value; "should be rated G": "rated G"."""
    return _COMING.sub("", s)


#: "50 actors who each play in ...", "15 teachers each teach 2 to 4 courses": the rows counted, then what
#: each of them has, as its own clause (cut at the comma put there, before the text is normalised).
WHO_EACH = re.compile(r"(?i)(?<=[a-z])(?<!\bin)(?<!\bof)(?<!\bon)(?<!\bat) (?:who|that|which) each "
                      r"(?=[a-z])(?![a-z_]+ (?:is|are|was|were|should|must|will|gets?)\b)"
                      r"|(?<=[a-z]s) each (?!(?:with|having|has|had|of|for|per)\b)"
                      r"(?=[a-z]+ (?:[a-z]+ )?(?:between )?\d+\s*(?:-|to|and)\s*\d+)")
_OF_THEM = re.compile(r"\b(\d+) of (?:them|those|these) (?:(?:are|is|were|should be|being) )?([a-z_][\w-]*)(?= (?:and|but|,)\b|$)")
_EACH_BETWEEN = re.compile(r"\beach ((?:[a-z']+ ){1,3})between (?=\d+(?:\.\d+)?-\d)")


def each_clause(s: str) -> str:
    """"each play in between 5-15 films": what each row has, the range without "between" (ranges are
    "5-15" already), as "each play in 5-15 films"; "100 of them denied and the rest paid": a count of a
    value among the rows just counted, as "100 denied and the rest paid"."""
    s = _OF_THEM.sub(r"\1 \2", s)  # "100 of them denied and the rest paid": a count of the value
    return _EACH_BETWEEN.sub(r"each \1", s)


#: "10 interviewers who run 2-4 interviews each": a relative clause with "each" after the children.
_WHO_THEN_EACH = re.compile(r"(?<=[a-z_]) (?:, )?(?:who|which) (?:(?:will|should|would|can|must|may) )?"
                            r"(?P<v>[a-z]+(?: (?:to|on|in|for|with|over))?) (?P<n>(?:(?:between|from|about|around|roughly) )?"
                            r"\d+(?:-\d+)? [a-z_]+) (?:each|apiece|a piece)\b")


def relative_each(s: str) -> str:
    """"10 interviewers who run 2-4 interviews each": the per-row count of the rows counted, said as
    "10 interviewers that run 2-4 interviews each" (the fan-out rules read "that"); "who each handle 3 to
    5 jobs" at the start of a clause (after "12 recruiters,"): "each handle 3-5 jobs" (``WHO_EACH`` cuts
    the clause only after a word)."""
    s = _WHO_THEN_EACH.sub(lambda m: f" that {m.group('v')} {m.group('n')} each", s)
    return re.sub(r"^(?:who|that|which) (?=each\b)", "", s)


_PAIRS = re.compile(r"(?:^|(?<=^seed )|(?<=^create )|(?<=^generate ))(?:[a-z_]+ ?(?::|=|-)? ?\d+(?: |$)){2,}$")


def counts_after_nouns(s: str) -> str:
    """"jobs: 40 candidates: 300 applications: 900", "jobs 40 candidates 300": a list of counts after their
    nouns without commas; each number ends its pair (never "40 candidates")."""
    return _PAIRS.sub(lambda m: re.sub(r"([a-z_]+) ?(?::|=|-)? ?(\d+) ?", r"\1: \2 , ", m.group(0)).rstrip(" ,"), s)


_EVERY_ONE_VALUE = re.compile(r"\b(?:each and every|every single|every|each) one of (them|those|these) "
                              r"(?:(?:is|are|was|were|being|got|gets|get) )?(?=[a-z_][\w-]*(?:$| ?[,;]| (?:and|but)\b))")


def every_one_value(s: str) -> str:
    """"eighty orders, every one of them shipped": one value for all the rows just counted ("all of
    them shipped"); before a count it stays "each" ("each of them with 3 items")."""
    return _EVERY_ONE_VALUE.sub(r"all of \1 ", s)


_WOMEN = r"women|woman|females|ladies|girls"
_MEN = r"men|man|males|gentlemen|boys"
_PEOPLE_SHARE = re.compile(rf"\b(\d+(?:\.\d+)?%|mostly|mainly|half|all|only) (?:of them )?(?:(?:are|being) )?(?:({_WOMEN})|({_MEN}))\b")


def people_values(s: str) -> str:
    """"60% women", "mostly men": a share of the rows said as people, the value of their sex ("60% female",
    "mostly male"; a one-letter code is read from the word)."""
    return _PEOPLE_SHARE.sub(lambda m: f"{m.group(1)} {'female' if m.group(2) else 'male'}", s)


_PERCENT_RANGE = re.compile(r"\b(?:between|from) (\d+(?:\.\d+)?)%? (?:and|to|-) (\d+(?:\.\d+)?)%")


def percent_ranges(s: str) -> str:
    """"between 10 and 30 percent off", "from 5% to 20%": a range of percents, "10-30%" (was: "30% off", a
    share of a value "off")."""
    return _PERCENT_RANGE.sub(r"\1-\2%", s)
