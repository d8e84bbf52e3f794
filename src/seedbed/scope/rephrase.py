"""The other wordings of one fact of a clause (brief s27, issue 11), tried by ``joins`` when the rules leave the fact
unread as typed; a wording is kept only when the rules read it whole.

- pointing back at the rows said before: "a fifth of them" -> "20% of the <rows>", "..., 60 of them" -> "60 <rows>",
  "only half have a phone" -> "50% of the <rows> have a phone";
- said of every row, or of none: "everyone has an email", "each with a nationality and a date of birth", "email for
  everyone", "none of them with a sponsor" -> "every <row> has a X" / "no <row> has a X", one per value said;
- a predicate shared by two columns: "phone and email both missing for 10%" -> one clause per column;
- the words the rules read: a range without its preposition ("between 2-4 contacts for each of 25 clients"), a table
  without a collective noun after it ("submissions pipeline"), a vague count of a value as its number ("a couple
  blacklisted" -> "2 blacklisted", ``data/vocab/joins.json``), "other ones" as the rest;
- rows counted, then what is said of them ("around 350 candidates with 5-30 years of experience" -> "around 350
  candidates", "candidates with 5-30 years of experience").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from seedbed.generate.realistic.vocab import load
from seedbed.scope.ground import Grounding
from seedbed.scope.inflect import singular

__all__ = ["fractions", "has_column", "plain", "quantified", "readings"]

_VOCAB = load("joins")
_Q = r"\d+(?:\.\d+)?%|half|most|all|none|some|a few|many"
#: A share pointing back at the rows said before: "a fifth of them", "20% of those".
_OF_THEM = re.compile(rf"\b(?P<q>{_Q}) of (?:them|those|these)\b")
#: A count pointing back at the rows said before: "60 of them", "about 300 of those", "300 in all".
_N_OF_THEM = re.compile(r"^(?:(?:and|with|so) )?(?:(?:about|around|roughly|some|like|maybe) )?(?P<n>\d+) (?:of (?:them|those|these)"
                        r"(?: (?:in all|in total|total|overall))?|in all|in total|total|overall|altogether)(?=$| :| ,)")
#: A count of some of the rows said before: "of which 50 refunded", "of those 5 laid up", "a total of 300 bookings".
_OF_WHICH = re.compile(r"^(?:(?:and|with) )?(?:of (?:which|whom|those|these|them)|a total of|in total) (?=\d)")
#: A share of the rows said before them, with a verb of having: "only half have a phone", "30% lack an email".
_SHARE_HAVE = re.compile(rf"^(?P<head>(?:(?:and|but|while) )?(?:only )?)(?P<q>{_Q}) (?=(?:have|has|had|get|gets|come with|"
                         r"lack|lacks|are missing|is missing|don't have|do not have)\b)")
#: A column's words, then the range of its values: "retainer between 15000-50000", "capacity of 20-40" (the range's
#: unit, which differs by pattern, follows it).
_COL_RANGE = (r"(?P<col>[a-z_][\w-]*(?: (?!between|from|of)[a-z_][\w-]*)?) "
              r"(?P<rng>(?:(?:between|from|of) )?\d+(?:\.\d+)?-\d+(?:\.\d+)?")
#: A share of rows that have a value, and the values they have: "30% have a retainer between 15000-50000".
_SHARE_RANGE = re.compile(rf"^(?:(?:and|but|maybe|about|around|like|say|only) )*(?P<q>{_Q}) (?:of (?:the )?(?P<t>[a-z_][\w-]*) )?"
                          rf"(?:have|has|with|get|gets|come with) (?:(?:an?|their|its|the) )?{_COL_RANGE}(?: [a-z]+)?)$")
#: Rows counted, then said of them with a relative word: "around 350 candidates with 5-30 years of experience".
_COUNTED_THEN = re.compile(r"^(?:(?:please )?(?:make|create|generate|add|seed|insert|give me|get me|(?:i |we )?(?:need|want)) )?"
                           r"(?P<head>(?:(?:about|around|roughly|approximately|some|maybe|exactly|like) )?\d+ "
                           r"(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)) (?P<rest>(?:with|where|whose|who|that|which|having) .+)$")
#: A range said with its preposition where the rules read it bare ("between 2-4 contacts for each of 25 clients"),
#: and rows said with a possessive ("for each of our 25 clients").
_BARE_RANGE = re.compile(r"(?:^|(?<= ))(?:(?:anywhere|somewhere) )?(?:between|from) (?=\d+(?:\.\d+)?-\d)|(?<=\bof )our (?=\d)")
#: Children per parent said "each for": "2-4 bookings each for 100 passengers" (as "for each of 100 passengers").
_EACH_FOR = re.compile(r"^(?P<r>\d+(?:-\d+)?) (?P<c>[a-z_][\w-]*) (?:each|apiece) for (?:(?:all|all of|each of) )?(?:the |our )?"
                       r"(?P<n>\d+) (?P<p>[a-z_][\w-]*)$")
#: The rows not said yet, said as others: "other ones in Frankfurt", "and all the other ones delayed".
_OTHERS = re.compile(r"^(?:(?:and|but|while) )?(?:all )?(?:the )?other ones\b")
#: A table's name and a noun that says its rows as a whole: "submissions pipeline", "order backlog".
_COLLECTIVE = re.compile(r"\b(?P<t>[a-z_][\w-]*) (?:" + "|".join(map(re.escape, _VOCAB["collective"])) + r")\b")
_VALUE_COUNTS: dict[str, int] = _VOCAB["value_counts"]
#: A vague count before one word: "a couple blacklisted", "a handful of benefactors".
_VAGUE_OF = re.compile(r"\b(?P<q>" + "|".join(sorted(map(re.escape, [*_VALUE_COUNTS, "a handful of", "a few of", "lots of",
                                                                        "plenty of", "a lot of"]), key=len, reverse=True))
                       + r") (?P<v>[a-z_][\w-]*)\b")
_FRACTIONS: dict[str, float] = _VOCAB["fractions"]
#: A fraction said in words the rules do not read: "another fifth", "a further tenth", "a sixth".
_FRACTION = re.compile(r"\b(?:another|a further|an extra|a|one|1) (?P<f>" + "|".join(map(re.escape, _FRACTIONS)) + r")\b(?! of\b)")
#: Words of a column's name said after "has" (never a word that starts another fact: "but nobody has a phone").
_COLS = r"(?P<col>[a-z_][\w-]*(?: (?:(?!(?:but|while|whereas|nobody|everyone|everybody|none|no|every|each|all|most|some)\b)[a-z_][\w-]*|,))*)"
#: Every row said before, as the subject of what they have: "everyone", "each one", "all of them".
_EVERYONE = (r"(?:(?:and|but|also) )?(?:everyone|everybody|every one|each(?: one)?|all|they all|all of them)"
             r"(?: of (?:them|those|these))?")
#: "everyone has an email", "each with a nationality", "all of them have a phone": each row has a value.
_ALL_HAVE = re.compile(rf"^{_EVERYONE} (?:(?:should|must|will|would|need to) )?(?:also )?"
                       rf"(?:has|have|with|having|gets?|comes? with|needs?) (?:(?:a|an|1|one|their|its|the|own|valid) )*{_COLS}$")
#: The rows named: "every passenger has an email and a phone", "all the ships have a call sign".
_EVERY_HAS = re.compile(r"^(?:(?:and|but|also) )?(?:every|each|all(?: of)?(?: the)?) (?P<t>[a-z_][\w-]*) (?:(?:should|must|will|would) )?"
                        rf"(?:has|have|with|having|gets?|comes? with|needs?) (?:(?:a|an|1|one|their|its|the|valid) )*{_COLS}$")
#: Each row's value in a range: "each with a price between 5-50", "all of them with a capacity of 20-40".
_EACH_RANGE = re.compile(rf"^{_EVERYONE} (?:has|have|with|having) (?:(?:a|an|1|one|their|its|the) )?{_COL_RANGE}"
                         r"(?: (?:dollars|euros|pounds|usd|eur|gbp|kg|g|km|m|cm|mm|minutes|hours|days|weeks|months|years))?)$")
#: "no one has a phone", "none of them with a sponsor", "nobody gets a discount": no row has a value.
_NONE_HAVE = re.compile(r"^(?:(?:and|but|also) )?(?:no one|nobody|none|not one|not a single one)(?: of (?:them|those|these))? "
                        rf"(?:(?:should|must|will|would) )?(?:has|have|with|having|gets?|comes? with) (?:(?:a|an|1|one|any) )*{_COLS}$")
#: The value first: "email for everyone", "a phone for all of them", "phone for nobody".
_FOR_ALL = re.compile(rf"^(?:(?:and|but|also) )?(?:(?:an?|1) )?{_COLS} (?:(?:is |are )?(?:present|set|filled in|filled|given|recorded|"
                      r"provided|populated|on file|known) )?(?:for|on|in) (?P<q>everyone|everybody|every one|all(?: of them)?|"
                      r"each(?: one)?|all rows|no one|nobody|none(?: of them)?|(?:all|all the|every|each|all of the) (?P<t>[a-z_][\w-]*))$")
#: All rows one value but some: "all on time except 5 delayed", "everything confirmed apart from 10% refunded".
_EXCEPT = re.compile(r"^(?:(?:and|but) )?(?:all|everyone|everything|all of them|all the rest)(?: (?:are|is|were))? (?P<a>[a-z_][\w-]*)"
                     r"(?: ,)? (?:except(?: for)?|apart from|but|other than|save for|besides) "
                     r"(?P<q>\d+(?:\.\d+)?%?|a few|a couple|a handful|some) (?:(?:that are|which are|are|being) )?(?P<b>[a-z_][\w-]*)$")
#: Two columns sharing what is said of them: "phone and email (both) missing for 10%".
_SHARED = re.compile(r"^(?P<a>[a-z_][\w-]*) (?:and|&) (?P<b>[a-z_][\w-]*) (?:(?:are )?(?:both|each|all) )?(?P<pred>.+)$")


def fractions(pairs: list[tuple[str, str]], ground: Grounding) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Fractions said in words the rules do not read ("another fifth", "a sixth") as percentages, a clause that is then
    a list of shares going on with the shares of the clause before ("two thirds confirmed, a sixth held, the rest
    refunded"); and (said, read) for each clause read so."""
    from seedbed.scope.parse import _PAIRS_ONLY

    out: list[tuple[str, str]] = []
    shown: list[tuple[str, str]] = []
    grown = False  # the clause last out is a list of shares that grew here
    def share(m: re.Match[str]) -> str:  # "another fifth cancelled" (a value after it), never "a third party"
        after = re.match(r" (?:(?:are|is|were|was|being|get|got) )?([a-z_][\w-]*)", m.string[m.end():])
        return f"{_FRACTIONS[m.group('f')]:g}%" if after and ground.label_for(after.group(1)) else m.group(0)

    for original, norm in pairs:
        said = _FRACTION.sub(share, norm)
        goes_on = bool(out and _PAIRS_ONLY.match(said) and re.search(r"(?:\d|rest)%", out[-1][1]))
        if said == norm and not (grown and goes_on and said.startswith("rest%")):
            out.append((original, norm))
            grown = False
            continue
        if goes_on:
            shown = [x for x in shown if x[0] != out[-1][0]]
            out[-1] = (f"{out[-1][0]}, {original}", f"{out[-1][1]} , {said}")
        else:
            out.append((original, said))
        grown = goes_on
        shown.append(out[-1])
    return out, shown


