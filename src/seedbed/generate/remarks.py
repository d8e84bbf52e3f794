"""A row's remarks composed from its own values (``seedbed.planning.remarks``): each source becomes a
short phrase ('condition poor', 'distance 12.4 km', '5 visitors met', 'reported by Ann Lee', 'smoke alarm
not ok'; a flag only where it is news), and each row says one to three of them in its own order, joined and
closed in one of a few natural ways. Vectorised per source column; every choice a function of the row number and salt."""

from __future__ import annotations

import re

import numpy as np

from seedbed.generate.permute import mix64, uniform64
from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.text import length_limits
from seedbed.planning.remarks import remark_words

__all__ = ["remark"]


def _missing(data: ColumnData) -> np.ndarray:
    return data.nulls if data.nulls is not None else np.zeros(len(data.values), dtype=bool)


def _number_text(values: np.ndarray, money: bool) -> list[str]:
    """Numbers as people write them: money to the cent, large numbers whole, others to a decimal or two."""
    if money:
        return [f"{v:,.2f}" for v in values.tolist()]
    return [f"{int(round(v))}" if float(v).is_integer() or abs(v) >= 100
            else f"{v:.1f}".removesuffix(".0") if abs(v) >= 10 else f"{v:.2f}".rstrip("0").rstrip(".")
            for v in values.tolist()]


def _words(name: str) -> list[str]:
    """The column's words as written (``workers_on_site``, not the singular tokens)."""
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)]


def _unit(toks: list[str]) -> str:
    """The unit a name ends with, as written: ``kg_dm_ha`` -> 'kg DM/ha', ``g_l`` -> 'g/l', ``km`` -> 'km'."""
    units = remark_words()["units"]
    first, rest = units[toks[0]], toks[1:]
    quals = " ".join(t.upper() for t in rest if t not in units)
    per = "/".join(units[t] for t in rest if t in units)
    return first + (f" {quals}" if quals else "") + (f"/{per}" if per else "")


def _phrase(kind: str, name: str, data: ColumnData) -> tuple[np.ndarray, np.ndarray]:
    """The phrase of one source per row ('' where it is NULL), as written and capitalised; made once
    per distinct value (a chunk's labels and rounded numbers repeat) and gathered by row."""
    missing = _missing(data)
    vals = data.values
    if vals.dtype == object:  # a number's NULL is 0 here (its phrase is blanked below), not '' (no float)
        vals = np.where(missing, 0 if kind == "number" else "", vals)
    if kind == "number":
        try:
            vals = vals.astype(float)
        except (TypeError, ValueError):  # a number kept as text that is none: no phrase
            return np.full(len(vals), "", dtype=object), np.full(len(vals), "", dtype=object)
    uniq, inv = np.unique(vals, return_inverse=True)
    out = _phrases(kind, name, uniq)
    low = np.array(out, dtype=object)
    cap = np.array([p[:1].upper() + p[1:] for p in out], dtype=object)
    low, cap = low[inv.reshape(-1)], cap[inv.reshape(-1)]
    low[missing] = ""
    cap[missing] = ""
    return low, cap


def _spoken(values: list[str]) -> list[str]:
    """Labels as said in a sentence: ``in_transit`` -> 'in transit'; an enum's constants, all upper
    case (``FLAT_TYRE``, ``LIGHTS``), in lower case: 'flat tyre' (r41); an acronym alone stays."""
    texts = [v.replace("_", " ") for v in values]
    shouting = texts and all(t.isupper() for t in texts if t) and any(" " in t or len(t) > 4 for t in texts)
    return [t.lower() for t in texts] if shouting else texts


