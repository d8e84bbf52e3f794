"""Files and measures that follow a row's media kind (issue 10): beside ``kind IN ('photo', 'video',
'audio')`` a file name takes an extension of its kind (``ext_by_kind``), a width and a height are set
on pictures and videos only and a duration on recordings only (``only_if``). The kinds, their
extensions and which have sizes or durations live in ``data/vocab/misc.json`` (``kind_extensions``).
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import TypeKind

__all__ = ["kind_measures", "media_kind"]

_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
_KIND_HEADS = frozenset("kind type media format category".split())


def media_kind(name: str, toks: tuple[str, ...], cols: Mapping, sources: frozenset[str]) -> str | None:
    """The enum column saying what kind of media a file name's row holds (``kind IN ('photo', 'video')``)."""
    from seedbed.generate.realistic.vocab import load

    if toks[-2:] != ("file", "name"):
        return None
    known = load("misc")["kind_extensions"]
    for other, c in cols.items():
        labels = c.type.enum_labels or ()
        words = tokens(other)
        if other != name and other in sources and words and words[-1] in _KIND_HEADS \
                and sum(str(lab).lower() in known for lab in labels) >= 2:
            return other
    return None


_SIZES = frozenset("width height px pixel resolution dpi".split())
_TIMES = frozenset("duration runtime length seconds sec secs ms millisecond minutes".split())


def kind_measures(cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list:
    """A picture's width and height, a recording's duration: set only on rows of the media kinds
    that have them (an audio file has no width, a photo no duration)."""
    from seedbed.generate.realistic.vocab import load
    from seedbed.planning.derived import Derived

    known = load("misc")["kind_extensions"]
    kind = next((n for n, c in cols.items() if n in sources and tokens(n)[-1:] and tokens(n)[-1] in _KIND_HEADS
                 and sum(str(lab).lower() in known for lab in c.type.enum_labels or ()) >= 2), None)
    if kind is None:
        return []
    labels = [str(lab) for lab in cols[kind].type.enum_labels]
    out = []
    for name, c in cols.items():
        words = set(tokens(name))
        if not usable.get(name) or name in taken or not c.nullable or c.type.kind not in _NUMERIC:
            continue
        group = "_visual" if words & _SIZES else "_timed" if words & _TIMES else None
        have = [lab for lab in labels if group and lab.lower() in known[group]]
        if group and have and len(have) < len(labels):
            out.append(Derived(column=name, source=kind, op="only_if:" + "|".join(have)))
            taken.add(name)
    return out
