"""Generate strings from the regex and LIKE patterns found in CHECK constraints.

A pattern is translated from PostgreSQL's ARE dialect (:mod:`seedbed.solve.dialect`), parsed
with ``re._parser`` into character sets, sequences, alternations and repeats, and laid out as
*shapes* (:mod:`seedbed.solve.language`): fixed-length sequences of character sets, i.e.
product sets of strings. Unbounded repeats are capped (``min + 8`` by default) so the language
is finite. ``sample`` picks a length, a shape and one character per position; ``nth``
enumerates pairwise *disjoint* shapes (overlapping shapes of one length are split by
product-set difference) with a mixed-radix counter, shortest strings first, which makes it
injective. Per-row work is vectorised with numpy: a code-point matrix is viewed as a unicode
array.

Generation emits only the match itself: an unanchored pattern (``x ~ 'abc'``) gets strings
that *are* a match, which is a match anywhere. ``.`` and LIKE's ``_`` / ``%`` use letters and
digits, ``\\s`` a space, negated classes printable ASCII minus the set (beyond ASCII only if
that is empty); ``sample`` draws letters and digits from very wide classes, for readability.
Case-insensitive patterns are generated in the written case (which also matches
case-insensitively); negated sets then exclude both cases.

``cardinality`` is the number of distinct strings ``nth`` can produce: the size of the capped
language, or a lower bound of it when a shape budget bites (very ambiguous patterns).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import lru_cache

import numpy as np

from seedbed.errors import UnsatisfiableConstraint
from seedbed.solve.dialect import are_to_python, like_to_regex
from seedbed.solve.language import ALNUM, Charsets, disjoint, max_len, min_len, parse, shapes

__all__ = ["PatternLengthError", "PatternSampler", "compile_like", "compile_pattern"]

DEFAULT_REPEAT_CAP = 8  # extra repetitions allowed for *, +, {m,}
_CARD_LIMIT = 2**62
_CHUNK = 1 << 18  # rows per vectorised chunk (bounds memory: chunk x max length x 4 bytes)


class PatternLengthError(ValueError):
    """The pattern cannot produce a string within the requested length limits.

    A ``ValueError`` as the interface promises; the folder treats it as proof that the column
    domain is empty (the lengths are part of the proof).
    """


class PatternSampler:
    """Strings matching one pattern: random (``sample``) or index-derived (``nth``).

    Attributes:
        pattern: the source pattern, as given.
        cardinality: how many distinct strings ``nth`` can produce, or None if more than 2**62.
        min_length: the shortest string this sampler produces.
        max_length: the longest string this sampler produces.
    """

    __slots__ = (
        "_full",
        "_nth",
        "_nth_len",
        "_nth_starts",
        "_readable",
        "_sample",
        "cardinality",
        "max_length",
        "min_length",
        "pattern",
    )

    def __init__(self, pattern: str, family: list[tuple[int, ...]], cs: Charsets) -> None:
        self.pattern = pattern
        by_len: dict[int, list[tuple[int, ...]]] = defaultdict(list)
        for s in family:
            by_len[len(s)].append(s)
        lengths = sorted(by_len)
        self.min_length, self.max_length = lengths[0], lengths[-1]
        # sample: per length, a matrix of charset ids and the shapes' weights (by size)
        self._sample = []
        for n in lengths:
            group = by_len[n]
            logs = np.array([cs.log_size(sh) for sh in group])
            w = np.exp(logs - logs.max())
            self._sample.append((n, np.array(group, dtype=np.int64).reshape(len(group), n),
                                 w / w.sum()))
        # nth: disjoint pieces, shortest first, with their first index
        pieces = [(n, p) for n in lengths for p in disjoint(by_len[n], cs)]
        cards = [math.prod(cs.size(c) for c in p) for _, p in pieces]
        total = sum(cards)
        self.cardinality = total if total <= _CARD_LIMIT else None
        starts, acc = [], 0
        for c in cards:
            starts.append(min(acc, _CARD_LIMIT))
            acc += c
        self._nth_starts = np.array(starts, dtype=np.int64)
        self._nth_len = np.array([n for n, _ in pieces], dtype=np.int64)
        self._nth = {}
        for n in lengths:
            mine = [p for m, p in pieces if m == n]
            self._nth[n] = np.array(mine, dtype=np.int64).reshape(len(mine), n)
        self._full = _Flat([sorted(x) for x in cs.sets])
        self._readable = _Flat([sorted(x & ALNUM if len(x) > len(ALNUM) and x & ALNUM else x)
                                for x in cs.sets])

    def __repr__(self) -> str:
        return f"PatternSampler({self.pattern!r}, cardinality={self.cardinality})"

    def sample(self, rng: np.random.Generator, n: int) -> list[str]:
        """Draw ``n`` random matching strings.

        Lengths are uniform over those available, shapes of one length are weighted by size,
        and very wide classes (negations, ``\\S``) draw letters and digits only, for
        readability.

        Args:
            rng: the only source of randomness.
            n: how many strings.

        Returns:
            A list of ``n`` strings (duplicates possible).
        """
        out: list[str] = []
        flat = self._readable
        for start in range(0, n, _CHUNK):
            m = min(_CHUNK, n - start)
            codes = np.zeros((m, self.max_length), dtype=np.uint32)
            length_ix = rng.integers(0, len(self._sample), m)
            for li in np.unique(length_ix):
                width, mat, weights = self._sample[li]
                rows = np.flatnonzero(length_ix == li)
                if width == 0:
                    continue
                pick = rng.choice(len(mat), size=rows.size, p=weights) if len(mat) > 1 \
                    else np.zeros(rows.size, dtype=np.int64)
                cids = mat[pick]
                digit = (rng.random(cids.shape) * flat.size[cids]).astype(np.int64)
                codes[rows, :width] = flat.codes[flat.offset[cids] + digit]
            out.extend(_to_strings(codes))
        return out

    def nth(self, idx: np.ndarray) -> list[str]:
        """Map indices to matching strings, injectively.

        Shortest strings come first; within a piece, the last position varies fastest.

        Args:
            idx: integer array, ``0 <= idx < cardinality`` (``< 2**62`` when it is None).

        Returns:
            One string per index; distinct indices give distinct strings.

        Raises:
            ValueError: for an index out of range.
        """
        idx = np.asarray(idx, dtype=np.int64).ravel()
        limit = self.cardinality if self.cardinality is not None else _CARD_LIMIT
        if idx.size and (idx.min() < 0 or idx.max() >= limit):
            raise ValueError(f"index out of range [0, {limit}) for pattern {self.pattern!r}")
        flat = self._full
        out: list[str] = []
        for start in range(0, idx.size, _CHUNK):
            chunk = idx[start:start + _CHUNK]
            codes = np.zeros((chunk.size, self.max_length), dtype=np.uint32)
            piece = np.searchsorted(self._nth_starts, chunk, side="right") - 1
            width_of = self._nth_len[piece]
            for width in np.unique(width_of):
                rows = np.flatnonzero(width_of == width)
                mat = self._nth[int(width)]
                first = int(np.searchsorted(self._nth_len, width))  # first piece of this width
                cids = mat[piece[rows] - first]
                off = chunk[rows] - self._nth_starts[piece[rows]]
                for pos in range(int(width) - 1, -1, -1):
                    cid = cids[:, pos]
                    off, digit = np.divmod(off, flat.size[cid])
                    codes[rows, pos] = flat.codes[flat.offset[cid] + digit]
            out.extend(_to_strings(codes))
        return out


class _Flat:
    """Character sets concatenated into one array, for vectorised lookups by set id."""

    __slots__ = ("codes", "offset", "size")

    def __init__(self, sets: list[list[int]]) -> None:
        self.size = np.array([len(s) for s in sets], dtype=np.int64)
        self.offset = np.concatenate(([0], np.cumsum(self.size)[:-1])).astype(np.int64)
        self.codes = np.array([c for s in sets for c in s], dtype=np.uint32)


def _to_strings(codes: np.ndarray) -> list[str]:
    if codes.shape[1] == 0:
        return [""] * codes.shape[0]
    return np.ascontiguousarray(codes).view(f"<U{codes.shape[1]}")[:, 0].tolist()


def compile_pattern(pattern: str, *, min_length: int | None = None,
                    max_length: int | None = None,
                    case_insensitive: bool = False) -> PatternSampler:
    """Compile a PostgreSQL ARE (as in ``CHECK (x ~ '...')``) into a sampler.

    Args:
        pattern: the regex text.
        min_length: shortest string wanted (a column's ``min_length``).
        max_length: longest string allowed (``max_length`` or ``varchar(n)``).
        case_insensitive: the ``~*`` operator.

    Returns:
        A :class:`PatternSampler` (cached: equal arguments share one instance).

    Raises:
        UnsatisfiableConstraint: the pattern matches nothing (``a^b``, ``[^\\D\\d]``).
        PatternLengthError: nothing it matches fits ``min_length..max_length``.
        ValueError: a construct seedbed does not generate (back-references, lookarounds,
            word boundaries): leave the constraint to the database.
    """
    return _compile(pattern, min_length, max_length, case_insensitive)


@lru_cache(maxsize=512)
def _compile(pattern: str, min_length: int | None, max_length: int | None,
             case_insensitive: bool) -> PatternSampler:
    tree = parse(are_to_python(pattern), re.IGNORECASE if case_insensitive else 0)
    lo_len, hi_len = min_len(tree), max_len(tree)
    if lo_len == math.inf:
        raise UnsatisfiableConstraint(f"the pattern {pattern!r} matches no string",
                                      subject=pattern,
                                      hint="fix the CHECK's regular expression")
    min_length = max(min_length or 0, 0)
    limit = math.inf if max_length is None else max_length
    if lo_len > limit or hi_len < min_length:
        raise PatternLengthError(
            f"the pattern {pattern!r} makes strings of {lo_len}..{hi_len} characters, "
            f"not {min_length}..{max_length}")
    cap = max(DEFAULT_REPEAT_CAP, min_length)
    cs = Charsets(fold=case_insensitive)
    family = [s for s in shapes(tree, limit, cap, cs) if len(s) >= min_length]
    if not family:
        raise PatternLengthError(
            f"the pattern {pattern!r} has no string of {min_length}..{max_length} characters")
    return PatternSampler(pattern, family, cs)


def compile_like(pattern: str, *, max_length: int | None = None,
                 case_insensitive: bool = False) -> PatternSampler:
    """Compile a LIKE pattern (``%`` any run, ``_`` one character, backslash escapes).

    Args:
        pattern: the LIKE pattern.
        max_length: longest string allowed.
        case_insensitive: ILIKE.

    Returns:
        A :class:`PatternSampler`.
    """
    return compile_pattern(like_to_regex(pattern), max_length=max_length,
                           case_insensitive=case_insensitive)
