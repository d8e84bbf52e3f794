"""Workspaces (issue 13): five service databases seeded as one, with the shipped example's schemas.

Every declared reference is checked here independently (values read from both databases and
compared), and so are the agreements the merged model keeps across databases: a payment's user
is its order's user, a payment comes after its order, integer and UUID keys alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from seedbed.cli.main import app
from seedbed.errors import DatabaseError, ScopeError, WorkspaceError
from seedbed.model import QualifiedName
from seedbed.workspace import plan_workspace, seed_workspace, verify_workspace
from tests.conftest import _new_database

EXAMPLE = Path(__file__).parent.parent / "examples" / "workspace"
ALIASES = ("users", "products", "orders", "payments", "notifs")
REFS = {
    "orders.orders.user_id": "users.users.id",
    "orders.order_items.product_id": "products.products.id",
    "payments.payments.order_id": "orders.orders.id",
    "payments.payments.user_id": "users.users.id",
    "notifs.notifications.user_id": "users.users.id",
    "notifs.notifications.order_id": "orders.orders.id",
    "notifs.notifications.product_sku": "products.products.sku",
}
runner = CliRunner()


def _toml(dsns: dict[str, str], refs: dict = REFS, extra: str = "") -> str:
    lines = [f'[databases.{a}]\ndsn = "{d}"\n' for a, d in dsns.items()]
    lines.append("[references]")
    for k, v in refs.items():
        lines.append(f'"{k}" = ' + (f'"{v}"' if isinstance(v, str) else
                                    "{ " + ", ".join(f"{a} = {json.dumps(b)}" for a, b in v.items()) + " }"))
    lines.append('\n[profiles.ci]\nrows = { "users.users" = 100, "products.products" = 50, "orders.orders" = 500, '
                 '"payments.payments" = 500, "notifs.notifications" = 500 }')
    return "\n".join(lines) + "\n" + extra


@contextmanager
def five_databases(servers: dict[str, str]) -> Iterator[dict[str, str]]:
    """One new database per service (on the server given per alias), the example's schema loaded."""
    with ExitStack() as stack:
        dsns = {a: stack.enter_context(contextmanager(_new_database)(servers[a])) for a in ALIASES}
        for alias, dsn in dsns.items():
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute((EXAMPLE / f"{alias}.sql").read_text())
        yield dsns


def _values(dsn: str, query: str) -> list[tuple]:
    with psycopg.connect(dsn) as conn:
        return conn.execute(query).fetchall()


