"""``now()``-relative bounds in CHECKs, e.g. ``birthdate <= now() - '18 years'::interval``.

Generation runs at the fixed ``REFERENCE_NOW`` (2026-01-01 UTC), which is never later than
the moment the rows are inserted. So an *upper* bound relative to now, read at
``REFERENCE_NOW``, is a sound narrowing: a value below ``REFERENCE_NOW - 18 years`` is also
below ``now() - 18 years``. The CHECK stays residual (the database still evaluates it); a
*lower* bound relative to now is not folded at all.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pglast import ast

from seedbed.generate.streams import REFERENCE_NOW

_NOW_FUNCS = frozenset({"now", "transaction_timestamp", "statement_timestamp", "clock_timestamp"})
_UNITS = {"year": "years", "years": "years", "yr": "years", "yrs": "years", "mon": "months", "mons": "months",
          "month": "months", "months": "months", "day": "days", "days": "days", "hour": "hours",
          "hours": "hours", "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
          "week": "weeks", "weeks": "weeks", "second": "seconds", "seconds": "seconds", "sec": "seconds",
          "secs": "seconds"}


def _interval(node: Any) -> dict[str, int] | None:
    """``'18 years'::interval`` as unit counts, or None."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if not isinstance(node, ast.A_Const) or not isinstance(node.val, ast.String):
        return None
    text = node.val.sval.strip().lstrip("@").strip()
    parts = re.findall(r"(-?\d+)\s*([a-z]+)", text.lower())
    if not parts or re.sub(r"(-?\d+)\s*([a-z]+)", "", text.lower()).strip(" ,"):
        return None
    out: dict[str, int] = {}
    for num, unit in parts:
        key = _UNITS.get(unit)
        if key is None:
            return None
        out[key] = out.get(key, 0) + int(num)
    return out


def _shift(when: dt.datetime, units: dict[str, int], sign: int) -> dt.datetime:
    months = sign * (units.get("years", 0) * 12 + units.get("months", 0))
    if months:
        y, m = divmod(when.month - 1 + months, 12)
        when = when.replace(year=when.year + y, month=m + 1, day=min(when.day, 28))
    delta = dt.timedelta(weeks=units.get("weeks", 0), days=units.get("days", 0), hours=units.get("hours", 0),
                         minutes=units.get("minutes", 0), seconds=units.get("seconds", 0))
    return when + sign * delta


def now_relative(node: Any) -> dt.datetime | None:
    """The value of ``now()`` / ``CURRENT_DATE`` / ... ± a constant interval at REFERENCE_NOW."""
    while isinstance(node, ast.TypeCast):
        node = node.arg
    if isinstance(node, ast.FuncCall) and not node.args and node.funcname[-1].sval.lower() in _NOW_FUNCS:
        return REFERENCE_NOW
    if isinstance(node, ast.SQLValueFunction):
        return REFERENCE_NOW
    if isinstance(node, ast.A_Expr) and node.name and node.name[-1].sval in ("+", "-") and node.lexpr is not None:
        base = now_relative(node.lexpr)
        units = _interval(node.rexpr)
        if base is not None and units is not None:
            return _shift(base, units, 1 if node.name[-1].sval == "+" else -1)
    return None
