"""The language of a regex, as finite families of fixed-length shapes.

Internal to :mod:`seedbed.solve.regex`. A pattern (already in Python syntax) is parsed with
``re._parser`` into a small tree — ``("set", chars)``, ``("seq", nodes)``, ``("alt", nodes)``,
``("rep", node, lo, hi)`` — and laid out as *shapes*: tuples of character-set ids, each a
product set of equal-length strings. Repeats without an upper bound are capped, and every
step keeps at most a budget of shapes (pruned evenly across lengths), so the work is bounded
whatever the pattern. :func:`disjoint` splits overlapping shapes of one length into disjoint
pieces by product-set difference, which is what makes ``nth`` injective.
"""

from __future__ import annotations

import math
import re
import re._constants as sre
import re._parser as sre_parse
from collections import defaultdict
from typing import Any

__all__ = ["ALNUM", "Charsets", "disjoint", "max_len", "min_len", "parse", "shapes"]

SHAPE_BUDGET = 1024  # shapes kept per node (pruned evenly across lengths)
PIECE_BUDGET = 256  # disjoint pieces kept per length for nth
PIECES_PER_SHAPE = 32  # a shape split into more pieces than this is left out of nth
DISJOINT_STEPS = 20_000  # subtractions per length
_MAX_SET = 4096  # huge positive ranges are reduced to their printable / first code points

_PRINTABLE = frozenset(range(0x20, 0x7F))
_DIGITS = frozenset(range(0x30, 0x3A))
ALNUM = _DIGITS | frozenset(range(0x41, 0x5B)) | frozenset(range(0x61, 0x7B))
_WORD = ALNUM | {0x5F}
_SPACE_FULL = frozenset(map(ord, " \t\n\r\f\v"))
# category -> (characters generated for it, characters it matches, used when excluding it)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: (_DIGITS, _DIGITS),
    sre.CATEGORY_NOT_DIGIT: (_PRINTABLE - _DIGITS, _PRINTABLE - _DIGITS),
    sre.CATEGORY_WORD: (_WORD, _WORD),
    sre.CATEGORY_NOT_WORD: (_PRINTABLE - _WORD, _PRINTABLE - _WORD),
    sre.CATEGORY_SPACE: (frozenset({0x20}), _SPACE_FULL),
    sre.CATEGORY_NOT_SPACE: (_PRINTABLE - _SPACE_FULL, _PRINTABLE - _SPACE_FULL),
}
_NEGATED_CATEGORIES = (sre.CATEGORY_NOT_DIGIT, sre.CATEGORY_NOT_WORD, sre.CATEGORY_NOT_SPACE)
_EMPTY = ("set", frozenset())
_BEGIN = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING)
_END = (sre.AT_END, sre.AT_END_STRING)

# ---------------------------------------------------------------------------------------------
# Tree: ("set", frozenset) | ("seq", [nodes]) | ("alt", [nodes]) | ("rep", node, lo, hi|None)


def parse(py_pattern: str, flags: int) -> Any:
    try:
        parsed = sre_parse.parse(py_pattern, flags)
    except re.error as exc:
        raise ValueError(f"invalid regex {py_pattern!r}: {exc}") from exc
    ci = bool(parsed.state.flags & re.IGNORECASE)
    return _convert(list(parsed), ci, at_start=True, at_end=True)


def _convert(items: list[Any], ci: bool, *, at_start: bool, at_end: bool) -> Any:
    """Convert one sre sequence.

    Generation emits just the match, so ``^``/``$`` are no-ops where the match starts/ends.
    An anchor after (before) something that cannot be empty proves the sequence unmatchable
    (PostgreSQL's ``^``/``$`` only match at the ends of the string); other placements are
    not supported.
    """
    nodes: list[tuple[int, Any]] = []
    for k, (op, av) in enumerate(items):
        if op is not sre.AT:
            starts = at_start and all(o is sre.AT for o, _ in items[:k])
            ends = at_end and all(o is sre.AT for o, _ in items[k + 1:])
            nodes.append((k, _convert_item(op, av, ci, starts, ends)))
    for k, (op, av) in enumerate(items):
        if op is not sre.AT:
            continue
        before = ("seq", [n for j, n in nodes if j < k])
        after = ("seq", [n for j, n in nodes if j > k])
        if av in _BEGIN:
            if at_start and not before[1]:
                continue
            if min_len(before) > 0:
                return _EMPTY
        elif av in _END:
            if at_end and not after[1]:
                continue
            if min_len(after) > 0:
                return _EMPTY
        raise ValueError(f"unsupported anchor {av} inside the pattern")
    out = [n for _, n in nodes]
    return ("seq", out) if len(out) != 1 else out[0]


