"""Bounds, shares and counts said in another word order, put in the one the rules read (brief s16 of session 9).

The rules read a bound before its value ("at least 3 nights"), a share before its verb ("mostly paid by card"),
a share as a percent ("20% cancelled") and a count as one number. People say the same things in other orders;
``reordered`` moves their words, on a normalised clause (``lexicon.normalise``), before any rule reads it:

- a bound after the value: "5 items or fewer", "$50 and under", "3 nights minimum", "1200 tops", "100 and up"
  -> "at most 5 items", "at least 3 nights" (a bound right before a noun, "3 or more loans", is read as it is);
- a verb before the share: "POs placed mostly via email" -> "POs mostly placed via email"; an article after the
  preposition of a value ("over the phone", "through the app") goes;
- "X ones" after a share or a count: "mostly confirmed ones", "150 delivered ones" -> the value alone; a head
  said with a dash ("bookings - mostly confirmed") is a head said with a colon;
- ratios and splits: "9-1 card over cash", "a 70/30 split of new and returning", "card vs cash 3:1"
  -> "90% card , 10% cash" (only where both words are values of the schema);
- "25% claims gets denied" (a share said as "1 in 4" before the rows and a verb of becoming) -> "... is denied";
- "from 2 up to 6" -> "2-6"; a head and a column after its colon, "on" or "at" ("equipment: purchase price under
  5000", "rooms on floor 10 or above") -> "with";
- a count said as a range at the start of a request: "between 200 and 300 agents", "3000-4000 documents"
  -> "about 250 agents" (the midpoint; the reading says the count), and "T : N" (a head and its count) -> "N T";
- "most X" alone after a count ("orders: 300. Most delivered.") -> "mostly X".

Words only move (or a bound's words become the bound the rules read): nothing said is dropped but "ones" (the
rows of the value, which the value says) and an article.
"""

from __future__ import annotations

import re

from seedbed.scope.ground import Grounding
from seedbed.scope.lexicon import FILLER

__all__ = ["reordered"]

_N = r"\d+(?:\.\d+)?%?"
_AT_LEAST = (r"or (?:more|above|higher|greater|over|better|longer|bigger|larger|up)|and (?:up|upwards?|above|over|"
             r"higher|beyond|longer)|minimum|at (?:the )?(?:very )?least|at a minimum|plus(?= ,|$)")
_AT_MOST = (r"or (?:less|fewer|under|below|lower|smaller|cheaper|shorter)|and (?:under|below|less|lower|"
            r"down|fewer|shorter|cheaper)|max|maximum|tops|at (?:the )?(?:very )?most|at a maximum|at the outside")
#: A bound after its value, with up to three words of unit between ("5 items or fewer", "10 years of experience or more");
#: never one before a number ("40 riders with at least 2 passes": the bound of the 2).
_BOUND_AFTER = re.compile(rf"(?<![\w.-])(?P<n>{_N})(?P<unit>(?: (?!(?:or|and|at|to|per|each|,)\b)[a-z_][\w-]*){{0,3}}?)"
                          rf" (?P<b>{_AT_LEAST}|{_AT_MOST})(?![\w-])(?! to\b| [$\u20ac\u00a3]?\d)(?P<next> [a-z_][\w-]*)?")
_TIME_UNIT = re.compile(r" (?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?)")
#: What may follow a bound said right after its number (else "3 or more loans" is the rules' own form).
_AFTER_BARE = frozenset("per each apiece and or , with in on for from".split())
_SHARE_WORDS = r"mostly|mainly|largely|primarily|predominantly|usually|typically|generally|normally|chiefly|overwhelmingly"
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en)|paid|sent|sold|made|built|bought|done|held|taken|given|run|set|put|kept|won|lost|shut")
#: A verb before the share: "placed mostly via email" (the rules read the share before the verb).
_VERB_SHARE = re.compile(rf"(?<![\w-])(?P<v>[a-z]+) (?P<q>{_SHARE_WORDS})(?= (?:by|via|through|over|in|on|with|using|as|from|to)"
                         r"(?: the| an?)? (?P<x>[a-z_][\w-]*))")
