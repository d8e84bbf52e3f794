"""Faker methods as column providers (``ColumnSpec(provider="faker.<method>", params=kwargs)``).

Never Faker per cell in the hot path (DESIGN.md principle 5): a pool of values is built once
per ``(locale, method, kwargs)`` from a Faker instance seeded with a digest of that key, cached,
and each chunk picks from it with numpy through the column's keyed stream. Unique columns take
a pool of distinct values at least as large as the table and index it through a keyed
permutation of the row index, so any chunk can be made alone.

Only data-generating methods are reachable by name: the allow-list is every public method of
the locale's providers (found by introspection) minus :data:`NOT_GENERATORS` (Faker's
machinery, and methods that write archives, images or huge blobs, or that evaluate other
formatters by name). Every size-like argument (any integer argument whose name says it
counts or measures: ``nb_*``, ``*_chars``, ``length``, ``depth``, ``deep``, ``levels``, ...,
:data:`SIZE_ARG`) is capped at :data:`MAX_SIZE_ARG`, a value at :data:`MAX_VALUE_CHARS`, and a
pool's values at :data:`MAX_MEAN_CHARS` on average, so a small request cannot ask for
unbounded work. Pools are built outside the cache lock, each with its own Faker instance, so
one slow request never blocks another; the build loop stops at the request's deadline
(``seedbed.limits``).

Faker's own output may change between Faker versions: a seed reproduces the same bytes with
the same Faker version.
"""

from __future__ import annotations

import datetime as dt
import decimal
import difflib
import inspect
import json
import re
import threading
import uuid
import zoneinfo
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.errors import DomainTooSmall, SeedbedError, SpecError
from seedbed.generate.permute import permute
from seedbed.generate.streams import EPOCH, digest
from seedbed.generate.values.data import ColumnData, GenRequest, may_be_null
from seedbed.model import TypeKind

__all__ = ["NOT_GENERATORS", "POOL_SIZE", "allowed_methods", "faker_values", "probe", "resolve_locale"]

DEFAULT_LOCALE = "en_US"
#: Values drawn per pool for a column that need not be unique.
POOL_SIZE = 1024
#: The most distinct values a unique Faker column may ask for (each one is a Faker call).
UNIQUE_LIMIT = 200_000
#: Upper bound for size-like arguments (``nb``, ``length``, ``max_nb_chars``, ``depth``, ...).
MAX_SIZE_ARG = 1_000
#: Longest value (in characters) a pool may hold.
MAX_VALUE_CHARS = 100_000
#: Longest mean value (in characters) of a pool: a column of 37 kB paragraphs is not test data.
MAX_MEAN_CHARS = 8_192

#: Public names that are not data generators, or that must not be reachable from a spec: Faker's
#: machinery (seeding, the shared random, provider registration, formatter lookup by name),
#: methods that evaluate other formatters by name (json, csv, fixed_width, ...), that make
#: archives, images or megabyte blobs, or that return objects which are not data.
NOT_GENERATORS = frozenset({
    "seed", "seed_instance", "seed_locale", "random", "add_provider", "format", "parse",
    "get_formatter", "set_formatter", "set_arguments", "get_arguments", "del_arguments",
    "get_providers", "provider", "providers", "factories", "unique", "optional", "weights",
    "generator", "locales", "items",
    "json", "json_bytes", "csv", "tsv", "psv", "dsv", "fixed_width", "xml", "pystr_format",
    "zip", "tar", "image", "binary", "enum", "pyobject", "time_series", "get_words_list",
    "randomize_nb_elements",
})
#: An argument that counts or measures (checked on integers only: ``password(digits=True)`` is a flag).
SIZE_ARG = re.compile(r"^nb(_|$)|_nb_|chars$|length$|^depth$|^deep$|^levels?$|^count$|digits$|elements$|"
                      r"texts$|words$|sentences$|^size$|^max_|^min_(?!value)")
#: Integer arguments that are values, not sizes (a bound of a random integer costs nothing).
_VALUE_ARGS = frozenset({"min", "max", "min_value", "max_value", "step", "seed", "build_from", "build_to",
                         "version_from", "version_to", "minimum_age", "maximum_age", "chance_of_getting_true",
                         "truth_probability", "width", "height", "year", "month", "day"})
_DATE_ARG = re.compile(r"date|^start$|^end$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")

_lock = threading.Lock()  # guards _pools only: never held while Faker runs
_pools: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
_POOLS_KEPT = 256
_local = threading.local()


@lru_cache(maxsize=16)
def _faker(locale: str) -> Any:
    """A shared instance for introspection only (signatures, method names): never seeded or called."""
    from faker import Faker

    return Faker(locale)


