"""Seeded databases on tap for test suites: seed once into a template, clone one per test.

A seed takes a second or more; ``CREATE DATABASE ... TEMPLATE`` copies a small seeded database in
tens of milliseconds. ``TemplateCache`` builds a template database once per *recipe* (the schema,
the rows or scope, the seed and seedbed's version) and hands each test a private clone::

    cache = TemplateCache("postgresql://postgres@localhost/postgres", SchemaSource(ddl="schema.sql"))
    template = cache.template(Recipe(scope="10 users with 1-3 orders each", seed=7))
    dsn = cache.clone(template)        # a fresh database, seeded, private to the caller
    ...
    cache.drop(dsn)

Templates are named ``seedbed_tpl_<hash of the recipe>`` and survive across runs: a run whose
recipe hashes the same reuses them, a changed schema or scope gets a new one (and the template
it replaces, same source and recipe but an older hash, is dropped). Builds take a PostgreSQL
advisory lock, so parallel test processes (pytest-xdist) build each template once.

The pytest plugin (``_seedbed_pytestplugin``, README "Testing with pytest") is a thin layer over
this module; nothing here imports pytest.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import queue
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from seedbed.errors import DatabaseError, SeedbedError, UsageError

TEMPLATE_PREFIX = "seedbed_tpl_"
STAGING_PREFIX = "seedbed_stage_"
CLONE_PREFIX = "seedbed_test_"
#: Marks a template database in its comment, with its source and recipe (JSON after the colon).
COMMENT_TAG = "seedbed template:"

Migrate = Callable[[str], Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class Recipe:
    """What a template holds beyond the schema: how much, which scope, which seed."""

    rows: int = 10
    scope: str | None = None
    seed: int = 1
    tables: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "scope": self.scope, "seed": self.seed, "tables": list(self.tables)}


@dataclass(frozen=True, slots=True, kw_only=True)
class SchemaSource:
    """Where the schema comes from; exactly one of the three.

    Attributes:
        ddl: a SQL file that loads into an empty database (``psql -f`` style, no psql meta-commands).
        migrate: a callable taking a DSN that migrates an empty database to the current schema
            (Alembic ``command.upgrade``, Django ``migrate``, raw SQL), or ``"module:function"``.
        database: the name of an existing database on the server, copied (schema and rows) as the
            starting point; nobody may be connected to it while a template is built from it.
    """

    ddl: str | Path | None = None
    migrate: Migrate | str | None = None
    database: str | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.ddl, self.migrate, self.database) if v is not None]
        if len(given) != 1:
            raise UsageError("a test schema comes from exactly one of: a DDL file, a migration callable, "
                             "an existing database", hint="set seedbed_schema (a .sql file or module:function) "
                             "or seedbed_dsn naming the database")

    def label(self) -> str:
        """A stable name of the source (not of its content): which templates replace which."""
        if self.ddl is not None:
            return f"ddl:{Path(self.ddl).resolve()}"
        if self.database is not None:
            return f"database:{self.database}"
        if isinstance(self.migrate, str):
            return f"migrate:{self.migrate}"
        fn = self.migrate
        return f"migrate:{getattr(fn, '__module__', '?')}:{getattr(fn, '__qualname__', repr(fn))}"


def load_callable(path: str) -> Migrate:
    """``"package.module:function"`` -> the function (a clear error for a bad path)."""
    module, _, attr = path.partition(":")
    if not module or not attr:
        raise UsageError(f"not a migration callable: {path!r}", subject=path, hint="write it as module:function")
    try:
        fn = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        raise UsageError(f"cannot import the migration callable {path!r}: {exc}", subject=path,
                         hint="the module must be importable from the test run (sys.path / rootdir)") from exc
    if not callable(fn):
        raise UsageError(f"{path!r} is not callable", subject=path)
    return fn


def _dsn_for(server_dsn: str, dbname: str) -> str:
    return psycopg.conninfo.make_conninfo(server_dsn, dbname=dbname)


def _digest(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _drop_database(conn: psycopg.Connection, name: str) -> None:
    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _templates(conn: psycopg.Connection, description: str, *, exact: bool) -> list[str]:
    """seedbed's template databases whose comment is ``description`` (``exact``) or contains it."""
    test = sql.SQL("s.description = %s" if exact else "strpos(s.description, %s) > 0")
    rows = conn.execute(sql.SQL(
        "SELECT d.datname FROM pg_database d JOIN pg_shdescription s "
        "ON s.objoid = d.oid AND s.classoid = 'pg_database'::regclass "
        "WHERE d.datname LIKE %s AND s.description LIKE %s AND {}").format(test),
        (TEMPLATE_PREFIX + "%", COMMENT_TAG + "%", description)).fetchall()
    return [r[0] for r in rows]


def schema_fingerprint(dsn: str) -> str:
    """A digest of a database's schema as seedbed reads it (tables, columns, keys, checks)."""
    from seedbed import service

    with service.connect(dsn, autocommit=True) as conn:
        schema = service.load_schema(conn)
    return hashlib.sha256(repr(replace(schema, source="")).encode()).hexdigest()  # not where it was read


