"""Introspect a live PostgreSQL database into the frozen :class:`~seedbed.model.Schema`.

Seven set-based catalog queries (``catalog.py``) cover the whole database, whatever its size;
this module turns their rows into the model. Everything is read with an empty ``search_path``
so that type names, defaults and constraint expressions come back schema-qualified
(``public.order_status``, ``nextval('public.users_id_seq'::regclass)``) and mean the same thing
wherever they are evaluated later.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import psycopg
from pglast import parse_sql
from pglast.ast import ColumnRef, Node, String
from pglast.visitors import Visitor

from seedbed.errors import DatabaseError
from seedbed.engines.postgres import catalog
from seedbed.engines.postgres.catalog import ColumnRow, ConstraintRow, IndexRow, TypeRow
from seedbed.engines.postgres.functions import with_inlined_checks
from seedbed.model.schema import (
    Check,
    Column,
    ColumnType,
    DomainType,
    Exclusion,
    ExclusionElement,
    ForeignKey,
    Identity,
    Partition,
    QualifiedName,
    Schema,
    Table,
    Trigger,
    TypeKind,
    UniqueKey,
)

__all__ = ["introspect"]

VARHDRSZ = 4

# pg_catalog base types by typname: (kind, bits).
_BUILTIN: dict[str, tuple[TypeKind, int | None]] = {
    "int2": (TypeKind.INTEGER, 16), "int4": (TypeKind.INTEGER, 32), "int8": (TypeKind.INTEGER, 64),
    "numeric": (TypeKind.NUMERIC, None),
    "float4": (TypeKind.FLOAT, 32), "float8": (TypeKind.FLOAT, 64),
    "money": (TypeKind.MONEY, None),
    "text": (TypeKind.TEXT, None), "varchar": (TypeKind.TEXT, None),
    "bpchar": (TypeKind.TEXT, None), "name": (TypeKind.TEXT, None),
    "char": (TypeKind.CHAR, None),
    "bool": (TypeKind.BOOL, None), "uuid": (TypeKind.UUID, None), "bytea": (TypeKind.BYTEA, None),
    "date": (TypeKind.DATE, None), "time": (TypeKind.TIME, None), "timetz": (TypeKind.TIMETZ, None),
    "timestamp": (TypeKind.TIMESTAMP, None), "timestamptz": (TypeKind.TIMESTAMPTZ, None),
    "interval": (TypeKind.INTERVAL, None),
    "json": (TypeKind.JSON, None), "jsonb": (TypeKind.JSONB, None),
    "inet": (TypeKind.INET, None), "cidr": (TypeKind.CIDR, None),
    "macaddr": (TypeKind.MACADDR, None), "macaddr8": (TypeKind.MACADDR8, None),
    "bit": (TypeKind.BIT, None), "varbit": (TypeKind.VARBIT, None),
    "tsvector": (TypeKind.TSVECTOR, None), "tsquery": (TypeKind.TSQUERY, None),
    "point": (TypeKind.POINT, None), "line": (TypeKind.LINE, None), "lseg": (TypeKind.LSEG, None),
    "box": (TypeKind.BOX, None), "path": (TypeKind.PATH, None),
    "polygon": (TypeKind.POLYGON, None), "circle": (TypeKind.CIRCLE, None),
    "xml": (TypeKind.XML, None),
    "oid": (TypeKind.OID, None), "regclass": (TypeKind.OID, None), "regproc": (TypeKind.OID, None),
    "regprocedure": (TypeKind.OID, None), "regoper": (TypeKind.OID, None),
    "regoperator": (TypeKind.OID, None), "regtype": (TypeKind.OID, None),
    "regconfig": (TypeKind.OID, None), "regdictionary": (TypeKind.OID, None),
    "regnamespace": (TypeKind.OID, None), "regrole": (TypeKind.OID, None),
    "regcollation": (TypeKind.OID, None),
}
# Extension types recognised by name, whatever schema the extension was installed in.
_EXTENSION: dict[str, TypeKind] = {"citext": TypeKind.TEXT, "hstore": TypeKind.HSTORE}

_IDENTITY = {"a": Identity.ALWAYS, "d": Identity.BY_DEFAULT}
_ON_DELETE = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}


def introspect(conn: psycopg.Connection[Any], *, schemas: Sequence[str] | None = None) -> Schema:
    """Read every user table (or the tables of ``schemas``) of the connected database.

    ``schemas=None`` means every user schema: system schemas and objects owned by extensions are
    left out. Leaf partitions are not tables of their own: they hang off their top-level
    partitioned parent as ``Table.partitions``. Works on an autocommit connection or inside the
    caller's transaction (a savepoint then); nothing is written.
    """
    version = conn.info.server_version
    if version < catalog.MIN_SERVER_VERSION:
        raise DatabaseError(
            f"PostgreSQL {version // 10000} is too old to introspect",
            hint="seedbed needs PostgreSQL 12 or later")
    if isinstance(schemas, str):
        schemas = [schemas]
    with conn.transaction():
        # On error the (sub)transaction rolls back and takes the settings with it.
        saved = _set_local(conn, _SETTINGS)
        tables = _read(conn, schemas, version)
        _set_local(conn, saved)
    return Schema(tables=tables, source=conn.info.dsn, server_version=version)


# Qualified names in every deparsed expression; date/time literals (partition bounds, defaults,
# CHECKs) printed the same whatever the caller's session uses; no JIT (it costs ~25 ms per
# catalog query whose estimate crosses jit_above_cost, and gains nothing on catalogs).
_SETTINGS = {"search_path": "", "TimeZone": "UTC", "DateStyle": "ISO", "IntervalStyle": "postgres",
             "jit": "off"}


def _set_local(conn: psycopg.Connection[Any], settings: dict[str, str]) -> dict[str, str]:
    """Set ``settings`` for the current transaction; return the values they replace."""
    names = list(settings)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT s.name, current_setting(s.name), set_config(s.name, s.value, true)"
            " FROM unnest(%s::text[], %s::text[]) AS s(name, value)",
            (names, [settings[n] for n in names]))
        return {name: old for name, old, _ in cur.fetchall()}


def _read(conn: psycopg.Connection[Any], schemas: Sequence[str] | None,
          version: int) -> tuple[Table, ...]:
    table_rows = catalog.fetch_tables(conn, schemas)
    if not table_rows:
        return ()
    oids = [t["oid"] for t in table_rows]
    roots = [t["oid"] for t in table_rows if t["relkind"] == "p"]

    partitions: dict[int, list[Partition]] = defaultdict(list)
    for p in catalog.fetch_partitions(conn, roots):
        partitions[p["root"]].append(Partition(
            name=QualifiedName(schema=p["schema"], name=p["name"]),
            bound=p["bound"],
            constraint=p["constraint"],
            is_default=p["is_default"],
        ))

    types = _TypeBuilder(catalog.fetch_types(conn, oids))
    columns: dict[int, list[Column]] = defaultdict(list)
    for c in catalog.fetch_columns(conn, oids):
        columns[c["relid"]].append(_column(c, types))

    keys: dict[int, _Keys] = defaultdict(_Keys)
    for con in catalog.fetch_constraints(conn, oids, roots, version):
        keys[con["relid"]].add_constraint(con)
    for ix in catalog.fetch_unique_indexes(conn, oids, version):
        keys[ix["relid"]].uniques.append(_unique_index(ix))

    triggers: dict[int, list[str]] = defaultdict(list)
    on_insert: dict[int, list[Trigger]] = defaultdict(list)
    for tg in catalog.fetch_triggers(conn, oids):
        triggers[tg["relid"]].append(tg["name"])
        kind = tg["tgtype"]  # pg_trigger.h: 1 ROW, 2 BEFORE, 4 INSERT, 64 INSTEAD
        if kind & 4 and tg["enabled"] in ("O", "A"):  # fires in a normal session
            on_insert[tg["relid"]].append(Trigger(
                name=tg["name"], function=tg["function"], row_level=bool(kind & 1),
                timing="INSTEAD OF" if kind & 64 else "BEFORE" if kind & 2 else "AFTER",
                constraint=tg["is_constraint"], source=tg["source"]))

    out = []
    for t in table_rows:
        k = keys[t["oid"]]
        out.append(Table(
            name=QualifiedName(schema=t["schema"], name=t["name"]),
            columns=tuple(columns[t["oid"]]),
            primary_key=k.primary,
            uniques=tuple(k.uniques),
            foreign_keys=tuple(k.foreign_keys),
            checks=tuple(k.checks),
            exclusions=tuple(k.exclusions),
            comment=t["comment"],
            partition_key=t["partition_key"],
            partitions=tuple(partitions[t["oid"]]),
            triggers=tuple(triggers[t["oid"]]),
            insert_triggers=tuple(on_insert[t["oid"]]),
            row_security=t["row_security"],
            inherits=tuple(QualifiedName(schema=a, name=b) for a, b in (t["inherits"] or ())),
        ))
    out.sort(key=lambda tb: tb.name.parts)
    return with_inlined_checks(conn, tuple(out))


def _column(c: ColumnRow, types: _TypeBuilder) -> Column:
    ctype = types.build(c["typid"], c["typmod"], c["ndims"], c["sql_name"])
    sequence = (QualifiedName(schema=c["seq_schema"], name=c["seq_name"])
                if c["seq_schema"] is not None and c["seq_name"] is not None else None)
    return Column(
        name=c["name"],
        type=ctype,
        # A NOT NULL domain refuses NULL as surely as attnotnull does.
        nullable=not (c["not_null"] or (ctype.domain is not None and ctype.domain.not_null)),
        default=c["default"],
        identity=_IDENTITY.get(c["identity"], Identity.NONE),
        generated=bool(c["generated"]),
        sequence=sequence,
        comment=c["comment"],
    )


class _TypeBuilder:
    """Turns pg_type rows into ``ColumnType``s: domains unwrapped, arrays folded into dims."""

    def __init__(self, rows: list[TypeRow]) -> None:
        self._types = {r["oid"]: r for r in rows}
        self._cache: dict[tuple[int, int, int, str], ColumnType] = {}

    def build(self, typid: int, typmod: int, ndims: int, sql_name: str) -> ColumnType:
        key = (typid, typmod, ndims, sql_name)
        built = self._cache.get(key)
        if built is None:
            built = self._cache[key] = self._build(typid, typmod, ndims, sql_name)
        return built

    def _build(self, typid: int, typmod: int, ndims: int, sql_name: str) -> ColumnType:
        t = self._types[typid]
        domains: list[TypeRow] = []
        dims = 0
        while True:
            while t["typtype"] == "d":  # a domain, maybe over another domain
                domains.append(t)
                if typmod < 0:
                    typmod = t["typmod"]
                ndims = max(ndims, t["ndims"])
                t = self._types[t["base"]]
            if dims == 0 and t["elem"] != 0 and t["typlen"] == -1:  # a true array type
                dims = max(ndims, 1)
                t = self._types[t["elem"]]
                continue  # an array of a domain: unwrap the element's domain too
            break
        domain = None
        if domains:
            domain = DomainType(
                name=QualifiedName(schema=domains[0]["schema"], name=domains[0]["name"]),
                not_null=any(d["not_null"] for d in domains),
                checks=tuple(Check(name=n, expression=check_body(defn))
                             for d in domains
                             for n, defn in zip(d["check_names"], d["check_defs"], strict=True)),
            )
        return self._scalar(t, typmod, sql_name, dims, domain)

    def _scalar(self, t: TypeRow, typmod: int, sql_name: str, dims: int,
                domain: DomainType | None) -> ColumnType:
        name = t["name"]
        attrs: dict[str, Any] = {}
        if t["typtype"] == "e":
            kind = TypeKind.ENUM
            attrs["enum_labels"] = tuple(t["enum_labels"])
        elif t["typtype"] in ("r", "m"):
            kind = TypeKind.RANGE if t["typtype"] == "r" else TypeKind.MULTIRANGE
            sub = t["range_subtype"]
            if sub is not None and sub in self._types:
                attrs["range_subtype"] = self.build(sub, -1, 0, self._types[sub]["formatted"])
        elif name in _EXTENSION:
            kind = _EXTENSION[name]
            attrs["case_insensitive"] = name == "citext"
        elif t["schema"] == "pg_catalog" and name in _BUILTIN:
            kind, bits = _BUILTIN[name]
            attrs["bits"] = bits
            attrs.update(_typmod_attrs(name, typmod))
        else:
            kind = TypeKind.OTHER
        return ColumnType(kind=kind, sql_name=sql_name, base_name=name, array_dims=dims,
                          domain=domain, **attrs)


def _typmod_attrs(typname: str, typmod: int) -> dict[str, Any]:
    """Decode ``atttypmod`` the way ``format_type`` does."""
    if typname in ("varchar", "bpchar"):
        return {"length": typmod - VARHDRSZ if typmod >= VARHDRSZ else None,
                "fixed_length": typname == "bpchar"}
    if typname == "name":
        return {"length": 63}
    if typname in ("bit", "varbit"):
        return {"length": typmod if typmod >= 0 else None, "fixed_length": typname == "bit"}
    if typname == "numeric" and typmod >= VARHDRSZ:
        tm = typmod - VARHDRSZ
        return {"precision": (tm >> 16) & 0xFFFF, "scale": ((tm & 0x7FF) ^ 1024) - 1024}
    if typname in ("time", "timetz", "timestamp", "timestamptz") and typmod >= 0:
        return {"precision": typmod}
    if typname == "interval" and typmod >= 0 and (typmod & 0xFFFF) != 0xFFFF:
        return {"precision": typmod & 0xFFFF}
    return {}


def check_body(definition: str) -> str:
    """``CHECK ((a > 0)) NO INHERIT NOT VALID`` -> ``(a > 0)``: the text inside ``CHECK (...)``."""
    text = definition.strip()
    for suffix in (" NOT VALID", " NO INHERIT"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    if text.startswith("CHECK (") and text.endswith(")"):
        text = text[len("CHECK ("):-1]
    return text


class _Keys:
    """The keys and constraints of one table, gathered from constraint and index rows."""

    __slots__ = ("primary", "uniques", "foreign_keys", "checks", "exclusions")

    def __init__(self) -> None:
        self.primary: UniqueKey | None = None
        self.uniques: list[UniqueKey] = []
        self.foreign_keys: list[ForeignKey] = []
        self.checks: list[Check] = []
        self.exclusions: list[Exclusion] = []

    def add_constraint(self, con: ConstraintRow) -> None:
        kind, name, cols = con["contype"], con["name"], tuple(con["columns"])
        if kind in ("p", "u"):
            key = UniqueKey(name=name, columns=cols, primary=kind == "p",
                            nulls_not_distinct=con["nulls_not_distinct"])
            if kind == "p":
                self.primary = key
            else:
                self.uniques.append(key)
        elif kind == "f":
            self.add_foreign_key(con)
        elif kind == "c":
            self.checks.append(Check(name=name, expression=check_body(con["definition"] or ""),
                                     columns=cols))
        elif kind == "x":
            self.exclusions.append(Exclusion(
                name=name, definition=con["definition"] or "", columns=cols,
                elements=_exclusion_elements(con["exclusion_elements"] or [], con["exclusion_ops"] or []),
                predicate=con["exclusion_predicate"]))

    def add_foreign_key(self, con: ConstraintRow) -> None:
        """An FK of the table, or one declared on some of its partitions only.

        Rows arrive (table's own first), so a partition FK that repeats one of the table's is
        dropped, and the same FK declared on several partitions becomes one FK naming them all.
        """
        assert con["ref_schema"] is not None and con["ref_name"] is not None
        fk = ForeignKey(
            name=con["name"], columns=tuple(con["columns"]),
            ref_table=QualifiedName(schema=con["ref_schema"], name=con["ref_name"]),
            ref_columns=tuple(con["ref_columns"]),
            deferrable=con["deferrable"], initially_deferred=con["deferred"],
            match_full=con["match_type"] == "f",
            on_delete=_ON_DELETE.get(con["on_delete"], "NO ACTION"),
            validated=con["validated"],
        )
        if con["partition_schema"] is None or con["partition_name"] is None:
            self.foreign_keys.append(fk)
            return
        part = QualifiedName(schema=con["partition_schema"], name=con["partition_name"])
        same = _fk_semantics(fk)
        for i, other in enumerate(self.foreign_keys):
            if _fk_semantics(other) == same:
                if other.on_partitions and part not in other.on_partitions:
                    self.foreign_keys[i] = replace(other, on_partitions=other.on_partitions + (part,))
                return
        self.foreign_keys.append(replace(fk, on_partitions=(part,)))


def _fk_semantics(fk: ForeignKey) -> tuple[Any, ...]:
    """What an FK asks of a row, without its name or where it is declared."""
    return (fk.columns, fk.ref_table, fk.ref_columns, fk.deferrable, fk.initially_deferred,
            fk.match_full, fk.on_delete, fk.validated)


def _exclusion_elements(elements: list[str], operators: list[str]) -> tuple[ExclusionElement, ...]:
    """``expression WITH operator`` pairs; a plain column is recognised by parsing the element."""
    out = []
    for text, op in zip(elements, operators, strict=True):
        op = op.removeprefix("pg_catalog.")
        try:
            node = parse_sql(f"SELECT {text}")[0].stmt.targetList[0].val
        except Exception:  # noqa: BLE001 - pglast raises several error types; kept as an expression
            node = None
        column = None
        if isinstance(node, ColumnRef) and len(node.fields) == 1 and isinstance(node.fields[0], String):
            column = node.fields[0].sval
        out.append(ExclusionElement(expression=text, operator=op, column=column))
    return tuple(out)


def _unique_index(ix: IndexRow) -> UniqueKey:
    columns: list[str] = []
    for attnum, key_def in zip(ix["keys"], ix["key_defs"], strict=True):
        names = [key_def] if attnum != 0 else _columns_read(key_def)
        for n in names:
            if n not in columns:
                columns.append(n)
    return UniqueKey(
        name=ix["name"],
        columns=tuple(columns),
        is_constraint=False,
        predicate=ix["predicate"],
        expressions=ix["definition"],
        nulls_not_distinct=ix["nulls_not_distinct"],
    )


class _ColumnRefs(Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def visit_ColumnRef(self, ancestors: Any, node: ColumnRef) -> None:  # noqa: N802
        last = node.fields[-1] if node.fields else None
        if isinstance(last, String) and last.sval not in self.names:
            self.names.append(last.sval)


def _columns_read(expression: str) -> list[str]:
    """The column names an index expression reads, in order of appearance."""
    visitor = _ColumnRefs()
    stmt: Node = parse_sql(f"SELECT {expression}")[0]
    visitor(stmt)
    return visitor.names
