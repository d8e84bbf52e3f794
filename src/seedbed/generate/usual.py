"""A column's constant DEFAULT is its usual value (issue 10: realism that generalises).

The schema says what most rows hold when it gives a column a constant default: ``children
smallint DEFAULT 0``, ``check_in_time time DEFAULT '15:00'``, ``is_voided boolean DEFAULT false``,
``data_retention_days DEFAULT 365``, ``parcel_count DEFAULT 1``, ``currency DEFAULT 'usd'``. With
realism on, that value fills most rows (``SHARE``) and the column's own generator the others,
so a flag the name does not explain is mostly its default and a count mostly its starting value.
A small positive integer default also gives the other rows their scale (``relegation_places DEFAULT
2`` is 0-6, never 244: a value past twice the default plus two becomes the default).

A default of 0 is a counter's start (``session_count``, ``loyalty_points``): it is the usual value
only for numbers of exceptions (``refunded_amount``, ``events_dropped``, ``children``).

Left alone: unique columns, defaults that are not constants (``now()``, ``nextval(...)``,
``gen_random_uuid()``), columns that a CHECK ties to another column or an order governs (the
default need not satisfy a row's other columns), a time zone or a place beside the row's city or
country (the place decides), status-like columns (the default is where a
row *starts*, real rows have moved on), flags whose name already says how common they are
(``enabled``, ``is_deleted``: Keycloak defaults ``enabled`` to false, its rows are mostly
enabled), empty-text defaults, and columns a user gave values for.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.model import Column, ColumnType, Table, TableDomains, TypeKind

__all__ = ["SHARE", "apply_usual", "usual_default", "usual_value"]

#: Share of rows that hold the default.
SHARE = 0.7
#: A small positive integer DEFAULT is the column's scale: the other rows stay within twice it (plus 2)
#: (``points_for_draw DEFAULT 1`` is 0-4, ``promotion_places DEFAULT 2`` never 179); up to this default.
NEAR_UP_TO = 20
#: Intents whose default is a row's first state, not its usual one.
_MOVING = frozenset(("status.mix", "sport.tally", "person.gender"))  # a sex is the row's person's (r46)
#: Intents that follow the row's place: beside a city or a country column, that place decides.
_PLACED = frozenset(("locale.timezone", "address.country", "address.country_code", "address.region",
                     "address.city"))
_PLACE_WORDS = frozenset("city country town region state province postal zip address latitude longitude".split())


def _has_place(table: Table, column: Column) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return any(c.name != column.name and set(tokens(c.name)) & _PLACE_WORDS for c in table.columns)


_KINDS = frozenset((TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY, TypeKind.BOOL,
                    TypeKind.TEXT, TypeKind.ENUM, TypeKind.DATE, TypeKind.TIME))


def usual_default(table: Table, column: Column, domains: TableDomains | None, intent: Any) -> str | None:
    """The default expression of ``column`` when its constant value is the column's usual one, else None."""
    ctype = column.type
    if column.default is None or ctype.is_array or ctype.kind not in _KINDS:
        return None
    if intent is not None and intent.name in _MOVING:
        return None
    if intent is not None and intent.name in _PLACED and _has_place(table, column):
        return None  # the row's city or country decides its time zone (a plant in Coimbra is not on Berlin time)
    if ctype.kind is TypeKind.BOOL and intent is not None and intent.name == "number.flag":
        return None  # the name already says how common the state is (enabled, deleted, valid)
    if any(column.name in check.columns and len(check.columns) > 1 for check in table.checks):
        return None
    if domains is not None:
        if any(column.name in (o.left, o.right) for o in domains.orders):
            return None
        if any(column.name in g.columns for g in domains.groups):
            return None
    value = usual_value(column.default, ctype)
    if value is None:
        return None
    if value == "":
        return None  # an empty text is "nothing entered yet", not what most rows hold
    if ctype.kind is not TypeKind.BOOL and value == 0 and not _exceptional(column.name):
        return None  # session_count DEFAULT 0: a counter starts at 0, real rows have counted since
    if ctype.kind is TypeKind.INTEGER and _progress(column.name):
        return None  # level DEFAULT 1, version DEFAULT 1: where a row starts; real rows have gone on
    if ctype.kind is TypeKind.INTEGER and isinstance(value, int) and domains is not None \
            and _wide(domains.column(column.name), value):
        return None  # lvl DEFAULT 1 CHECK (lvl BETWEEN 1 AND 200): the CHECK gives the scale, not the start
    return column.default


