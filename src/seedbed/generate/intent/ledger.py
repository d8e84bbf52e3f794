"""Columns of back offices, whatever the business (issue 10): trade terms (Incoterms, HS codes),
the chart of accounts (cost centres, GL accounts, fiscal periods), HR (pay grades, leave balances),
tax rates, and the result of a quality check. Values are data: ``data/vocab/backoffice.json``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from seedbed.generate.intent.attributes import fitting_labels
from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["ledger_number", "ledger_rule"]

Cand = tuple[str, dict, str]

_CHECKS = frozenset("qc quality inspection test testing audit verification lab".split())
_LEAVE = frozenset("leave vacation pto holiday holidays sick annual".split())


@lru_cache(maxsize=1)
def _vocab() -> dict[str, Any]:
    from seedbed.generate.realistic.vocab import load

    return load("backoffice")


def _labels(ctx: Ctx, key: str, why: str) -> list[Cand]:
    return fitting_labels(ctx, _vocab()[key], why)


def ledger_rule(ctx: Ctx) -> list[Cand]:
    """Text columns of back offices (see the module docstring); [] when none applies."""
    if not ctx.is_text:
        return []
    toks = ctx.toks
    head, words = toks[-1], set(toks)
    two = toks[-2:]
    if head in ("incoterm", "incoterms") or two == ("delivery", "terms") and ctx.has_sibling("incoterm", "freight"):
        return _labels(ctx, "incoterms", "an Incoterms rule")
    if (head == "code" and words & {"hs", "hts", "tariff", "commodity", "customs"}) or head in ("hs", "hts"):
        return _labels(ctx, "hs_codes", "a customs tariff (HS) code")
    if two in (("cost", "center"), ("cost", "centre"), ("profit", "center"), ("profit", "centre")) or head == "costcenter":
        return _labels(ctx, "cost_centers", "a cost centre")
    if words & {"gl", "ledger"} and head in ("account", "code", "gl", "number") or two == ("account", "code") \
            and words & {"gl", "ledger", "expense", "revenue"}:
        return _labels(ctx, "gl_accounts", "an account of the chart of accounts")
    if head in ("grade", "band", "scale", "level") and words & {"pay", "salary", "job", "wage"}:
        return _labels(ctx, "pay_grades", "a pay grade")
    if head in ("status", "result", "outcome") and words & _CHECKS \
            or head in ("result", "outcome", "verdict") and set(ctx.table_toks) & _CHECKS:  # inspections.result
        return _labels(ctx, "check_results", "the result of a check")
    return []


def ledger_number(ctx: Ctx) -> tuple[str, dict, str] | None:
    """Numbers of back offices: fiscal periods, leave balances, tax rates."""
    toks, head, words = ctx.toks, ctx.toks[-1], set(ctx.toks)
    if head == "period" and ctx.kind is TypeKind.INTEGER and (words & {"fiscal", "accounting", "financial", "posting"}
                                                                or len(toks) == 1):
        return "number.code", {"low": 1, "high": 12}, "a fiscal period: a month of the year"
    if words & _LEAVE and (head in ("balance", "days", "entitlement", "remaining", "accrued", "taken")):
        return "number.measure", {"median": 12.0, "sigma": 0.6, "low": 0.0, "high": 40.0, "decimals": 1}, \
            "days of leave"
    if words & {"tax", "vat", "gst"} and head in ("rate", "percent", "percentage", "pct"):
        scale = ctx.column.type.scale
        fraction = ctx.kind is not TypeKind.INTEGER and scale is not None and (ctx.column.type.precision or 9) - scale <= 1
        values = _vocab()["tax_rates"]
        return "number.measure", {"values": [v / 100 for v in values] if fraction else values}, "a tax rate"
    return None
