"""The frozen schema model every source (live database, DDL file, JSON spec) produces.

No I/O and no randomness here: introspection fills these dataclasses, the planner and the
generators read them. Catalog rows never leave ``seedbed.introspect``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class QualifiedName:
    """A schema-qualified relation name, kept unquoted (quoting happens only in ``psycopg.sql``)."""

    schema: str
    name: str

    def __str__(self) -> str:
        return self.name if self.schema == "public" else f"{self.schema}.{self.name}"

    @property
    def parts(self) -> tuple[str, str]:
        return (self.schema, self.name)


class TypeKind(StrEnum):
    """What kind of value a column holds; one generator family per kind."""

    INTEGER = "integer"  # int2/int4/int8 (bits says which)
    NUMERIC = "numeric"
    FLOAT = "float"  # float4/float8
    MONEY = "money"
    TEXT = "text"  # text, varchar(n), char(n), citext, name
    CHAR = "char"  # the one-byte "char" type
    BOOL = "bool"
    UUID = "uuid"
    BYTEA = "bytea"
    DATE = "date"
    TIME = "time"
    TIMETZ = "timetz"
    TIMESTAMP = "timestamp"
    TIMESTAMPTZ = "timestamptz"
    INTERVAL = "interval"
    JSON = "json"
    JSONB = "jsonb"
    ENUM = "enum"
    INET = "inet"
    CIDR = "cidr"
    MACADDR = "macaddr"
    MACADDR8 = "macaddr8"
    BIT = "bit"  # bit(n)
    VARBIT = "varbit"
    TSVECTOR = "tsvector"
    TSQUERY = "tsquery"
    RANGE = "range"  # int4range, tstzrange, ... (range_subtype says of what)
    MULTIRANGE = "multirange"
    POINT = "point"
    LINE = "line"
    LSEG = "lseg"
    BOX = "box"
    PATH = "path"
    POLYGON = "polygon"
    CIRCLE = "circle"
    HSTORE = "hstore"
    XML = "xml"
    OID = "oid"  # oid, regclass, ... (rarely written)
    OTHER = "other"  # anything else: generated as NULL when nullable, else refused


class Identity(StrEnum):
    NONE = ""
    ALWAYS = "always"
    BY_DEFAULT = "by_default"


@dataclass(frozen=True, slots=True, kw_only=True)
class DomainType:
    """A PostgreSQL DOMAIN wrapped around ``ColumnType.base``.

    ``checks`` are the domain's CHECK expressions as deparsed by ``pg_get_constraintdef``
    with the outer ``CHECK (...)`` removed; they refer to the value as ``VALUE``.
    """

    name: QualifiedName
    not_null: bool = False
    checks: tuple[Check, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnType:
    """A column's type, with domains unwrapped (``domain`` keeps what the domain adds)."""

    kind: TypeKind
    sql_name: str  # format_type() of the column, e.g. 'numeric(10,2)', 'public.order_status'
    base_name: str = ""  # pg_type.typname of the base (or element) type, e.g. 'int8', 'varchar'
    bits: int | None = None  # integers: 16/32/64; floats: 32/64
    length: int | None = None  # varchar(n), char(n), bit(n), varbit(n)
    fixed_length: bool = False  # char(n), bit(n)
    precision: int | None = None  # numeric(p, s), time/timestamp(p)
    scale: int | None = None
    enum_labels: tuple[str, ...] = ()
    array_dims: int = 0  # 0 for a scalar; the element type is this type with array_dims=0
    range_subtype: ColumnType | None = None
    domain: DomainType | None = None
    case_insensitive: bool = False  # citext

    @property
    def is_array(self) -> bool:
        return self.array_dims > 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Column:
    name: str
    type: ColumnType
    nullable: bool = True
    default: str | None = None  # pg_get_expr of the default, if any
    identity: Identity = Identity.NONE
    generated: bool = False  # GENERATED ALWAYS AS (...) STORED: never written
    sequence: QualifiedName | None = None  # owned sequence (serial / identity), advanced after a seed
    comment: str | None = None

    @property
    def writable(self) -> bool:
        return not self.generated


