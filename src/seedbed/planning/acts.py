"""When a person's formal act is done: in working hours, on a working day, to the minute (issue 10; blind
reviews 10-12: deeds signed at 01:14:30, a KYC check at 02:58:33, a survey certified at 23:49:31).

Signing, inspecting, testing, certifying, approving, validating, auditing, reviewing, filing and lodging (a
claim, an appeal, an entry): acts an employee or an official does at work. The verb of a timestamp's name says it, placed by WordNet (``seedbed.thesaurus``): the
verb is, or within two steps is a kind of, one of the acts below (notarize is a kind of certify, survey of
examine, countersign of sign). Rows of machines, logs and the web (``bookable``'s around-the-clock words)
keep the clock; so do moments another rule already times.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from seedbed import thesaurus
from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.bookable import _AROUND as AROUND

__all__ = ["ACT", "act_clocks", "act_verb"]

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
