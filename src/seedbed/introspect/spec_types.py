"""The JSON spec's input models (pydantic v2) and the semantic types a column may name.

A spec (BugiaData style) is ``{"count", "seed", "locale", "schema": {table: {"count",
"columns": {column: {"type", ...}}}}}``. A column's ``type`` is one of the semantic types below
or a data-generating Faker method (``seedbed.generate.fakerprov``); every key of the column that
is not an option (``unique``, ``nullable``, ``null_rate``, ``primary_key``) is an argument of
the type.

Each semantic type maps to a column type of the model, optional CHECK expressions (so the
constraint is in the model, in the SQL output, and checked by ``seedbed verify``) and optional
``ColumnSpec`` wishes (an intent provider, a value mix).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from psycopg import sql
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator, model_validator

from seedbed.model import ColumnType, TypeKind
from seedbed.planning.options import ColumnSpec

__all__ = ["COLUMN_OPTIONS", "INTENT_TYPES", "MAX_ROWS_PER_TABLE", "SEMANTIC_TYPES", "Built", "ColumnIn", "SpecIn",
           "TableIn", "ValidationError", "argument_names", "build_semantic", "pattern_regex"]

#: The largest row count one table of a spec may ask for (the HTTP API has a lower limit).
MAX_ROWS_PER_TABLE = 1_000_000_000
#: Keys of a column object that are options, not arguments of its type.
COLUMN_OPTIONS = frozenset({"type", "unique", "nullable", "null_rate", "primary_key"})

#: A table or column name: 1-63 characters (bytes, checked after), no NUL, no surrounding spaces.
Name = Annotated[str, StringConstraints(min_length=1, max_length=63, pattern=r"^[^\s\x00]([^\x00]*[^\s\x00])?$")]
#: A table name, optionally schema-qualified (``auth.users``).
TableName = Annotated[str, StringConstraints(min_length=1, max_length=127, pattern=r"^[^\s\x00]([^\x00]*[^\s\x00])?$")]


def _check_name(name: str) -> str:
    if not name or len(name.encode()) > 63 or "\x00" in name or name != name.strip():
        raise ValueError(f"{name!r} is not a usable name (1-63 bytes, no surrounding spaces)")
    return name


class ColumnIn(BaseModel):
    """One column: ``{"type": "random_int", "min": 1, "max": 5, "nullable": true}``.

    A bare string is shorthand for ``{"type": ...}``. Keys other than the options are the
    type's arguments (for a Faker method: its keyword arguments).
    """

    model_config = ConfigDict(extra="allow", json_schema_extra={"additionalProperties": True})

    type: str = Field(min_length=1, max_length=100, description="A semantic type or a Faker method name.")
    unique: bool = Field(False, description="Values are distinct (a UNIQUE constraint).")
    nullable: bool = Field(False, description="NULL allowed (10% of rows unless null_rate says otherwise); "
                                              "on a foreign key it breaks a cycle: loaded NULL first, filled after.")
    null_rate: float | None = Field(None, ge=0.0, le=1.0, description="Share of NULL values; implies nullable.")
    primary_key: bool = Field(False, description="Part of the primary key (default: a column named id).")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"type": value} if isinstance(value, str) else value

    @property
    def args(self) -> dict[str, Any]:
        """The type's arguments: every key that is not an option."""
        return dict(self.model_extra or {})


class TableIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    count: int | None = Field(None, ge=0, le=MAX_ROWS_PER_TABLE, description="Rows of this table.")
    columns: dict[Name, ColumnIn] = Field(min_length=1)

    @field_validator("columns")
    @classmethod
    def _names(cls, value: dict[str, ColumnIn]) -> dict[str, ColumnIn]:
        for name in value:
            _check_name(name)
        return value


