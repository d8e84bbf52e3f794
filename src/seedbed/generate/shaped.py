"""Values bent to the form a column's CHECKs ask of their inside (``seedbed.solve.shapes``).

A JSON document keeps what the column's meaning made of it (an address, settings, a payload) and
gains what the CHECKs name: the container they want, each required key (a value of its JSON type,
read from the key's name: a ``town`` is a town, a ``rebuild_cost`` an amount, ``bedrooms`` a small
count), the document it must contain, an item count in range; forbidden keys are dropped. An
address is moved inside the network its CHECK names (its host part kept, so distinct addresses stay
distinct while the network has room), into the family asked, with a mask length in range for a
``cidr``. Values are made per row from the row's index: the same seed gives the same rows.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from typing import Any

import numpy as np

from seedbed.generate.values.data import ColumnData
from seedbed.model import Table, TypeKind
from seedbed.solve.shapes import JsonShape, NetShape, column_shape

__all__ = ["fit_json", "fit_net", "fit_shape"]

_TOWNS = ("Leeds", "Bristol", "York", "Norwich", "Derby", "Exeter", "Bath", "Chester", "Durham", "Lincoln",
          "Oxford", "Reading", "Preston", "Salford", "Carlisle", "Truro")
_STREETS = ("High Street", "Station Road", "Church Lane", "Mill Road", "Park Avenue", "Victoria Road",
            "Green Lane", "Manor Way", "Kings Road", "Queens Drive")
_NAMES = ("Alex Morgan", "Sam Patel", "Jordan Lee", "Chris Evans", "Priya Shah", "Maria Lopez", "Tom Baker",
          "Aisha Khan", "Daniel Kim", "Emma Wilson")
_WORDS = ("standard", "premium", "basic", "north", "south", "blue", "green", "primary", "secondary", "other")
_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _tokens(key: str) -> set[str]:
    return set(re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1_\2", key).lower()))


def _mix(key: str, i: int) -> int:
    """A stable number per (key, row): two keys of one row do not move together."""
    return int.from_bytes(hashlib.blake2b(f"{key}\0{i}".encode(), digest_size=8).digest(), "big")


def _pick(items: tuple[str, ...], i: int, salt: int) -> str:
    return items[_mix(str(salt), i) % len(items)]


def _string(key: str, i: int) -> str:
    t = _tokens(key)
    salt = sum(map(ord, key))
    if t & {"town", "city", "locality", "municipality"}:
        return _pick(_TOWNS, i, salt)
    if t & {"line", "street", "address", "addr", "road"}:
        return f"{i % 180 + 1} {_pick(_STREETS, i, salt)}"
    if t & {"postcode", "zip", "postal"}:
        a, b = _LETTERS[i % 23], _LETTERS[(i // 23 + salt) % 23]
        return f"{a}{b}{i % 9 + 1} {i % 10}{_LETTERS[(i * 3) % 23]}{_LETTERS[(i * 5 + 1) % 23]}"
    if t & {"name", "holder", "contact", "person", "owner"}:
        return _pick(_NAMES, i, salt)
    if t & {"email", "mail"}:
        return f"user{i}@example.com"
    if t & {"phone", "mobile", "tel"}:
        return f"+44 7700 {900000 + i % 100000:06d}"
    if t & {"country"}:
        return "GB"
    if t & {"vrm", "plate", "registration", "reg"}:
        return f"{_LETTERS[i % 23]}{_LETTERS[(i // 23) % 23]}{i % 90 + 10} {_LETTERS[(i * 7) % 23]}" \
               f"{_LETTERS[(i * 11) % 23]}{_LETTERS[(i * 13) % 23]}"
    if t & {"id", "ref", "code", "number", "no"}:
        return f"{key[:1].upper()}{(i * 7919 + salt) % 900000 + 100000}"
    return _pick(_WORDS, i, salt)


_AMOUNTS = frozenset({"cost", "value", "price", "amount", "income", "salary", "limit", "sum", "premium", "excess"})
_COUNTS = frozenset({"bedrooms", "rooms", "count", "qty", "quantity", "floors", "seats", "beds", "children", "doors"})
_RATES = frozenset({"rate", "pct", "percent", "score", "level", "weight", "kg", "temp", "age", "size"})


def _numeric_name(key: str) -> bool:
    return bool(_tokens(key) & (_AMOUNTS | _COUNTS | _RATES | {"year"}))


def _number(key: str, i: int, bound: tuple[float | None, float | None] | None) -> float | int:
    t = _tokens(key)
    if t & _AMOUNTS:
        lo, hi = 1000, 250000
    elif t & _COUNTS:
        lo, hi = 1, 6
    elif t & _RATES:
        lo, hi = 1, 100
    elif t & {"year"}:
        lo, hi = 1990, 2024
    else:
        lo, hi = 1, 500
    if bound is not None:
        lo = bound[0] if bound[0] is not None and (bound[0] > lo or bound[1] is not None and bound[1] < lo) else lo
        hi = bound[1] if bound[1] is not None and (bound[1] < hi or bound[0] is not None and bound[0] > hi) else hi
        if bound[0] is not None:
            lo = max(lo, bound[0])
        if bound[1] is not None:
            hi = min(hi, bound[1])
    lo_i, hi_i = int(np.ceil(lo)), int(np.floor(hi))
    if lo_i <= hi_i:
        value = lo_i + _mix(key, i) % (hi_i - lo_i + 1)
        return value if hi_i - lo_i < 1000 else round(value, -2 if hi_i - lo_i > 10000 else 0) \
            if lo_i <= round(value, -2) <= hi_i else value
    return lo


def _typed(key: str, jtype: str | None, i: int, shape: JsonShape) -> Any:
    if jtype == "number" or jtype is None and _numeric_name(key):
        return _number(key, i, shape.numbers.get(key))
    if jtype == "boolean":
        return i % 3 != 0
    if jtype == "array":
        lo, hi = shape.items.get(key, (0, None))
        want = max(int(lo or 0), 1 if hi is None or hi >= 1 else 0)
        return [_pick(_WORDS, i + j, sum(map(ord, key))) for j in range(want)]
    if jtype == "object":
        return {}
    if jtype == "null":
        return None
    return _string(key, i)


def _jtype(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    return "array" if isinstance(v, list) else "object"


def _merge(doc: Any, part: Any) -> Any:
    """``doc`` made to contain ``part`` (``@>``): objects merged key by key, arrays gain the items."""
    if isinstance(part, dict):
        doc = doc if isinstance(doc, dict) else {}
        for k, v in part.items():
            doc[k] = _merge(doc.get(k), v) if isinstance(v, (dict, list)) else v
        return doc
    if isinstance(part, list):
        doc = doc if isinstance(doc, list) else []
        return doc + [x for x in part if x not in doc]
    return part


def _fit_doc(doc: Any, shape: JsonShape, i: int) -> Any:
    if shape.container == "object" or shape.keys or shape.forbidden:
        if not isinstance(doc, dict):
            doc = {"items": doc} if isinstance(doc, list) and shape.container == "object" else {}
    elif shape.container == "array" and not isinstance(doc, list):
        doc = [doc] if isinstance(doc, dict) else []
    for part in shape.contains:
        doc = _merge(doc, part)
    if isinstance(doc, dict):
        for k in shape.forbidden:
            doc.pop(k, None)
        for k, jtype in shape.keys.items():
            if k not in doc or jtype is not None and _jtype(doc[k]) != jtype:
                doc[k] = _typed(k, jtype, i, shape)
        for k, (lo, hi) in shape.numbers.items():
            v = doc.get(k)
            if not isinstance(v, (int, float)) or isinstance(v, bool) or lo is not None and v < lo \
                    or hi is not None and v > hi:
                doc[k] = _number(k, i, (lo, hi))
        for k, (lo, hi) in shape.items.items():
            if k and isinstance(doc.get(k), list):
                doc[k] = _sized(doc[k], lo, hi, k, i)
    if isinstance(doc, list) and "" in shape.items:
        lo, hi = shape.items[""]
        doc = _sized(doc, lo, hi, "item", i)
    return doc


def _sized(items: list, lo: float | None, hi: float | None, key: str, i: int) -> list:
    lo_n = int(np.ceil(lo)) if lo is not None else 0
    hi_n = int(np.floor(hi)) if hi is not None else None
    out = list(items[:hi_n] if hi_n is not None else items)
    while len(out) < lo_n:
        out.append(out[len(out) % len(items)] if items else _pick(_WORDS, i + len(out), sum(map(ord, key))))
    return out


def fit_json(data: ColumnData, shape: JsonShape, index: np.ndarray) -> ColumnData:
    """The documents of a chunk, each made to the shape (NULL rows stay NULL)."""
    values = data.values.copy()
    nulls = data.nulls
    for r in range(len(values)):
        if nulls is not None and nulls[r]:
            continue
        raw = values[r]
        try:
            doc = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            doc = None
        values[r] = json.dumps(_fit_doc(doc, shape, int(index[r])), ensure_ascii=False)
    return ColumnData(values=values, nulls=nulls)


# ---------------------------------------------------------------------------------- networks


def _network(shape: NetShape) -> ipaddress.IPv4Network | ipaddress.IPv6Network | None:
    """The smallest network the address must lie in (the narrowest of ``within``)."""
    nets = [n for n, _ in shape.within if shape.family is None or n.version == shape.family]
    return max(nets, key=lambda n: n.prefixlen) if nets else None


def _default_net(shape: NetShape) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    if shape.family == 6:
        return ipaddress.ip_network("fd00:1234:5678::/48")
    return ipaddress.ip_network("10.0.0.0/8")


def _fit_address(text: str, shape: NetShape, is_cidr: bool, i: int, unique: bool) -> str:
    try:
        iface = ipaddress.ip_interface(text)
    except ValueError:
        iface = ipaddress.ip_interface("10.0.0.1/32")
    net = _network(shape)
    inside = net is not None and iface.ip in net and (shape.family in (None, iface.version))
    if shape.masklen is not None or is_cidr:
        lo, hi = shape.masklen or (0, 32 if iface.version == 4 else 128)
        if not inside and net is None and shape.family not in (None, iface.version):
            base = _default_net(shape)
        else:
            base = net if net is not None else iface.network
        width = 32 if base.version == 4 else 128
        mask = iface.network.prefixlen
        lo = max(lo, base.prefixlen + (1 if any(s and n == base for n, s in shape.within) else 0))
        hi = min(hi, width)
        mask = min(max(mask, lo), hi)
        if not inside or iface.network.prefixlen != mask or iface.version != base.version:
            room = mask - base.prefixlen
            step = (i * 2654435761) % (1 << min(room, 24)) if room > 0 else 0
            start = int(base.network_address) + (step << (width - mask))
            new = ipaddress.ip_network((start, mask), strict=False)
            return str(new) if is_cidr else f"{new.network_address + (1 if width - mask > 1 else 0)}/{mask}"
        return text
    if inside and not unique and not any(s and iface.ip == n.network_address for n, s in shape.within):
        return text
    base = net if net is not None else _default_net(shape)
    width = 32 if base.version == 4 else 128
    hosts = 1 << (width - base.prefixlen)
    room = hosts - 2 if hosts > 2 else hosts  # neither the network's own address nor its broadcast
    if unique:  # the row index walked through the hosts by a step prime to their count: distinct
        step = next(m for m in (7919, 104729, 1299709, 1) if room % m)
        host = (i * step) % room
    else:
        host = int(iface.ip) % room
    return str(ipaddress.ip_address(int(base.network_address) + host + (1 if hosts > 2 else 0)))


def fit_net(data: ColumnData, shape: NetShape, index: np.ndarray, *, is_cidr: bool, unique: bool) -> ColumnData:
    """The addresses of a chunk, each moved into the shape (NULL rows stay NULL)."""
    values = data.values.copy()
    nulls = data.nulls
    for r in range(len(values)):
        if nulls is not None and nulls[r]:
            continue
        values[r] = _fit_address(str(values[r]), shape, is_cidr, int(index[r]), unique)
    return ColumnData(values=values, nulls=nulls)


_SHAPES: dict[tuple, JsonShape | NetShape | None] = {}


def fit_shape(table: Table, column: str, data: ColumnData, index: np.ndarray, *, unique: bool) -> ColumnData:
    """A JSON or network column's values made to the form its CHECKs ask (unchanged for other columns,
    and when no CHECK speaks of their inside)."""
    kind = table.column(column).type.kind
    what = "json" if kind in (TypeKind.JSON, TypeKind.JSONB) else "net" if kind in (TypeKind.INET, TypeKind.CIDR) \
        else None
    if what is None:
        return data
    key = (table.name, column, tuple(c.expression for c in table.checks))
    if key not in _SHAPES:
        _SHAPES[key] = column_shape(table, column, what)
    shape = _SHAPES[key]
    if shape is None:
        return data
    if isinstance(shape, JsonShape):
        return fit_json(data, shape, index)
    return fit_net(data, shape, index, is_cidr=kind is TypeKind.CIDR, unique=unique)
