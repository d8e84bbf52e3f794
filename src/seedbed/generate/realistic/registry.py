"""The intent -> generator registry; built-in generators register here like third-party ones would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from seedbed.generate.realistic.fit import Call, Policy

__all__ = ["GENERATORS", "register"]

Generator = Callable[[Call], Any]

#: intent name -> (generator, how its raw values are finished)
GENERATORS: dict[str, tuple[Generator, Policy]] = {}


def register(*names: str, out: str = "text", unique: str = "none",
             cut: str = "words") -> Callable[[Generator], Generator]:
    """Register a generator for one or more intent names.

    Args:
        names: intent names from ``seedbed.generate.intent.CATALOG``.
        out: what the generator returns (see ``Policy``).
        unique: ``native``, ``suffix`` or ``none`` (see ``Policy``).
        cut: ``words``, ``hard`` or ``never`` (see ``Policy``).
    """
    policy = Policy(out=out, unique=unique, cut=cut)

    def deco(fn: Generator) -> Generator:
        for name in names:
            GENERATORS[name] = (fn, policy)
        return fn

    return deco