class SpecIn(BaseModel):
    """The whole spec. ``count`` is the default rows per table; ``seed`` makes it reproducible."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    count: int | None = Field(None, ge=0, le=MAX_ROWS_PER_TABLE, description="Default rows per table.")
    seed: int | None = Field(None, ge=0, le=2**63 - 1, description="Random seed (one is chosen when omitted).")
    locale: str = Field("en_US", min_length=2, max_length=20, description="Faker locale, e.g. de_DE.")
    tables: dict[TableName, TableIn] = Field(alias="schema", min_length=1, description="Tables by name.")

    @field_validator("tables")
    @classmethod
    def _names(cls, value: dict[str, TableIn]) -> dict[str, TableIn]:
        for name in value:
            schema, dot, table = name.rpartition(".")
            _check_name(table)
            if dot:
                _check_name(schema)
        return value


# --------------------------------------------------------------------------- argument models

class _Args(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IntArgs(_Args):
    min: int | None = Field(None, ge=-(2**63), le=2**63 - 1)
    max: int | None = Field(None, ge=-(2**63), le=2**63 - 1)


class RandomIntArgs(_Args):
    min: int = Field(0, ge=-(2**63), le=2**63 - 1)
    max: int = Field(9999, ge=-(2**63), le=2**63 - 1)
    step: int = Field(1, ge=1)


class FloatArgs(_Args):
    min: float | None = Field(None, allow_inf_nan=False)
    max: float | None = Field(None, allow_inf_nan=False)


class DecimalArgs(_Args):
    min: float | None = Field(None, allow_inf_nan=False)
    max: float | None = Field(None, allow_inf_nan=False)
    precision: int = Field(12, ge=1, le=38)
    scale: int = Field(2, ge=0, le=38)


class DateArgs(_Args):
    start: dt.date | None = None
    end: dt.date | None = None


class DateTimeArgs(_Args):
    start: dt.datetime | None = None
    end: dt.datetime | None = None


#: Longest literal a spec may hold (an element, a constant): a label, not a document. Every row
#: repeats it, so its length multiplies into the output (README "Security").
MAX_LITERAL_CHARS = 1_000
LiteralText = Annotated[str, StringConstraints(max_length=MAX_LITERAL_CHARS)]
Scalar = LiteralText | int | float | bool


class ElementArgs(_Args):
    elements: list[Scalar] | dict[LiteralText, float] = Field(
        min_length=1, max_length=10_000, description="Values to pick from, or {value: weight}.")


class ReferenceArgs(_Args):
    reference: str = Field(pattern=r"^[^.]+(\.[^.]+)?\.[^.]+$", max_length=200, description='"table.column"')


class PatternArgs(_Args):
    text: str = Field(min_length=1, max_length=200)
    letters: str = Field(string.ascii_letters, min_length=1, max_length=200)


class ConstantArgs(_Args):
    value: Scalar


# --------------------------------------------------------------------------- semantic types

@dataclass(frozen=True, slots=True, kw_only=True)
class Built:
    """What a semantic type makes of one column."""

    ctype: ColumnType
    checks: tuple[str, ...] = ()  # CHECK expressions (column already quoted)
    spec: ColumnSpec | None = None
    identity: bool = False  # GENERATED BY DEFAULT AS IDENTITY
    reference: str | None = None  # foreign_key: "table.column"


def _t(kind: TypeKind, sql_name: str, **kw: Any) -> ColumnType:
    return ColumnType(kind=kind, sql_name=sql_name, **kw)


TEXT = _t(TypeKind.TEXT, "text", base_name="text")
BIGINT = _t(TypeKind.INTEGER, "bigint", base_name="int8", bits=64)

#: Types whose values come from seedbed's realistic generators (``seedbed.generate.realistic``).
INTENT_TYPES: dict[str, str] = {
    "email": "internet.email", "safe_email": "internet.email", "free_email": "internet.email",
    "company_email": "internet.email",
    "name": "person.full_name", "full_name": "person.full_name", "first_name": "person.first_name",
    "last_name": "person.last_name", "user_name": "person.username", "username": "person.username",
    "prefix": "person.prefix", "suffix": "person.suffix",
    "phone_number": "phone.e164", "phone": "phone.e164",
    "address": "address.full", "street_address": "address.street", "street_name": "address.street_name",
    "building_number": "address.building_number", "secondary_address": "address.line2",
    "city": "address.city", "state": "address.region", "state_abbr": "address.region_code",
    "country": "address.country", "country_code": "address.country_code",
    "postcode": "address.postal_code", "zipcode": "address.postal_code", "postal_code": "address.postal_code",
    "company": "company.name", "job": "company.job_title", "job_title": "company.job_title",
    "url": "internet.url", "image_url": "internet.image_url", "domain_name": "internet.domain",
    "hostname": "internet.hostname", "ipv4": "internet.ipv4", "ipv6": "internet.ipv6",
    "mac_address": "internet.mac", "user_agent": "internet.user_agent", "slug": "internet.slug",
    "text": "text.description", "paragraph": "text.body", "sentence": "text.sentence",
    "title": "text.title", "word": "text.label", "currency_code": "money.currency",
    "iban": "money.iban", "swift": "money.bic", "credit_card_number": "money.card_number",
    "color_name": "commerce.color", "timezone": "locale.timezone", "language_code": "locale.language",
    "file_name": "file.name", "file_path": "file.path", "mime_type": "file.mime_type",
    "file_extension": "file.extension", "product_name": "commerce.product_name", "sku": "commerce.sku",
    "ean13": "commerce.ean13", "isbn13": "commerce.isbn",
}


def _lit(value: Any) -> str:
    return sql.Literal(value).as_string(None).strip()


def _range(col: str, low: Any, high: Any) -> tuple[str, ...]:
    parts = []
    if low is not None:
        parts.append(f"{col} >= {_lit(low)}")
    if high is not None:
        parts.append(f"{col} <= {_lit(high)}")
    return (" AND ".join(parts),) if parts else ()


def _ordered(low: Any, high: Any) -> None:
    if low is not None and high is not None and low > high:
        raise ValueError(f"min/start ({low}) is greater than max/end ({high})")


def _int(args: IntArgs, col: str) -> Built:
    _ordered(args.min, args.max)
    return Built(ctype=BIGINT, checks=_range(col, args.min, args.max))


def _random_int(args: RandomIntArgs, col: str) -> Built:
    _ordered(args.min, args.max)
    if args.step == 1:
        return Built(ctype=BIGINT, checks=_range(col, args.min, args.max))
    values = range(args.min, args.max + 1, args.step)
    if len(values) > 10_000:
        raise ValueError(f"step {args.step} leaves {len(values)} values; at most 10000 are supported with a step")
    return _elements(ElementArgs(elements=list(values)), col)


def _float(args: FloatArgs, col: str) -> Built:
    _ordered(args.min, args.max)
    return Built(ctype=_t(TypeKind.FLOAT, "double precision", base_name="float8", bits=64),
                 checks=_range(col, args.min, args.max))


def _decimal(args: DecimalArgs, col: str) -> Built:
    _ordered(args.min, args.max)
    if args.scale > args.precision:
        raise ValueError(f"scale {args.scale} is greater than precision {args.precision}")
    ctype = _t(TypeKind.NUMERIC, f"numeric({args.precision},{args.scale})", base_name="numeric",
               precision=args.precision, scale=args.scale)
    return Built(ctype=ctype, checks=_range(col, args.min, args.max))


def _date(args: DateArgs, col: str) -> Built:
    _ordered(args.start, args.end)
    return Built(ctype=_t(TypeKind.DATE, "date", base_name="date"), checks=_range(col, args.start, args.end))


def _datetime(args: DateTimeArgs, col: str) -> Built:
    def utc(value: dt.datetime | None) -> dt.datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=dt.UTC)

    start, end = utc(args.start), utc(args.end)
    _ordered(start, end)
    return Built(ctype=_t(TypeKind.TIMESTAMPTZ, "timestamp with time zone", base_name="timestamptz"),
                 checks=_range(col, start, end))


def _elements(args: ElementArgs, col: str) -> Built:
    weights: dict[Any, float] | None = None
    if isinstance(args.elements, dict):
        weights = dict(args.elements)
        if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
            raise ValueError("weights must be 0 or more and not all 0")
        values: list[Any] = list(weights)
    else:
        values = list(dict.fromkeys(args.elements))
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        ctype = _t(TypeKind.BOOL, "boolean", base_name="bool")
    elif kinds == {int} and all(-(2**63) <= v < 2**63 for v in values):
        ctype = BIGINT
    elif kinds <= {int, float}:
        ctype = _t(TypeKind.FLOAT, "double precision", base_name="float8", bits=64)
    elif kinds == {str}:
        ctype = TEXT
    else:
        raise ValueError("elements must all be of one kind: strings, integers, numbers or booleans")
    listed = ", ".join(_lit(v) for v in values)
    spec = ColumnSpec(weights=weights) if weights else None
    return Built(ctype=ctype, checks=(f"{col} IN ({listed})",), spec=spec)


_REGEX_SPECIAL = set(r"\^$.|?*+()[]{}")


_NAMED_CLASSES = {string.ascii_letters: "[A-Za-z]", string.ascii_lowercase: "[a-z]",
                  string.ascii_uppercase: "[A-Z]"}


def _class(chars: str) -> str:
    if chars in _NAMED_CLASSES:
        return _NAMED_CLASSES[chars]
    out = "".join("\\" + c if c in "\\]^-[" else c for c in dict.fromkeys(chars))
    return f"[{out}]"


def pattern_regex(text: str, *, letters: str = string.ascii_letters, digits: str = "#%!@",
                  letter_mark: str = "?", hex_mark: str = "") -> str:
    """Faker's placeholder text (``???-####``) as an anchored POSIX regex."""
    out = ["^"]
    for ch in text:
        if ch in digits and ch == "#":
            out.append("[0-9]")
        elif ch in digits and ch == "%":
            out.append("[1-9]")
        elif ch in digits and ch == "!":
            out.append("[0-9]?")
        elif ch in digits and ch == "@":
            out.append("[1-9]?")
        elif ch == letter_mark:
            out.append(_class(letters))
        elif hex_mark and ch == hex_mark:
            out.append("[0-9a-f]")
        elif ch in _REGEX_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    out.append("$")
    return "".join(out)