#: Words of a number that stays 0 in most rows (a refund, a discount, dropped events, children).
_EXCEPTIONS = frozenset("""refund refunded discount drop dropped fail failed failure error retry penalty fine late
overdue reject rejected bounce bounced dispute chargeback child infant pet extra surcharge adjustment writeoff
damage damaged lost return returned skip skipped warning strike void voided cancel cancelled canceled""".split())


#: Words of a number a row climbs from its DEFAULT (a player's level, a document's version).
_PROGRESS = frozenset("""level lvl tier rank stage step phase version revision rev generation gen xp experience
prestige""".split())


def _progress(name: str) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return bool(set(tokens(name)) & _PROGRESS)


def _wide(dom: Any, value: int) -> bool:
    """True when the column's CHECK bounds it far above its small DEFAULT (``BETWEEN 1 AND 200`` for 1)."""
    high = getattr(dom.high, "value", None) if dom is not None and dom.high is not None else None
    return isinstance(high, int | float | Decimal) and 0 < value <= NEAR_UP_TO and high > 10 * (2 * value + 2)


def _exceptional(name: str) -> bool:
    from seedbed.generate.intent.tokens import tokens

    return bool(set(tokens(name)) & _EXCEPTIONS)


@lru_cache(maxsize=512)
def usual_value(expr: str, ctype: ColumnType) -> Any:
    """The constant ``expr`` (``'15:00:00'::time without time zone``, ``0``, ``false``) as a value of
    the column's ``ColumnData`` dtype, or None when it is not a constant of that kind."""
    from pglast import parse_sql
    from pglast.parser import ParseError

    from seedbed.solve.literals import NotFoldable, constant, to_kind

    try:
        stmt = parse_sql(f"SELECT {expr}")
    except ParseError:
        return None
    if len(stmt) != 1 or len(stmt[0].stmt.targetList or ()) != 1:
        return None
    const = constant(stmt[0].stmt.targetList[0].val)
    if const is None or const.family == "null":
        return None
    try:
        value = to_kind(const, ctype)
    except (NotFoldable, ValueError, ArithmeticError, TypeError):
        return None
    return _as_element(value, ctype.kind)


def _as_element(value: Any, kind: TypeKind) -> Any:
    if kind is TypeKind.INTEGER:
        return int(value) if isinstance(value, int) else None
    if kind in (TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY):
        return float(value) if isinstance(value, (int, float, Decimal)) else None
    if kind is TypeKind.BOOL:
        return bool(value) if isinstance(value, bool) else None
    if kind is TypeKind.DATE:
        return np.datetime64(value, "D") if type(value) is dt.date else None
    if kind is TypeKind.TIME:
        if not isinstance(value, dt.time) or value.tzinfo is not None:
            return None
        us = ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond
        return np.timedelta64(us, "us")
    return value if isinstance(value, str) else None


