"""Text under regex / LIKE constraints, and the per-value checks every text domain implies.

Construction uses the first pattern (``~``, then ``~*``, then LIKE) through
``seedbed.solve.regex``: ``sample`` for ordinary rows, ``nth`` of a scrambled rank for unique
ones. The other patterns, ``!~`` patterns, lengths, case rules, string bounds and exclusions
are checked with Python ``re`` (patterns translated by ``seedbed.solve.dialect``) and failing
rows are redrawn a bounded number of times; what still fails is left to the database (the
oracle reports the constraint), because an ASCII approximation of a POSIX class may differ
from the server's locale-aware one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy as np

from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.values.data import GenRequest, column_key
from seedbed.generate.values.ordinal import scrambled_ranks
from seedbed.model import ColumnDomain

__all__ = ["checker", "has_patterns", "pattern_cardinality", "pattern_values", "retry"]

RETRIES = 64


def has_patterns(domain: ColumnDomain) -> bool:
    """Whether values must be constructed from a regex or LIKE pattern."""
    return bool(domain.patterns or domain.case_insensitive_patterns or domain.likes)


def _sampler(domain: ColumnDomain, lmin: int, lmax: int | None, fold: bool = False) -> Any:
    """The sampler of the first pattern. ``fold``: the column compares case-insensitively
    (``citext``, a ``_ci`` collation), where its patterns match either case too: one case of
    each letter is made, so unique values never differ by case alone (``AE@x`` and ``ae@x``)."""
    from seedbed.solve.regex import PatternLengthError, compile_like, compile_pattern

    try:
        if domain.patterns:
            return compile_pattern(domain.patterns[0], min_length=lmin, max_length=lmax, case_insensitive=fold)
        if domain.case_insensitive_patterns:
            return compile_pattern(domain.case_insensitive_patterns[0], min_length=lmin,
                                   max_length=lmax, case_insensitive=True)
        return compile_like(domain.likes[0], max_length=lmax, case_insensitive=fold)
    except PatternLengthError as exc:
        raise UnsatisfiableConstraint(str(exc), hint="the pattern and the length limits contradict "
                                      "each other; relax one of them") from exc


def _python_regex(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    from seedbed.solve.dialect import are_to_python

    try:
        return re.compile(are_to_python(pattern), flags)
    except (ValueError, re.error):
        return None


def pattern_cardinality(domain: ColumnDomain, lmin: int, lmax: int | None, fold: bool = False) -> int | None:
    """How many distinct strings the constructing pattern yields (None above 2**62); ``fold``:
    as a case-insensitive column tells them apart."""
    try:
        sampler = _sampler(domain, lmin, lmax, fold)
    except UnsatisfiableConstraint:
        return 0
    except ValueError:  # a construct the sampler does not generate: effectively unknown
        return None
    return sampler.cardinality


def checker(domain: ColumnDomain, lmin: int, lmax: int | None, *,
            constructed: bool) -> Callable[[str], bool] | None:
    """A predicate for everything a text domain asks of a value, or None if nothing is asked.

    With ``constructed`` the first pattern (the one values were built from) is not rechecked.
    """
    tests: list[Callable[[str], bool]] = []
    skip = 1 if constructed else 0
    pats = list(domain.patterns)
    ipats = list(domain.case_insensitive_patterns)
    likes = list(domain.likes)
    if constructed:
        if pats:
            pats = pats[skip:]
        elif ipats:
            ipats = ipats[skip:]
        else:
            likes = likes[skip:]
    for p in pats:
        rx = _python_regex(p)
        if rx is not None:
            tests.append(lambda s, rx=rx: rx.search(s) is not None)
    for p in ipats:
        rx = _python_regex(p, re.IGNORECASE)
        if rx is not None:
            tests.append(lambda s, rx=rx: rx.search(s) is not None)
    for p in domain.not_patterns:
        rx = _python_regex(p)
        if rx is not None:
            tests.append(lambda s, rx=rx: rx.search(s) is None)
    if likes:
        from seedbed.solve.dialect import like_to_regex

        for p in likes:
            rx = _python_regex(like_to_regex(p), re.DOTALL)
            if rx is not None:
                tests.append(lambda s, rx=rx: rx.search(s) is not None)
    if constructed and (lmin > 1 or lmax is not None):
        tests.append(lambda s: lmin <= len(s) and (lmax is None or len(s) <= lmax))
    if domain.lowercase:
        tests.append(lambda s: s == s.lower())
    if domain.uppercase:
        tests.append(lambda s: s == s.upper())
    if domain.nonblank:
        tests.append(lambda s: s.strip() != "")
    if domain.excluded:
        excluded = frozenset(str(v) for v in domain.excluded)
        tests.append(lambda s: s not in excluded)
    if domain.low is not None and isinstance(domain.low.value, str):
        low, inc = domain.low.value, domain.low.inclusive
        tests.append(lambda s: s >= low if inc else s > low)
    if domain.high is not None and isinstance(domain.high.value, str):
        high, hinc = domain.high.value, domain.high.inclusive
        tests.append(lambda s: s <= high if hinc else s < high)
    if not tests:
        return None
    return lambda s: all(t(s) for t in tests)


def retry(values: list[str], ok: Callable[[str], bool] | None,
          fresh: Callable[[int], list[str]], tries: int = RETRIES) -> list[str]:
    """Redraw the values failing ``ok`` (in place) up to ``tries`` times; returns ``values``."""
    if ok is None:
        return values
    bad = [i for i, v in enumerate(values) if not ok(v)]
    for _ in range(tries):
        if not bad:
            break
        for i, v in zip(bad, fresh(len(bad)), strict=True):
            values[i] = v
        bad = [i for i in bad if not ok(values[i])]
    return values


def _cased(values: list[str], domain: ColumnDomain) -> list[str]:
    if domain.lowercase:
        return [v.lower() for v in values]
    if domain.uppercase:
        return [v.upper() for v in values]
    return values


def pattern_values(req: GenRequest, rng: np.random.Generator, lmin: int, lmax: int | None) -> list[str]:
    """Values built from the domain's first pattern and checked against the rest."""
    domain = req.domain
    try:
        sampler = _sampler(domain, lmin, lmax, req.unique and req.column.type.case_insensitive)
    except ValueError as exc:
        if isinstance(exc, UnsatisfiableConstraint):
            raise
        raise UnsatisfiableConstraint(
            f"cannot construct values of {req.column.name} from its pattern: {exc}",
            subject=req.column.name,
            hint="simplify the CHECK's regular expression (no back-references or word boundaries)",
        ) from exc
    ok = checker(domain, lmin, lmax, constructed=True)
    if req.unique:
        ranks = scrambled_ranks(req.index, sampler.cardinality, column_key(req, "pattern"),
                                req.table_rows)
        return _cased(sampler.nth(ranks), domain)
    values = _cased(sampler.sample(rng, req.n), domain)
    return retry(values, ok, lambda k: _cased(sampler.sample(rng, k), domain))
