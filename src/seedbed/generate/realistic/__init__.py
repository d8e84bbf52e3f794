"""Realistic, coherent values for columns with an intent (``seedbed.generate.intent``).

``generate_intent(intent, req, rng, row)`` returns the column's ``ColumnData`` for one chunk,
or None when the intent's values cannot honour the column (a CHECK pattern or allowed set
they do not match, a length too short, bounds far away): the engine then runs the typed
generator. ``RowContext`` holds what the columns of one row share (a person, a product, a
review's star rating), so a row reads as one story.

Determinism: values depend only on the ``rng`` passed in (the column's keyed stream) and on
the row context's own keyed streams; vocabulary pools are built with fixed seeds.
"""

from __future__ import annotations

import numpy as np

from seedbed.generate.intent import CATALOG, Intent
from seedbed.generate.realistic import banks, codes, computing, docs, entities, fieldwords, indoor, matches, measures, neutral, orgnames, people, places, prose, quantities, refshapes, registers, secrets, standards, taxa, vehicles, web, works  # noqa: F401,E501  (registration)
from seedbed.generate.realistic.context import RowContext, region_width
from seedbed.generate.realistic.fit import Call, GiveUp, finish
from seedbed.generate.realistic.registry import GENERATORS
from seedbed.generate.values.data import ColumnData, GenRequest

__all__ = ["GENERATORS", "RowContext", "generate_intent", "region_width", "warm_up"]


def warm_up() -> None:
    """Build the shared pools (countries and cities, people's names, streets) now, e.g. on a
    thread while the schema is read, so that the first chunk does not wait for them."""
    from seedbed.generate.realistic.geo import countries, names, streets

    countries()
    names()
    streets()


def generate_intent(intent: Intent, req: GenRequest, rng: np.random.Generator, row: RowContext) -> ColumnData | None:
    """Values for ``req.column`` following ``intent``, or None to fall back to the typed generator.

    Args:
        intent: what the column means (from ``seedbed.generate.intent.infer``).
        req: the column, its folded domain, the chunk's row indexes, uniqueness and NULL rate.
        rng: the column's keyed stream for this chunk.
        row: the chunk's shared row context (same object for every column of the chunk).

    Returns:
        ``ColumnData`` as ``seedbed.generate.values.data`` specifies for the column's kind.
    """
    entry = GENERATORS.get(intent.name)
    if entry is None or req.n == 0 or req.domain.always_null:
        return None
    spec = CATALOG.get(intent.name)
    kind = req.column.type.kind
    if spec is None or kind not in spec.kinds or (req.column.type.is_array and not spec.arrays):
        return None
    fn, policy = entry
    if req.unique and policy.unique == "none":
        return None
    call = Call(intent=intent, req=req, rng=rng, row=row)
    try:
        return finish(call, fn(call), policy)
    except GiveUp:
        return None