def _pattern_built(col: str, regex: str) -> Built:
    return Built(ctype=TEXT, checks=(f"{col} ~ {_lit(regex)}",))


def _bothify(args: PatternArgs, col: str) -> Built:
    return _pattern_built(col, pattern_regex(args.text, letters=args.letters))


def _numerify(args: PatternArgs, col: str) -> Built:
    return _pattern_built(col, pattern_regex(args.text, letter_mark=""))


def _lexify(args: PatternArgs, col: str) -> Built:
    return _pattern_built(col, pattern_regex(args.text, letters=args.letters, digits=""))


def _hexify(args: PatternArgs, col: str) -> Built:
    return _pattern_built(col, pattern_regex(args.text, digits="", letter_mark="", hex_mark="^"))


def _constant(args: ConstantArgs, col: str) -> Built:
    return _elements(ElementArgs(elements=[args.value]), col)


def _reference(args: ReferenceArgs, col: str) -> Built:
    return Built(ctype=TEXT, reference=args.reference)


def _plain(ctype: ColumnType, **kw: Any) -> Callable[[_Args, str], Built]:
    return lambda args, col: Built(ctype=ctype, **kw)


class _NoArgs(_Args):
    pass


@dataclass(frozen=True, slots=True)
class Semantic:
    args: type[_Args]
    build: Callable[[Any, str], Built]
    doc: str = ""