def _phrases(kind: str, name: str, vals: np.ndarray) -> list[str]:
    """The phrase of each of ``vals`` (distinct values of the column ``name``)."""
    words = remark_words()
    toks = [t for t in _words(name) if t != "name"] or _words(name) or [name]
    if kind == "number" and len(toks) > 1 and toks[-1] in words.get("minor_units", ()):  # cost_cents: 32.79
        return [f"{' '.join(toks[:-1])} {v}" for v in _number_text(vals / 100.0, True)]
    if kind == "number":
        at = next((i for i, t in enumerate(toks) if i and t in words["units"]), None)
        unit = _unit(toks[at:]) if at is not None else None
        text = _number_text(vals, bool(set(toks) & set(words["money"])))  # floats already (_phrase)
        if unit:
            lead = " ".join(toks[:at])
            sep = "" if unit == "%" else " "
            out = [f"{lead} {v}{sep}{unit}" for v in text]
        elif toks[-1] == "count" and len(toks) > 1:  # head_count: '40 head'
            out = [f"{v} {' '.join(toks[:-1])}" for v in text]
        elif toks[0] in words["counted"] or (toks[0].endswith("s") and not toks[0].endswith("ss")):
            out = [f"{v} {' '.join(toks)}" for v in text]
        else:
            out = [f"{' '.join(toks)} {v}" for v in text]
    elif kind == "flag":  # a remark notes what is so; "not pilot req" of every other row was read as a column
        rest = " ".join(toks[1:]) if toks[0] in ("is", "has", "with") and len(toks) > 1 else " ".join(toks)
        yes, no = (f"has {rest}", "") if toks[0] in ("has", "with") else (rest, "")
        if toks[-1] in words["verdicts"] and len(toks) > 1:  # smoke_alarm_ok: 'smoke alarm not ok', a finding
            yes, no = "", f"{' '.join(toks[:-1])} not {toks[-1]}"
        out = [yes if v else no for v in vals.tolist()]
    elif kind == "label" and toks[-1] in words["bare_heads"]:
        out = [str(v).replace("_", " ") for v in vals.tolist()]
    else:  # a label or a person: 'condition poor', 'vet Ann Lee'
        lead = " ".join(toks)
        out = [v if v.lower().startswith(lead) else f"{lead} {v}"  # 'Condition 4' says its name already
               for v in _spoken([str(x) for x in vals.tolist()])]
    return out


def remark(req: GenRequest, data: ColumnData, spec: str, sources: list[ColumnData]) -> ColumnData:
    """``data`` with each row's remark from its ``sources`` (``spec``: ``noun|kind=column,...``)."""
    _noun, _, listed = spec.partition("|")
    pairs = [p.split("=", 1) for p in listed.split(",")]
    n = len(data.values)
    if n == 0 or len(pairs) != len(sources):
        return data
    words = remark_words()
    made = [_phrase(kind, col, src) for (kind, col), src in zip(pairs, sources, strict=True)]
    phrases, capitals = np.stack([p[0] for p in made]), np.stack([p[1] for p in made])
    m = len(pairs)
    index = np.asarray(req.index)
    keys = np.stack([uniform64(index, req.salt ^ (0x5E3A + j)) for j in range(m)])
    empty = phrases == ""
    keys[empty] += 2.0
    order = np.argsort(keys, axis=0)
    have = (~empty).sum(axis=0)
    want = np.minimum(1 + (uniform64(index, req.salt ^ 0x5E39) * 3).astype(np.int64), have)
    cols = np.arange(n)
    out = capitals[order[0], cols]
    joiners = words["joiners"]
    joiner = np.array(joiners, dtype=object)[(mix64(index, req.salt ^ 0x5E38) % np.uint64(len(joiners))).astype(np.int64)]
    for j in range(1, min(3, m)):
        nxt = np.where(joiner == ". ", capitals[order[j], cols], phrases[order[j], cols])
        out = np.where(want > j, out + joiner + nxt, out)
    closers = words["closers"]
    if _words(req.column.name)[-1:] in (["description"], ["desc"], ["descr"]):  # a thing described, no visit's
        closers = [""]  # 'Follow-up needed.' (r41)
    closer = np.array(closers, dtype=object)[(mix64(index, req.salt ^ 0x5E37) % np.uint64(len(closers))).astype(np.int64)]
    out = out + "." + closer
    lmin, lmax = length_limits(req.column.type, req.domain)
    fits = (have > 0) & np.fromiter((lmin <= len(v) and (lmax is None or len(v) <= lmax) for v in out.tolist()),
                                    dtype=bool, count=n)
    vals = data.values.copy()
    vals[fits] = out[fits]
    return ColumnData(values=vals, nulls=data.nulls)
