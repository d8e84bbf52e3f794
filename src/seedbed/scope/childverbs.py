"""A verb that names a child table, said with how many times (brief s25 of session 11): "each property visited
between 2 and 6 times", "artists are booked 10-60 times each", "every invoice gets paid once or twice", "each booking
reviewed at most once", "book every client 2 to 4 times", "properties get visited 2-6 times".

People count a parent's children by the verb the child is named after (visited -> visits, booked -> bookings,
paid -> payments, treated -> treatments, ordered -> orders, rented -> rentals, reserved -> reservations). With
"N times" (or "once", "twice") after it, the verb is a fan-out of that child over the rows before it, which
``child_verbs`` says the way the fan-out rules read it: "<rows> with <N> <child>" ("each property with between 2-6
visits"). Only a verb whose noun is exactly one table's name is read so; any other "N times" is left as said (the
rules quote it back), and whether the child refers to the rows is for the fan-out to check (it quotes both tables).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seedbed.scope.inflect import singular

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["child_of_verb", "child_verbs"]

#: Past forms that are no "-ed" word, to their verb (general English; the noun is derived from the verb).
_IRREGULAR = {"paid": "pay", "sold": "sell", "bought": "buy", "made": "make", "sent": "send", "held": "hold",
              "given": "give", "written": "write", "taken": "take", "done": "do", "won": "win", "lent": "lend",
              "spent": "spend", "brought": "bring", "taught": "teach", "shot": "shoot", "seen": "see", "met": "meet",
              "drawn": "draw", "driven": "drive", "flown": "fly", "ridden": "ride", "shown": "show", "sung": "sing",
              "told": "tell", "found": "find", "built": "build", "fed": "feed", "kept": "keep", "left": "leave"}
#: Verbs whose noun is no ending of theirs ("flown 3 times": flights; "sold twice": sales).
_NOUN_OF = {"fly": "flight", "sell": "sale", "buy": "purchase", "lose": "loss", "bear": "birth", "choose": "choice",
            "serve": "service", "arrive": "arrival", "fail": "failure", "depart": "departure", "enrol": "enrolment"}
#: How a noun is made of its verb: visit -> visit, book -> booking, pay -> payment, rent -> rental,
#: reserve -> reservation, inspect -> inspection, deliver -> delivery, sell -> sale (irregular).
_NOUN_ENDINGS = ("", "ing", "ment", "al", "ion", "ation", "y", "ery", "s")
_AUX = (r"(?:(?:is|are|was|were|be|been|being|get|gets|got|getting|gotten|should be|must be|will be|would be|to be|"
        r"should get|must get|will get|can be|has been|have been|had been) )?")
_HEDGE = (r"(?:(?:between|at least|at most|up to|no more than|not more than|more than|over|under|fewer than|less than|"
          r"about|around|roughly|approximately|only|maybe|usually|typically|on average) )?")
_COUNT = rf"{_HEDGE}(?:once or (?:twice|2x)|\d+(?:-\d+)?(?: times?|x)?|once|twice|one time)"
_EACH = r"(?P<each> each(?: one)?| apiece| a piece| per [a-z_]+)?"
#: "<aux> <verb> <count> times": passive, after the rows it counts ("each property (is) visited 2-6 times").
_PASSIVE = re.compile(rf"(?<![\w-]){_AUX}(?P<verb>[a-z]+) (?P<count>{_COUNT}){_EACH}(?![\w-])")
#: "<verb> every <rows> <count> times": active, the rows after the verb ("book every client 2 to 4 times").
_ACTIVE = re.compile(rf"(?:^|(?<=: )|(?<=, ))(?:please |pls |just )?(?P<verb>[a-z]+) (?P<q>every|each|all(?: the)?|all of the|the) "
                     rf"(?P<rows>[a-z_]+) (?P<count>{_COUNT}){_EACH}(?![\w-])")

#: "every artist (is) booked for 20-40 appointments", "each tech assigned to 10-25 work orders": a participle and a
#: preposition between the rows and a count of another table: the count is of that table, per row ("with").
_BY_PARTICIPLE = re.compile(rf"(?P<rows>\b(?:every|each|all(?: the)?) [a-z_]+(?: [a-z_]+)??) {_AUX}(?P<verb>[a-z]+) "
                            rf"(?:for|to|on|in|into|onto|across|with) (?:(?:somewhere|anywhere) )?(?P<count>{_HEDGE}\d+(?:-\d+)?) "
                            rf"(?P<child>[a-z_]+(?: [a-z_]+)?)$")


def _verbs(word: str) -> set[str]:
    """The verbs ``word`` may be a form of ("visited": visit; "scheduled": schedule; "shipped": ship; "paid": pay)."""
    w = word.lower()
    if w in _IRREGULAR:
        return {_IRREGULAR[w]}
    out = {w}
    for end in ("ied", "ies"):
        if w.endswith(end):
            out.add(w[:-3] + "y")
    for end in ("ed", "ing", "es", "s"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            base = w[:-len(end)]
            out.update({base, base + "e"})
            if len(base) > 3 and base[-1] == base[-2]:
                out.add(base[:-1])  # "shipped": ship
    return out


def child_of_verb(word: str, ground: Grounding) -> str | None:
    """The one table named by the noun of verb ``word`` ("booked": bookings), else None."""
    nouns = set()
    for verb in _verbs(word):
        stem = verb[:-1] if verb.endswith("e") else verb
        nouns.update(verb + e for e in _NOUN_ENDINGS)
        nouns.update(stem + e for e in ("ation", "ion", "al", "ing"))
        if verb in _IRREGULAR.values():
            nouns.add(verb)
        if verb in _NOUN_OF:
            nouns.add(_NOUN_OF[verb])
    hits = {name for name in ground.names if singular(name.rpartition("_")[2]) in nouns or singular(name) in nouns}
    return next(iter(hits)) if len(hits) == 1 else None


def _count(said: str) -> str:
    said = re.sub(r"\bonce or (?:twice|2x)$", "1-2", said)
    said = re.sub(r"(?<=\d)(?: times?|x)$", "", said)
    return re.sub(r"\b(?:once|one time)$", "1", re.sub(r"\btwice$", "2", said))


def child_verbs(norm: str, ground: Grounding) -> str:
    """``norm`` with each "<verb> N times" of a child table said as "with N <child>" (see the module docstring)."""
    if any(ground.is_table(w) for w in ("time", "times", "once", "twice")):
        return norm

    def active(m: re.Match[str]) -> str:
        child = child_of_verb(m.group("verb"), ground)
        if child is None or ground.is_table(m.group("verb")) or not ground.is_table(m.group("rows")):
            return m.group(0)
        q = "each" if m.group("q") in ("the", "all the", "all of the", "all") else m.group("q")
        return f"{q} {m.group('rows')} with {_count(m.group('count'))} {child}{m.group('each') or ''}"

    def passive(m: re.Match[str]) -> str:
        verb = m.group("verb")
        if not re.search(r"(?:times?|\dx|once|twice)$", m.group("count")):
            return m.group(0)  # a count with no "times" is no fan-out of the verb ("visited 2024-03-01")
        child = child_of_verb(verb, ground)
        if child is None or ground.is_table(verb):
            return m.group(0)
        if not norm[:m.start()].strip():  # "balloons, inspected 2-5 times each": the rows are the clause before
            return f"{_count(m.group('count'))} {child}{m.group('each') or ' each'}"
        return f"with {_count(m.group('count'))} {child}{m.group('each') or ''}"

    def participle(m: re.Match[str]) -> str:
        verb, rows, child = m.group("verb"), m.group("rows").split(" ", 1)[1], m.group("child")
        rows = rows[4:] if rows.startswith("the ") else rows
        if not (verb.endswith("ed") or verb in _IRREGULAR) or ground.is_table(verb) or not ground.is_table(rows) \
                or not ground.is_table(child) or ground.is_table(f"{rows} {child}"):
            return m.group(0)
        return f"{m.group('rows')} with {m.group('count')} {child}"

    said = _BY_PARTICIPLE.sub(participle, _PASSIVE.sub(passive, _ACTIVE.sub(active, norm)))
    if said == norm:
        return norm
    from seedbed.scope.lexicon import normalise  # (lexicon's rules read the new words: "each one with" is "each with")

    return normalise(said)