SEMANTIC_TYPES: dict[str, Semantic] = {
    "uuid": Semantic(_NoArgs, _plain(_t(TypeKind.UUID, "uuid", base_name="uuid")), "a UUID (unique by construction)"),
    "int": Semantic(IntArgs, _int, "a bigint, optionally within min..max"),
    "integer": Semantic(IntArgs, _int, "same as int"),
    "random_int": Semantic(RandomIntArgs, _random_int, "a bigint in min..max (default 0..9999), optional step"),
    "serial": Semantic(_NoArgs, _plain(BIGINT, identity=True), "bigint identity: 1, 2, 3, ..."),
    "float": Semantic(FloatArgs, _float, "a double precision number, optionally within min..max"),
    "decimal": Semantic(DecimalArgs, _decimal, "numeric(precision, scale), optionally within min..max"),
    "bool": Semantic(_NoArgs, _plain(_t(TypeKind.BOOL, "boolean", base_name="bool")), "true or false"),
    "boolean": Semantic(_NoArgs, _plain(_t(TypeKind.BOOL, "boolean", base_name="bool")), "same as bool"),
    "date": Semantic(DateArgs, _date, "a date, optionally within start..end (ISO dates)"),
    "datetime": Semantic(DateTimeArgs, _datetime, "a timestamptz, optionally within start..end"),
    "time": Semantic(_NoArgs, _plain(_t(TypeKind.TIME, "time without time zone", base_name="time")), "a time of day"),
    "json": Semantic(_NoArgs, _plain(_t(TypeKind.JSONB, "jsonb", base_name="jsonb")), "a small JSON document"),
    "random_element": Semantic(ElementArgs, _elements, "one of elements (a list, or {value: weight})"),
    "constant": Semantic(ConstantArgs, _constant, "always value"),
    "foreign_key": Semantic(ReferenceArgs, _reference, 'a key of another table\'s row: reference "table.column"'),
    "bothify": Semantic(PatternArgs, _bothify, "text from a pattern: ? a letter, # a digit"),
    "numerify": Semantic(PatternArgs, _numerify, "text from a pattern: # a digit, % a non-zero digit"),
    "lexify": Semantic(PatternArgs, _lexify, "text from a pattern: ? a letter"),
    "hexify": Semantic(PatternArgs, _hexify, "text from a pattern: ^ a hex digit"),
}


def build_semantic(type_name: str, args: dict[str, Any], quoted_column: str) -> Built:
    """The model column of a semantic type (not an intent type, not Faker).

    Raises:
        ValidationError: the arguments do not fit the type's argument model.
        ValueError: the arguments contradict each other (min > max, mixed elements).
    """
    sem = SEMANTIC_TYPES[type_name]
    parsed = sem.args.model_validate(args)
    return sem.build(parsed, quoted_column)


def argument_names(type_name: str) -> list[str]:
    return list(SEMANTIC_TYPES[type_name].args.model_fields)