def readings(part: str, rows: str | None, ground: Grounding) -> Iterator[list[str]]:
    """A part as typed, then in other words (the module's docstring), each as the clauses it is read as."""
    seen: set[tuple[str, ...]] = set()
    for said in _readings(part, rows, ground):
        if tuple(said) not in seen:
            seen.add(tuple(said))
            yield said


def _readings(part: str, rows: str | None, ground: Grounding) -> Iterator[list[str]]:
    yield [part]
    back = pointed(part, rows)
    yield [back]
    had = quantified(part, rows)
    if had is not None:
        yield had
    said = plain(back, ground)
    yield [said]
    yield [plain(back, ground, counted=False)]
    m = _EXCEPT.match(said)
    if m:  # "all on time except 5 delayed": the exception, then the rest
        yield [f"{m.group('q')} {m.group('b')} , rest% {m.group('a')}"]
        yield [f"{m.group('q')} {m.group('b')}", f"rest% {m.group('a')}"]
    m = _SHARED.match(said)
    if m and all(ground.is_column(w) and not ground.is_table(w) for w in (m.group("a"), m.group("b"))):
        yield [f"{m.group('a')} {m.group('pred')}", f"{m.group('b')} {m.group('pred')}"]
    m = _SHARE_RANGE.match(back)
    if m and rows is not None:  # "30% have a retainer between 15000-50000": who has one, and its values
        t = m.group("t") or rows
        yield [f"{m.group('q')} of the {t} have a {m.group('col')}", f"{t} with a {m.group('col')} {m.group('rng')}"]
    m = _COUNTED_THEN.match(said)
    if m and ground.is_table(m.group("t")):
        yield [m.group("head"), f"{m.group('t')} {m.group('rest')}"]