def _convert_item(op: Any, av: Any, ci: bool, starts: bool, ends: bool) -> Any:
    if op is sre.LITERAL:
        return ("set", frozenset({av}))
    if op is sre.NOT_LITERAL:
        return ("set", _PRINTABLE - _cased({av}, ci))
    if op is sre.ANY:
        return ("set", ALNUM)
    if op is sre.IN:
        return ("set", _charset(av, ci))
    if op is sre.BRANCH:
        return ("alt", [_convert(list(b), ci, at_start=starts, at_end=ends) for b in av[1]])
    if op is sre.SUBPATTERN:
        _group, add, delete, sub = av
        sub_ci = (ci or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
        return _convert(list(sub), sub_ci, at_start=starts, at_end=ends)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        body = _convert(list(sub), ci, at_start=False, at_end=False)
        return ("rep", body, lo, None if hi is sre.MAXREPEAT else hi)
    raise ValueError(f"unsupported regex construct {op}")


def _cased(codes: set[int] | frozenset[int], ci: bool) -> frozenset[int]:
    if not ci:
        return frozenset(codes)
    extra = {ord(c) for x in codes for c in (chr(x).lower(), chr(x).upper()) if len(c) == 1}
    return frozenset(codes) | extra


def _charset(items: list[Any], ci: bool) -> frozenset[int]:
    negate = bool(items) and items[0][0] is sre.NEGATE
    gen: set[int] = set()
    codes: set[int] = set()
    ranges: list[tuple[int, int]] = []
    all_non_ascii = False  # a negated category (\D, \W, \S) also matches everything non-ASCII
    for op, av in items[1:] if negate else items:
        if op is sre.LITERAL:
            gen.add(av)
            codes.add(av)
        elif op is sre.RANGE:
            ranges.append(av)
            if not negate:
                gen.update(_bounded_range(*av))
        elif op is sre.CATEGORY:
            g, f = _CATEGORIES.get(av, (None, None))
            if g is None:
                raise ValueError(f"unsupported character category {av}")
            gen |= g
            codes |= f
            all_non_ascii |= av in _NEGATED_CATEGORIES
        else:
            raise ValueError(f"unsupported set item {op}")
    if not negate:
        return frozenset(c for c in gen if c != 0 and not 0xD800 <= c <= 0xDFFF)
    excluded = _cased(codes, ci)

    def allowed(c: int) -> bool:
        variants = _cased({c}, ci)
        return not (variants & excluded) and not any(
            lo <= v <= hi for v in variants for lo, hi in ranges)

    result = frozenset(filter(allowed, _PRINTABLE))
    if result or all_non_ascii:
        return result
    # everything printable is excluded: look further (Latin-1, then the rest of Unicode)
    found = []
    for c in range(0xA1, 0x110000):
        if not 0xD800 <= c <= 0xDFFF and allowed(c):
            found.append(c)
            if len(found) == 64:
                break
    return frozenset(found)


def _bounded_range(lo: int, hi: int) -> range | frozenset[int]:
    if hi - lo < _MAX_SET:
        return range(lo, hi + 1)
    printable = frozenset(range(max(lo, 0x20), min(hi, 0x7E) + 1))
    return printable or range(lo, lo + _MAX_SET)


def min_len(node: Any) -> float:
    kind = node[0]
    if kind == "set":
        return 1 if node[1] else math.inf
    if kind == "seq":
        return sum((min_len(n) for n in node[1]), 0)
    if kind == "alt":
        return min((min_len(n) for n in node[1]), default=math.inf)
    body = min_len(node[1])
    return 0 if node[2] == 0 else node[2] * body


def max_len(node: Any) -> float:
    kind = node[0]
    if kind == "set":
        return 1
    if kind == "seq":
        return sum((max_len(n) for n in node[1]), 0)
    if kind == "alt":
        return max((max_len(n) for n in node[1] if min_len(n) < math.inf), default=0)
    if min_len(node[1]) == math.inf:
        return 0
    return math.inf if node[3] is None else node[3] * max_len(node[1])


# ---------------------------------------------------------------------------------------------
# Shapes: tuples of charset ids into a per-pattern table of sorted code-point arrays.


class Charsets:
    """The character sets of a pattern's shapes. ``fold``: a case-insensitive match (``~*``) keeps
    one case of each letter, so strings that differ only by case (the same string to ``~*``, to a
    citext column or a ``_ci`` collation's unique index) are never made twice."""

    def __init__(self, fold: bool = False) -> None:
        self.fold = fold
        self.ids: dict[frozenset[int], int] = {}
        self.sets: list[frozenset[int]] = []
        self.logs: list[float] = []
        self._ops: dict[tuple[int, int, str], int | None] = {}

    def id(self, chars: frozenset[int]) -> int:
        if self.fold:
            chars = frozenset(ord(low) if len(low := chr(c).lower()) == 1 else c for c in chars)
        if chars not in self.ids:
            self.ids[chars] = len(self.sets)
            self.sets.append(chars)
            self.logs.append(math.log(len(chars)) if chars else -math.inf)
        return self.ids[chars]

    def log_size(self, shape: tuple[int, ...]) -> float:
        """log of the number of strings in a shape (a sort key)."""
        return sum(map(self.logs.__getitem__, shape))

    def size(self, i: int) -> int:
        return len(self.sets[i])

    def meet(self, a: int, b: int) -> int | None:
        """Id of the intersection of sets ``a`` and ``b`` (None if empty); memoised."""
        key = (a, b, "&")
        if key not in self._ops:
            both = self.sets[a] & self.sets[b]
            self._ops[key] = self.id(both) if both else None
        return self._ops[key]

    def minus(self, a: int, b: int) -> int | None:
        """Id of ``a - b`` (None if empty); memoised."""
        key = (a, b, "-")
        if key not in self._ops:
            rest = self.sets[a] - self.sets[b]
            self._ops[key] = self.id(rest) if rest else None
        return self._ops[key]


def _prune(shapes: list[tuple[int, ...]], budget: int, cs: Charsets) -> list[tuple[int, ...]]:
    """Keep at most ``budget`` shapes, round-robin over lengths, largest shapes first."""
    if len(shapes) <= budget:
        return shapes
    by_len: dict[int, list[tuple[int, ...]]] = defaultdict(list)
    for s in shapes:
        by_len[len(s)].append(s)
    for group in by_len.values():
        group.sort(key=cs.log_size, reverse=True)
    out: list[tuple[int, ...]] = []
    rank = 0
    while len(out) < budget:
        added = False
        for length in sorted(by_len):
            if rank < len(by_len[length]):
                out.append(by_len[length][rank])
                added = True
                if len(out) == budget:
                    break
        if not added:
            break
        rank += 1
    return out


def _concat(a: list[tuple[int, ...]], b: list[tuple[int, ...]], limit: float,
            cs: Charsets) -> list[tuple[int, ...]]:
    while len(a) * len(b) > 16 * SHAPE_BUDGET:
        if len(a) >= len(b):
            a = _prune(a, max(1, len(a) // 2), cs)
        else:
            b = _prune(b, max(1, len(b) // 2), cs)
    out = dict.fromkeys(x + y for x in a for y in b if len(x) + len(y) <= limit)
    return _prune(list(out), SHAPE_BUDGET, cs)


def shapes(node: Any, limit: float, cap: int, cs: Charsets) -> list[tuple[int, ...]]:
    kind = node[0]
    if kind == "set":
        return [(cs.id(node[1]),)] if node[1] and limit >= 1 else []
    if kind == "seq":
        acc: list[tuple[int, ...]] = [()]
        for child in node[1]:
            acc = _concat(acc, shapes(child, limit, cap, cs), limit, cs)
            if not acc:
                return []
        return acc
    if kind == "alt":
        merged: dict[tuple[int, ...], None] = {}
        for child in node[1]:
            merged.update(dict.fromkeys(shapes(child, limit, cap, cs)))
        return _prune(list(merged), SHAPE_BUDGET, cs)
    _, body_node, lo, hi = node
    hi = lo + cap if hi is None else hi
    body = shapes(body_node, limit, cap, cs)
    out: dict[tuple[int, ...], None] = {(): None} if lo == 0 else {}
    acc = [()]
    for count in range(1, hi + 1):
        acc = _concat(acc, body, limit, cs)
        if not acc:
            break
        if count >= lo:
            out.update(dict.fromkeys(acc))
    return _prune(list(out), SHAPE_BUDGET, cs)


def _subtract(shape: tuple[int, ...], other: tuple[int, ...],
              cs: Charsets) -> list[tuple[int, ...]] | None:
    """``shape \\ other`` for two product sets of one length, as disjoint product sets.

    Returns None when the two are already disjoint (``shape`` is kept whole).
    """
    if any(cs.meet(a, b) is None for a, b in zip(shape, other, strict=True)):
        return None
    pieces = []
    for k in range(len(shape)):
        rest = cs.minus(shape[k], other[k])
        if rest is not None:
            head = tuple(cs.meet(a, b) for a, b in zip(shape[:k], other[:k], strict=True))
            pieces.append((*head, rest, *shape[k + 1:]))  # type: ignore[arg-type]
    return pieces


def disjoint(shapes: list[tuple[int, ...]], cs: Charsets) -> list[tuple[int, ...]]:
    """Pairwise-disjoint pieces covering the union of same-length shapes (within budgets).

    Largest shapes go first; a shape whose remainder would need too many pieces, or that
    comes after the step budget is spent, is skipped (``cardinality`` is then a lower bound).
    """
    order = sorted(shapes, key=cs.log_size, reverse=True)
    kept: list[tuple[int, ...]] = []
    steps = DISJOINT_STEPS
    for shape in order:
        todo = [shape]
        for piece in kept:
            nxt: list[tuple[int, ...]] = []
            for sub in todo:
                cut = _subtract(sub, piece, cs)
                nxt.extend([sub] if cut is None else cut)
            steps -= len(todo)
            todo = nxt
            if not todo or len(todo) > PIECES_PER_SHAPE or steps <= 0:
                break
        if todo and len(todo) <= PIECES_PER_SHAPE and steps > 0 \
                and len(kept) + len(todo) <= PIECE_BUDGET:
            kept.extend(todo)
        if steps <= 0:
            break
    return kept