@dataclass(frozen=True, slots=True, kw_only=True)
class Check:
    """A CHECK constraint; ``expression`` is the text inside ``CHECK (...)`` as Postgres deparses it."""

    name: str
    expression: str
    columns: tuple[str, ...] = ()  # columns the expression reads (empty for a domain check)
    # The expression with calls of the schema's one-expression SQL functions replaced by their bodies
    # (``seedbed.solve.inline``): what the folder reads; the database still runs ``expression``.
    inlined: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class UniqueKey:
    """A primary key, UNIQUE constraint or unique index.

    ``columns`` are the plain columns involved; for an expression index they are the columns
    the expressions read and ``expressions`` holds the index definition (uniqueness of the plain
    columns is then sufficient, not necessary). ``predicate`` is set for a partial index.
    """

    name: str
    columns: tuple[str, ...]
    primary: bool = False
    is_constraint: bool = True  # False for a bare CREATE UNIQUE INDEX
    predicate: str | None = None
    expressions: str | None = None
    nulls_not_distinct: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    ref_table: QualifiedName
    ref_columns: tuple[str, ...]
    deferrable: bool = False
    initially_deferred: bool = False
    match_full: bool = False
    on_delete: str = "NO ACTION"
    validated: bool = True
    # Declared on these partitions of the table (at any level) rather than on the table itself,
    # e.g. pagila's payment_p2022_01..06: rows routed to other partitions need not satisfy it.
    # Empty for an FK declared on the table (the usual case).
    on_partitions: tuple[QualifiedName, ...] = ()
    # A declared reference (seedbed.toml ``[references]``): a contract the database does not
    # enforce (no constraint; across databases in a workspace). Loaded in FK order and verified
    # like the others, but nothing to drop, defer or disable for it.
    declared: bool = False
    # Declared references only: the share of child rows asked to point at no parent row.
    orphans: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ExclusionElement:
    """One ``expression WITH operator`` of an exclusion constraint.

    ``expression`` is a column name or an expression as ``pg_get_indexdef`` prints it
    (``daterange(valid_from, valid_to)``); ``column`` is set when it is a plain column.
    ``operator`` is the operator's name, schema-qualified unless it lives in ``pg_catalog``
    (``=``, ``&&``, ``public.===``).
    """

    expression: str
    operator: str
    column: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Exclusion:
    """An exclusion constraint: no two rows for which every element's operator is true.

    ``elements`` is empty when only the definition could be read (e.g. a JSON spec); then
    nothing is known of its form.
    """

    name: str
    definition: str  # pg_get_constraintdef, e.g. 'EXCLUDE USING gist (room WITH =, during WITH &&)'
    columns: tuple[str, ...] = ()
    elements: tuple[ExclusionElement, ...] = ()
    predicate: str | None = None  # pg_get_expr of the index predicate (EXCLUDE ... WHERE (...))


@dataclass(frozen=True, slots=True, kw_only=True)
class Partition:
    """A leaf partition of a partitioned table (hidden from the table list, kept for its bounds)."""

    name: QualifiedName
    bound: str  # pg_get_expr(relpartbound), e.g. "FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"
    constraint: str | None  # pg_get_partition_constraintdef(leaf) (a DEFAULT partition has one too: NOT (others))
    is_default: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """An enabled user trigger that fires on INSERT: it may reject generated rows, and the
    database is then the oracle (issue 16). Kept apart from ``Table.triggers`` (every name)."""

    name: str
    function: str  # the trigger function, schema-qualified
    timing: str  # 'BEFORE', 'AFTER' or 'INSTEAD OF'
    row_level: bool = True
    constraint: bool = False  # CREATE CONSTRAINT TRIGGER (checked at the end of the statement or commit)
    source: str | None = None  # the function's definition when it is PL/pgSQL (``seedbed.solve.plpgsql`` reads it)


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    name: QualifiedName
    columns: tuple[Column, ...]
    primary_key: UniqueKey | None = None
    uniques: tuple[UniqueKey, ...] = ()  # UNIQUE constraints and unique indexes, PK excluded
    foreign_keys: tuple[ForeignKey, ...] = ()
    checks: tuple[Check, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    comment: str | None = None
    partition_key: str | None = None  # pg_get_partkeydef for a partitioned table
    partitions: tuple[Partition, ...] = ()
    triggers: tuple[str, ...] = ()  # user trigger names (they stay enabled)
    insert_triggers: tuple[Trigger, ...] = ()  # the enabled ones that fire on INSERT
    row_security: bool = False
    # INHERITS parents (old-style inheritance, not declarative partitions), in declaration order.
    inherits: tuple[QualifiedName, ...] = ()

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    @property
    def unique_keys(self) -> tuple[UniqueKey, ...]:
        """The primary key first, then every other unique key."""
        return ((self.primary_key,) if self.primary_key else ()) + self.uniques


@dataclass(frozen=True, slots=True, kw_only=True)
class Schema:
    tables: tuple[Table, ...]
    source: str = ""  # where it came from: a redacted DSN, a file name, 'spec'
    server_version: int = 0
    _index: dict[QualifiedName, Table] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({t.name: t for t in self.tables})

    def table(self, name: QualifiedName) -> Table:
        return self._index[name]

    def has(self, name: QualifiedName) -> bool:
        return name in self._index