def pointed(norm: str, rows: str | None) -> str:
    """Shares and counts pointing back said of the rows said before ("a fifth of them" -> "20% of the <rows>")."""
    norm = _OF_WHICH.sub("", norm)  # "of which 50 refunded": 50 of the rows (a share of them); "a total of 300 X"
    if rows is None:
        return norm
    norm = _N_OF_THEM.sub(lambda m: f"{m.group('n')} {rows}", norm)  # "..., 60 of them": that many of the rows
    norm = _SHARE_HAVE.sub(lambda m: f"{m.group('head')}{m.group('q')} of the {rows} ", norm)
    return _OF_THEM.sub(lambda m: f"{m.group('q')} of the {rows}", norm)


def plain(norm: str, ground: Grounding, *, counted: bool = True) -> str:
    """``norm`` in the words the rules read: "between 2-4 contacts" -> "2-4 contacts", "submissions pipeline" ->
    "submissions", "a couple blacklisted" -> "2 blacklisted", "a handful of benefactors" -> "a handful benefactors"
    (a value, not a table), "other ones" -> the rest; not ``counted`` (no rows counted to take 2 of): "a couple
    phone" -> "a few phone", a small share."""
    norm = _OTHERS.sub("rest%", _BARE_RANGE.sub("", norm))
    norm = _EACH_FOR.sub(lambda m: f"{m.group('r')} {m.group('c')} for each of {m.group('n')} {m.group('p')}", norm)
    norm = _COLLECTIVE.sub(lambda m: m.group("t") if ground.is_table(m.group("t")) else m.group(0), norm)

    def value_count(m: re.Match[str]) -> str:
        v = m.group("v")
        if ground.is_table(v) or not ground.label_for(v):
            return m.group(0)
        n = _VALUE_COUNTS.get(m.group("q"))
        if n is not None:
            return f"{n} {v}" if counted else f"a few {v}"
        return f"{m.group('q').removesuffix(' of')} {v}"
    return _VAGUE_OF.sub(value_count, norm)