def _own_faker(locale: str) -> Any:
    """This thread's instance, seeded per pool: two threads never share a random state."""
    from faker import Faker

    fakers = _local.__dict__.setdefault("fakers", {})
    if locale not in fakers:
        fakers[locale] = Faker(locale)
    return fakers[locale]


@lru_cache(maxsize=1)
def available_locales() -> tuple[str, ...]:
    from faker.config import AVAILABLE_LOCALES

    return tuple(AVAILABLE_LOCALES)


def resolve_locale(locale: str | None) -> str:
    """The locale itself when Faker has it (``en-us`` is accepted as ``en_US``), else SpecError."""
    wanted = (locale or DEFAULT_LOCALE).replace("-", "_")
    known = available_locales()
    by_lower = {k.lower(): k for k in known}
    if wanted.lower() in by_lower:
        return by_lower[wanted.lower()]
    close = difflib.get_close_matches(wanted, known, n=3, cutoff=0.6)
    raise SpecError(f"unknown locale {locale!r}", subject="locale",
                    hint=f"did you mean {' or '.join(map(repr, close))}?" if close else "e.g. en_US, de_DE, fr_FR, ja_JP")


@lru_cache(maxsize=16)
def allowed_methods(locale: str) -> frozenset[str]:
    """The data-generating methods of ``locale``'s providers, by introspection."""
    fake = _faker(locale)
    names: set[str] = set()
    for factory in fake.factories:
        for provider in factory.get_providers():
            for name, _member in inspect.getmembers(provider, predicate=inspect.ismethod):
                if not name.startswith("_") and name not in NOT_GENERATORS:
                    names.add(name)
    return frozenset(names)


# --------------------------------------------------------------------------- arguments

def _coerce(name: str, value: Any) -> Any:
    """JSON has no dates or time zones: ISO strings become them where the argument wants one."""
    if isinstance(value, str) and _DATE_ARG.search(name):
        if _ISO_DATE.match(value):
            return dt.date.fromisoformat(value)
        if _ISO_DATETIME.match(value):
            return dt.datetime.fromisoformat(value)
    if name == "tzinfo" and isinstance(value, str):
        try:
            return zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return value
    if name == "elements" and isinstance(value, dict):
        return OrderedDict(value)
    return value


def _kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _coerce(k, v) for k, v in params.items()}