class TemplateCache:
    """Builds seeded template databases on a server and clones them.

    Args:
        server_dsn: a maintenance connection (any database) to a server where the role may create
            databases.
        source: where the schema comes from.
        rebuild: drop and rebuild templates even when one with the same hash exists.
    """

    def __init__(self, server_dsn: str, source: SchemaSource, *, rebuild: bool = False, spares: bool = True) -> None:
        self.server_dsn = server_dsn
        self.source = source
        self.rebuild = rebuild
        self.spares = spares
        self.built: list[str] = []  # templates this cache seeded
        self.reused: list[str] = []  # templates found ready (an earlier run, another process)
        self._built: dict[Recipe, str] = {}
        self._admin: psycopg.Connection | None = None
        self._shop: _Workshop | None = None

    # -- connections --------------------------------------------------------------------------

    def _conn(self) -> psycopg.Connection:
        if self._admin is None or self._admin.closed:
            try:
                self._admin = psycopg.connect(self.server_dsn, autocommit=True, connect_timeout=10)
            except psycopg.Error as exc:
                from seedbed.service import redact

                raise DatabaseError(f"cannot connect to the test server {redact(self.server_dsn)}: "
                                    f"{str(exc).strip().splitlines()[0]}",
                                    hint="set --seedbed-dsn / SEEDBED_TEST_DSN, or unset it to use an "
                                         "embedded server") from exc
        return self._admin

    def close(self) -> None:
        """Drop the spare clones and every clone handed out and not yet dropped; close connections."""
        if self._shop is not None:
            for name in self._shop.close():
                self._drop(name)
            self._shop = None
        if self._admin is not None:
            self._admin.close()
            self._admin = None

    def _exists(self, name: str) -> bool:
        return self._conn().execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None

    def _drop(self, name: str) -> None:
        _drop_database(self._conn(), name)

    # -- templates ----------------------------------------------------------------------------

    def template(self, recipe: Recipe) -> str:
        """The name of a seeded template for ``recipe``, built now if there is none yet."""
        if recipe in self._built:
            return self._built[recipe]
        conn = self._conn()
        lock = int(_digest({"source": self.source.label()})[:15], 16)
        conn.execute("SELECT pg_advisory_lock(%s)", (lock,))
        try:
            name = self._template_locked(recipe)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (lock,))
        self._built[recipe] = name
        return name

    def _template_locked(self, recipe: Recipe) -> str:
        from seedbed import __version__

        staging: str | None = None
        try:
            if self.source.ddl is not None:  # the file's bytes say whether the schema changed
                fingerprint = "ddl:" + hashlib.sha256(Path(self.source.ddl).read_bytes()).hexdigest()
            else:  # migrations and databases: the schema they produce
                staging = self._stage_schema()
                fingerprint = "catalog:" + schema_fingerprint(_dsn_for(self.server_dsn, staging))
            key = _digest({"schema": fingerprint, "recipe": recipe.to_dict(), "seedbed": __version__})
            name = TEMPLATE_PREFIX + key[:24]
            if self._exists(name) and not self.rebuild:
                self.reused.append(name)
                return name
            self._drop(name)
            if staging is None:
                staging = self._stage_schema()
            self._seed(_dsn_for(self.server_dsn, staging), recipe)
            conn = self._conn()
            conn.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(staging), sql.Identifier(name)))
            staging = None
            note = COMMENT_TAG + json.dumps({"source": self.source.label(), "recipe": recipe.to_dict()}, sort_keys=True)
            conn.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(name), sql.Literal(note)))
            self._drop_replaced(name, note)
            self.built.append(name)
            return name
        finally:
            if staging is not None:
                self._drop(staging)

    def _drop_replaced(self, keep: str, note: str) -> None:
        """Templates of the same source and recipe under an older hash (the schema changed)."""
        for old in _templates(self._conn(), note, exact=True):
            if old != keep:
                self._drop(old)

    def _stage_schema(self) -> str:
        """A new database holding the source's schema (and, for a database source, its rows)."""
        name = STAGING_PREFIX + uuid.uuid4().hex[:16]
        conn = self._conn()
        src = self.source
        try:
            if src.database is not None:
                conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(src.database)))
                return name
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.Error as exc:
            raise DatabaseError(f"cannot create the test database {name}: {exc.diag.message_primary or exc}",
                                subject=src.database or name,
                                hint="the role needs CREATEDB; a source database must have no other "
                                     "connections while it is copied") from exc
        dsn = _dsn_for(self.server_dsn, name)
        try:
            if src.ddl is not None:
                from seedbed.generate_files import _load_ddl

                path = Path(src.ddl)
                with psycopg.connect(dsn, autocommit=True) as target:
                    _load_ddl(target, path.read_text(encoding="utf-8"), str(path))
            else:
                migrate = load_callable(src.migrate) if isinstance(src.migrate, str) else src.migrate
                migrate(dsn)
        except BaseException:
            self._drop(name)
            raise
        return name

    def _seed(self, dsn: str, recipe: Recipe) -> None:
        from seedbed import service
        from seedbed.planning.options import PlanOptions

        options = PlanOptions(rows=recipe.rows, seed=recipe.seed, tables=recipe.tables)
        if recipe.scope:
            from seedbed.scope.apply import requested_scope, scope_options

            with service.connect(dsn, autocommit=True) as conn:
                options, _ = scope_options(conn, service.load_schema(conn), requested_scope(recipe.scope, None),
                                           options)
        result = service.seed(dsn, options)
        if not result.ok:
            raise SeedbedError(f"the seeded template failed verification: {result.verify.to_dict()}",
                               hint="report it: seedbed should never load rows its own checks reject")

    # -- clones -------------------------------------------------------------------------------

    def clone(self, template: str) -> str:
        """A new database copied from ``template``; returns its DSN.

        A copy takes tens of milliseconds (PostgreSQL copies the catalogs too, and fsyncs). One
        spare copy per template is made on a background connection while the caller's test runs,
        so the next caller usually gets one at once; ``drop`` also happens in the background.
        """
        if not self.spares:
            return _dsn_for(self.server_dsn, self._create_clone(self._conn(), template))
        shop = self._workshop()
        spare = shop.take(template)  # waits for a spare being made: it started earlier than a new one would
        name = spare if spare is not None else self._create_clone(self._conn(), template)
        shop.order_spare(template)
        return _dsn_for(self.server_dsn, name)

    def drop(self, dsn: str) -> None:
        """Drop a clone (by its DSN) in the background, even with connections still open."""
        name = psycopg.conninfo.conninfo_to_dict(dsn).get("dbname")
        if name and str(name).startswith(CLONE_PREFIX):
            if self.spares:
                self._workshop().submit("drop", str(name))
            else:
                self._drop(str(name))

    def _create_clone(self, conn: psycopg.Connection, template: str) -> str:
        name = CLONE_PREFIX + uuid.uuid4().hex[:16]
        # WAL_LOG (the default of PostgreSQL 15) measured faster than FILE_COPY's two checkpoints
        # for small templates (bench/RESULTS.md); older servers take no STRATEGY at all.
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))
        return name

    def _workshop(self) -> _Workshop:
        if self._shop is None:
            self._shop = _Workshop(self)
        return self._shop