def quantified(norm: str, rows: str | None) -> list[str] | None:
    """A clause that says every row (or none) of the rows before has a value, said of them ("every <row> has a X",
    "no <row> has a X"), one clause per value said ("each with a nationality and a date of birth"); None when it is
    no such clause (the rules read it as typed)."""
    ranged = _EACH_RANGE.match(norm)
    if ranged is not None and rows is not None:  # "each with a price between 5-50": the rows' values
        return [f"{rows} with a {ranged.group('col')} {ranged.group('rng')}"]
    every = _EVERY_HAS.match(norm)
    if every is not None and re.search(r" (?:,|and|or) ", every.group("col")):
        rows = every.group("t")  # "every passenger has an email and a phone": one clause per value
    named = _FOR_ALL.match(norm)
    if named is not None and named.group("t"):
        rows = named.group("t")  # "email present for all passengers"
    elif rows is None:
        return None
    row = " ".join([*rows.split(" ")[:-1], singular(rows.split(" ")[-1])])
    for pattern, word in ((_ALL_HAVE, "every"), (_NONE_HAVE, "no"), (_FOR_ALL, None), (_EVERY_HAS, "every")):
        m = pattern.match(norm)
        if m and (pattern is not _EVERY_HAS or every is not None and rows == every.group("t")):
            word = word or ("no" if re.match(r"no|none", m.group("q")) else "every")
            cols = [re.sub(r"^(?:an?|1|one|any|their|its) ", "", c) for c in re.split(r" (?:, and|,|and|or) ", m.group("col"))]
            return [f"{word} {row} has a {c}" for c in cols if c]
    return None


def has_column(norm: str, ground: Grounding) -> bool:
    """Whether a clause says each row has a value of a column, not child rows ("each with a nationality", not "each
    with 3 searches"): its noun names no table (``parse`` then reads it alone, never as a fan-out)."""
    m = _ALL_HAVE.match(norm) or _EACH_RANGE.match(norm)
    if m is None:
        return False
    words = m.group("col").split(" ")
    return not any(ground.is_table(w) for w in words) and not any(ground.is_table(f"{a} {b}") for a, b in zip(words, words[1:]))
