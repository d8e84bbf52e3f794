"""Tables named by a word the scope language keeps for itself (issue 11).

The rules read some words as their own (``rules._KW``): "sample" and "test" (of "sample data", "test
data"), "records", "tables", "keys". A lab's schema has tables ``samples`` and ``tests``; there "3 tests
per sample" is a fan-out, yet "sample" could not be a noun and the phrase was read as 3 tests in all,
silently. Where a table's name has a form that is no keyword (``samples`` beside "sample"), that form
stands in for the keyword where a table is plainly meant: after a number, "per", "each", "every", "of", "no",
"with", "any", or first before "has" / "have" / "gets" / ":". Words of the request itself stay ("test data",
"sample rows", "for testing"), and a table whose every form is a keyword (``keys``) is left to the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from seedbed.scope.inflect import plural, singular

__all__ = ["said_keyword_tables"]

#: Words after a keyword that make it a word about the request ("test data", "sample rows").
_ABOUT = r"data|purposes?|environments?|env|db|database|runs?|suites?|mode|sets?|rows?|records?|values?|ones"
_BEFORE = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "per", "each", "every", "of", "no", "with", "without", "any",
           "single", "one")
_AFTER_FIRST = r"has|have|gets?|with|:"


@lru_cache(maxsize=64)
def _aliases(names: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    from seedbed.scope.rules import _KW

    keywords = frozenset(_KW)
    out = []
    for name in names:
        if "_" in name or " " in name:
            continue
        forms = dict.fromkeys((name, singular(name), plural(singular(name))))
        kept = [f for f in forms if f in keywords]
        free = [f for f in forms if f not in keywords]
        if not kept or not free:
            continue
        alias = name if name in free else free[0]
        words = "|".join(re.escape(k) for k in kept)
        after = "|".join(rf"(?<=\b{re.escape(b)} )" if b.isalpha() else rf"(?<={b} )" for b in _BEFORE)
        pattern = re.compile(rf"(?:(?:{after})(?:{words})(?![\w-])(?! (?:{_ABOUT})\b)|^(?:{words})(?= (?:{_AFTER_FIRST})))")
        out.append((pattern, alias))
    return tuple(out)


def said_keyword_tables(norm: str, names: Iterable[str]) -> str:
    """``norm`` with a table's keyword form replaced by its other form where a table is meant
    ("3 tests per sample" -> "3 tests per samples", where ``samples`` is a table)."""
    for pattern, alias in _aliases(tuple(sorted(names))):
        norm = pattern.sub(alias, norm)
    return norm
