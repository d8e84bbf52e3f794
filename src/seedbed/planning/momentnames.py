"""A moment's name as the words it clips (issue 10; blind reviews 10-12: ``eta`` / ``atd`` of a port visit,
``dep_at`` / ``arr_at`` of a leg, ``sched_start`` / ``act_end`` of an inspection).

Schemas shorten the words that say which moment a column is: initials (``eta``: estimated time of arrival)
and clipped heads (``dep``, ``arr``, ``sched``, ``est``, ``act``). Read as they are, the pairs, the lags and
the status gates that follow those words miss them. ``moment_words`` spells them out: an initial of the
four a voyage or a flight keeps, and a clipped token (three letters or more, not a word by itself in a
moment's name) that begins exactly one of the words that place a moment in a row's life.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.tokens import tokens

__all__ = ["moment_words"]

#: A voyage's or a flight's moments by their initials: an estimated / actual time of arrival / departure (read
#: in a moment's name only: ``ata_chapter`` is an aircraft manual's chapter, no moment).
INITIALS = {"eta": ("estimated", "arrival"), "etd": ("estimated", "departure"), "ata": ("actual", "arrival"),
            "atd": ("actual", "departure"), "std": ("scheduled", "departure"), "sta": ("scheduled", "arrival")}
#: The words that say which of a row's moments a name is, one spelling per family: what a clipped token
#: (``dep``, ``arr``, ``sched``) may stand for.
_FULL = ("departure", "arrival", "scheduled", "estimated", "expected", "actual", "planned", "projected",
         "requested", "confirmed", "completed", "dispatched", "delivered", "received", "released",
         "registered", "approved", "submitted", "cancelled", "returned", "collected", "inspected")
#: Tokens that are words of their own in a moment's name, never clipped ones.
_KEPT = frozenset("at on to in out end ends start date time day exp app can rec com pro sub col".split())


@lru_cache(maxsize=4096)
def _spelled(token: str) -> tuple[str, ...]:
    if token in INITIALS:
        return INITIALS[token]
    if len(token) < 3 or token in _KEPT or token in _FULL:
        return (token,)
    found = [w for w in _FULL if w.startswith(token)]
    return (found[0],) if len(found) == 1 else (token,)


def moment_words(name: str) -> tuple[str, ...]:
    """``name``'s words with its initials and clipped heads spelled out: ``ata`` -> actual arrival,
    ``dep_at`` -> departure at, ``sched_start`` -> scheduled start."""
    return tuple(w for t in tokens(name) for w in _spelled(t))