def _counts(dsns: dict[str, str]) -> dict[str, int]:
    out = {}
    for alias, dsn in dsns.items():
        with psycopg.connect(dsn) as conn:
            for (table,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall():
                out[f"{alias}.{table}"] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    return out


def _orphans(dsns: dict[str, str], child: str, parent: str) -> tuple[int, int]:
    """(orphans, child values) of ``db.[schema.]table.column -> db.[schema.]table.column``."""
    (ca, *ct, cc), (pa, *pt, pc) = child.split("."), parent.split(".")
    ct, pt = ".".join(ct), ".".join(pt)
    keys = {r[0] for r in _values(dsns[pa], f"SELECT {pc}::text FROM {pt}")}
    values = [r[0] for r in _values(dsns[ca], f"SELECT {cc}::text FROM {ct} WHERE {cc} IS NOT NULL")]
    return sum(v not in keys for v in values), len(values)


@pytest.fixture(scope="module")
def seeded(server_dsn: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[dict[str, str], Path, dict]]:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path_factory.mktemp("ws") / "seedbed.toml"
        path.write_text(_toml(dsns))
        res = runner.invoke(app, ["seed", "--workspace", str(path), "--profile", "ci", "--seed", "11",
                                  "--output", "json"], catch_exceptions=False)
        assert res.exit_code == 0, res.output
        yield dsns, path, json.loads(res.stdout)


def test_every_declared_reference_resolves_across_databases(seeded) -> None:
    dsns, _, report = seeded
    assert report["ok"] and report["phases"] == [["users", "products"], ["orders"], ["payments", "notifs"]]
    assert {r["reference"]: r["orphans"] for r in report["references"]} == {f"{k} -> {v}": 0 for k, v in REFS.items()}
    for child, parent in REFS.items():
        orphans, total = _orphans(dsns, child, parent)
        assert total > 0 and orphans == 0, child
    counts = _counts(dsns)
    assert counts["users.users"] == 100 and counts["orders.orders"] == 500 and counts["payments.payments"] == 500
    assert report["databases"]["orders"]["tables"]["orders"] == 500


def test_diamonds_and_time_order_hold_across_databases(seeded) -> None:
    dsns = seeded[0]
    orders = {r[0]: (r[1], r[2]) for r in _values(dsns["orders"], "SELECT id, user_id, placed_at FROM orders")}
    payments = _values(dsns["payments"], "SELECT order_id, user_id, paid_at FROM payments")
    assert len({p[0] for p in payments}) == len(payments) == 500  # one payment per order (order_id UNIQUE)
    assert all(orders[o][0] == u for o, u, _ in payments)  # a payment's user is its order's user
    assert all(paid >= orders[o][1] for o, _, paid in payments)  # and it comes after the order
    notes = _values(dsns["notifs"], "SELECT order_id, user_id, sent_at, read_at FROM notifications "
                                    "WHERE order_id IS NOT NULL")
    assert notes and all(orders[o][0] == u for o, u, _, _ in notes)  # its user is its order's user
    assert all(sent >= orders[o][1] for o, _, sent, _ in notes)  # sent after the order it is about
    assert all(read is None or read >= sent for _, _, sent, read in notes)  # read once sent


def test_verify_workspace_finds_an_orphan_nobody_asked_for(seeded) -> None:
    dsns, path, _ = seeded
    res = runner.invoke(app, ["verify", "--workspace", str(path)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    with psycopg.connect(dsns["payments"], autocommit=True) as conn:
        conn.execute("UPDATE payments SET user_id = 987654 WHERE order_id = (SELECT min(order_id) FROM payments)")
    res = runner.invoke(app, ["verify", "--workspace", str(path), "--output", "json"], catch_exceptions=False)
    assert res.exit_code == 1
    doc = json.loads(res.stdout)
    assert [p["table"] for p in doc["problems"]] == ["payments.payments"]
    assert "payments.payments.user_id -> users.users.id" in {r["reference"] for r in doc["references"] if r["orphans"]}


def test_plan_lists_phases_databases_and_how_each_reference_is_kept(seeded) -> None:
    wp = plan_workspace(str(seeded[1]), "ci", 11)
    doc = wp.to_dict()
    assert set(doc["databases"]) == set(ALIASES)
    kept = {r["reference"]: r["kept"] for r in doc["references"]}
    assert "diamond" in kept["payments.payments.user_id -> users.users.id"]
    assert all(r["across_databases"] for r in doc["references"])
    res = runner.invoke(app, ["plan", "--workspace", str(seeded[1]), "--profile", "ci"], catch_exceptions=False)
    assert res.exit_code == 0 and "phase 1: users, products (in parallel)" in res.output
    assert "nothing written" in res.output


def test_exact_deliberate_orphans_across_databases(server_dsn: str, tmp_path: Path) -> None:
    refs = REFS | {"notifs.notifications.user_id": {"to": "users.users.id", "orphans": 0.1}}
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns, refs))
        result = seed_workspace(str(path), "ci", 4)
        assert result.ok, result.problems
        orphans, total = _orphans(dsns, "notifs.notifications.user_id", "users.users.id")
        assert total == 500 and orphans == 50  # exactly 10%, not a per-row coin
        assert verify_workspace(str(path)).ok


def test_a_scope_names_another_database_and_asks_exact_orphans(server_dsn: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns) + '\n[databases.orders.scope]\n'
                        'text = "300 orders across 20 users, 10% with user IDs that do not exist"\n')
        result = seed_workspace(str(path), None, 6)
        assert result.ok, result.problems
        assert _counts(dsns)["users.users"] == 20 and _counts(dsns)["orders.orders"] == 300
        assert _orphans(dsns, "orders.orders.user_id", "users.users.id") == (30, 300)
        assert verify_workspace(str(path)).ok  # the orphans the scope asked for are not problems
        res = runner.invoke(app, ["plan", "--workspace", str(path), "--rows", "5"], catch_exceptions=False)
        assert res.exit_code == 2 and "--rows" in res.output
        # Keys a scope names must exist in the owning database or be made by this seed (20 exist, 21-120 are new).
        path.write_text(_toml(dsns) + '\n[databases.orders.scope]\ntext = "300 orders for user IDs 1-50"\n')
        assert plan_workspace(str(path), None, 1).plan.tables[QualifiedName(schema="orders", name="orders")].rows == 300
        path.write_text(_toml(dsns) + '\n[databases.orders.scope]\ntext = "300 orders for user IDs 900-901"\n')
        with pytest.raises(ScopeError) as exc:
            plan_workspace(str(path), None, 1)
        assert "900" in exc.value.message


