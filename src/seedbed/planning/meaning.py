"""What a value column means and why it is planned so (split from ``planner``): its intent from the schema's words
(``generate.intent.infer``), the schema's pack and trade with the reason shown, and the column's type and CHECK
domain in words for ``plan --explain``."""

from __future__ import annotations

from dataclasses import replace as dataclass_replace

from seedbed.model import Column, ColumnDomain, Schema, Table
from seedbed.planning.options import PlanOptions

__all__ = ["column_intent", "detect_domain", "domain_reason", "value_reason"]


def domain_reason(schema: Schema, pack: str, options: PlanOptions) -> str:
    """Why the schema's pack and trade are what they are (r32), or that the user chose the pack."""
    if options.domain_pack:
        return f"pack {pack} (asked for)"
    from seedbed.generate.intent.corroboration import describe

    return describe(schema, pack)


def detect_domain(schema: Schema) -> str:
    from seedbed.generate.intent import detect_domain as detect

    return detect(schema)


def column_intent(schema: Schema, table: Table, col: Column, dom: ColumnDomain, pack: str, forced: bool = False):
    """What the column means (issue: realistic data), or None for the typed generator.

    The vocabulary is the table's own domain (``intent.table_packs``); a pack the user asked
    for (``--domain-pack``, a scope) applies to every table instead.
    """
    from seedbed.generate.intent import infer

    intent = infer(schema, table, col, dom, pack)
    if forced and intent is not None and intent.params.get("domain") not in (None, pack):
        intent = dataclass_replace(intent, params={**intent.params, "domain": pack})
    return intent


def value_reason(col: Column, dom, unique: bool) -> str:
    bits = [f"type {col.type.sql_name}"]
    if col.type.domain:
        bits.append(f"domain {col.type.domain.name}")
    if dom.allowed is not None:
        shown = ", ".join(map(str, dom.allowed[:6])) + (", ..." if len(dom.allowed) > 6 else "")
        bits.append(f"one of {{{shown}}}")
    if dom.low is not None or dom.high is not None:
        lo = "" if dom.low is None else ("[" if dom.low.inclusive else "(") + str(dom.low.value)
        hi = "" if dom.high is None else str(dom.high.value) + ("]" if dom.high.inclusive else ")")
        bits.append(f"range {lo or '(-inf'}, {hi or 'inf)'}")
    if dom.patterns:
        bits.append(f"matches {dom.patterns[0]}")
    if dom.likes:
        bits.append(f"like {dom.likes[0]}")
    if dom.max_length is not None:
        bits.append(f"length <= {dom.max_length}")
    if unique:
        bits.append("unique by construction")
    return "; ".join(bits)
