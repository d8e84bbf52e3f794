"""``science.taxon`` and ``science.element``: a taxon's scientific or common name, family or genus
from the group its schema names (``data/vocab/taxa.json``), and a chemical element's name or
symbol (``materials.json``); the row's other names follow by ``generate.pairs`` (issue 10, r33)."""

from __future__ import annotations

import numpy as np

from seedbed.generate.pairs import elements, taxa
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import pick

_FIELDS = {"common": "common", "family": "family", "genus": "genus"}


@register("science.taxon", cut="never")
def _taxon(call: Call) -> np.ndarray:
    group = str(call.p("group") or "default")
    field = _FIELDS.get(str(call.p("field") or ""))
    rows = [(sci, row) for sci, row in taxa().items() if row["group"] == group] or list(taxa().items())
    values = [row[field] if field else sci for sci, row in rows]
    return pick(call.rng, list(dict.fromkeys(values)), call.n)


@register("science.element", cut="never")
def _element(call: Call) -> np.ndarray:
    table = elements()
    values = list(table.values()) if call.p("field") == "symbol" else list(table)
    return pick(call.rng, values, call.n)


@register("money.currency_symbol", cut="never")
def _currency_symbol(call: Call) -> np.ndarray:
    """A currency's symbol on its own (beside a currency's name it follows the name)."""
    from seedbed.generate.realistic.vocab import load

    return pick(call.rng, list(dict.fromkeys(r[2] for r in load("misc")["currencies"] if len(r) > 2)), call.n)
