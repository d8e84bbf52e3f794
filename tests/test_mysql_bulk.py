"""MariaDB's bulk insert path (``seedbed.engines.mysql.bulk``, ``.stream``) against a real server:
one LOAD DATA per table, the checks off for tables that were empty, and the proof afterwards that
refuses a duplicate or an orphan with the database left as it was."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from seedbed import service
from seedbed.engines.mysql import bulk
from seedbed.errors import LoadError
from tests.mysql_fixtures import Rows, load_sql
from tests.test_engine_mysql import problems, seed_cli

SHOP_DDL = """
CREATE TABLE users (id INT PRIMARY KEY AUTO_INCREMENT, email VARCHAR(80) NOT NULL, UNIQUE KEY users_email (email));
CREATE TABLE orders (id INT PRIMARY KEY AUTO_INCREMENT, user_id INT NOT NULL, total INT NOT NULL,
  CONSTRAINT orders_user FOREIGN KEY (user_id) REFERENCES users (id));
CREATE TABLE lines_ (order_id INT NOT NULL, n INT NOT NULL, sku VARCHAR(12) NOT NULL, PRIMARY KEY (order_id, n),
  CONSTRAINT lines_order FOREIGN KEY (order_id) REFERENCES orders (id));
"""
TABLES = ("users", "orders", "lines_")


def _schema(dsn: str):
    with service.connect(dsn) as conn:
        return service.load_schema(conn)


def _counts(dsn: str) -> dict[str, int]:
    with Rows(dsn) as rows:
        return {t: rows(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def _trusted(dsn: str) -> bool:
    with service.connect(dsn) as conn:
        return bulk.trusted_version(conn.get_server_info())


def test_trusted_versions_are_mariadb_import_s() -> None:
    assert bulk.trusted_version("10.11.19-MariaDB-0+deb12u1")
    assert bulk.trusted_version("5.5.5-10.11.11-MariaDB")
    assert bulk.trusted_version("11.4.5-MariaDB") and bulk.trusted_version("12.0.2-MariaDB")
    assert not bulk.trusted_version("10.11.10-MariaDB")  # MDEV-34703
    assert not bulk.trusted_version("11.5.2-MariaDB") and not bulk.trusted_version("10.6.20-MariaDB")
    assert not bulk.trusted_version("8.0.36") and not bulk.trusted_version("8.4.2-mysql")


def test_a_fresh_seed_loads_each_table_in_one_bulk_statement_and_is_clean(mysql_dsn: str, monkeypatch) -> None:
    from seedbed.engines.mysql import load as load_module
    from seedbed.engines.mysql import sink as sink_module

    load_sql(mysql_dsn, SHOP_DDL)
    monkeypatch.setattr(load_module, "Engine", functools.partial(load_module.Engine, chunk_rows=300))
    seen: dict[str, tuple[int, int]] = {}
    original = sink_module.MySQLSink.load_table

    def load_table(self, table, chunks, report):
        statements = []
        execute = self._execute_load

        def counted(*args, **kw):
            statements.append(1)
            return execute(*args, **kw)

        self._execute_load = counted
        original(self, table, chunks, report)
        del self._execute_load
        modified = sink_module.query(self.conn, "SELECT trx_rows_modified FROM information_schema.INNODB_TRX "
                                                "WHERE trx_mysql_thread_id = CONNECTION_ID()")
        seen[table.name.name] = (len(statements), modified[0][0] if modified else -1)

    monkeypatch.setattr(sink_module.MySQLSink, "load_table", load_table)
    result = seed_cli(mysql_dsn, "--rows", "users=700,orders=1500,lines_=4000", "--seed", "3")
    assert result.exit_code == 0, result.output
    assert problems(mysql_dsn) == []
    assert _counts(mysql_dsn) == {"users": 700, "orders": 1500, "lines_": 4000}
    assert {t: n for t, (n, _) in seen.items()} == {"users": 1, "orders": 1, "lines_": 1}  # 3+ chunks each
    if _trusted(mysql_dsn):  # bulk insert: table-level undo, not one record per row
        assert seen["lines_"][1] < 100, seen


def test_an_orphan_slipped_into_a_bulk_load_refuses_the_seed(mysql_dsn: str, monkeypatch) -> None:
    from seedbed.engines.mysql.sink import MySQLSink

    load_sql(mysql_dsn, SHOP_DDL)
    if not _trusted(mysql_dsn):
        pytest.skip("the server has no trusted bulk insert: the FK checks stay on")
    encode = MySQLSink.encode_chunk

    def corrupt(self, chunk, key):
        enc = encode(self, chunk, key)
        if chunk.table.name == "lines_" and chunk.number == 0:  # first row's order_id -> no such order
            first, _, rest = enc.data.partition(b"\n")
            cells = first.split(b"\t")
            cells[list(enc.columns).index("order_id")] = b"999999"
            enc.data = b"\t".join(cells) + b"\n" + rest
        return enc

    monkeypatch.setattr(MySQLSink, "encode_chunk", corrupt)
    result = seed_cli(mysql_dsn, "--rows", "users=50,orders=80,lines_=200", "--seed", "3")
    assert result.exit_code != 0, result.output
    said = " ".join(result.output.split())
    assert "lines_order" in said and "the database is as it was" in said, said
    assert _counts(mysql_dsn) == dict.fromkeys(TABLES, 0)


def test_a_duplicate_slipped_into_a_bulk_load_refuses_the_seed(mysql_dsn: str, monkeypatch) -> None:
    from seedbed.engines.mysql.sink import MySQLSink

    load_sql(mysql_dsn, SHOP_DDL)
    encode = MySQLSink.encode_chunk

    def corrupt(self, chunk, key):
        enc = encode(self, chunk, key)
        if chunk.table.name == "users":  # the second row's e-mail becomes the first's
            lines = enc.data.split(b"\n")
            col = list(enc.columns).index("email")
            a, b = lines[0].split(b"\t"), lines[1].split(b"\t")
            b[col] = a[col]
            lines[1] = b"\t".join(b)
            enc.data = b"\n".join(lines)
        return enc

    monkeypatch.setattr(MySQLSink, "encode_chunk", corrupt)
    result = seed_cli(mysql_dsn, "--rows", "users=50,orders=80,lines_=200", "--seed", "3")
    assert result.exit_code != 0, result.output
    assert "the database is as it was" in " ".join(result.output.split())
    assert _counts(mysql_dsn) == dict.fromkeys(TABLES, 0)


def _relaxed_rows(dsn: str, statements: list[str]):
    """Run ``statements`` with the checks off in a transaction left open; yield the connection."""
    conn = service.connect(dsn)
    with conn.cursor() as cur:
        cur.execute("START TRANSACTION")
        cur.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0")
        for s in statements:
            cur.execute(s)
        cur.execute("SET SESSION unique_checks = 1, foreign_key_checks = 1")
    return conn


@pytest.mark.parametrize(("users", "orders", "orphan"), [
    ("(1,'a'),(2,'b'),(3,'c')", "(1,1,0),(2,3,0)", False),  # dense parent, children inside: the range proves it
    ("(1,'a'),(2,'b'),(3,'c')", "(1,1,0),(2,4,0)", True),  # past the parent's range
    ("(1,'a'),(2,'b'),(4,'c')", "(1,1,0),(2,3,0)", True),  # inside the range, but the parent has a gap there
    ("(1,'a'),(2,'b'),(4,'c')", "(1,4,0),(2,2,0)", False),  # a gap nobody references: the anti-join proves it
])
def test_the_proof_finds_exactly_the_orphans(mysql_dsn: str, users: str, orders: str, orphan: bool) -> None:
    load_sql(mysql_dsn, SHOP_DDL)
    schema = _schema(mysql_dsn)
    by_name = {t.name.name: t.name for t in schema.tables}
    names = [by_name["users"], by_name["orders"]]  # parents first, as the loader goes
    conn = _relaxed_rows(mysql_dsn, [f"INSERT INTO users (id, email) VALUES {users}",
                                     f"INSERT INTO orders (id, user_id, total) VALUES {orders}"])
    try:
        proof = bulk.Proof(conn, schema, names)
        proof.table(names[0])
        if orphan:
            with pytest.raises(LoadError, match="orders_user"):
                proof.table(names[1])
        else:
            proof.table(names[1])
    finally:
        conn.rollback()
        conn.close()


def test_the_proof_finds_duplicates_under_the_index_collation(mysql_dsn: str) -> None:
    """A unique key the table does not enforce (the model says it has one): the proof groups
    under the column's case-insensitive collation, so 'Ann' and 'ann' collide."""
    load_sql(mysql_dsn, "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(20) COLLATE utf8mb4_general_ci "
                        "NOT NULL, UNIQUE KEY people_name (name));")
    schema = _schema(mysql_dsn)
    load_sql(mysql_dsn, "ALTER TABLE people DROP INDEX people_name;")  # the model still has it
    table = schema.tables[0]
    conn = _relaxed_rows(mysql_dsn, ["INSERT INTO people VALUES (1, 'Ann'), (2, 'bob'), (3, 'ann')"])
    try:
        with pytest.raises(LoadError, match="people_name"):
            bulk.Proof(conn, schema, [table.name]).table(table.name)
    finally:
        conn.rollback()
        conn.close()
    lenient = dataclasses.replace(schema, tables=(dataclasses.replace(table, uniques=()),))
    conn = _relaxed_rows(mysql_dsn, ["INSERT INTO people VALUES (1, 'Ann'), (3, 'ann')"])
    try:
        bulk.Proof(conn, lenient, [table.name]).table(table.name)  # no unique key: nothing to refuse
    finally:
        conn.rollback()
        conn.close()
