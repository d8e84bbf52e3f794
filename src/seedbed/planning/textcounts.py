"""Counts and reading times that measure a sibling text of the row (issue 10).

``word_count`` beside ``body``, ``char_count`` / ``body_length`` of a ``body``, ``reading_time_min``
of an article: drawn independently they said 1309 words of a 40-word body read in 103 minutes. A
count of words (``word_count``, ``words``, ``wordcount``) or characters (``char_count``,
``character_count``, ``<text>_length``) and a reading time (``reading_time``, ``read_time``,
``read_minutes``) follow the row's longest prose column (``body``, ``content``, ``text``, or the one
their own words name: ``body_word_count``): ``words``, ``chars`` and ``reading`` (minutes, at about
230 words a minute), applied by ``seedbed.generate.derive``.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind

__all__ = ["text_counts"]

#: Heads of the prose a count measures, best first.
_PROSE = ("body", "content", "text", "article", "html", "markdown", "description", "message", "comment", "bio",
          "summary", "note")
_CHARS = frozenset("char character chars characters".split())


def _what(toks: tuple[str, ...]) -> str | None:
    """``words``, ``chars`` or ``reading`` for a count's name, else None."""
    words = set(toks)
    if words & {"wordcount"} or ("word" in words and words & {"count", "number", "total", "n"}) or toks == ("word",):
        return "words"
    if words & _CHARS and words & {"count", "number", "total", "n", "length"} or toks[-1:] in (("length",),):
        return "chars"
    if words & {"reading", "read"} and words & {"time", "minute", "min", "mins", "duration"}:  # no meter_reading
        return "reading"
    return None


def text_counts(table: Table, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list:
    """``Derived(count, text, "words" | "chars" | "reading")`` for the counts of ``table``'s prose."""
    from seedbed.planning.derived import Derived

    cols = {c.name: c for c in table.columns if not c.type.is_array}
    prose = [n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.TEXT
             and tokens(n)[-1:] and tokens(n)[-1] in _PROSE]
    long = [n for n in prose if cols[n].type.length is None or (cols[n].type.length or 0) >= 400]
    out = []
    for name, c in cols.items():
        if not usable.get(name) or name in taken or c.type.kind not in (TypeKind.INTEGER, TypeKind.NUMERIC):
            continue
        toks = tokens(name)
        op = _what(toks) if toks else None
        if op is None:
            continue
        named = [n for n in prose if set(tokens(n)) & set(toks)]  # body_length, body_word_count
        if op == "chars" and not named and "length" in toks:
            continue  # a bare length (a cable's) is no text's
        src = (named or sorted(long, key=lambda n: _PROSE.index(tokens(n)[-1])) or [None])[0]
        if src is not None:
            out.append(Derived(column=name, source=src, op=op))
            taken.add(name)
    return out
