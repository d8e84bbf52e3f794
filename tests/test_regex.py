"""Strings from regex and LIKE patterns (``seedbed.solve.regex``): property tests."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from seedbed.errors import UnsatisfiableConstraint
from seedbed.solve.dialect import are_to_python, like_to_regex
from seedbed.solve.regex import PatternLengthError, compile_like, compile_pattern

ALPHABET = "abc"
QUANTIFIERS = ["", "", "?", "*", "+", "{2}", "{1,3}", "{2,}", "{0,2}"]
BOUNDED = ["", "", "?", "{2}", "{0,2}", "{1,2}"]

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def _quantified(atom: st.SearchStrategy[str], quantifiers: list[str]) -> st.SearchStrategy[str]:
    def apply(pair: tuple[str, str]) -> str:
        body, q = pair
        if q and len(body) > 1 and not (body.startswith("[") and body.endswith("]")):
            body = f"(?:{body})"
        return body + q
    return st.tuples(atom, st.sampled_from(quantifiers)).map(apply)


def regexes(wide: bool, quantifiers: list[str]) -> st.SearchStrategy[str]:
    """Random regex bodies over a small alphabet; ``wide`` adds ., negations and escapes."""
    atoms = [st.sampled_from(list(ALPHABET)), st.sampled_from(["[ab]", "[a-c]", "[bc]"])]
    if wide:
        atoms += [st.sampled_from([".", r"\d", r"\w", "[^ab]", r"[^\s@]", r"\.", "-", "[A-Z0-9_-]",
                                   "[[:digit:]]", r"\x41"])]
    base = st.one_of(*atoms)
    return st.recursive(
        base,
        lambda inner: st.one_of(
            _quantified(inner, quantifiers),
            st.lists(inner, min_size=2, max_size=3).map("".join),
            st.lists(inner, min_size=2, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
        ),
        max_leaves=6,
    )


@SETTINGS
@given(body=regexes(wide=True, quantifiers=QUANTIFIERS), seed=st.integers(0, 2**32 - 1))
def test_sampled_strings_match(body: str, seed: int) -> None:
    sampler = compile_pattern(f"^{body}$")
    rx = re.compile(are_to_python(body))
    for s in sampler.sample(np.random.default_rng(seed), 40):
        assert rx.fullmatch(s), (body, s)
        assert sampler.min_length <= len(s) <= sampler.max_length


@SETTINGS
@given(body=regexes(wide=True, quantifiers=QUANTIFIERS), data=st.data())
def test_nth_matches_and_is_injective(body: str, data: st.DataObject) -> None:
    sampler = compile_pattern(f"^{body}$")
    limit = sampler.cardinality if sampler.cardinality is not None else 2**62
    idx = data.draw(st.sets(st.integers(0, limit - 1), min_size=1, max_size=60))
    idx_arr = np.array(sorted(idx), dtype=np.int64)
    out = sampler.nth(idx_arr)
    rx = re.compile(are_to_python(body))
    assert len(set(out)) == len(out) == len(idx)
    assert all(rx.fullmatch(s) for s in out), body
    assert sampler.nth(idx_arr) == out  # pure function of the index


@SETTINGS
@given(body=regexes(wide=False, quantifiers=BOUNDED))
def test_cardinality_and_nth_cover_small_languages(body: str) -> None:
    rx = re.compile(body)
    sampler = compile_pattern(f"^{body}$")
    assume(sampler.max_length <= 6)
    language = {"".join(p) for n in range(sampler.max_length + 1)
                for p in itertools.product(ALPHABET, repeat=n) if rx.fullmatch("".join(p))}
    assert sampler.cardinality == len(language), body
    assert set(sampler.nth(np.arange(sampler.cardinality))) == language


@SETTINGS
@given(body=regexes(wide=True, quantifiers=QUANTIFIERS), seed=st.integers(0, 2**32 - 1))
def test_unanchored_patterns_generate_a_match(body: str, seed: int) -> None:
    sampler = compile_pattern(body)
    rx = re.compile(are_to_python(body))
    assert all(rx.search(s) for s in sampler.sample(np.random.default_rng(seed), 20))


@SETTINGS
@given(body=regexes(wide=True, quantifiers=QUANTIFIERS), limit=st.integers(0, 12),
       seed=st.integers(0, 2**32 - 1))
def test_max_length_is_respected_or_refused(body: str, limit: int, seed: int) -> None:
    try:
        sampler = compile_pattern(f"^{body}$", max_length=limit)
    except PatternLengthError:
        return
    out = sampler.sample(np.random.default_rng(seed), 30)
    out += sampler.nth(np.arange(min(30, sampler.cardinality or 30)))
    assert all(len(s) <= limit and re.fullmatch(are_to_python(body), s) for s in out)


@SETTINGS
@given(body=regexes(wide=True, quantifiers=QUANTIFIERS), seed=st.integers(0, 2**32 - 1))
def test_case_insensitive_patterns_match_ignoring_case(body: str, seed: int) -> None:
    sampler = compile_pattern(f"^{body}$", case_insensitive=True)
    rx = re.compile(are_to_python(body), re.IGNORECASE)
    assert all(rx.fullmatch(s) for s in sampler.sample(np.random.default_rng(seed), 20))


@SETTINGS
@given(like=st.text(alphabet="ab%_\\-.", max_size=8), seed=st.integers(0, 2**32 - 1))
def test_like_patterns(like: str, seed: int) -> None:
    rx = re.compile(like_to_regex(like), re.DOTALL)
    sampler = compile_like(like)
    out = sampler.sample(np.random.default_rng(seed), 20) + sampler.nth(np.arange(
        min(20, sampler.cardinality or 20)))
    assert all(rx.fullmatch(s) for s in out), like


def test_sku_pattern() -> None:
    sampler = compile_pattern("^[A-Z]{3}-[0-9]{4}$")
    assert sampler.cardinality == 26**3 * 10**4
    assert sampler.nth(np.array([0, 1, 10_000])) == ["AAA-0000", "AAA-0001", "AAB-0000"]
    out = sampler.nth(np.arange(1_000_000))
    assert len(set(out)) == 1_000_000
    assert sampler.nth(np.array([sampler.cardinality - 1])) == ["ZZZ-9999"]


def test_sample_is_deterministic_for_a_seed() -> None:
    sampler = compile_pattern(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")
    a = sampler.sample(np.random.default_rng(7), 100)
    b = sampler.sample(np.random.default_rng(7), 100)
    assert a == b and len(set(a)) > 90


def test_unbounded_repeats_are_capped_at_eight_extra() -> None:
    sampler = compile_pattern("^a+$")
    assert (sampler.min_length, sampler.max_length, sampler.cardinality) == (1, 9, 9)
    assert compile_pattern("^a{2,}$", max_length=4).max_length == 4


def test_min_length_extends_the_cap() -> None:
    sampler = compile_pattern("^[a-z]+$", min_length=20, max_length=25)
    out = sampler.sample(np.random.default_rng(0), 50)
    assert all(20 <= len(s) <= 25 for s in out)


def test_cardinality_is_none_for_huge_languages() -> None:
    sampler = compile_pattern("^[a-z0-9][a-z0-9:-]{0,48}[a-z0-9]$")
    assert sampler.cardinality is None
    out = sampler.nth(np.array([0, 2**62 - 1]))
    assert len(set(out)) == 2
    with pytest.raises(ValueError):
        sampler.nth(np.array([2**62]))


def test_postgres_dialect() -> None:
    rng = np.random.default_rng(0)
    alpha = compile_pattern("^[[:alpha:]]+$").sample(rng, 20)
    assert all(re.fullmatch("[a-zA-Z]+", s) for s in alpha)
    assert compile_pattern("***=a.b").nth(np.array([0])) == ["a.b"]
    assert compile_pattern(r"^\x41\u0042$").nth(np.array([0])) == ["AB"]
    assert compile_pattern("(?i)^abc$").nth(np.array([0])) == ["abc"]


def test_negated_class_beyond_printable_ascii() -> None:
    out = compile_pattern("^[^ -~]$").sample(np.random.default_rng(0), 10)
    assert all(len(s) == 1 and not (" " <= s <= "~") for s in out)


@pytest.mark.parametrize("pattern", ["a^b", "^a$b", r"[^\D\d]", "^(x|y)[^\\s\\S]$"])
def test_unmatchable_patterns_are_unsatisfiable(pattern: str) -> None:
    with pytest.raises(UnsatisfiableConstraint):
        compile_pattern(pattern)


@pytest.mark.parametrize("pattern", [r"^(a)\1$", "(?=a)a", "(?<=a)b", r"\mword\M", r"a\yb",
                                     "a*^b", "[[.space.]]"])
def test_unsupported_constructs_raise_value_error(pattern: str) -> None:
    with pytest.raises(ValueError) as info:
        compile_pattern(pattern)
    assert not isinstance(info.value, PatternLengthError)


def test_length_limits_that_cannot_be_met() -> None:
    with pytest.raises(PatternLengthError):
        compile_pattern("^[A-Z]{3}-[0-9]{4}$", max_length=5)
    with pytest.raises(PatternLengthError):
        compile_pattern("^[A-Z]{3}$", min_length=4)


def test_empty_requests() -> None:
    sampler = compile_pattern("^x$")
    assert sampler.sample(np.random.default_rng(0), 0) == []
    assert sampler.nth(np.array([], dtype=np.int64)) == []
    assert compile_pattern("^$").nth(np.array([0])) == [""]