def apply_usual(values: np.ndarray, expr: str, ctype: ColumnType, rng: np.random.Generator, *,
                closed: bool = False, low: float | None = None, high: float | None = None,
                ranged: bool = True) -> np.ndarray:
    """``values`` with ``SHARE`` of the rows set to the default ``expr`` (a copy; NULL rows keep their mask).
    ``closed``: the values come from a fixed list (an enum's labels, a CHECK's IN list) whose spelling
    is kept (``schedule DEFAULT 'none'`` beside ``'CII'``: no ``'cii'``). ``low`` / ``high``: the column's
    inclusive bounds, for the values redrawn near a default. ``ranged``: the column's CHECKs are at most a range
    (no OR branches, no excluded values), so a value redrawn near a decimal default keeps them."""
    value = usual_value(expr, ctype)
    if value is None or not len(values):
        return values
    closed = closed or bool(ctype.enum_labels) or ctype.kind is TypeKind.ENUM
    out = _same_case(values, value) if isinstance(value, str) and not closed else values.copy()
    out[rng.random(len(out)) < SHARE] = value
    if ctype.kind is TypeKind.INTEGER and isinstance(value, int) and 0 < value <= NEAR_UP_TO \
            and out.dtype.kind in "iu" and not closed:  # an IN list (1, 3, 6, 12, 24) keeps its values
        far = (out < 0) | (out > 2 * value + 2)  # points_for_win DEFAULT 3 is never 12, but 0-8 (not all 3s)
        top = 2 * value + 2 if high is None else max(value, min(2 * value + 2, int(high)))
        out[far] = rng.integers(value, top + 1, size=int(far.sum()))
    elif _scaled(value, ctype) and out.dtype.kind in "iuf" and not closed and ranged:  # an IN list keeps its values
        out = _near(out, float(value), ctype, rng, low, high)
    return out


#: How far (a factor either way) the other rows may stray from a DEFAULT that gives the scale, and the
#: log-spread they are redrawn with around it.
SCALE_FACTOR = 5.0
_SCALE_SIGMA = 0.45


def _scaled(value: Any, ctype: ColumnType) -> bool:
    """Whether a DEFAULT gives the scale of the rows that do not hold it: a positive quantity other than 1
    (1 is a multiplier's or a counter's neutral start: ``fx_rate DEFAULT 1``) kept as a decimal, or an
    integer past ``NEAR_UP_TO`` (``ttl_seconds DEFAULT 3600``; smaller ones are read above)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0 or value == 1:
        return False
    if ctype.kind is TypeKind.INTEGER:
        return value > NEAR_UP_TO
    return ctype.kind in (TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)


def _near(out: np.ndarray, value: float, ctype: ColumnType, rng: np.random.Generator,
          low: float | None, high: float | None) -> np.ndarray:
    """``out`` with every value more than ``SCALE_FACTOR`` times off ``value`` redrawn log-normally around
    it (``shared_maint_fee numeric(6,4) DEFAULT 0.19`` is 0.1-0.4, not 6-21; ``annual_dues DEFAULT 45.00``
    is never 3.52), kept to the column's decimals; one a bound would refuse is the default itself."""
    far = (out <= value / SCALE_FACTOR) | (out >= value * SCALE_FACTOR)
    if not far.any():
        return out
    near = np.clip(value * np.exp(rng.normal(0.0, _SCALE_SIGMA, size=int(far.sum()))),
                   value / SCALE_FACTOR, value * SCALE_FACTOR)
    if ctype.kind is TypeKind.INTEGER or out.dtype.kind in "iu":
        near = np.round(near)
    elif ctype.scale is not None:
        near = np.round(near, ctype.scale)
    refused = ((near < low) if low is not None else False) | ((near > high) if high is not None else False)
    out[far] = np.where(refused, value, near).astype(out.dtype)
    return out


def _same_case(values: np.ndarray, value: str) -> np.ndarray:
    """A short code's DEFAULT gives the column's letter case (``currency DEFAULT 'usd'``: the other
    rows are ``eur``, not ``EUR``); long or mixed-case defaults (``'UTC'`` beside ``Europe/Rome``) say nothing."""
    if not (value.isalpha() and len(value) <= 4 and (value.islower() or value.isupper())):
        return values.copy()
    fold = str.lower if value.islower() else str.upper
    return np.array([fold(v) if isinstance(v, str) and v.isalpha() and len(v) <= 4 else v for v in values.tolist()],
                    dtype=values.dtype)
