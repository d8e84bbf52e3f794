"""A share, a fraction or a proportion kept as a share of one, whatever room its type leaves (issue 10,
round 9).

``scales._fraction`` reads a ``numeric(3,2)`` share as a share of one by its precision (one integer digit);
a ``vote_share numeric(5,2)`` or a ``market_share double precision`` whose words lean nowhere
(``rates.share_rule``) fell to the typed draw: 25.13, 480.72, 936.88. The name says a fraction: it
stays one (0-1), unless a percent's word or a CHECK above one says it is kept in percent. A ratio is
left alone (a pupil-teacher ratio is 18, a debt-to-equity ratio 1.4). Read by ``scales.scale_rule``
after the shares that lean.
"""

from __future__ import annotations

from decimal import Decimal

from seedbed.generate.intent.context import Ctx
from seedbed.model import TypeKind

__all__ = ["share_of_one"]

#: Words of a part of a whole (a ``ratio`` or a ``rate`` may be any size: not here).
_PART = frozenset("share fraction proportion".split())
#: Words that keep it in percent, or make it something else (a share price, a share count, shares held).
_NOT = frozenset("""pct percent percentage price value amount count number qty quantity class type code id
capital issued outstanding held units""".split())


def share_of_one(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A fraction of one for a column named a share, fraction or proportion (module docstring), else None."""
    words = set(ctx.toks)
    if ctx.kind not in (TypeKind.NUMERIC, TypeKind.FLOAT) or ctx.toks[-1] not in _PART or words & _NOT:
        return None
    high = getattr(ctx.domain.high, "value", None)
    if isinstance(high, int | float | Decimal) and not isinstance(high, bool) and float(high) > 1:
        return None  # a CHECK up to 100: percent, the percentage rules'
    scale = ctx.column.type.scale if ctx.kind is TypeKind.NUMERIC else None
    if scale is not None and scale < 1:
        return None  # an integer share: percent
    return "number.measure", {"median": 0.3, "sigma": 0.7, "low": 0.0, "high": 1.0,
                              "decimals": min(scale or 3, 4)}, "a share of one, as its name says"
