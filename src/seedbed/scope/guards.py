"""Stop-word guards that cost (almost) nothing to compile.

A noun slot of the scope language must not read a keyword ("with", "per", "mostly", ... about
200 words) as a table name, so every slot starts with a negative lookahead over all of them.
Written out in each of the ~600 slots of the ~160 rules, that lookahead was 89% of the rules'
pattern text and made ``import seedbed.scope.rules`` cost seconds of ``re`` compilation
(issue 13: every ``seedbed plan/seed --scope``, the MCP server and the pytest plugin paid it).

A guarded pattern is compiled twice, cheaply, with the same meaning:

- *loose*: every guard removed. A loose pattern accepts a superset of what the full pattern
  accepts at every start position (the guards only forbid; they never sit inside a negative
  lookaround: ``tests/test_scope_guards.py`` checks every rule), so where the loose pattern
  finds nothing, the full one finds nothing either. Most rules miss most clauses: one cheap
  search decides.
- *strict for this text*: where the loose pattern matches, the guard is put back, listing only
  the stop words that occur in the text (followed by a space or the end, as the guard tests).
  At any position of that text this guard accepts and refuses exactly what the full guard
  would, so the search gives the same match. These patterns are small and cached per set of
  stop words present.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["GuardedPattern", "not_one_of"]

#: Guard source -> its words, for every guard made by ``not_one_of``.
_GUARDS: dict[str, frozenset[str]] = {}
#: Strict patterns kept per guarded pattern (a long-running server sees many texts).
_STRICT_CACHE = 256


def _guard(words: Iterable[str]) -> str:
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return rf"(?!(?:{alts})(?![^ ]))"


def not_one_of(words: Iterable[str]) -> str:
    """A zero-width guard: the text here is none of ``words`` followed by a space or the end.

    Use it in patterns compiled by ``GuardedPattern`` (``seedbed.scope.parse.rule``): there it
    costs one set lookup per match instead of a long alternation compiled in every pattern.
    """
    words = tuple(words)
    source = _guard(words)
    _GUARDS[source] = frozenset(words)
    return source


def _endings(text: str) -> set[str]:
    """Every suffix of every space-separated chunk: what a guard word can match before a space."""
    return {chunk[i:] for chunk in set(text.split(" ")) for i in range(len(chunk))}


class GuardedPattern:
    """A compiled pattern whose ``not_one_of`` guards are checked against the text searched."""

    __slots__ = ("guards", "loose", "source", "_strict")

    def __init__(self, source: str) -> None:
        self.source = source
        self.guards = tuple((g, words) for g, words in _GUARDS.items() if g in source)
        loose = source
        for g, _ in self.guards:
            loose = loose.replace(g, "")
        self.loose = re.compile(loose)
        self._strict: dict[tuple[tuple[str, ...], ...], re.Pattern[str]] = {}

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        m = self.loose.search(text, pos)
        if m is None or not self.guards:
            return m
        # The full pattern fails wherever the loose one did: start where the loose one matched.
        return self._strict_for(text).search(text, m.start())

    def _strict_for(self, text: str) -> re.Pattern[str]:
        endings = _endings(text)
        key = tuple(tuple(sorted(words & endings)) for _, words in self.guards)
        compiled = self._strict.get(key)
        if compiled is None:
            if not any(key):
                compiled = self.loose
            else:
                source = self.source
                for (g, _), present in zip(self.guards, key):
                    source = source.replace(g, _guard(present) if present else "")
                compiled = re.compile(source)
            if len(self._strict) >= _STRICT_CACHE:
                self._strict.clear()
            self._strict[key] = compiled
        return compiled

    def __repr__(self) -> str:
        return f"GuardedPattern({self.source[:60]!r}..., guards={len(self.guards)})"
