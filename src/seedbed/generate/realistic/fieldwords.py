"""A field's own words where its schema says the field (``data/vocab/fields.json``, r38): a game's items,
item codes and currencies, chosen by ``seedbed.generate.intent.fields`` instead of a shop's or a bank's.

A row's name and its code are drawn from one rank of the table (``Call.ranks(shared=True)``): an item
``Frost Dagger`` has the code ``frost_dagger``, a currency ``GEMS`` is named ``Gems``; a table longer than the
list goes on with numbered rounds (``GEMS_S2``, ``Gems S2``), so a unique column stays unique.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import load

__all__: list[str] = []


@lru_cache(maxsize=1)
def _game() -> dict:
    return load("fields")["fields"]["game"]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def _items() -> tuple[list[str], int]:
    """Every adjective-and-base item name, spread so neighbouring ranks differ in both words."""
    game = _game()
    adj, base = game["item_adjectives"], game["item_bases"]
    return [f"{adj[i % len(adj)]} {base[(i * 7 + i // len(adj)) % len(base)]}"
            for i in range(len(adj) * len(base))], len(adj) * len(base)


def _item_names(call: Call) -> list[str]:
    names, space = _items()
    ranks = call.ranks("field-item", shared=True, card=space).tolist()
    return [names[r % space] + (f" {r // space + 1}" if r >= space else "") for r in ranks]


def _fit(values: list[str], lmax: int | None, unique: bool = False) -> np.ndarray | None:
    """The values cut to the column's width; None (the typed generator) where a cut would repeat a unique value."""
    out = [v if lmax is None else v[:lmax] for v in values]
    if unique and len(set(out)) < len(out):
        return None
    return np.array(out, dtype=object)


@register("field.item", unique="native", cut="never")
def _item(call: Call) -> np.ndarray:
    """A game item's name: ``Frost Dagger``, ``Golden Avatar Frame``, ``Ember Health Potion``."""
    return _fit(_item_names(call), call.lmax, call.unique)  # type: ignore[return-value]


@register("field.item_code", unique="native", cut="never")
def _item_code(call: Call) -> np.ndarray:
    """The code of the row's item, from its name: ``frost_dagger``; a short column takes the words'
    initials and the rank (``FD-0042``)."""
    names = _item_names(call)
    ranks = call.ranks("field-item", shared=True, card=_items()[1]).tolist()
    codes = [_slug(n) for n in names]
    if call.lmax is not None and max(map(len, codes), default=0) > call.lmax:
        codes = ["".join(w[0] for w in n.split()).upper() + f"-{r:04d}" for n, r in zip(names, ranks)]
    return _fit(codes, call.lmax, call.unique)  # type: ignore[return-value]


@register("field.currency", unique="native", cut="never")
def _currency(call: Call) -> np.ndarray:
    """A game's currency: its code (``GEMS``) or its name (``Gems``), the same entry for one row."""
    pairs = _game()["currencies"]
    ranks = call.ranks("field-currency", shared=True, card=len(pairs)).tolist()
    code = bool(call.p("code", True))
    out = []
    for r in ranks:
        c, n = pairs[r % len(pairs)]
        rnd = r // len(pairs)
        out.append((f"{c}_S{rnd + 1}" if rnd else c) if code else (f"{n} S{rnd + 1}" if rnd else n))
    return _fit(out, call.lmax, call.unique)  # type: ignore[return-value]


@register("field.iap_product", unique="native", cut="never")
def _iap_product(call: Call) -> np.ndarray:
    """An app store's product id of the game: its studio and title (one per column) and a pack of one of its
    currencies (``com.northpeak.skyforge.gems_500``); a unique column numbers its rounds past the packs."""
    from seedbed.generate.streams import digest

    game = _game()
    pick = digest("field-iap", call.row.table.name)
    base = f"com.{game['studios'][pick % len(game['studios'])]}.{game['titles'][(pick // 7) % len(game['titles'])]}"
    packs = [f"{c.lower()}_{a}" for c, _ in game["currencies"][:8] for a in game["iap_amounts"]]
    ranks = (call.ranks("field-iap", card=len(packs)) if call.unique
             else call.rng.integers(0, len(packs), size=call.n)).tolist()
    return _fit([f"{base}.{packs[r % len(packs)]}" + (f"_{r // len(packs) + 1}" if r >= len(packs) else "")
                 for r in ranks], call.lmax, call.unique)  # type: ignore[return-value]