def test_the_seed_articles_scope_keeps_time_order_through_listed_keys(server_dsn: str, tmp_path: Path) -> None:
    """"notifications for users 1-100 about order IDs 1-500 with timestamps after the
    corresponding order dates": the listed keys are the rows this seed makes, so each notification
    follows its own order in time, and stays within the keys listed."""
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns) + '\n[databases.notifs.scope]\ntext = "notifications for users 1-100 about '
                        'order IDs 1-500 with timestamps after the corresponding order dates"\n')
        result = seed_workspace(str(path), "ci", 4)
        assert result.ok, result.problems
        placed = dict(_values(dsns["orders"], "SELECT id, placed_at FROM orders"))
        sent = _values(dsns["notifs"], "SELECT user_id, order_id, sent_at FROM notifications")
        assert len(sent) == 500 and all(1 <= u <= 100 and 1 <= o <= 500 for u, o, _ in sent)
        assert sum(1 for _, o, at in sent if at < placed[o]) == 0


def test_children_pick_parents_that_exist_in_the_owning_database(server_dsn: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns, extra='\n[profiles.more]\nrows = { "users.users" = 0, "products.products" = 0, '
                                          '"orders.orders" = 200, "payments.payments" = 200 }\n'))
        assert seed_workspace(str(path), "ci", 1).ok
        users = {r[0] for r in _values(dsns["users"], "SELECT id FROM users")}
        result = seed_workspace(str(path), "more", 2)  # no new user or product: only existing ones to point at
        assert result.ok, result.problems
        assert _counts(dsns)["users.users"] == 100 and _counts(dsns)["orders.orders"] == 700
        new = _values(dsns["orders"], "SELECT DISTINCT user_id FROM orders WHERE id > 500")
        assert new and {r[0] for r in new} <= users
        assert _orphans(dsns, "orders.order_items.product_id", "products.products.id")[0] == 0


def test_a_cycle_of_references_across_two_databases(server_dsn: str, tmp_path: Path) -> None:
    with ExitStack() as stack:
        a, b = (stack.enter_context(contextmanager(_new_database)(server_dsn)) for _ in range(2))
        with psycopg.connect(a, autocommit=True) as conn:  # a table outside public: a:crm.accounts in the model
            conn.execute("CREATE SCHEMA crm; CREATE TABLE crm.accounts (id bigserial PRIMARY KEY, name text NOT NULL, "
                         "main_order_id bigint NOT NULL)")
        with psycopg.connect(b, autocommit=True) as conn:
            conn.execute("CREATE TABLE orders (id uuid PRIMARY KEY, account_id bigint NOT NULL, placed_at timestamptz NOT NULL)")
        path = tmp_path / "seedbed.toml"
        path.write_text(f'[databases.a]\ndsn = "{a}"\n[databases.b]\ndsn = "{b}"\n[references]\n'
                        '"a.crm.accounts.main_order_id" = "b.orders.id"\n"b.orders.account_id" = "a.crm.accounts.id"\n')
        with pytest.raises(Exception) as exc:  # a bigint cannot hold a UUID key
            plan_workspace(str(path))
        assert getattr(exc.value, "code", "") == "SB140"
        with psycopg.connect(a, autocommit=True) as conn:
            conn.execute("ALTER TABLE crm.accounts ALTER main_order_id TYPE uuid USING NULL")
        result = seed_workspace(str(path), None, 3)
        assert result.ok and result.plan.phases == (("a", "b"),)  # one phase: they reference each other
        assert QualifiedName(schema="a:crm", name="accounts") in result.plan.plan.tables
        dsns = {"a": a, "b": b}
        assert _orphans(dsns, "a.crm.accounts.main_order_id", "b.orders.id") == (0, 100)
        assert _orphans(dsns, "b.orders.account_id", "a.crm.accounts.id") == (0, 300)


def test_same_seed_same_rows_in_every_database(server_dsn: str, tmp_path: Path) -> None:
    sums = []
    for run in range(2):
        with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
            path = tmp_path / f"seedbed{run}.toml"
            path.write_text(_toml(dsns))
            assert seed_workspace(str(path), "ci", 21).ok
            sums.append({f"{a}.{t}": _values(d, f"SELECT md5(string_agg(x::text, '' ORDER BY x::text)) FROM {t} x")
                         for a, d in dsns.items() for (t,) in _values(d, "SELECT tablename FROM pg_tables "
                                                                        "WHERE schemaname = 'public'")})
    assert sums[0] == sums[1] and len(sums[0]) == 12


