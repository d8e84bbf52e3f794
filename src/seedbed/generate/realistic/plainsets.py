"""Plain labels a reviewer of any domain accepts, for a classifier whose own labels are unknown.

A numbered placeholder ("Passage type 2", "Quality 4") reads as no data at all, and another
domain's list (record states, software components) as wrong data (issue 10, r30). What is left
that claims no domain is the shape of the head itself: a status runs pending -> completed, a
stage or phase is an ordered step, a quality or confidence is good / fair / poor (A / B / C
when narrow), a level is low -> high, a grade or class an ordered letter, a type or kind a
short roman class. ``code_series`` makes a name of a thing no list knows into a code of a
series ("TL-210"), the way models and designations are named.
"""

from __future__ import annotations

__all__ = ["classifier", "code_series", "letters", "plain_set"]

#: Ordered generic labels by the head of a classifier's name, the most common first.
_SETS: dict[str, tuple[str, ...]] = {
    "status": ("completed", "in progress", "pending", "cancelled"),
    "stage": ("planning", "in progress", "review", "completed"),
    "quality": ("good", "fair", "poor"),
    "level": ("low", "moderate", "high"),
    "grade": ("A", "B", "C", "D"),
    "type": ("I", "II", "III", "IV", "V"),
    "resolution": ("resolved", "partly resolved", "unresolved", "deferred"),  # r32: no help desk's "Won't Fix"
}
#: Heads that read as one of the sets above.
_HEADS = {
    **dict.fromkeys(("status", "state", "outcome", "result"), "status"),
    **dict.fromkeys(("stage", "phase", "step", "lifecycle", "workflow"), "stage"),
    **dict.fromkeys(("quality", "flag", "confidence", "reliability", "certainty", "accuracy", "condition",
                     "qc", "qa"), "quality"),
    **dict.fromkeys(("level", "severity", "priority", "intensity", "risk", "hazard", "urgency"), "level"),
    **dict.fromkeys(("grade", "rank", "tier", "band", "class", "category", "group", "bucket", "rating",
                     "clazz", "cls"), "grade"),
    **dict.fromkeys(("type", "kind", "sort", "variant", "style", "form", "format", "mode", "method"), "type"),
    "resolution": "resolution",
}
#: Short forms of the sets for narrow columns.
_SHORT = {"quality": ("A", "B", "C"), "level": ("L", "M", "H"), "status": ("C", "P", "X"),
          "stage": ("1", "2", "3", "4"), "resolution": ("R", "P", "U")}


def classifier(stem: str) -> bool:
    """Whether ``stem``'s last word names one of a few ordered labels (a category, a level)."""
    words = stem.lower().split()
    return bool(words) and words[-1] in _HEADS


def plain_set(stem: str, k: int, lmax: int | None) -> list[str] | None:
    """Generic ordered labels for a classifier named ``stem`` (its head decides which), cut to
    ``lmax``; ``None`` when even the short forms do not fit."""
    words = stem.lower().split()
    head = next((_HEADS[w] for w in reversed(words) if w in _HEADS), None)
    if head is None:  # a tool, an instrument: a thing's name, not a class (``code_series``)
        return None
    labels = list(_SETS[head])
    if head == "grade":
        labels = [chr(ord("A") + i) for i in range(max(3, min(k, 6)))]
    if lmax is not None and max(map(len, labels)) > lmax:
        labels = [v for v in labels if len(v) <= lmax]
        if len(labels) < 2:
            labels = [v for v in _SHORT.get(head, ("A", "B", "C")) if len(v) <= lmax]
    return labels if len(labels) >= 2 else None


def letters(stem: str) -> str:
    """Two capitals for a code of ``stem``: its words' initials, or one word's first letter and
    its next consonant (telemetry -> TL, mount -> MN)."""
    words = [w for w in stem.split() if w.isalpha()] or ["x"]
    if len(words) > 1:
        return "".join(w[0] for w in words[:3]).upper()
    w = words[0]
    nxt = next((c for c in w[1:] if c not in "aeiouy"), w[1:2] or "X")
    return (w[0] + nxt).upper()


def code_series(stem: str, k: int, lmax: int | None) -> list[str]:
    """``k`` codes of one series for a thing named ``stem`` ("TL-100", "TL-120", "TL-210"), the
    way models, designations and unknown labels are written; shorter forms when narrow."""
    prefix = letters(stem)
    numbers = [100 + 10 * ((i * 7) % 90) for i in range(k)]
    out = [f"{prefix}-{n}" for n in numbers]
    if lmax is not None and max(map(len, out)) > lmax:
        out = [f"{prefix}{n // 10}" for n in numbers]
    if lmax is not None and max(map(len, out)) > lmax:
        out = [f"{prefix[0]}{i + 1}" for i in range(min(k, 9))]
    return list(dict.fromkeys(v for v in out if lmax is None or len(v) <= lmax))
