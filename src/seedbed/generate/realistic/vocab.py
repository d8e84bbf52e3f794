"""Vocabulary files (``seedbed/data/vocab/*.json``) and the vectorised helpers built on them.

Everything here is read once per process (``lru_cache``) and turned into numpy object arrays
of Python ``str``, so a generator picks a whole chunk's values with one fancy-indexing call (a
pointer copy) and joins parts with one ``str.join`` per row, never a Faker or format call.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

import numpy as np

__all__ = ["affine", "apply", "ascii_slug", "cat", "compose", "digits", "json_safe", "lengths", "load", "merge", "pick",
           "strings", "title_case"]

_SLOT = re.compile(r"\{([A-Za-z0-9_]+)\}")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d",
                       "Đ": "D", "þ": "th", "œ": "oe", "Œ": "Oe", "ı": "i", "ð": "d"})


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed vocabulary file ``name`` (``'commerce'`` -> ``data/vocab/commerce.json``), with the
    packs of its folder ``data/vocab/<name>.d/*.json`` merged in, in file-name order (see ``merge``)."""
    root = resources.files("seedbed.data").joinpath("vocab")
    data = json.loads(root.joinpath(f"{name}.json").read_text(encoding="utf-8"))
    folder = root.joinpath(f"{name}.d")
    if folder.is_dir():
        for part in sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name):
            merge(data, json.loads(part.read_text(encoding="utf-8")), f"{name}.d/{part.name}")
    return data


def merge(base: dict[str, Any], pack: dict[str, Any], where: str) -> None:
    """Merge a vocabulary pack into ``base`` in place: objects merge key by key, a pack's list goes
    *before* the base's (a pack's rows are the more specific ones where the first fitting row wins),
    and a pack may not change a value the base already has (a ``ValueError`` naming the key); keys
    starting with ``_`` (documentation) are the pack's own and skipped."""
    for key, value in pack.items():
        if key.startswith("_"):
            continue
        if key not in base:
            base[key] = value
        elif isinstance(base[key], dict) and isinstance(value, dict):
            merge(base[key], value, f"{where}: {key}")
        elif isinstance(base[key], list) and isinstance(value, list):
            base[key] = [*value, *base[key]]
        elif base[key] != value:
            raise ValueError(f"vocabulary pack {where} changes {key!r}")


@lru_cache(maxsize=None)
def _strings(items: tuple[str, ...]) -> np.ndarray:
    return np.array(items, dtype=object)


def strings(items: list[str] | tuple[str, ...] | np.ndarray) -> np.ndarray:
    """A cached object array of ``items`` (Python ``str``: gathers copy pointers, joins are cheap)."""
    if isinstance(items, np.ndarray):
        return items if items.dtype == object else items.astype(object)
    return _strings(tuple(items))


def pick(rng: np.random.Generator, items: np.ndarray | list[str] | tuple[str, ...], n: int) -> np.ndarray:
    """``n`` uniform picks from ``items`` (an object array of ``str``)."""
    arr = strings(items)
    return arr[rng.integers(0, len(arr), size=n)]


def _as_list(part: Any, n: int) -> Any:
    if isinstance(part, str):
        return repeat(part, n)
    if isinstance(part, np.ndarray):
        return part.tolist()
    return part


def cat(*parts: np.ndarray | str | list[str]) -> np.ndarray:
    """Element-wise concatenation of string arrays and literals, as an object array.

    Python's ``str.join`` over gathered ``str`` objects is an order of magnitude faster than
    ``np.strings.add`` on fixed-width unicode arrays for text of a few dozen characters.
    """
    n = next(len(p) for p in parts if not isinstance(p, str))
    return np.fromiter(map("".join, zip(*(_as_list(p, n) for p in parts))), dtype=object, count=n)


