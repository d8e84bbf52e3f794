"""A table of results keeps its arithmetic (issue 10, round 5): a league table's or a player's
record counts games by outcome, and its totals follow from the parts.

* ``played`` / ``games_played`` / ``gp`` (or ``games`` / ``matches``) = won + drawn + lost;
* ``points`` / ``pts`` = 3 x won + drawn, where the row counts draws (the usual league rule);
* ``goal_diff`` / ``goal_difference`` / ``gd`` = goals_for - goals_against (``scored`` /
  ``conceded`` too, any stem: ``point_diff`` of ``points_for`` and ``points_against``).

Found from the names alone, among the freely drawn numeric columns; each is a ``sum`` derivation
(its first part plus and minus signed terms, ``seedbed.generate.derive``; 3 x won is won three
times), kept where it fits the column's bounds.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.planning.derived import Derived

__all__ = ["OUTCOMES", "tallies"]

#: An outcome's words (a column's tokens once the game noun and ``count`` are left out).
OUTCOMES: dict[str, frozenset[str]] = {
    "win": frozenset("won win w victory".split()),
    "draw": frozenset("drawn draw d tied tie".split()),
    "loss": frozenset("lost loss l defeat".split()),
}
_GAMES = frozenset("game match fixture bout contest count total number num".split())
_PLAYED = frozenset("played gp mp appearance".split())
_POINTS = frozenset("point pts".split())
_DIFF = frozenset("diff difference differential gd net".split())
_FOR = frozenset("for scored".split())
_AGAINST = frozenset("against conceded allowed".split())


def _core(toks: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in toks if t not in _GAMES)


def tallies(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """The totals of a row of results (``numeric``: name -> tokens of the freely drawn numeric columns)."""
    free = {n: t for n, t in numeric.items() if n not in taken}
    parts: dict[str, str] = {}
    for name, toks in free.items():
        core = _core(toks)
        for outcome, words in OUTCOMES.items():
            if len(core) == 1 and core[0] in words and outcome not in parts:
                parts[outcome] = name
    out: list[Derived] = []
    if "win" in parts and "loss" in parts:
        order = [parts[o] for o in ("win", "draw", "loss") if o in parts]
        for name, toks in free.items():
            core = _core(toks)
            if not usable.get(name) or name in order:
                continue
            if (len(core) == 1 and core[0] in _PLAYED) or (not core and toks and toks[0] in ("game", "match")):
                out.append(Derived(column=name, source=order[0], op="sum", terms=tuple("+" + o for o in order[1:])))
            elif core and core[-1] in _POINTS and len(core) == 1 and "draw" in parts:
                win, draw = parts["win"], parts["draw"]
                out.append(Derived(column=name, source=win, op="sum", terms=("+" + win, "+" + win, "+" + draw)))
    for name, toks in free.items():
        if not usable.get(name) or not set(toks) & _DIFF or name in {d.column for d in out}:
            continue
        stem = set(toks) - _DIFF
        plus = [n for n, t in free.items() if n != name and set(t) & _FOR and (set(t) - _FOR) >= stem]
        minus = [n for n, t in free.items() if n != name and set(t) & _AGAINST and (set(t) - _AGAINST) >= stem]
        if len(plus) == 1 and len(minus) == 1:
            out.append(Derived(column=name, source=plus[0], op="sum", terms=("-" + minus[0],)))
    taken.update(d.column for d in out)
    return out
