"""JSON documents a column's own words name (issue 10: "JSON that fits the column").

A ``request_body`` is a request, a ``response_body`` a response with its status, ``error`` a code and a
message, ``before_state`` a record's state, ``diff`` a field going from one value to another,
``battery`` a level and whether it charges, an invoice's ``totals`` a subtotal, tax and total that add
up, a recipe's ``steps`` cooking steps, ``retry_policy`` attempts and a backoff, an experiment's
``variants`` its arms. Not one webhook payload for all of them.

The shapes are data (``data/vocab/jsonshapes.json``): which words of the column name a shape (and,
for an ambiguous word, which table words it needs: an invoice's ``totals`` are money, a dashboard's
are counters), and its fields, each a kind of value (a pick, a range, a flag, a recent time, a
version, a transition). Documents are joined from per-field arrays, one per row, never dumped
row by row.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.generate.intent.tokens import tokens
from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.vocab import cat, load, strings
from seedbed.generate.streams import REFERENCE_NOW

__all__ = ["PREFIX", "document_shape", "render"]

#: Shape names this module renders are ``doc:<name>``.
PREFIX = "doc:"


@lru_cache(maxsize=1)
def _shapes() -> dict[str, dict]:
    return load("jsonshapes")["shapes"]


#: Head words that say only "a document of": the word before them names it (``error_details``, ``before_state``).
_PLAIN_HEADS = frozenset("body payload json data doc document content info information detail object blob value state "
                         "policy status fact config setting".split())


def document_shape(table: str, column: str) -> str | None:
    """``doc:<name>`` of the first shape the column's name names (and whose table words, if any, the
    table's name holds); None when no shape is named. One word names a shape as the name's head
    (``battery``, ``last_error``) or before a plain head (``error_details``), never as a qualifier
    (``response_headers`` are headers); several words anywhere (``request_body``)."""
    toks = list(tokens(column)) or list(tokens(column, segment=False))
    if not toks:
        return None
    every = set(toks) | set(tokens(column, segment=False))
    heads = {toks[-1]} | ({toks[-2]} if len(toks) > 1 and toks[-1] in _PLAIN_HEADS else set())
    table_toks = set(tokens(table)) | set(tokens(table, segment=False))
    for name, shape in _shapes().items():
        if shape.get("tables") and not table_toks & set(shape["tables"]):
            continue
        if any(set(words) <= every if len(words) > 1 else words[0] in heads for words in shape["words"]):
            return PREFIX + name
    return None


def is_array(shape: str) -> bool:
    """Whether the documents of a ``doc:`` shape are JSON arrays."""
    spec = _shapes().get(shape.removeprefix(PREFIX), {})
    return "items" in spec or any(f[0] == "_list" for f in spec.get("fields", ()))


def render(shape: str, call: Call) -> np.ndarray:
    """One document per row of the ``doc:<name>`` shape."""
    spec = _shapes()[shape.removeprefix(PREFIX)]
    rng, n = call.rng, call.n
    fields = spec["fields"]
    if "items" not in spec:
        if fields[0][0] == "_list":
            return _value(call, fields[0], 0)
        return cat("{", _object(call, fields, 0), "}")
    k = int(spec["items"])
    count = rng.integers(max(1, k - 1), k + 2, size=n) if k > 1 else rng.integers(1, 3, size=n)
    out = np.full(n, "[", dtype=object)
    for i in range(int(count.max())):
        item = _value(call, fields[0], i) if fields[0][0] == "_text" else cat("{", _object(call, fields, i), "}")
        sep = "" if i == 0 else ", "
        out = np.where(count > i, cat(out, sep, item), out)
    return cat(out, "]")


def _object(call: Call, fields: list, index: int) -> np.ndarray:
    """``"key": value, ...`` of one object; a key ending in ``?`` in about half the rows."""
    rng, n = call.rng, call.n
    out: np.ndarray | None = None
    for field in fields:
        key = field[0]
        optional = key.endswith("?")
        key = key.rstrip("?")
        body = _value(call, field, index) if key.startswith("_") else cat(json.dumps(key) + ": ", _value(call, field, index))
        if out is None:
            out = body
            continue
        piece = cat(", ", body)
        out = np.where(rng.random(n) < 0.5, cat(out, piece), out) if optional else cat(out, piece)
    return out if out is not None else np.full(n, "", dtype=object)


def _literals(values: list) -> np.ndarray:
    return strings([json.dumps(v, ensure_ascii=False) for v in values])


def _value(call: Call, field: list, index: int) -> np.ndarray:
    """The JSON text of one field's value per row (see the vocabulary's ``_doc``)."""
    rng, n = call.rng, call.n
    kind, args = field[1], field[2:]
    if kind == "pick":
        lits = _literals(args[0])
        return lits[rng.integers(0, len(lits), size=n)]
    if kind == "sequence":
        lits = _literals(args[0])
        return np.full(n, lits[index % len(lits)], dtype=object)
    if kind == "const":
        return np.full(n, json.dumps(args[0]), dtype=object)
    if kind == "int":
        return rng.integers(int(args[0]), int(args[1]) + 1, size=n).astype(str).astype(object)
    if kind in ("float", "money"):
        places = int(args[2]) if kind == "float" and len(args) > 2 else 2
        return np.char.mod(f"%.{places}f", rng.uniform(float(args[0]), float(args[1]), size=n)).astype(object)
    if kind == "bool":
        return np.where(rng.random(n) < float(args[0]), "true", "false").astype(object)
    if kind == "time":
        now = np.datetime64(REFERENCE_NOW.replace(tzinfo=None), "s")
        when = now - rng.integers(0, 90 * 86400, size=n).astype("timedelta64[s]")
        return cat('"', np.datetime_as_string(when, unit="s").astype(object), 'Z"')
    if kind == "version":
        parts = [rng.integers(lo, hi, size=n).astype(str).astype(object) for lo, hi in ((1, 5), (0, 12), (0, 10))]
        return cat('"', parts[0], ".", parts[1], ".", parts[2], '"')
    if kind == "hex":
        width = int(args[0])
        return np.array(['"' + format(int(v), f"0{width}x")[-width:] + '"'
                         for v in rng.integers(0, 2**62, size=n)], dtype=object)
    if kind == "words":
        return _words(rng, n, args[0], int(args[1]), int(args[2]))
    if kind == "transition":
        pairs = args[0]
        which = rng.integers(0, len(pairs), size=n)
        froms, tos = _literals([p[0] for p in pairs]), _literals([p[1] for p in pairs])
        return cat('{"from": ', froms[which], ', "to": ', tos[which], "}")
    if kind == "paired":  # "code" and "message" of one error, not of two
        first, second, pairs = args[0], args[1], args[2]
        which = rng.integers(0, len(pairs), size=n)
        a, b = _literals([p[0] for p in pairs]), _literals([p[1] for p in pairs])
        return cat(json.dumps(first) + ": ", a[which], ", " + json.dumps(second) + ": ", b[which])
    if kind == "totals":
        sub = np.round(rng.uniform(float(args[0]), float(args[1]), size=n), 2)
        rate = np.array([0.0, 0.07, 0.1, 0.19, 0.2])[rng.integers(0, 5, size=n)]
        tax = np.round(sub * rate, 2)
        return cat('"subtotal": ', np.char.mod("%.2f", sub).astype(object), ', "tax": ', np.char.mod("%.2f", tax).astype(object),
                   ', "total": ', np.char.mod("%.2f", np.round(sub + tax, 2)).astype(object))
    if kind in ("city", "country"):
        from seedbed.generate.realistic.vocab import json_safe

        values = call.row.person()[kind]
        return cat('"', strings(json_safe([str(v) for v in values.tolist()])), '"')
    raise ValueError(f"jsonshapes: unknown field kind {kind!r}")


def _words(rng: np.random.Generator, n: int, values: list[Any], low: int, high: int) -> np.ndarray:
    """A JSON array of ``low``..``high`` distinct values per row, in the list's order."""
    lits = _literals(values)
    keep = rng.random((n, len(values))).argsort(axis=1)[:, :high]
    count = rng.integers(low, high + 1, size=n)
    return np.array(["[" + ", ".join(lits[j] for j in sorted(row[:c])) + "]" for row, c in zip(keep.tolist(), count.tolist(), strict=True)],
                    dtype=object)
