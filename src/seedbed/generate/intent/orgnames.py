"""Organisations named by their kind (issue 10, round 9, r26): the name of a row of
``shipping_lines``, ``law_firms``, ``breweries``, ``charities`` (or a column naming one:
``vessels.shipping_line``, ``airline_name``) is made like real ones of that kind ('Nordhaven Line',
'Harlow & Reed LLP'; ``realistic/orgnames.py``), not 'Shipping line F' nor an IT firm's name.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["organisation_rule"]

Cand = tuple[str, dict, str]

#: Readings a kind's own recipe replaces: a generic name, a company of any trade, a label from the
#: name, a line of text (``shipping_line``).
_NAMES = frozenset("entity.text entity.name company.name company.trade text.neutral text.sentence".split())
#: First words of a column holding its own table's organisation's name (``trading_name``).
_OWN = frozenset("company business trading legal registered display full short official".split())
#: Last words of a column that names something (``line_name``), not an attribute of it (``line_code``).
_NAMING = frozenset("name title".split())


def _kind(ctx: Ctx) -> str | None:
    from seedbed.generate.realistic.orgnames import recipe
    from seedbed.generate.intent.tokens import tokens

    toks, tt = tokens(ctx.column.name), ctx.table_toks
    if toks and toks[-1] in _NAMING:
        qual = toks[:-1]
        if not qual or qual == tt[-len(qual):] or (len(qual) == 1 and qual[0] in _OWN) or qual[-1:] == tt[-1:]:
            words = tt  # ski_resorts.name, law_firms.firm_name, shipping_lines.company_name
        else:
            words = qual  # port_calls.shipping_line_name, flights.airline_name
    else:
        words = toks  # vessels.shipping_line, beers.brewery
    for k in (2, 1):
        if len(words) >= k and recipe("_".join(words[-k:])):
            return "_".join(words[-k:])
    return None


def organisation_rule(ctx: Ctx, cand: Cand) -> Cand | None:
    """``org.name`` for a text column naming an organisation of a kind with a recipe, when the
    reading found was a generic name or label; else None."""
    if cand[0] not in _NAMES or cand[1].get("role", "name") != "name" or not ctx.is_text \
            or ctx.column.type.is_array or ctx.person_table or (ctx.length is not None and ctx.length < 16):
        return None
    kind = _kind(ctx)
    if kind is None:
        return None
    own = kind.split("_")[-1] == ctx.table_toks[-1]  # its own table's: one name a row
    return "org.name", {"kind": kind, "own": own}, f"a {kind.replace('_', ' ')}: named like real ones of its kind"