#: An article between the preposition of a value and the value: "over the phone", "through the app".
_ARTICLE = re.compile(rf"(?<![\w-])(?P<q>{_SHARE_WORDS}|\d+(?:\.\d+)?%)(?P<v>(?: [a-z]+)?) "
                      r"(?P<p>over|through|via|by|using|on|in) (?:the|an?) (?P<x>[a-z_][\w-]*)(?![\w-])")
#: "X ones" after a share or a count: the rows of that value ("no cancelled ones" after rows said before is
#: ``chatter.referred``'s: those rows of that value).
_ONES = re.compile(rf"(?<![\w-])(?P<q>{_SHARE_WORDS}|{_N}|rest%|the rest|most) "
                   r"(?P<x>[a-z_][\w-]*) ones(?![\w-])")
#: Two numbers, then two values ("9-1 card over cash", "a 70/30 split of new and returning"), or the other way round.
_RATIO = re.compile(r"(?<![\w.-])(?:(?:in |at )?an? )?(?:split )?(?P<a>\d+)(?P<sep>-|:|/| to )(?P<b>\d+)"
                    r"(?P<split> (?:split|mix|ratio))?(?: (?:of|between|among|for))? (?P<x>[a-z_][\w-]*) "
                    r"(?P<by>over|vs\.?|versus|against|and|or|/|,) (?P<y>[a-z_][\w-]*)(?![\w-])")
_RATIO_AFTER = re.compile(r"(?<![\w-])(?P<x>[a-z_][\w-]*) (?P<by>over|vs\.?|versus|against|and|/) (?P<y>[a-z_][\w-]*)"
                          r"(?P<split> (?:split|mix|ratio))?(?: of| at| in)? (?P<a>\d+)(?P<sep>-|:|/| to )(?P<b>\d+)(?![\w.-])(?! ?%)")
#: Words between two values that make two numbers before them a ratio whatever joins the numbers ("9-1 card over cash");
#: with "and" / "or" only a split word or "/" / ":" does ("a 70/30 split of new and returning"; "1-3 active or paused" is
#: a range).
_OVER = re.compile(r"over|vs\.?|versus|against")
#: A share of rows and a verb of becoming ("25% claims gets denied", "10% print jobs end up failed").
_BECOMES = re.compile(r"(?<![\w-])(?P<s>\d+(?:\.\d+)?%(?: of)? (?:the )?[a-z_][\w-]*(?: [a-z_][\w-]*)?) "
                      r"(?:gets?|got|ends? up|ended up|turns? out|turned out)(?: being| as| to be)? (?=[a-z_])")
#: A count said as a range at the start of a request ("between 200 and 300 agents"), with what may follow it.
_COUNT_RANGE = re.compile(r"^(?P<head>(?:(?:please |pls )?(?:make|create|generate|seed|add|insert|i need|we need|need|give me|"
                          r"let's have|have) )?)(?:(?:somewhere |anywhere )?(?:between|from) )?(?P<lo>\d+)(?:-| to | and | or )"
                          r"(?P<hi>\d+) (?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)(?P<rest>$| ,.*| with .*| and .*)")
_PER = re.compile(r"\b(?:per|each|apiece|every|a piece)\b")
#: A head and its count ("reservations: 600", "guests - about 300").
_HEAD_COUNT = re.compile(r"^(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)(?: ?:| -) (?P<n>(?:about |around |roughly )?\d+)"
                         r"(?P<rest>$| ,.*)")
_MOST_ALONE = re.compile(r"(?:^|(?<=, ))most (?!of\b)(?=(?P<x>[a-z_][\w-]*)$)")


#: A head and a column after its colon or "on" / "at": "equipment: purchase price of 5000 tops", "rooms on floor 10 or
#: above" (the rows with that column so).
_HEAD_COLUMN = re.compile(r"^(?P<t>[a-z_][\w-]*(?: [a-z_][\w-]*)?)(?: ?:| on| at)(?: the| an?)? "
                          r"(?P<c>[a-z_][\w-]*(?: [a-z_][\w-]*)?)(?= (?:of|at|is|are|between|from|under|over|above|"
                          r"below|at least|at most|up to|\d))")


def _is_column(said: str, ground: Grounding) -> bool:
    words = said.split()
    return (words[0] not in FILLER and not ground.is_label(said)
            and any(ground.is_column("_".join(words[:k])) for k in (len(words), 1)))


#: "over the phone": "over" before a value is its way, not a bound.
_VIA = {"over": "via"}


