"""``--bulk``: load into bare tables, then rebuild every index and constraint as it was.

Inside the caller's transaction, for the seeded tables:

1. refuse what cannot work (a table the role does not own; a lock another session holds);
2. record the catalog: every secondary index (``pg_get_indexdef``), every PRIMARY KEY / UNIQUE /
   EXCLUDE / CHECK / FOREIGN KEY constraint (``pg_get_constraintdef``, validated and deferrable
   flags, comments), user triggers, NOT NULL;
3. drop the indexes and constraints that can be put back exactly; keep the rest in place
   (see :func:`BulkLoad.prepare`);
4. the caller COPYs into the bare tables;
5. re-create them the way pg_restore does: keys, UNIQUEs, CHECKs and plain indexes per table (one
   ``ALTER TABLE`` per table, so its CHECKs are validated in one scan), then the foreign keys, one
   ``ALTER TABLE`` per table, each validated by one set-based anti-join;
6. read the catalog again and compare: same names, same definitions, same flags. Any difference,
   or any failure on the way, raises and the caller rolls the transaction back: nothing changed.

Kept in place (correct, only not faster): everything on partitioned tables, partitions and tables
in an inheritance tree; an index or key that something outside the drop set depends on (an FK
from a table outside the seed, a view's functional dependency); indexes in a non-default
tablespace, clustered, replica-identity, invalid, or with per-column statistics targets; FKs to
a parent the role may not reference. Triggers are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import psycopg
from psycopg import sql

from seedbed.errors import DatabaseError, LoadError
from seedbed.model import QualifiedName

#: Seconds to wait for a lock another session holds before refusing.
LOCK_TIMEOUT_S = 10
#: Error codes (exit 3): bulk mode refused before anything changed / the rebuild did not match.
REFUSED = "SB320"
MISMATCH = "SB321"


class BulkRefused(DatabaseError):
    code = REFUSED


@dataclass(slots=True)
class _Item:
    """One droppable object: a constraint (with its index, for keys) or a plain index."""

    table: QualifiedName
    name: str
    kind: str  # p u x c f (pg_constraint.contype) or "i" (a plain index)
    definition: str  # pg_get_constraintdef / pg_get_indexdef
    con_oid: int | None = None
    index_oid: int | None = None
    comment: str | None = None
    index_comment: str | None = None
    parent: QualifiedName | None = None  # FK: the referenced table
    keep: str | None = None  # why it stays in place
    rebuilt: bool = False

    @property
    def oids(self) -> list[tuple[str, int]]:
        out = []
        if self.con_oid is not None:
            out.append(("pg_constraint", self.con_oid))
        if self.index_oid is not None:
            out.append(("pg_class", self.index_oid))
        return out


@dataclass(slots=True)
class BulkLoad:
    """Drop, then re-create and verify, the indexes and constraints of ``tables`` (see the module)."""

    conn: psycopg.Connection
    tables: Sequence[QualifiedName]
    lock_timeout_s: float | None = None  # None: LOCK_TIMEOUT_S
    items: list[_Item] = field(default_factory=list)
    untouched: dict[QualifiedName, str] = field(default_factory=dict)  # table -> why left as it is
    timings: dict[str, float] = field(default_factory=dict)
    _before: dict[str, list[tuple]] = field(default_factory=dict)
    _oids: dict[QualifiedName, int] = field(default_factory=dict)
    _loaded: set[QualifiedName] = field(default_factory=set)
    _spent: float = 0.0
    _dropped: list[_Item] | None = None  # fixed once prepare() has dropped them

    # ------------------------------------------------------------------ public
    @property
    def dropped(self) -> list[_Item]:
        if self._dropped is not None:
            return self._dropped
        return [i for i in self.items if i.keep is None]

    @property
    def dropped_fks(self) -> set[tuple[QualifiedName, str]]:
        """``(table, constraint)`` of every FK not enforced during the load."""
        return {(i.table, i.name) for i in self.dropped if i.kind == "f"}

    def prepare(self) -> None:
        """Refuse, lock, record the catalog and drop what can be put back exactly."""
        t0 = time.perf_counter()
        touched = self._tables()
        if not touched:
            return
        self._lock(touched)
        oids = list(touched.values())
        self._before = snapshot(self.conn, oids)
        self._collect(touched)
        self._keep_dependencies()
        self._drop()
        self._dropped = [i for i in self.items if i.keep is None]
        self.timings["drop"] = time.perf_counter() - t0

    def table_done(self, name: QualifiedName) -> None:
        """``name`` is fully loaded: re-create its keys, CHECKs and indexes now, and every FK whose
        child and parent are both loaded. The server does this while the next tables are still
        being generated (the loader calls it after each table)."""
        self._loaded.add(name)
        t0 = time.perf_counter()
        self._rebuild_table(name)
        self._rebuild_fks(final=False)
        self._spent += time.perf_counter() - t0

    def restore(self) -> None:
        """Re-create whatever is still dropped, then check the catalog is as it was."""
        t0 = time.perf_counter()
        for table in {i.table for i in self.dropped}:
            self._rebuild_table(table)
        self._rebuild_fks(final=True)
        for item in self.dropped:
            if item.comment is not None and item.con_oid is not None:
                self.conn.execute(sql.SQL("COMMENT ON CONSTRAINT {} ON {} IS {}").format(
                    sql.Identifier(item.name), _ident(item.table), sql.Literal(item.comment)))
            if item.index_comment is not None:
                self.conn.execute(sql.SQL("COMMENT ON INDEX {} IS {}").format(
                    sql.Identifier(item.table.schema, item.name), sql.Literal(item.index_comment)))
        t1 = time.perf_counter()
        if self._oids:
            after = snapshot(self.conn, list(self._oids.values()))
            problems = compare(self._before, after)
            if problems:
                raise LoadError(
                    "--bulk: the re-created indexes and constraints differ from the originals: "
                    + "; ".join(problems[:5]) + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""),
                    code=MISMATCH, subject=problems[0].split(":", 1)[0],
                    hint="nothing was changed (the transaction is rolled back); seed without --bulk "
                         "and report this schema")
        self.timings.update({"rebuild": self._spent + (t1 - t0), "rebuild_after_load": t1 - t0,
                             "verify_catalog": time.perf_counter() - t1})

    def _rebuild_table(self, table: QualifiedName) -> None:
        """Keys, UNIQUEs, EXCLUDEs and CHECKs in one ALTER TABLE (one scan for the CHECKs), then
        plain indexes, as pg_restore does."""
        items = [i for i in self.dropped if i.table == table and i.kind != "f" and not i.rebuilt]
        adds = [i for i in items if i.kind != "i"]
        if adds:
            self._run(table, adds, sql.SQL("ALTER TABLE {} ").format(_ident(table)) + sql.SQL(", ").join(
                sql.SQL("ADD CONSTRAINT {} ").format(sql.Identifier(i.name)) + sql.SQL(i.definition) for i in adds))
        for i in items:
            if i.kind == "i":
                self._run(table, [i], sql.SQL(i.definition))
            i.rebuilt = True

    def _rebuild_fks(self, *, final: bool) -> None:
        """Every dropped FK whose tables are loaded (all of them when ``final``): one ALTER TABLE
        per child table, each FK validated by one set-based anti-join."""
        seeded = set(self.tables)
        keys_missing = {i.table for i in self.dropped if i.kind != "f" and not i.rebuilt}
        ready: dict[QualifiedName, list[_Item]] = {}
        for item in self.dropped:
            if item.kind != "f" or item.rebuilt:
                continue
            parent_ready = item.parent not in seeded or (item.parent in self._loaded
                                                         and item.parent not in keys_missing)
            if final or (item.table in self._loaded and parent_ready):
                ready.setdefault(item.table, []).append(item)
        for table, items in ready.items():
            self._run(table, items, sql.SQL("ALTER TABLE {} ").format(_ident(table)) + sql.SQL(", ").join(
                sql.SQL("ADD CONSTRAINT {} ").format(sql.Identifier(i.name)) + sql.SQL(i.definition) for i in items))
            for i in items:
                i.rebuilt = True

    def notes(self) -> list[str]:
        out = []
        n_con = sum(1 for i in self.dropped if i.kind != "i")
        n_idx = sum(1 for i in self.dropped if i.kind == "i")
        if self.timings:
            out.append(f"--bulk: dropped and re-created {n_con} constraint(s) and {n_idx} index(es) "
                       f"(rebuild {self.timings.get('rebuild', 0):.2f} s), catalog verified identical")
        for table, why in self.untouched.items():
            out.append(f"--bulk: {table} loaded with its indexes and constraints in place ({why})")
        for i in self.items:
            if i.keep is not None:
                out.append(f"--bulk: kept {i.table}.{i.name} in place ({i.keep})")
        return out

    # ------------------------------------------------------------------ steps
    def _tables(self) -> dict[QualifiedName, int]:
        """The seeded tables bulk mode handles (name -> oid); refuses a table not owned."""
        if not self.tables:
            return {}
        rows = self.conn.execute("""
            SELECT n.nspname, c.relname, c.oid, c.relkind, c.relispartition,
                   pg_has_role(c.relowner, 'USAGE'), pg_get_userbyid(c.relowner),
                   EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid OR i.inhparent = c.oid)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN unnest(%s::text[], %s::text[]) AS t(s, r) ON t.s = n.nspname AND t.r = c.relname
            """, ([t.schema for t in self.tables], [t.name for t in self.tables])).fetchall()
        not_owned = [(QualifiedName(schema=r[0], name=r[1]), r[6]) for r in rows if not r[5]]
        if not_owned:
            names = ", ".join(f"{t} (owner {o})" for t, o in not_owned[:5])
            user = self.conn.execute("SELECT current_user").fetchone()[0]
            raise BulkRefused(
                f"--bulk needs to own every seeded table; {user} does not own {names}",
                subject=str(not_owned[0][0]),
                hint="seed as the tables' owner (or a member of the owning role), or seed without --bulk")
        out: dict[QualifiedName, int] = {}
        for schema, name, oid, relkind, is_partition, _, _, inherits in rows:
            qn = QualifiedName(schema=schema, name=name)
            if relkind == "p" or is_partition:
                self.untouched[qn] = "partitioned table or partition"
            elif inherits:
                self.untouched[qn] = "part of an inheritance tree"
            elif relkind == "r":
                out[qn] = oid
            else:
                self.untouched[qn] = f"relkind {relkind}"
        self._oids = out
        return out

    def _lock(self, touched: dict[QualifiedName, int]) -> None:
        """ACCESS EXCLUSIVE on every handled table, waiting at most ``lock_timeout_s``."""
        if self.lock_timeout_s is None:
            self.lock_timeout_s = LOCK_TIMEOUT_S
        previous = self.conn.execute("SELECT current_setting('lock_timeout')").fetchone()[0]
        self.conn.execute("SELECT set_config('lock_timeout', %s, true)", (f"{int(self.lock_timeout_s * 1000)}ms",))
        try:
            for name in touched:
                try:
                    with self.conn.transaction():
                        self.conn.execute(sql.SQL("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE").format(_ident(name)))
                except psycopg.errors.LockNotAvailable as exc:
                    raise BulkRefused(
                        f"--bulk needs an ACCESS EXCLUSIVE lock on {name}; another session held a conflicting "
                        f"lock for {self.lock_timeout_s:g} s", subject=str(name),
                        hint="retry when the other sessions are done with the table (see pg_locks), "
                             "or seed without --bulk (it only needs ROW EXCLUSIVE)") from exc
            # Parents outside the seed: re-adding an FK takes SHARE ROW EXCLUSIVE on them.
            parents = self.conn.execute("""
                SELECT DISTINCT n.nspname, c.relname FROM pg_constraint co
                JOIN pg_class c ON c.oid = co.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE co.contype = 'f' AND co.conrelid = ANY(%s) AND NOT co.confrelid = ANY(%s)
                """, (list(touched.values()), list(touched.values()))).fetchall()
            for schema, rel in parents:
                name = QualifiedName(schema=schema, name=rel)
                try:
                    with self.conn.transaction():
                        self.conn.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(_ident(name)))
                except psycopg.errors.InsufficientPrivilege:
                    continue  # the FK's re-creation takes it (with the same timeout)
                except psycopg.errors.LockNotAvailable as exc:
                    raise BulkRefused(
                        f"--bulk re-adds the foreign keys to {name}, which needs a SHARE ROW EXCLUSIVE lock on it; "
                        f"another session held a conflicting lock for {self.lock_timeout_s:g} s", subject=str(name),
                        hint="retry when the other sessions are done with the table, or seed without --bulk") from exc
        finally:
            self.conn.execute("SELECT set_config('lock_timeout', %s, true)", (previous,))

    def _collect(self, touched: dict[QualifiedName, int]) -> None:
        oids = list(touched.values())
        by_oid = {oid: name for name, oid in touched.items()}
        index_rows = self.conn.execute("""
            SELECT x.indexrelid, x.indrelid, i.relname, pg_get_indexdef(x.indexrelid),
                   x.indisvalid AND x.indisready AND x.indislive, x.indisclustered, x.indisreplident,
                   i.reltablespace <> 0,
                   EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = x.indexrelid AND a.attstattarget >= 0),
                   obj_description(x.indexrelid, 'pg_class'),
                   (SELECT string_agg(quote_ident(option_name) || '=' || quote_literal(option_value), ', ')
                    FROM pg_options_to_table(i.reloptions))
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
            WHERE x.indrelid = ANY(%s)
            """, (oids,)).fetchall()
        indexes = {r[0]: r for r in index_rows}
        con_rows = self.conn.execute("""
            SELECT co.oid, co.conrelid, co.conname, co.contype, pg_get_constraintdef(co.oid), co.conindid,
                   co.conislocal AND co.coninhcount = 0, obj_description(co.oid, 'pg_constraint'),
                   pn.nspname, pc.relname,
                   CASE WHEN co.contype = 'f' THEN has_table_privilege(co.confrelid, 'REFERENCES') ELSE true END
            FROM pg_constraint co
            LEFT JOIN pg_class pc ON pc.oid = co.confrelid LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
            WHERE co.conrelid = ANY(%s) AND co.contype IN ('p', 'u', 'x', 'c', 'f')
            ORDER BY co.conrelid, co.contype, co.conname
            """, (oids,)).fetchall()

        def index_keep(r) -> str | None:
            if not r[4]:
                return "the index is not valid"
            if r[5]:
                return "the table is clustered on it"
            if r[6]:
                return "it is the table's replica identity"
            if r[7]:
                return "it lives in a non-default tablespace"
            if r[8]:
                return "it has per-column statistics targets"
            return None

        owned_indexes = set()
        for oid, rel, name, kind, definition, indid, local, comment, pschema, prel, may_reference in con_rows:
            item = _Item(table=by_oid[rel], name=name, kind=kind, definition=definition, con_oid=oid, comment=comment)
            if kind in ("p", "u", "x") and indid in indexes:
                options = indexes[indid][10]
                if options and kind in ("p", "u"):  # pg_get_constraintdef leaves out the index's WITH (...)
                    at = definition.find(" DEFERRABLE")
                    at = len(definition) if at < 0 else at
                    item.definition = f"{definition[:at]} WITH ({options}){definition[at:]}"
                owned_indexes.add(indid)
                item.index_oid = indid
                item.index_comment = indexes[indid][9]
                item.keep = index_keep(indexes[indid])
            if kind == "f":
                item.parent = QualifiedName(schema=pschema, name=prel)
                if not may_reference:
                    item.keep = f"the role has no REFERENCES privilege on {item.parent}"
            if not local:
                item.keep = "it is inherited"
            self.items.append(item)
        for oid, r in indexes.items():
            if oid in owned_indexes:
                continue
            self.items.append(_Item(table=by_oid[r[1]], name=r[2], kind="i", definition=r[3], index_oid=oid,
                                    index_comment=r[9], keep=index_keep(r)))

    def _keep_dependencies(self) -> None:
        """Keep every object that something outside the drop set depends on (to a fixpoint)."""
        all_oids = [oid for i in self.items for _, oid in i.oids]
        if not all_oids:
            return
        deps = self.conn.execute("""
            SELECT d.refclassid::regclass::text, d.refobjid, d.classid::regclass::text, d.objid,
                   pg_describe_object(d.classid, d.objid, d.objsubid)
            FROM pg_depend d
            WHERE d.deptype IN ('n', 'a') AND d.refclassid IN ('pg_constraint'::regclass, 'pg_class'::regclass)
              AND d.refobjid = ANY(%s)
            """, (all_oids,)).fetchall()
        owner = {oid: item for item in self.items for oid in item.oids}
        changed = True
        while changed:
            changed = False
            for refclass, refobj, cls, obj, what in deps:
                target = owner.get((refclass, refobj))
                if target is None or target.keep is not None:
                    continue
                dependent = owner.get((cls, obj))
                if dependent is not None and dependent.keep is None:
                    continue  # dropped and re-created too
                target.keep = f"{what} depends on it" if dependent is None else f"{what} stays and depends on it"
                changed = True

    def _drop(self) -> None:
        dropped = self.dropped
        for kinds in (("f",), ("c", "p", "u", "x")):
            by_table: dict[QualifiedName, list[_Item]] = {}
            for item in dropped:
                if item.kind in kinds:
                    by_table.setdefault(item.table, []).append(item)
            for table, items in by_table.items():
                self.conn.execute(sql.SQL("ALTER TABLE {} ").format(_ident(table)) + sql.SQL(", ").join(
                    sql.SQL("DROP CONSTRAINT {}").format(sql.Identifier(i.name)) for i in items))
        plain = [i for i in dropped if i.kind == "i"]
        if plain:
            self.conn.execute(sql.SQL("DROP INDEX {}").format(
                sql.SQL(", ").join(sql.Identifier(i.table.schema, i.name) for i in plain)))

    def _run(self, table: QualifiedName, items: list[_Item], stmt: sql.Composable) -> None:
        try:
            self.conn.execute(stmt)
        except psycopg.Error as exc:
            diag = exc.diag
            names = ", ".join(i.name for i in items)
            detail = f" {diag.message_detail}" if diag.message_detail else ""
            raise LoadError(f"--bulk: re-creating {names} on {table} failed: {diag.message_primary or exc}.{detail}",
                            subject=f"{table} ({diag.constraint_name or names})",
                            hint="nothing was changed (the transaction is rolled back); a trigger or a rule may "
                                 "have changed the rows, or the constraint cannot be checked as loaded: "
                                 "seed without --bulk to see the failing row") from exc


def _ident(name: QualifiedName) -> sql.Identifier:
    return sql.Identifier(name.schema, name.name)


# ---------------------------------------------------------------------- the catalog, compared by name
def snapshot(conn: psycopg.Connection, oids: list[int]) -> dict[str, list[tuple]]:
    """What bulk mode must leave exactly as it was, for the tables ``oids``, by name (not OID).

    Indexes (definition, flags, tablespace, comment, per-column statistics), constraints on the
    tables and foreign keys pointing at them (definition, validated / deferrable / inheritance
    flags, the index an FK depends on, comment), user triggers (definition, enabled state) and
    NOT NULL columns.
    """
    q = {
        "indexes": """
            SELECT x.indrelid::regclass::text, i.relname, pg_get_indexdef(x.indexrelid), x.indisprimary,
                   x.indisunique, x.indisexclusion, x.indimmediate, x.indisvalid, x.indisready, x.indislive,
                   x.indisclustered, x.indisreplident, x.indnullsnotdistinct, i.reltablespace, i.reloptions::text,
                   obj_description(x.indexrelid, 'pg_class'),
                   (SELECT array_agg(a.attstattarget ORDER BY a.attnum) FROM pg_attribute a
                    WHERE a.attrelid = x.indexrelid)::text
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = ANY(%(oids)s)""",
        "constraints": """
            SELECT co.conrelid::regclass::text, co.conname, co.contype, pg_get_constraintdef(co.oid),
                   co.condeferrable, co.condeferred, co.convalidated, co.conislocal, co.coninhcount,
                   co.connoinherit, co.confrelid::regclass::text, ci.relname,
                   obj_description(co.oid, 'pg_constraint')
            FROM pg_constraint co LEFT JOIN pg_class ci ON ci.oid = co.conindid
            WHERE co.conrelid = ANY(%(oids)s) OR co.confrelid = ANY(%(oids)s)""",
        "triggers": """
            SELECT t.tgrelid::regclass::text, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid)
            FROM pg_trigger t WHERE t.tgrelid = ANY(%(oids)s) AND NOT t.tgisinternal""",
        "columns": """
            SELECT a.attrelid::regclass::text, a.attname, a.attnotnull, a.atthasdef, a.attidentity
            FROM pg_attribute a WHERE a.attrelid = ANY(%(oids)s) AND a.attnum > 0 AND NOT a.attisdropped""",
        "tables": """
            SELECT c.oid::regclass::text, c.relreplident, c.relrowsecurity, c.relforcerowsecurity
            FROM pg_class c WHERE c.oid = ANY(%(oids)s)""",
    }
    return {k: sorted(conn.execute(v, {"oids": oids}).fetchall(), key=repr) for k, v in q.items()}


def compare(before: dict[str, list[tuple]], after: dict[str, list[tuple]]) -> list[str]:
    """Differences between two snapshots, one line each (``table.object: was ..., now ...``)."""
    problems = []
    for kind in before:
        width = 1 if kind == "tables" else 2  # the columns that name the object
        old = {r[:width]: r for r in before[kind]}
        new = {r[:width]: r for r in after.get(kind, [])}
        for key in sorted(old.keys() | new.keys(), key=repr):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            what = ".".join(map(str, key)) + f": {kind[:-1]}"
            if b is None:
                problems.append(f"{what} is missing")
            elif a is None:
                problems.append(f"{what} is new")
            else:
                problems.append(f"{what} was {a[width:]}, now {b[width:]}")
    return problems
