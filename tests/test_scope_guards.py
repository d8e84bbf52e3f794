"""Stop-word guards (``seedbed.scope.guards``): cheap to compile, same matches as written out.

The rules' noun slots refuse ~200 keywords; a ``GuardedPattern`` compiles without that list and
checks it against the words of the text searched. These tests hold it to the pattern written
out in full: on synthetic patterns and texts (hypothesis), and on the real rules over the views
of the phrase file.
"""

from __future__ import annotations

import re
import re._parser as sre_parse  # the structure of a pattern: where its guards sit
from re._constants import ASSERT, ASSERT_NOT, BRANCH, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from seedbed.scope.guards import GuardedPattern, not_one_of
from seedbed.scope.parse import Clause, clauses, tokenize
from seedbed.scope.rules import RULES

PHRASES = Path(__file__).parent / "data" / "scope_phrases.txt"
_STOP = ("with", "per", "and", "at", "least", "don't", "a")
_WORD = rf"{not_one_of(_STOP)}[^\W\d][\w.'-]*"
_PLACEHOLDER = "(?!\ue0ff)"


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.span() == b.span() and a.groups() == b.groups() and a.groupdict() == b.groupdict()


#: Patterns of the shapes the rules use: noun lists, optional heads, lookarounds, alternations.
_PATTERNS = [
    rf"(?<![^ ])(?:(?P<a>{_WORD}(?: (?:and|,) {_WORD})*) per (?P<b>{_WORD}))(?![^ ])",
    rf"(?<![^ ])(?:(?:(?P<n>\d+) )?(?P<t>{_WORD} {_WORD}|{_WORD})(?: with (?P<c>{_WORD}))?)(?![^ ])",
    rf"(?<![^ ])(?:at least (?P<n>\d+) (?P<t>{_WORD})|(?P<u>{_WORD})(?= (?:and|with)))(?![^ ])",
    rf"(?:{_WORD}s)",  # a slot that may start inside a token
]
_VOCAB = ["with", "per", "and", "at", "least", "don't", "a", "users", "order", "items", "xwith", "aper",
          "3", "§", ",", "post", "at-least", "andy"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS), st.lists(st.sampled_from(_VOCAB), max_size=9), st.integers(0, 12))
def test_guarded_search_equals_written_out(pattern: str, words: list[str], pos: int) -> None:
    text = " ".join(words)
    pos = min(pos, len(text))
    assert _same(GuardedPattern(pattern).search(text, pos), re.compile(pattern).search(text, pos))


def _guards_in_negative_lookarounds(tree: sre_parse.SubPattern, negative: bool = False) -> int:
    found = 0
    for op, av in tree:
        if op in (ASSERT, ASSERT_NOT):
            body = av[1]
            if len(body) == 1 and body[0][1] == 0xE0FF and op is ASSERT_NOT:  # a guard
                found += negative
                continue
            found += _guards_in_negative_lookarounds(body, negative or op is ASSERT_NOT)
        elif op is SUBPATTERN:
            found += _guards_in_negative_lookarounds(av[3], negative)
        elif op is BRANCH:
            found += sum(_guards_in_negative_lookarounds(b, negative) for b in av[1])
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            found += _guards_in_negative_lookarounds(av[2], negative)
    return found


def test_no_guard_sits_in_a_negative_lookaround() -> None:
    # The loose pattern is a superset of the full one only while guards merely forbid; inside a
    # negative lookaround a guard would permit, and the loose search could miss a match.
    for r in RULES:
        source = r.pattern.source
        for g, _ in r.pattern.guards:
            source = source.replace(g, _PLACEHOLDER)
        assert _guards_in_negative_lookarounds(sre_parse.parse(source)) == 0, r.name


def test_checker_sees_a_guard_in_a_negative_lookaround() -> None:
    tree = sre_parse.parse(rf"x(?!y {_PLACEHOLDER}z)")
    assert _guards_in_negative_lookarounds(tree) == 1


def test_rules_match_as_written_out() -> None:
    # The rules with the most guards, written out in full, over the views of the phrase file.
    heavy = sorted(RULES, key=lambda r: len(r.pattern.source), reverse=True)[:6]
    full = [re.compile(r.pattern.source) for r in heavy]
    phrases = [line[1:].strip() for line in PHRASES.read_text(encoding="utf-8").splitlines() if line.startswith(">")]
    views = {Clause(original=n, tokens=tokenize(n)).view()[0] for p in phrases for _, n in clauses(p)}
    hits = 0
    for view in sorted(views):
        for r, f in zip(heavy, full):
            expected = f.search(view)
            assert _same(r.pattern.search(view), expected), (r.name, view)
            hits += expected is not None
    assert hits > 20  # the comparison saw matches, not only misses
