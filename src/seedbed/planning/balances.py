"""A movement's row keeps its arithmetic (issue 10, round 7): what was held after it is what was held
before plus what moved (``balance_after`` = ``balance_before`` + ``amount``, ``qty_after`` =
``qty_before`` + ``quantity``, ``new_points_balance`` = ``old_points_balance`` + ``points``).

Found from names alone, among the freely drawn numeric columns: two columns one word apart, an
earlier word (``before``, ``previous``, ``old``, ``opening``) against a later one (``after``, ``new``,
``closing``, ``resulting``), whose other words hold something (a balance, quantity, stock, level,
points, credit); and the row's change, a sibling named by those words or by a movement's
(``amount``, ``change``, ``delta``, ``adjustment``). A ``sum`` derivation
(``seedbed.generate.derive``), kept where it fits the column's bounds.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.planning.derived import Derived

__all__ = ["balance_chains"]

_EARLY = frozenset("before previous prev old opening open prior starting start pre".split())
_LATE = frozenset("after new closing close resulting result end ending post current".split())
#: What a row holds (the stem of a before / after pair).
_HELD = frozenset("""balance quantity stock level point credit unit inventory onhand hand holding position
amount""".split())
#: Names of what moved, after the stem's own words (``quantity`` of ``qty_before``).
_MOVED = (("amount",), ("change",), ("delta",), ("movement",), ("adjustment",), ("net", "amount"), ("value",),
          ("quantity", "change"), ("quantity", "moved"), ("moved",))


def _pair(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """The stem of ``a`` (a later holding) and ``b`` (an earlier one) one word apart, else None."""
    if len(a) != len(b) or not a:
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) != 1 or a[diff[0]] not in _LATE or b[diff[0]] not in _EARLY:
        return None
    stem = a[:diff[0]] + a[diff[0] + 1:]
    return stem if set(stem) & _HELD else None


def balance_chains(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool],
                   taken: set[str]) -> list[Derived]:
    """``after`` = ``before`` + the row's change, for each before / after pair of ``numeric`` (name ->
    tokens of the freely drawn numeric columns) with a change among them."""
    out: list[Derived] = []
    for late, ltoks in numeric.items():
        if not usable.get(late) or late in taken:
            continue
        for early, etoks in numeric.items():
            stem = _pair(ltoks, etoks) if early != late else None
            if stem is None:
                continue
            paired = {late, early}
            wanted = [stem, *((w,) for w in stem if w in _HELD), *_MOVED]
            change = next((n for w in wanted for n, t in numeric.items() if n not in paired and t == w), None)
            if change is not None:
                out.append(Derived(column=late, source=early, op="sum", terms=("+" + change,)))
                taken.add(late)
                break
    return out