class _Workshop:
    """Background connections: one makes spare clones, one drops used clones.

    Two threads, because a ``DROP DATABASE`` can take a second (it waits for every backend to
    release the database's files) and a spare must never wait behind it.
    """

    def __init__(self, cache: TemplateCache) -> None:
        self.cache = cache
        self.spares: dict[str, list[str]] = {}
        self.making: dict[str, int] = {}  # spares ordered and not made yet, per template
        self.lock = threading.Condition()
        self.errors: list[BaseException] = []
        self.leftover: list[str] = []
        self.queues: dict[str, queue.Queue[str | None]] = {"spare": queue.Queue(), "drop": queue.Queue()}
        self.threads = [threading.Thread(target=self._run, args=(kind,), name=f"seedbed-template-{kind}", daemon=True)
                        for kind in self.queues]
        for thread in self.threads:
            thread.start()

    def take(self, template: str) -> str | None:
        with self.lock:
            self.lock.wait_for(lambda: self.spares.get(template) or not self.making.get(template))
            ready = self.spares.get(template)
            return ready.pop(0) if ready else None

    def order_spare(self, template: str) -> None:
        """One spare per template at a time: never more copies made than handed out, plus one."""
        with self.lock:
            if self.spares.get(template) or self.making.get(template):
                return
            self.making[template] = 1
        self.queues["spare"].put(template)

    def submit(self, kind: str, name: str) -> None:
        self.queues[kind].put(name)

    def _run(self, kind: str) -> None:
        conn = None
        tasks = self.queues[kind]
        while True:
            name = tasks.get()
            if name is None:
                break
            try:
                if conn is None or conn.closed:
                    conn = psycopg.connect(self.cache.server_dsn, autocommit=True, connect_timeout=10)
                if kind == "spare":
                    try:
                        made = self.cache._create_clone(conn, name)
                        with self.lock:
                            self.spares.setdefault(name, []).append(made)
                    finally:
                        with self.lock:
                            self.making[name] = 0
                            self.lock.notify_all()
                else:
                    _drop_database(conn, name)
            except Exception as exc:  # noqa: BLE001 - a spare is an optimisation; a failed drop is retried at close
                self.errors.append(exc)
                if kind == "drop":
                    self.leftover.append(name)
        if conn is not None:
            conn.close()

    def close(self) -> list[str]:
        """Finish the queued work; returns every database still to drop (unused spares, failed drops)."""
        for tasks in self.queues.values():
            tasks.put(None)
        for thread in self.threads:
            thread.join()
        with self.lock:
            rest = [n for names in self.spares.values() for n in names]
            self.spares.clear()
        return rest + list(self.leftover)


def drop_templates(server_dsn: str, *, source_contains: str = "") -> list[str]:
    """Drop seedbed's template databases (those whose source label contains ``source_contains``)."""
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        names = _templates(conn, source_contains, exact=False)
        for name in names:
            _drop_database(conn, name)
    return names
