"""The words of a boolean or a moment a scope says a state with, and a crude stem to compare words by (split from
``ground``): "inactive" is ``active`` negated, "deactivated" its antonym, ``is_out_of_order`` is said
"out of order", a nullable ``read_at`` is a state ("half of the notifications read")."""

from __future__ import annotations

import re

from seedbed.model import Column, TypeKind
from seedbed.scope.lexicon import FLAG_OPPOSITES

__all__ = ["NEGATIONS", "flag_word", "moment", "negated_flag", "opposed", "stem"]

_DOUBLE = re.compile(r"([bdfgklmnprtz])\1$")


def stem(word: str) -> str:
    """A crude, deterministic stem: ``placed``/``places`` -> ``plac``, ``shipped``/``ships`` -> ``ship``,
    ``ratings``/``rated`` -> ``rat``. Only ever compared with another stem."""
    w = word.lower()
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith(("ss", "us", "is")):
            w = w[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return _DOUBLE.sub(r"\1", w) if len(w) > 3 else w


#: Prefixes that say the opposite of a flag's word ("inactive", "unverified", "non-archived").
NEGATIONS = ("non-", "non", "not-", "not ", "un", "in", "im", "dis")


def negated_flag(word: str, flag: str) -> bool:
    """Whether ``word`` is the flag's word with a negating prefix ("inactive" of ``active``)."""
    w = word.lower().strip()
    return any(w.startswith(p) and stem(w[len(p):]) == stem(flag) for p in NEGATIONS)


def opposed(word: str, flag: str) -> bool:
    """Whether ``word`` says the opposite of the flag's word by an antonym ("deactivated" of ``is_active``,
    "indoors" of ``is_outdoor``; ``lexicon.FLAG_OPPOSITES``, compared by stem)."""
    w, f = stem(word.lower().strip()), stem(flag)
    return any(stem(o) == f for k, others in FLAG_OPPOSITES.items() if stem(k) == w for o in others)


def flag_word(col: Column) -> str | None:
    """The word a boolean column (or a nullable time a row reaches, ``moment``) is said with: its name
    without "is", "has", ... (``is_out_of_order`` -> ``out_of_order``, ``has_pool`` -> ``pool``)."""
    if col.type.kind is not TypeKind.BOOL and not moment(col):
        return None
    words = [w for w in col.name.lower().split("_") if w not in ("is", "has", "was", "flag", "at", "on")]
    if len(words) > 1 and col.type.kind is not TypeKind.BOOL:
        return None  # a time of several words ("checked_out_at") is read by the time rules
    return "_".join(words) or None


def moment(col: Column) -> bool:
    """A nullable time a row reaches or not (``read_at``, ``verified_on``): a state said by its word
    ("half of the notifications read" is read_at set on half of them)."""
    return (col.nullable and col.type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.DATE)
            and re.fullmatch(r"[a-z]+_(?:at|on)", col.name.lower()) is not None)
