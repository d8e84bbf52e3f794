"""Verbs of values and bounds (brief s14 of session 8): what a row has, said with a verb.

People say a value or a bound with a verb: "gold members need at least 1000 points", "each coupon should give
10-25% off", "suppliers need a lead time of 7-60 days", "cancelled appointments never last more than 30
minutes". The lexicon (``seedbed/data/vocab/verbs.json``) gives each verb, in its inflections, the word of
the column it reaches when the sentence names none: a verb of having reaches nothing of its own (the unit or
the column after the number names it), "cost" a price, "last" a length, "weigh" a weight, "earn" points,
"give" a percent. Two readers use it:

- ``value_verbs`` (in ``lexicon.normalise``): a verb of a length before a time is "lasting" ("shipments take 2
  to 10 days": between the row's two moments when it has no length column); a verb of having or giving between
  a table and a bound is "with" ("each coupon should give 10-25% off" is "each coupon with 10-25% off"), which the range and fan-out
  rules read and ground in the schema; "upwards of" is "at least"; ", all 4 stars or more" is ", all with ...".
- ``reach`` (in ``scope.implies``): the column words a rule's verb stands for, tried after the words said.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from seedbed.scope.guards import not_one_of

__all__ = ["PRONOUNS", "VERB_RE", "negated_cmp", "pronoun_ones", "reach", "reached", "value_verbs"]


@cache
def _lexicon() -> dict:
    return json.loads(resources.files("seedbed.data").joinpath("vocab/verbs.json").read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Words that stand for the table said before ("every received one": ``pronoun_ones``).
PRONOUNS = frozenset("ones them those these they".split())
#: Every verb of the lexicon, longest first (a regular expression's alternation).
VERB_RE = _alternation(list(_lexicon()["reach"]))


def reach(verb: str | None) -> str:
    """The kind of column ``verb`` reaches when no column is named ("cost": price, "last": length; "" for none)."""
    return _lexicon()["reach"].get((verb or "").strip(), "")


def reached(words: str) -> tuple[str, ...]:
    """The column words a kind stands for ("price": price, cost, amount, ...); other words as said."""
    kind = _lexicon().get(words)
    return tuple(kind) if words and isinstance(kind, list) else (words,)


#: The comparison a negation turns a bound into ("never last more than 30": at most 30).
_FLIP = {"gt": "le", "ge": "lt", "lt": "ge", "le": "gt"}


def negated_cmp(op: str) -> str:
    return _FLIP[op]


#: The verbs of having the rules read themselves ("every rider has just one pass": one child each).
_READ_AS_HAVING = frozenset("have has get gets".split())
#: Verbs of having that carry no column of their own; an "-ing" form and "hold" are left to the rules, which read
#: them as a column's verb ("rooms holding at most 30 people" is a capacity, "courses taking 25 students" too).
_NEUTRAL = _alternation([v for v, kind in _lexicon()["reach"].items()
                         if not kind and " " not in v and not v.endswith("ing") and not v.startswith("hold")
                         and v not in _READ_AS_HAVING])
_GIVING = _alternation([v for v, kind in _lexicon()["reach"].items() if kind in ("", "percent") and " " not in v])
_BOUND_WORDS = (r"at least|at most|up to|no more than|no less than|more than|less than|fewer than|under|over|above|below|"
                r"between|from|min|max|a minimum of|a maximum of")
_BOUND = rf"(?:(?:{_BOUND_WORDS}) )?"
_MODAL_WORDS = "should must will would can shall always all typically usually generally normally ideally each to".split()
_MODALS = rf"(?:(?:{'|'.join(_MODAL_WORDS)}) )*"
_NOT_SUBJECT = not_one_of((*_MODAL_WORDS, *"that which who whom whose and or it they them table tables has have".split()))
_NUMBER = r"\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?%?(?![\d.%-])"
#: "each coupon should give 10-25% off", "suppliers need a lead time of 7-60 days", "products need at least 10
#: in stock": a verb of having (or of giving, before a percent) between a table and a bound; not before rows
#: ("the users table should have 50 rows": a count of that table), not before "of them" (the rows said before)
#: and not across "and" ("a reporter and 0-5 comments": two things had); not after a count ("each of the 20
#: categories should have 10 products": the children of each, read by the fan-out rules).
_HAVING = re.compile(
    rf"(?<!\d )\b(?P<t>{_NOT_SUBJECT}[a-z_]+) {_MODALS}(?:(?:{_NEUTRAL}) (?=(?:an? |the )?(?:(?!and |or |but )[a-z_]+ ){{0,3}}"
    rf"(?:of |between |from )?{_BOUND}{_NUMBER}(?! (?:rows|records|of them|of those|of these)\b))"
    rf"|(?:{_GIVING}) (?=(?:between |from |up to |at least |at most )?{_NUMBER}(?<=%)))")


#: "shipments take 2 to 10 days", "deliveries take under an hour": a verb of a length before a time ("lasting");
#: not "the last 6 months" (a window, ``timewords``).
_TIME = r" (?:minutes?|hours?|days?|weeks?|months?|nights?|years?)\b"
_AMOUNT = r"(?:\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?|an?)"
_NOT_WINDOW = (r"(?<=[a-z] )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bin )(?<!\bover )(?<!\bfor )(?<!\bduring )"
               r"(?<!\bfrom )(?<!\bwithin )(?<!\bacross )(?<!\bpast )")
#: ("orders last 30 days" is a window said tersely: a bare "last" is a length only before a bound or a range.)
_LENGTH = re.compile(rf"{_NOT_WINDOW}{_MODALS}(?:(?:take|takes|took|lasts|lasted|run|runs|ran) (?={_BOUND}{_AMOUNT}{_TIME})"
                     rf"|last (?=(?:{_BOUND_WORDS}) {_AMOUNT}{_TIME}|\d+(?:\.\d+)?-\d+(?:\.\d+)?{_TIME}))")


#: "every received one must have ...", "cancelled ones never ...": the rows of the table said before, with a value.
_ONES = re.compile(r"\b((?:every|each|any|all(?: the)?|the) [a-z_]+|[a-z_]+(?<!\bno)(?<!\bevery)(?<!\beach)) ones?\b"
                   r"(?= (?:must|should|will|are|is|have|has|never|always|can|cannot|can't|need|needs|don't|do|does)\b)")


def pronoun_ones(s: str) -> str:
    """"every received one must ...": "one" is a pronoun there ("ones"), not a count of 1 (before numbers)."""
    return _ONES.sub(r"\1 ones", s)


def value_verbs(s: str) -> str:
    """The spellings of a verb of values the rules read (the module docstring)."""
    s = re.sub(r"\bupwards of\b", "at least", s)
    s = _LENGTH.sub("lasting ", s)
    s = re.sub(r"(?:^|(?<=, ))all (?=\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)? [a-z_]+ (?:or|and) (?:more|better|higher|above|up|over|"
               r"less|fewer|lower|under|below)\b)", "all with ", s)
    s = _HAVING.sub(lambda m: f"{m.group('t')} with ", s)
    # "with at least 10 in stock", "with 5-20 on hand": the column said after the number with "in"/"on"
    s = re.sub(rf"\bwith ({_BOUND}{_NUMBER}) (?:in|on) (?:the )?(?=[a-z_]+$)", r"with \1 ", s)
    # "with 4 stars or more", "with 2 stars or less": the bound before the number, as the range rules read it
    return re.sub(r"\bwith (\d+(?:\.\d+)?) ([a-z_]+) (?:or|and) (more|better|higher|above|up|over|less|fewer|lower|under|"
                  r"below|worse)\b", lambda m: f"with {'at least' if m.group(3) in _UP else 'at most'} {m.group(1)} {m.group(2)}", s)


_UP = frozenset("more better higher above up over".split())