def test_a_failure_in_the_last_phase_leaves_every_database_unchanged(server_dsn: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        with psycopg.connect(dsns["notifs"], autocommit=True) as conn:  # the last phase refuses its rows
            conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RAISE EXCEPTION 'notifications are closed'; END $$;"
                         "CREATE TRIGGER no_notes BEFORE INSERT ON notifications FOR EACH STATEMENT EXECUTE FUNCTION refuse()")
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns))
        res = runner.invoke(app, ["seed", "--workspace", str(path), "--profile", "ci"], catch_exceptions=False)
        assert res.exit_code == 3, res.output
        said = " ".join(res.output.split())
        assert "closed" in said and "nothing was committed in any database" in said
        assert not any(_counts(dsns).values())
        with psycopg.connect(dsns["users"]) as conn:  # sequences put back too
            assert conn.execute("SELECT last_value, is_called FROM users_id_seq").fetchone() == (1, False)


@pytest.fixture(scope="module")
def prepared_server() -> Iterator[str]:
    """A throwaway cluster that allows two-phase commit (the test server may not)."""
    from seedbed.embedded import EmbeddedPostgres

    with EmbeddedPostgres(prefer="binaries", settings={"max_prepared_transactions": "10"}) as pg:
        yield pg.dsn


def test_two_phase_commit_rolls_back_prepared_databases(prepared_server: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, prepared_server)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns))
        result = seed_workspace(str(path), "ci", 8)
        assert result.ok and any("two-phase commit" in n for n in result.notes)
        before = _counts(dsns)
        with psycopg.connect(dsns["notifs"], autocommit=True) as conn:  # refused at COMMIT time, after PREPARE began
            conn.execute("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RAISE EXCEPTION 'late refusal'; END $$;"
                         "CREATE CONSTRAINT TRIGGER late AFTER INSERT ON notifications DEFERRABLE INITIALLY DEFERRED "
                         "FOR EACH ROW EXECUTE FUNCTION refuse()")
        with pytest.raises(DatabaseError) as exc:
            seed_workspace(str(path), "ci", 9)
        assert "nothing was committed" in exc.value.hint
        assert _counts(dsns) == before
        with psycopg.connect(prepared_server) as conn:
            assert conn.execute("SELECT count(*) FROM pg_prepared_xacts").fetchone()[0] == 0


def test_two_servers_one_seed(prepared_server: str, server_dsn: str, tmp_path: Path) -> None:
    servers = {"users": prepared_server, "products": prepared_server, "orders": server_dsn,
               "payments": server_dsn, "notifs": server_dsn}
    with five_databases(servers) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns))
        result = seed_workspace(str(path), "ci", 12)
        assert result.ok, result.problems
        for child, parent in REFS.items():
            assert _orphans(dsns, child, parent)[0] == 0, child
        two_phase = all(_values(d, "SELECT current_setting('max_prepared_transactions')::int")[0][0] > 0
                        for d in dsns.values())
        assert any(("two-phase" in n) == two_phase for n in result.notes)


def test_workspace_errors_name_the_database(server_dsn: str, tmp_path: Path) -> None:
    path = tmp_path / "seedbed.toml"
    path.write_text('[databases.users]\ndsn_env = "SEEDBED_W1_UNSET_VAR"\n')
    with pytest.raises(WorkspaceError) as exc:
        plan_workspace(str(path))
    assert exc.value.code == "SB141" and "SEEDBED_W1_UNSET_VAR" in exc.value.message
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path.write_text(_toml(dsns, {"orders.orders.user_id": "usrs.users.id"}))
        with pytest.raises(WorkspaceError) as exc:
            plan_workspace(str(path))
        assert "usrs" in exc.value.message and "users" in (exc.value.hint or "")
        path.write_text(_toml(dsns))
        with pytest.raises(WorkspaceError):
            plan_workspace(str(path), "nightly")


def test_scale_profile_scales_roots_and_children_follow(server_dsn: str, tmp_path: Path) -> None:
    with five_databases(dict.fromkeys(ALIASES, server_dsn)) as dsns:
        path = tmp_path / "seedbed.toml"
        path.write_text(_toml(dsns, extra="\n[profiles.tiny]\nscale = 0.1\n"))
        full = plan_workspace(str(path), None, 1).plan
        tiny = plan_workspace(str(path), "tiny", 1).plan
        for name, tp in tiny.tables.items():
            if not any(fk.fanout for fk in tp.fks):
                assert tp.rows == max(1, round(full.tables[name].rows * 0.1)), name
        assert tiny.total_rows < full.total_rows / 5