def lengths(values: np.ndarray | list[str]) -> np.ndarray:
    """``len`` of each string, int64."""
    items = values.tolist() if isinstance(values, np.ndarray) else values
    return np.fromiter(map(len, items), dtype=np.int64, count=len(items))


def apply(fn: Any, values: np.ndarray | list[str]) -> np.ndarray:
    """``fn`` applied to each string, as an object array."""
    items = values.tolist() if isinstance(values, np.ndarray) else values
    return np.fromiter(map(fn, items), dtype=object, count=len(items))


def affine(x: np.ndarray, n: int, key: int) -> np.ndarray:
    """A cheap keyed bijection of ``[0, n)``: ``(a * x + b) mod n`` with ``a`` coprime to ``n``.

    Used where a shuffle only has to spread consecutive rows over a name space (companies,
    products); ``seedbed.generate.permute`` is the well-mixed (and slower) one.
    """
    if n <= 1:
        return np.zeros_like(x)
    a = 1 + (key >> 7) % (n - 1)
    while math.gcd(a, n) != 1:
        a += 1
    return (x.astype(np.int64) % n * a + key % n) % n


def ascii_slug(text: str, sep: str = "") -> str:
    """``"João O'Neil-Souza"`` -> ``"joaooneilsouza"`` (``sep`` joins the words instead)."""
    if text.isascii() and text.isalnum():  # one ASCII word already (most names): the same result, fast
        return text.lower()
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    plain = "".join(ch for ch in folded if ord(ch) < 128).lower()
    return sep.join(re.findall(r"[a-z0-9]+", plain))


def title_case(words: np.ndarray) -> np.ndarray:
    """Capitalise the first letter of each value, leaving the rest as it is."""
    return apply(lambda w: w[:1].upper() + w[1:], words)


def json_safe(items: list[str] | tuple[str, ...]) -> list[str]:
    """Items escaped for use inside a JSON string literal."""
    return [json.dumps(s, ensure_ascii=False)[1:-1] for s in items]


def digits(values: np.ndarray) -> np.ndarray:
    """Integers as decimal strings (object array)."""
    return apply(str, values.tolist())


_NUMBERS = {"n": (1, 10), "nn": (10, 100), "year": (2019, 2026), "Q": (1, 5)}


def _builtin(name: str, rng: np.random.Generator, n: int) -> np.ndarray | None:
    if name not in _NUMBERS:
        return None
    lo, hi = _NUMBERS[name]
    text = strings([("Q" if name == "Q" else "") + str(v) for v in range(lo, hi)])
    return text[rng.integers(0, hi - lo, size=n)]


def compose(templates: list[str], slot: Any, rng: np.random.Generator, n: int) -> np.ndarray:
    """Fill ``{slot}`` templates, one template per row, every slot picked uniformly.

    Args:
        templates: strings such as ``"{adj} {noun} Café"``.
        slot: a callable ``name -> list/array of strings or None`` (unknown names stay literal).
        rng: the column's stream.
        n: rows.

    Returns:
        An object array of ``n`` filled templates.
    """
    which = rng.integers(0, len(templates), size=n)
    out = np.empty(n, dtype=object)
    for t in np.unique(which).tolist():
        rows = np.flatnonzero(which == t)
        k = len(rows)
        parts: list[Any] = []
        pos = 0
        template = templates[t]
        for m in _SLOT.finditer(template):
            if m.start() > pos:
                parts.append(template[pos:m.start()])
            name = m.group(1)
            values = _builtin(name, rng, k)
            if values is None:
                items = slot(name)
                if items is None and name.endswith("_l"):
                    base = slot(name[:-2])
                    items = None if base is None else [str(x).lower() for x in base]
                values = pick(rng, items, k) if items is not None and len(items) else m.group(0)
            parts.append(values)
            pos = m.end()
        if pos < len(template):
            parts.append(template[pos:])
        out[rows] = cat(*parts) if any(not isinstance(p, str) for p in parts) else "".join(parts)
    return out
