"""Text (text, varchar(n), char(n), citext, name) and the one-byte ``"char"``.

Free text is one to four words of a small vocabulary (``Amber river stone``) cut to the
length limit; pattern-constrained text comes from ``patterns``. Unique text is a function of
the row index:

- when values may be 16 characters or longer: ``word-token``, the token being the base-36
  scrambled rank (the word is a function of the rank too, so ``-token`` alone keeps values
  distinct; the word is shortened when the limit is tight);
- shorter limits enumerate every string of ``[a-z0-9]`` of the allowed lengths, shortest
  first, so the whole space ``sum(36**l)`` is usable (``cardinality`` reports it); from 8
  characters on, ranks whose ``word-token`` fits take that form instead (it contains a '-',
  the enumeration never does, so the mix stays injective).

Values are ``str`` in an object array.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from seedbed.errors import UnsatisfiableConstraint
from seedbed.generate.permute import mix64
from seedbed.generate.values.data import GenRequest, column_key, object_array
from seedbed.generate.values.ordinal import scrambled_ranks, swap_excluded
from seedbed.generate.values.patterns import (
    checker,
    has_patterns,
    pattern_cardinality,
    pattern_values,
    retry,
)
from seedbed.generate.values.strings import ascii_rows, base_n, enumerate_strings, enumeration_size
from seedbed.generate.values.words import WORD_ARRAY, WORDS
from seedbed.model import Column, ColumnDomain, ColumnType, TypeKind

__all__ = ["cardinality", "char_letters", "generate", "generate_char", "length_limits", "words"]

#: Enumeration alphabet for short unique text ("a" is the zero digit, so "a" < "b" < ... < "aa").
ENUM_ALPHABET = b"abcdefghijklmnopqrstuvwxyz0123456789"
TOKEN_ALPHABET = b"0123456789abcdefghijklmnopqrstuvwxyz"
#: Shortest length limit for which ``word-token`` fits every rank (token <= 13 chars).
PREFIX_MIN = 16
#: Below this limit unique text is the plain enumeration (``a``, ``b``, ..., ``aa``, ...).
PREFIX_SHORTEST = 8
_BIG = 2**62


def length_limits(ctype: ColumnType, domain: ColumnDomain) -> tuple[int, int | None]:
    """(shortest, longest) value length: type length, domain lengths; never the empty string."""
    lmax = ctype.length if ctype.kind is TypeKind.TEXT else None
    if domain.max_length is not None:
        lmax = domain.max_length if lmax is None else min(lmax, domain.max_length)
    lmin = max(domain.min_length or 0, 1)
    return lmin, lmax


def _enum_rank(value: str, lmin: int, lmax: int) -> int | None:
    """Inverse of the enumeration (None for a string outside its space)."""
    if not (lmin <= len(value) <= lmax):
        return None
    digits = ENUM_ALPHABET.decode()
    rank = enumeration_size(36, lmin, len(value) - 1)
    number = 0
    for ch in value.lower():
        pos = digits.find(ch)
        if pos < 0:
            return None
        number = number * 36 + pos
    return rank + number


def cardinality(column: Column, domain: ColumnDomain) -> int | None:
    """Distinct text values the generator can make under ``domain`` (None: unbounded)."""
    lmin, lmax = length_limits(column.type, domain)
    if lmax is not None and lmin > lmax:
        return 0
    if has_patterns(domain):
        return pattern_cardinality(domain, lmin, lmax, column.type.case_insensitive)
    if lmax is None or lmax >= PREFIX_MIN:
        return None
    count = enumeration_size(36, lmin, lmax) - len(_excluded_ranks(column, domain, lmin, lmax))
    return None if count > _BIG else count


def _excluded_ranks(column: Column, domain: ColumnDomain, lmin: int, lmax: int) -> set[int]:
    """Enumeration ranks whose string is excluded (compared the way the column compares)."""
    out = set()
    for v in domain.excluded:
        if not isinstance(v, str):
            continue
        same_case = v == (v.upper() if domain.uppercase else v.lower())
        rank = _enum_rank(v, lmin, lmax)
        if rank is not None and (same_case or column.type.case_insensitive):
            out.add(rank)
    return out


def _vocabulary(lmax: int | None) -> tuple[str, ...]:
    """Words that fit a short limit whole (when enough do), else the full list."""
    if lmax is None or lmax >= 9:
        return WORDS
    fitting = tuple(w for w in WORDS if len(w) <= lmax)
    return fitting if len(fitting) >= 8 else WORDS


def _cut(text: str, lmax: int | None) -> str:
    return text if lmax is None or len(text) <= lmax else text[:lmax].rstrip()


@lru_cache(maxsize=64)
def _phrases(lmax: int | None, capital: bool) -> tuple[tuple[str, ...], list[str], list[str], list[str]]:
    """(vocabulary, first words, first two-word phrases, lowercase two-word phrases), cut to ``lmax``.

    Rows are assembled from these tables with at most one concatenation each, which is several
    times faster than numpy string arithmetic on fixed-width unicode arrays.
    """
    vocab = _vocabulary(lmax)
    first = [w.capitalize() for w in vocab] if capital else list(vocab)
    singles = [_cut(w, lmax) for w in first]
    pairs = [_cut(a + " " + b, lmax) for a in first for b in vocab]
    lower = [a + " " + b for a in vocab for b in vocab]
    return vocab, singles, pairs, lower


#: Letters of a short code of no known kind (no I or O, as real codes avoid them beside 1 and 0).
_CODE_LETTERS = np.array(list("ABCDEFGHJKLMNPRSTUVWXYZ"))


def _short_codes(n: int, rng: np.random.Generator, lmin: int, lmax: int) -> list[str]:
    """A few capital-letter codes of the column's width, repeated over the rows (a ``char(2)`` of no known
    meaning reads 'KT', 'BR', not two letters cut from a word: 'Sl', 'Ol')."""
    width = max(lmin, min(lmax, 2 if lmax >= 2 else 1))
    pool = ["".join(c) for c in rng.choice(_CODE_LETTERS, size=(12, width)).tolist()]
    return [pool[i] for i in rng.integers(0, len(pool), size=n).tolist()]


def _words(n: int, rng: np.random.Generator, lmin: int, lmax: int | None, capital: bool) -> list[str]:
    """One to four words per row (fewer under a short limit), cut to ``lmax``, padded to ``lmin``; a few
    short codes under a limit of three characters or less."""
    if lmax is not None and lmax <= 3:
        return _short_codes(n, rng, lmin, lmax)
    vocab, singles, pairs, lower = _phrases(lmax, capital)
    size = len(vocab)
    longest = max(len(w) for w in vocab)
    most = 4 if lmax is None or lmax >= 4 * longest + 3 else 2 if lmax >= 12 else 1
    count = rng.integers(1, most + 1, size=n).tolist()
    ids = rng.integers(0, size, size=(4, n))
    if most == 1:
        out = [singles[i] for i in ids[0].tolist()]
    else:
        head = (ids[0] * size + ids[1]).tolist()
        if most == 2:
            out = [singles[a] if k == 1 else pairs[h]
                   for k, a, h in zip(count, ids[0].tolist(), head, strict=True)]
        else:
            tail = (ids[2] * size + ids[3]).tolist()
            out = [singles[a] if k == 1 else pairs[h] if k == 2 else
                   pairs[h] + " " + vocab[c] if k == 3 else pairs[h] + " " + lower[t]
                   for k, a, h, c, t in zip(count, ids[0].tolist(), head, ids[2].tolist(), tail,
                                            strict=True)]
    if lmin > 1:
        short = [i for i, v in enumerate(out) if len(v) < lmin]
        if short:
            need = lmin // (min(len(w) for w in vocab) + 1) + 1
            extra = rng.integers(0, size, size=(len(short), need)).tolist()
            for i, more in zip(short, extra, strict=True):
                text = _cut(out[i] + " " + " ".join(vocab[j] for j in more), lmax)
                out[i] = text if len(text) >= lmin else (text + "x" * lmin)[:lmin]
    return out


def words(n: int, rng: np.random.Generator, *, capital: bool = False, lmax: int | None = None) -> list[str]:
    """``n`` readable phrases of one to four words (for other kinds' filler text)."""
    return _words(n, rng, 1, lmax, capital)


def _unique_prefixed(ranks: np.ndarray, key: int, lmin: int, lmax: int | None) -> list[str]:
    tokens = np.strings.lstrip(np.array(ascii_rows(base_n(ranks, TOKEN_ALPHABET, 13)), dtype=str), "0")
    tokens = np.where(np.strings.str_len(tokens) == 0, "0", tokens)
    words = WORD_ARRAY[(mix64(ranks, key) % np.uint64(len(WORDS))).astype(np.int64)]
    if lmax is not None:
        words = np.strings.slice(words, 0, lmax - 1 - np.strings.str_len(tokens))
    out = np.strings.add(np.strings.add(words, "-"), tokens).tolist()
    if lmin > 1:
        for i, (v, rank) in enumerate(zip(out, ranks.tolist(), strict=True)):
            if len(v) < lmin:  # pad the word part: the token after the last '-' stays intact
                word, token = v.rsplit("-", 1)
                while len(word) + 1 + len(token) < lmin:
                    word += " " + WORDS[(rank + len(word)) % len(WORDS)]
                if lmax is not None:
                    word = word[: lmax - 1 - len(token)]
                word = word[:-1] + "x" if word.endswith(" ") else word
                out[i] = word + "-" + token
    return out


def _token_lengths(ranks: np.ndarray) -> np.ndarray:
    """Base-36 digits of each rank (1 for rank 0)."""
    length = np.ones(len(ranks), dtype=np.int64)
    bound = 36
    while bound < 2**63 and (ranks >= bound).any():
        length += ranks >= bound
        bound *= 36
    return length


def _unique(req: GenRequest, lmin: int, lmax: int | None) -> list[str]:
    key = column_key(req, "text")
    if lmax is None or lmax >= PREFIX_MIN:
        ranks = scrambled_ranks(req.index, None, key, req.table_rows)
        return _unique_prefixed(ranks, key, lmin, lmax)
    total = enumeration_size(36, lmin, lmax)
    excluded = _excluded_ranks(req.column, req.domain, lmin, lmax)
    limit = min(total - len(excluded), _BIG)
    ranks = scrambled_ranks(req.index, limit, key, req.table_rows)
    if excluded:
        ranks = swap_excluded(ranks, list(excluded), limit, total)
    if lmax < PREFIX_SHORTEST:
        return enumerate_strings(ranks, ENUM_ALPHABET, lmin, lmax)
    # ``word-token`` where it fits (a word of 3+ letters), the plain enumeration elsewhere: the
    # two forms never meet (only one contains '-'), so the mix stays injective.
    fits = 4 + _token_lengths(ranks) <= lmax
    out = np.empty(len(ranks), dtype=object)
    if fits.any():
        out[fits] = _unique_prefixed(ranks[fits], key, lmin, lmax)
    if not fits.all():
        out[~fits] = enumerate_strings(ranks[~fits], ENUM_ALPHABET, lmin, lmax)
    return out.tolist()


def generate(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    """Text values for ``req`` (object array of ``str``)."""
    domain = req.domain
    lmin, lmax = length_limits(req.column.type, domain)
    if lmax is not None and lmin > lmax:
        raise UnsatisfiableConstraint(
            f"{req.column.name} must be {lmin} to {lmax} characters long: no value fits",
            subject=req.column.name, hint="check the column's length limits and CHECKs")
    if has_patterns(domain):
        return object_array(pattern_values(req, rng, lmin, lmax))
    capital = not (domain.lowercase or domain.uppercase)
    if req.unique:
        values = _unique(req, lmin, lmax)
    else:
        values = _words(req.n, rng, lmin, lmax, capital)
    if domain.uppercase:
        values = [v.upper() for v in values]
    ok = checker(domain, lmin, lmax, constructed=False)
    if not req.unique:
        values = retry(values, ok, lambda k: _cased(_words(k, rng, lmin, lmax, capital), domain))
    return object_array(values)


def _cased(values: list[str], domain: ColumnDomain) -> list[str]:
    return [v.upper() for v in values] if domain.uppercase else values


# ------------------------------------------------------------------------------- "char"


def char_letters(domain: ColumnDomain) -> list[str]:
    """The ASCII letters a ``"char"`` column may hold under ``domain``."""
    lower = [chr(c) for c in range(ord("a"), ord("z") + 1)]
    upper = [ch.upper() for ch in lower]
    letters = lower if domain.lowercase else upper if domain.uppercase else lower + upper
    ok = checker(domain, 1, 1, constructed=False)
    return [ch for ch in letters if ok is None or ok(ch)]


def generate_char(req: GenRequest, rng: np.random.Generator) -> np.ndarray:
    """One ASCII letter per row for the one-byte ``"char"`` type."""
    letters = np.array(char_letters(req.domain), dtype=object)
    if not letters.size:
        raise UnsatisfiableConstraint(f"no letter satisfies the constraints on {req.column.name}",
                                      subject=req.column.name)
    if req.unique:
        return letters[scrambled_ranks(req.index, len(letters), column_key(req), 0, len(letters))]
    return letters[rng.integers(0, len(letters), size=req.n)]
