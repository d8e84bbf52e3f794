"""When a person's formal act is done: in working hours, on a working day, to the minute (issue 10; blind
reviews 10-12: deeds signed at 01:14:30, a KYC check at 02:58:33, a survey certified at 23:49:31).

Signing, inspecting, testing, certifying, approving, validating, auditing, reviewing, filing and lodging (a
claim, an appeal, an entry): acts an employee or an official does at work. The verb of a timestamp's name says it, placed by WordNet (``seedbed.thesaurus``): the
verb is, or within two steps is a kind of, one of the acts below (notarize is a kind of certify, survey of
examine, countersign of sign). Rows of machines, logs and the web (``bookable``'s around-the-clock words)
keep the clock; so do moments another rule already times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from seedbed import thesaurus
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.bookable import _AROUND as AROUND

__all__ = ["ACT", "act_clocks", "act_verb", "made_ahead", "parent_acts"]

#: The clock of a person's act: a minute of the working day on a working day (``generate.moments``).
ACT = "act"
#: The acts a person does at work, as WordNet verbs.
_ACTS = frozenset("""sign formalize formalise certify attest testify inspect examine validate authorize authorise
approve check evaluate judge file lodge""".split())
_STAMPS = (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Particles that make a verb another one (``signed_in_at``: attendance; ``checked_out_at``: a stay's end).
_PHRASAL = frozenset("in out".split())


@lru_cache(maxsize=4096)
def act_verb(word: str) -> str | None:
    """The act ``word`` names (``signed`` -> sign, ``surveyed`` -> survey), if it is one (see the module)."""
    for base in thesaurus.base_forms(word, "v") or [word]:
        if base in _ACTS or thesaurus.broader(base, "v", limit=1, depth=2) & _ACTS:
            return base
    return None


def act_clocks(table: Table, temporal: Iterable[str], taken: set[str]) -> tuple[tuple[str, str], ...]:
    """``(column, ACT)`` for the timestamps of ``table`` whose names say a person's act (``signed_at``,
    ``kyc_checked_at``), unless ``taken`` (timed by another rule) or the row is a machine's or the web's."""
    words = {singular(w) for w in tokens(table.name.name)} | {w for c in table.columns for w in tokens(c.name)}
    if words & AROUND:
        return ()
    out = []
    for n in temporal:
        col = table.column(n)
        if n in taken or col.type.kind not in _STAMPS or col.type.is_array:
            continue
        words = tokens(n)
        if set(words) & _PHRASAL:  # signed in, checked out: a stay's or a shift's ends, not the act
            continue
        if any(w.endswith("ed") and act_verb(w) for w in words):
            out.append((n, ACT))
    return tuple(out)


#: What is done before the event it is for, by WordNet's nouns (a booking, a registration, a ticket, an
#: invitation) and verbs (to book, to reserve, to enrol, to apply, to invite): a work order opened at an
#: inspection, a payment of a ride or a purchase during an offer come after the event began instead.
_AHEAD_NOUNS = ("booking", "reservation", "registration", "enrollment", "application", "ticket", "invitation")
_AHEAD_WORDS = frozenset("book reserve register enrol enroll apply invite subscribe rsvp signup entry entrant".split())


@lru_cache(maxsize=1024)
def _ahead_word(word: str) -> bool:
    if word in _AHEAD_WORDS or any(b in _AHEAD_WORDS for b in thesaurus.base_forms(word, "v")):
        return True
    return any(thesaurus.relation(word, n, limit=2) for n in _AHEAD_NOUNS)


def made_ahead(table: Table, anchor: str) -> bool:
    """Whether ``table``'s rows are made ahead of the event they point at (``spin_bookings.booked_at``,
    ``race_entries`` of a registration), by the table's nouns and the anchor's words (see ``_AHEAD_NOUNS``)."""
    return any(_ahead_word(singular(w)) for w in tokens(table.name.name)) or any(_ahead_word(w) for w in tokens(anchor))


def _verbs(name: str) -> set[str]:
    return {b for w in tokens(name) if w.endswith("ed") for b in thesaurus.base_forms(w, "v")}


def _same_act(mine: set[str], theirs: set[str]) -> bool:
    """Whether two moments' verbs name one act: the same verb, or one a kind of the other in any of its senses
    (a deed is executed, a kind of signing: its parties sign it)."""
    return bool(mine & theirs) or any(thesaurus.relation(a, b, "v", limit=None, depth=1) or
                                      thesaurus.relation(b, a, "v", limit=None, depth=1) for a in mine for b in theirs)


def parent_acts(table: Table, tp: Any, plans: Mapping[Any, Any], usable: Mapping[str, bool],
                nullable: Mapping[str, bool]) -> tuple[tuple[str, str, str], ...]:
    """``(column, fk, parent column)`` for the optional moments of ``table`` that are the act a status gates
    in the parent row (a party's ``signed_at`` of a deed whose ``executed_on`` is set only once executed): NULL
    where the parent's moment is, so that no party signs a draft."""
    out = []
    for fk in tp.fks:
        parent = plans.get(fk.parent)
        ptl = getattr(parent, "timeline", None) if parent is not None else None
        if fk.self_reference or ptl is None or not ptl.gates:
            continue
        gated = [g.column for g in ptl.gates if g.labels and g.source is None]
        for c in table.columns:
            if not (usable.get(c.name) and nullable.get(c.name)) or c.type.kind not in (*_STAMPS, TypeKind.DATE):
                continue
            mine = _verbs(c.name)
            found = [g for g in gated if mine and _same_act(mine, _verbs(g))]
            if len(found) == 1:
                out.append((c.name, fk.name, found[0]))
    return tuple(out)