def _key(params: Mapping[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, default=str)


def _bad(method: str, message: str, hint: str | None = None) -> SpecError:
    return SpecError(f"faker.{method}: {message}", hint=hint)


def check_arguments(locale: str, method: str, params: Mapping[str, Any]) -> None:
    """The method exists, is allowed, and takes these keyword arguments (no call made).

    Raises:
        SpecError: unknown or forbidden method, unknown argument (with did-you-mean), a size
            argument past :data:`MAX_SIZE_ARG`.
    """
    allowed = allowed_methods(locale)
    if method not in allowed:
        close = difflib.get_close_matches(method, sorted(allowed), n=3, cutoff=0.6)
        raise SpecError(f"unknown type {method!r}", hint=f"did you mean {' or '.join(map(repr, close))}?"
                        if close else "see the README for the semantic types; any data-generating Faker method works too")
    fn = getattr(_faker(locale), method)
    sig = inspect.signature(fn)
    accepted = [p for p in sig.parameters if sig.parameters[p].kind in
                (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)]
    for name in params:
        if name not in accepted:
            close = difflib.get_close_matches(name, accepted, n=2, cutoff=0.5)
            hint = (f"did you mean {' or '.join(map(repr, close))}?" if close
                    else f"it takes {', '.join(accepted)}" if accepted else "it takes no arguments")
            raise _bad(method, f"unknown argument {name!r}", hint)
    for name, value in params.items():
        if _too_large(name, value):
            shown = str(value) if abs(value) < 10**30 else f"a {len(str(abs(value)))}-digit number"
            raise _bad(method, f"{name}={shown} is too large", f"at most {MAX_SIZE_ARG}")


def _too_large(name: str, value: Any) -> bool:
    """A size-like integer argument past the cap (numbers in lists, e.g. ``elements``, are data)."""
    if not isinstance(value, int) or isinstance(value, bool) or name in _VALUE_ARGS:
        return False
    return bool(SIZE_ARG.search(name)) and abs(value) > MAX_SIZE_ARG


@dataclass(frozen=True, slots=True)
class Probe:
    """What a Faker method returns, as a column type."""

    kind: TypeKind
    sql_name: str
    base_name: str
    bits: int | None = None


def _kind_of(value: Any) -> Probe:
    if isinstance(value, bool):
        return Probe(TypeKind.BOOL, "boolean", "bool")
    if isinstance(value, int):
        if -(2**63) <= value < 2**63:
            return Probe(TypeKind.INTEGER, "bigint", "int8", 64)
        return Probe(TypeKind.NUMERIC, "numeric", "numeric")
    if isinstance(value, float):
        return Probe(TypeKind.FLOAT, "double precision", "float8", 64)
    if isinstance(value, decimal.Decimal):
        return Probe(TypeKind.NUMERIC, "numeric", "numeric")
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return Probe(TypeKind.TIMESTAMPTZ, "timestamp with time zone", "timestamptz")
        return Probe(TypeKind.TIMESTAMP, "timestamp without time zone", "timestamp")
    if isinstance(value, dt.date):
        return Probe(TypeKind.DATE, "date", "date")
    if isinstance(value, dt.time):
        return Probe(TypeKind.TIME, "time without time zone", "time")
    if isinstance(value, dt.timedelta):
        return Probe(TypeKind.INTERVAL, "interval", "interval")
    if isinstance(value, uuid.UUID):
        return Probe(TypeKind.UUID, "uuid", "uuid")
    if isinstance(value, bytes | bytearray):
        return Probe(TypeKind.BYTEA, "bytea", "bytea")
    if isinstance(value, dict | list | tuple | set | frozenset):
        return Probe(TypeKind.JSONB, "jsonb", "jsonb")
    return Probe(TypeKind.TEXT, "text", "text")


def probe(locale: str, method: str, params: Mapping[str, Any]) -> Probe:
    """Check the call and infer the column type from a few seeded sample values.

    Raises:
        SpecError: as ``check_arguments``, or the method failed with these arguments.
    """
    check_arguments(locale, method, params)
    values, _ = _pool(locale, method, _key(params), params, 16, unique=False)
    kinds = [_kind_of(v) for v in values.tolist() if v is not None]
    if not kinds:
        return Probe(TypeKind.TEXT, "text", "text")
    first = kinds[0]
    if all(k.kind is first.kind for k in kinds):
        return first
    if all(k.kind in (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT) for k in kinds):
        return Probe(TypeKind.NUMERIC, "numeric", "numeric")
    return Probe(TypeKind.JSONB, "jsonb", "jsonb") if any(k.kind is TypeKind.JSONB for k in kinds) else \
        Probe(TypeKind.TEXT, "text", "text")


# --------------------------------------------------------------------------- pools

def _pool(locale: str, method: str, key: str, params: Mapping[str, Any], size: int,
          *, unique: bool) -> tuple[np.ndarray, np.ndarray]:
    """``size`` raw values (distinct ones when ``unique``) and their text; cached."""
    from seedbed.limits import check_deadline

    cache_key = (locale, method, key, size, unique)
    with _lock:
        hit = _pools.get(cache_key)
        if hit is not None:
            _pools.move_to_end(cache_key)
            return hit
    # Built without the lock (user-sized work must not block other requests); two threads
    # asking for the same pool both build it, with the same seed, and get the same values.
    fake = _own_faker(locale)
    fn = getattr(fake, method)
    kwargs = _kwargs(params)
    fake.seed_instance(digest("faker", EPOCH, locale, method, key, unique))
    raw: list[Any] = []
    texts: list[str] = []
    seen: set[str] = set()
    chars = 0
    budget = size if not unique else 3 * size + 100
    try:
        for _ in range(budget):
            check_deadline()
            value = fn(**kwargs)
            text = None if value is None else _text(value)
            if text is not None and len(text) > MAX_VALUE_CHARS:
                raise _bad(method, f"a value is longer than {MAX_VALUE_CHARS} characters",
                           "ask for smaller values")
            if unique:
                if text is None or text in seen:
                    continue
                seen.add(text)
            raw.append(value)
            texts.append(text)
            chars += len(text or "")
            if chars > MAX_MEAN_CHARS * max(len(raw), 16):
                raise _bad(method, f"its values average more than {MAX_MEAN_CHARS} characters",
                           "ask for smaller values (fewer sentences, words or elements)")
            if len(raw) >= size:
                break
    except SeedbedError:
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of a third-party method is the spec's
        raise _bad(method, f"failed with these arguments: {type(exc).__name__}: {str(exc)[:300]}",
                   "check the arguments against Faker's documentation of the method") from None
    out = (_objects(raw), _objects(texts))
    with _lock:
        _pools[cache_key] = out
        while len(_pools) > _POOLS_KEPT:
            _pools.popitem(last=False)
    return out


def mean_chars(locale: str | None, method: str, params: Mapping[str, Any]) -> float:
    """Mean text length of the values a column ``faker.<method>(**params)`` draws from (its
    pool, built now and kept for the generation that follows): for estimating output size."""
    loc = resolve_locale(locale)
    params = dict(params)
    check_arguments(loc, method, params)
    _, texts = _pool(loc, method, _key(params), params, POOL_SIZE, unique=False)
    return float(np.mean([len(t or "") for t in texts.tolist()])) if len(texts) else 0.0


def _objects(items: list[Any]) -> np.ndarray:
    arr = np.empty(len(items), dtype=object)
    arr[:] = items
    return arr


def _jsonable(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted((_jsonable(v) for v in value), key=str)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    if isinstance(value, bytes | bytearray):
        return value.hex()
    return str(value)


def _text(value: Any) -> str:
    """A Faker value in PostgreSQL's text input form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return f"{value.total_seconds()} seconds"
    if isinstance(value, bytes | bytearray):
        return "\\x" + bytes(value).hex()
    if isinstance(value, dict | list | tuple | set | frozenset):
        return json.dumps(_jsonable(value), sort_keys=True)
    return str(value)


def _as_kind(texts: np.ndarray, raw: np.ndarray, kind: TypeKind) -> np.ndarray:
    """Text literals fit for a column of ``kind`` (a date written to a text column is ISO text)."""
    if kind is TypeKind.BOOL:
        return _objects(["t" if bool(v) else "f" for v in raw.tolist()])
    if kind in (TypeKind.JSON, TypeKind.JSONB):
        return _objects([t if isinstance(v, dict | list | tuple | set | frozenset) else json.dumps(_jsonable(v))
                         for v, t in zip(raw.tolist(), texts.tolist(), strict=True)])
    return texts


def faker_values(method: str, params: Mapping[str, Any], req: GenRequest, rng: np.random.Generator,
                 *, locale: str | None = None) -> ColumnData:
    """One chunk of a column whose provider is ``faker.<method>``.

    Args:
        method: the Faker method (must be in :func:`allowed_methods`).
        params: its keyword arguments (JSON values; ISO date strings become dates).
        req: the column, the chunk's row indexes, uniqueness and NULL rate.
        rng: the column's keyed stream for this chunk (picks and NULLs).
        locale: the Faker locale (default en_US).

    Returns:
        ``ColumnData`` of text literals (the encoder writes them as they are).

    Raises:
        SpecError: the method or its arguments are not allowed, or the method failed.
        DomainTooSmall: a unique column needs more distinct values than the method gives.
    """
    loc = resolve_locale(locale)
    params = dict(params)
    check_arguments(loc, method, params)
    key = _key(params)
    n = req.n
    kind = req.column.type.kind
    if req.unique:
        need = max(req.table_rows, int(req.index.max()) + 1 if n else 0)
        if need > UNIQUE_LIMIT:
            raise DomainTooSmall(f"faker.{method} can give at most {UNIQUE_LIMIT} unique values, {need} asked",
                                 subject=req.column.name, hint="use a semantic type that is unique by construction "
                                 "(uuid, email, bothify) or drop unique")
        raw, texts = _pool(loc, method, key, params, max(need, 1), unique=True)
        if len(raw) < need:
            raise DomainTooSmall(f"faker.{method} gave only {len(raw)} distinct values; cannot make {need} unique",
                                 subject=req.column.name, hint="drop unique, widen the arguments, or ask for fewer rows")
        picks = permute(req.index.astype(np.int64), len(raw), digest("faker-unique", req.salt, req.column.name))
    else:
        raw, texts = _pool(loc, method, key, params, POOL_SIZE, unique=False)
        picks = rng.integers(0, len(raw), size=n) if len(raw) else np.zeros(n, dtype=np.int64)
    values = _as_kind(texts, raw, kind)[picks] if len(raw) else np.full(n, "", dtype=object)
    nulls = np.array([v is None for v in raw[picks].tolist()], dtype=bool) if len(raw) else np.ones(n, dtype=bool)
    if may_be_null(req.column, req.domain) and req.null_rate > 0 and n:
        nulls |= rng.random(n) < req.null_rate
    if not may_be_null(req.column, req.domain) and nulls.any():
        # A method that sometimes returns None (null_boolean) on a NOT NULL column: re-pick.
        good = np.flatnonzero(np.array([v is not None for v in raw.tolist()], dtype=bool))
        if not len(good):
            raise SpecError(f"faker.{method} returns only None, and {req.column.name} is NOT NULL",
                            hint='add "nullable": true')
        values = values.copy()
        values[nulls] = _as_kind(texts, raw, kind)[good[rng.integers(0, len(good), size=int(nulls.sum()))]]
        nulls[:] = False
    values = np.where(nulls, "", values) if nulls.any() else values
    return ColumnData(values=values.astype(object), nulls=nulls if nulls.any() else None)
