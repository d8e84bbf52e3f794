"""Requests written as sentences: obligations and modality around a clause the rules read (brief s20).

People and agents write what the data must be as an obligation: "they should all be from 2025", "each of
them should give 10-25% off", "make sure none of them are cancelled", "I'd like their phones filled in for
all of them", "urgent repairs should always have a fixed_at", "rentals above 100 should always be paid in
EUR". The obligation says nothing the plain statement does not ("they are all from 2025"): ``obliged``
rewrites the modal verb group to the plain one the rules read, and drops a head that only asks ("make sure
that", "I'd like", "please ensure"). A closed class of words; ``parse.clauses`` keeps the rewrite only when
it leaves fewer words unread than the clause as written, so a clause already read is never read anew.

``column_again`` reads "one" / "it" after a verb of having as the column the clause before named ("paid
invoices need a paid_at, void ones shouldn't have one").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["column_again", "each_counted", "obliged", "split_asked"]

#: A head that only asks for what follows ("make sure", "please ensure that", "I'd like", "we need it so that").
_ASKING = re.compile(r"^(?:(?:and|but|also|so|then|oh|plus) )*(?:(?:please|pls|plz|kindly|also|just) )*"
                     r"(?:(?:make|be) sure|ensure|ensuring|see to it|check|verify|remember|note|keep in mind|"
                     r"i'd like|i would like|we'd like|we would like|i want|we want|i need|we need|i expect|we expect)"
                     r"(?: (?:that|to see|it that|it so that|for))? (?=[a-z0-9])")
#: What obliges: modal verbs and their longer spellings ("need to", "are supposed to", "ought to").
_MODAL = (r"(?:should|must|shall|will|would|ought to|has to|have to|had to|needs? to|are to|is to|"
          r"(?:are|is) (?:required|supposed|expected|meant) to|got to|gotta)")
_ADVERB = r"(?:always|all|each|mostly|mainly|largely|usually|only|also|both|typically|generally|definitely|really)"
#: modal + never/not: the negation alone ("should never have" -> "never have", "must not have" -> "never have").
_MODAL_NOT = re.compile(rf"\b{_MODAL} (?:(?:{_ADVERB}) )?(?:never|not|n't)\b(?: ever)?")
_NOT_MODAL = re.compile(r"\b(?:shouldn't|mustn't|won't|shan't|wouldn't|don't need to|doesn't need to|"
                        r"do not need to|does not need to)\b")
#: modal + (adverb) + be: the plain "are" ("should all be from 2025" -> "are all from 2025").
_MODAL_BE = re.compile(rf"\b{_MODAL} (?P<adv>(?:{_ADVERB} )*)be\b(?P<after>(?: {_ADVERB})*)")
#: modal + (adverb) + another verb: the verb ("should give 10-25% off" -> "give 10-25% off").
_MODAL_VERB = re.compile(rf"\b{_MODAL} (?P<adv>(?:{_ADVERB} )*)(?=[a-z])")
#: A verb of coming between "are" and a value said with a preposition ("are always paid in EUR", "are made by card").
_CAME = re.compile(r"\b(are|is)((?: (?:always|all|mostly|only))*) (?:paid|made|done|settled|charged|billed|priced|issued|"
                   r"taken|booked|placed|sold|bought) (?=(?:in|by|via|with|through|using) )")


#: "I want all of them to be active", "we need the rentals to have a returned_at": the rows, then the plain verb.
_WANT_TO = re.compile(r"^(?:(?:and|but|also|so) )*(?:(?:i|we) (?:want|need|'d like|would like|expect|require)|i'd like|we'd like) "
                      r"(?P<x>(?!to\b)[a-z0-9_].*?) to (?P<v>be|have|get|cost|give|come|stay|last)\b")


def obliged(norm: str) -> tuple[str, ...]:
    """``norm`` said plainly, as the readings to try: without the head that asks and with the modal verb
    group as a plain verb; "should all be X" both as "are all X" and as "all X" (the rules read one or the
    other: "rentals above 100 are always in EUR", "rentals all from 2025")."""
    out = _WANT_TO.sub(lambda m: f"{m.group('x')} {'are' if m.group('v') == 'be' else m.group('v')}", norm)
    out = _ASKING.sub("", out)
    out = _NOT_MODAL.sub("never", out)
    out = _MODAL_NOT.sub("never", out)
    tried = []
    for be in ("are ", ""):
        plain = _MODAL_BE.sub(lambda m: f"{be}{m.group('adv')}{m.group('after').strip()}", out)
        plain = _CAME.sub(r"\1\2 ", _MODAL_VERB.sub(lambda m: m.group("adv"), plain))
        plain = re.sub(r" {2,}", " ", plain).strip()
        if plain not in tried:
            tried.append(plain)
    return tuple(tried)


#: The column the clause before gives the rows: "need a paid_at", "must have a tracking number".
_HAD = re.compile(r"\b(?:have|has|need|needs|get|gets|require|requires|carry|carries|with) (?:an? |the |some )?"
                  r"(?P<col>[a-z_][\w-]*(?: [a-z_][\w-]*)?)(?: (?:filled in|set|filled))?$")
#: "one" / "it" after a verb of having, at the end of a clause ("void ones shouldn't have one").
_ONE = re.compile(r"\b(?P<verb>have|has|get|gets|need|needs|carry|carries) (?:1|one|it|any|either)$")


def column_again(prev_norm: str, norm: str, ground: Grounding) -> str:
    """``norm`` with a trailing "one" / "it" after a verb of having read as the column ``prev_norm`` ended
    with (only a column the schema has)."""
    one, had = _ONE.search(norm), _HAD.search(prev_norm)
    if one is None or had is None:
        return norm
    words = had.group("col").split(" ")
    for n in (len(words), 1):
        col = " ".join(words[:n])
        if ground.is_column(col) or ground.is_column(col.replace(" ", "_")):
            return f"{norm[:one.start()]}{one.group('verb')} a {col}"
    return norm


#: "and" before a clause that asks or refers back ("80 bikes and please make sure all of them are electric",
#: "50 bikes and each of them should have 2-4 repairs"): a clause of its own, as after a comma.
_AND_ASKED = re.compile(r"(?i)[^\S\n]+(?:and|but)[^\S\n]+(?=(?:(?:please|pls|also|then|just)[^\S\n]+)*(?:(?:make|be) sure|ensure|"
                        r"they|each of them|every one of them|each one of them|(?:all|none|most|some|half|many) of them)\b)")


def split_asked(text: str) -> str:
    """``text`` with "and" before a clause that asks or refers back made a clause end (``_AND_ASKED``)."""
    return _AND_ASKED.sub(", and ", text)


_N = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a couple of|\d+)"
#: "give each of them one or two addresses": the count of children before the word that says each parent
#: ("1-2 addresses each"; said with "each of them" first, a number word after "them" was read as "each one").
_EACH_OF_THEM_N = re.compile(rf"(?i)\b(?:each|every one|each one) of (?:them|those|these)[^\S\n]+"
                             rf"(?P<n>{_N}(?:[^\S\n]*(?:or|to|-|\u2013)[^\S\n]*{_N})?)[^\S\n]+(?P<c>[A-Za-z_][\w-]*)\b")


def each_counted(text: str) -> str:
    """"give each of them one or two addresses" -> "give one or two addresses each" (``_EACH_OF_THEM_N``)."""
    return _EACH_OF_THEM_N.sub(lambda m: f"{m.group('n')} {m.group('c')} each", text)