def _percent(part: float, whole: float) -> str:
    value = round(100 * part / whole, 4)
    return f"{int(value) if float(value).is_integer() else value:g}%"


def _bound(m: re.Match[str]) -> str:
    nxt = m.group("next") or ""
    if not m.group("unit") and nxt.strip() and nxt.strip() not in _AFTER_BARE or _TIME_UNIT.fullmatch(m.group("unit")):
        return m.group(0)  # "3 or more loans", "7 nights max": the rules read them (``lengths`` the time's)
    word = "at least" if re.fullmatch(_AT_LEAST, m.group("b")) else "at most"
    return f"{word} {m.group('n')}{m.group('unit')}{nxt}"


def _ratio(m: re.Match[str], ground: Grounding) -> str:
    a, b, x, y = int(m.group("a")), int(m.group("b")), m.group("x"), m.group("y")
    sep = m.group("sep")
    ratio = _OVER.fullmatch(m.group("by")) or m.group("split") or sep == ":" or sep == "/" and a + b == 100
    if not (ratio and a and b and ground.is_label(x) and ground.is_label(y)) or ground.is_table(x) or ground.is_table(y):
        return m.group(0)
    return f"{_percent(a, a + b)} {x} , {_percent(b, a + b)} {y}"


def _counted_table(said: str, ground: Grounding) -> bool:
    """A table said where rows are counted: not a value some column holds ("200-300 agents" counts
    ``agents`` even where a channel may be 'agent'), unless the words name a table only by their stem."""
    exact = re.sub(r"[ -]", "_", said.lower().strip()) in ground.tables
    return ground.is_table(said) and (exact or not ground.is_label(said))


def _count_range(m: re.Match[str], ground: Grounding, first: bool) -> str:
    lo, hi, table, rest = int(m.group("lo")), int(m.group("hi")), m.group("t"), m.group("rest")
    if not (lo < hi and (first or hi >= 100) and _counted_table(table, ground)) or _PER.search(rest):
        return m.group(0)
    return f"{m.group('head')}about {(lo + hi + 1) // 2} {table}{rest}"


def reordered(norm: str, ground: Grounding, first: bool = True) -> str:
    """``norm`` with its bounds, shares and counts in the order the rules read (the module's docstring);
    ``first``: the clause starts the request (a count said as a small range reads as one there only)."""
    s = _BOUND_AFTER.sub(_bound, norm)
    s = re.sub(r"(?<![\w.])(?:from )?(\d+) up to (\d+)\b", r"\1-\2", s)  # "from 2 up to 6": the end said as a bound
    s = _VERB_SHARE.sub(lambda m: f"{m.group('q')} {m.group('v')}" if _PARTICIPLE.fullmatch(m.group("v"))
                        and not ground.is_table(m.group("v")) and ground.is_label(m.group("x")) else m.group(0), s)
    s = _ARTICLE.sub(lambda m: f"{m.group('q')}{m.group('v')} {_VIA.get(m.group('p'), m.group('p'))} {m.group('x')}"
                     if ground.is_label(m.group("x")) else m.group(0), s)
    s = _ONES.sub(lambda m: f"{m.group('q')} {m.group('x')}" if ground.is_label(m.group("x")) else m.group(0), s)
    s = re.sub(r"^([a-z_][\w-]*(?: [a-z_][\w-]*)?) - (?=\D)", lambda m: f"{m.group(1)}: " if ground.is_table(m.group(1))
               else m.group(0), s)
    s = _HEAD_COLUMN.sub(lambda m: f"{m.group('t')} with {m.group('c')}" if ground.is_table(m.group("t").split()[-1])
                         and _is_column(m.group("c"), ground) else m.group(0), s)
    s = _RATIO.sub(lambda m: _ratio(m, ground), s)
    s = _RATIO_AFTER.sub(lambda m: _ratio(m, ground), s)
    s = _BECOMES.sub(lambda m: f"{m.group('s')} is ", s)
    s = _COUNT_RANGE.sub(lambda m: _count_range(m, ground, first), s)
    s = _HEAD_COUNT.sub(lambda m: f"{m.group('n')} {m.group('t')}{m.group('rest')}" if _counted_table(m.group("t"), ground)
                        else m.group(0), s)
    return _MOST_ALONE.sub(lambda m: "mostly " if ground.is_label(m.group("x")) else m.group(0), s)
