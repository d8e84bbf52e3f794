"""Triggers that enforce an application's invariants (issue 16, class 5), on a real database.

Diamonds (a row referencing A and B, where B references A) take A through B, so triggers that
check the agreement pass; rows a trigger rejects are found by bisection and regenerated; a
trigger that rejects everything stops the seed with exit 4 naming it; role and database
settings (search_path) apply to the seed's session; ``--disable-triggers`` turns them off.
"""

from __future__ import annotations

import functools
import uuid

import psycopg
import pytest
from psycopg import sql
from typer.testing import CliRunner

import seedbed
from seedbed import service
from seedbed.engines.postgres import load as pg_load
from seedbed.cli.main import app
from seedbed.errors import DatabaseError, UnsatisfiableConstraint
from seedbed.generate.engine import Engine
from seedbed.planning.options import FkSpec
from seedbed.planning.planner import PlanOptions

runner = CliRunner()

DIAMONDS = """
CREATE TABLE users (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE rooms (id serial PRIMARY KEY, name text);
CREATE TABLE orders (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users);
CREATE TABLE payments (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders,
                       user_id int NOT NULL REFERENCES users, amount numeric(10, 2));
CREATE TABLE reviews (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users,
                      order_id int REFERENCES orders, body text);
CREATE TABLE events (id serial PRIMARY KEY, room_id int REFERENCES rooms,
                     parent_id int REFERENCES events, title text);
CREATE TABLE tenants_users (tenant int, id int, PRIMARY KEY (tenant, id));
CREATE TABLE projects (id serial PRIMARY KEY, owner_tenant int NOT NULL, owner_id int NOT NULL,
                       FOREIGN KEY (owner_tenant, owner_id) REFERENCES tenants_users);
CREATE TABLE tasks (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects,
                    who_tenant int NOT NULL, who_id int NOT NULL,
                    FOREIGN KEY (who_tenant, who_id) REFERENCES tenants_users);

CREATE FUNCTION check_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.user_id <> (SELECT user_id FROM orders WHERE id = NEW.order_id) THEN
    RAISE EXCEPTION 'payment % user is not its order''s user', NEW.id;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER payments_user BEFORE INSERT ON payments FOR EACH ROW EXECUTE FUNCTION check_payment();
CREATE FUNCTION check_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.order_id IS NOT NULL AND NEW.user_id <> (SELECT user_id FROM orders WHERE id = NEW.order_id) THEN
    RAISE EXCEPTION 'a review is by the buyer';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER reviews_buyer BEFORE INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION check_review();
CREATE FUNCTION check_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL
     AND NEW.room_id IS DISTINCT FROM (SELECT room_id FROM events WHERE id = NEW.parent_id) THEN
    RAISE EXCEPTION 'event % is not in its parent''s room', NEW.id;
  END IF;
  RETURN NEW;
END $$;
CREATE CONSTRAINT TRIGGER events_room AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION check_event();
CREATE FUNCTION check_task() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.who_tenant, NEW.who_id) IS DISTINCT FROM
     (SELECT (owner_tenant, owner_id) FROM projects WHERE id = NEW.project_id) THEN
    RAISE EXCEPTION 'a task belongs to its project''s owner';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER tasks_owner BEFORE INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION check_task();
"""

AGREE = {
    "payments": "SELECT count(*) FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.user_id <> o.user_id",
    "reviews": "SELECT count(*) FROM reviews r JOIN orders o ON o.id = r.order_id WHERE r.user_id <> o.user_id",
    "events": "SELECT count(*) FROM events e JOIN events p ON p.id = e.parent_id "
              "WHERE e.room_id IS DISTINCT FROM p.room_id",
    "tasks": "SELECT count(*) FROM tasks t JOIN projects p ON p.id = t.project_id "
             "WHERE (t.who_tenant, t.who_id) <> (p.owner_tenant, p.owner_id)",
}


def scalar(dsn: str, query: str):
    with psycopg.connect(dsn, autocommit=True) as conn:
        return conn.execute(query).fetchone()[0]


def execute(dsn: str, ddl: str) -> None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)


# ------------------------------------------------------------------------------ diamonds
def test_diamonds_agree_so_checking_triggers_pass(fresh_dsn: str) -> None:
    execute(fresh_dsn, DIAMONDS)
    result = seedbed.seed(fresh_dsn, rows=1000, seed=7)
    assert result.ok, result.verify.problems
    for table, query in AGREE.items():
        assert scalar(fresh_dsn, f"SELECT count(*) FROM {table}") == 1000
        assert scalar(fresh_dsn, query) == 0, table
    # Not one user for everything: the A rows still spread over the parents.
    assert scalar(fresh_dsn, "SELECT count(DISTINCT user_id) FROM payments") > 200
    assert scalar(fresh_dsn, "SELECT count(DISTINCT room_id) FROM events") > 20
    # Nothing was rejected: no trigger had to be the oracle (the rows agree by construction).
    assert scalar(fresh_dsn, "SELECT count(*) FROM events WHERE parent_id IS NOT NULL") > 500


def test_diamonds_agree_across_chunks(fresh_dsn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parents in earlier chunks (pools) and in the same chunk (a self-reference's chain)."""
    execute(fresh_dsn, DIAMONDS)
    monkeypatch.setattr(pg_load, "Engine", functools.partial(Engine, chunk_rows=97))
    result = service.seed(fresh_dsn, PlanOptions(rows=700, seed=11))
    assert result.ok, result.verify.problems
    for table, query in AGREE.items():
        assert scalar(fresh_dsn, query) == 0, table


def test_plan_explains_the_diamond_and_names_the_triggers(fresh_dsn: str) -> None:
    execute(fresh_dsn, DIAMONDS)
    res = runner.invoke(app, ["plan", "--dsn", fresh_dsn, "--explain"], env={}, catch_exceptions=False)
    assert res.exit_code == 0, res.stderr
    text = " ".join(res.stdout.split())
    assert "through orders.user_id of its orders row" in text
    assert "through events.room_id of its parent row" in text
    assert "through projects.owner_tenant,owner_id of its projects row" in text
    assert "payments_user (BEFORE INSERT, public.check_payment) may reject rows" in text


def test_a_pinned_fk_and_a_one_to_one_fk_keep_their_own_picks(fresh_dsn: str) -> None:
    execute(fresh_dsn, DIAMONDS + """
        CREATE TABLE profiles (id serial PRIMARY KEY, user_id int NOT NULL UNIQUE REFERENCES users,
                               order_id int NOT NULL REFERENCES orders);""")
    plan = service.make_plan(*_conn_schema(fresh_dsn), PlanOptions(rows=50, seed=1, fks={
        "payments.user_id": FkSpec(parents=5)}))
    diamonds = {n.name: [d.fk for d in tp.diamonds] for n, tp in plan.tables.items()}
    assert diamonds["payments"] == []
    assert diamonds["profiles"] == []
    assert diamonds["reviews"] == ["reviews_user_id_fkey"]
    notes = " ".join(plan.notes)
    assert "payments: FK payments_user_id_fkey keeps the parents asked for" in notes
    assert "profiles: FK profiles_user_id_fkey picks its own users row" in notes


def test_no_diamond_where_a_is_referenced_more_than_once_or_b_is_a(fresh_dsn: str) -> None:
    """A sender and a recipient both taken from the thread's owner would be one person; a
    task's assignee is not its reviewer's manager. Names pair FKs up where A is referenced twice."""
    execute(fresh_dsn, """
        CREATE TABLE users (id serial PRIMARY KEY, manager_id int REFERENCES users);
        CREATE TABLE threads (id serial PRIMARY KEY, owner_id int NOT NULL REFERENCES users);
        CREATE TABLE messages (id serial PRIMARY KEY, thread_id int NOT NULL REFERENCES threads,
                               sender_id int NOT NULL REFERENCES users, recipient_id int NOT NULL REFERENCES users,
                               CHECK (sender_id <> recipient_id));
        CREATE TABLE orders (id serial PRIMARY KEY, buyer_id int NOT NULL REFERENCES users,
                             seller_id int NOT NULL REFERENCES users);
        CREATE TABLE reviews (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES orders,
                              buyer_id int NOT NULL REFERENCES users);
        CREATE TABLE tasks (id serial PRIMARY KEY, assignee_id int REFERENCES users, reviewer_id int REFERENCES users);
        CREATE TABLE posts (id serial PRIMARY KEY, author_id int NOT NULL REFERENCES users,
                            reply_to_id int REFERENCES posts, reply_to_author_id int REFERENCES users);""")
    plan = service.make_plan(*_conn_schema(fresh_dsn), PlanOptions(rows=50, seed=1))
    diamonds = {n.name: [(d.fk, d.via) for d in tp.diamonds] for n, tp in plan.tables.items()}
    assert diamonds["messages"] == [] and diamonds["tasks"] == [] and diamonds["posts"] == []
    assert diamonds["reviews"] == [("reviews_buyer_id_fkey", "orders_buyer_id_fkey")]


def _conn_schema(dsn: str):
    conn = psycopg.connect(dsn, autocommit=True)
    return conn, service.load_schema(conn)


# ------------------------------------------------------------------------------ the database as oracle
REJECT_SHARE = """
CREATE TABLE notes (id serial PRIMARY KEY, title text NOT NULL, score int NOT NULL CHECK (score BETWEEN 1 AND 100));
CREATE FUNCTION picky() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF abs(hashtext(NEW.title || NEW.score)) % 10 = 0 THEN
    RAISE EXCEPTION 'note % refused', NEW.title;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER notes_picky BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION picky();
"""


def test_rows_a_trigger_rejects_are_regenerated(fresh_dsn: str) -> None:
    execute(fresh_dsn, REJECT_SHARE)
    result = seedbed.seed(fresh_dsn, rows=1000, seed=3)
    assert result.ok, result.verify.problems
    assert scalar(fresh_dsn, "SELECT count(*) FROM notes") == 1000
    assert scalar(fresh_dsn, "SELECT count(*) FROM notes WHERE abs(hashtext(title || score)) % 10 = 0") == 0
    assert any("notes_picky" in n and "may reject rows" in n for n in result.notes)


def test_regenerated_rows_are_deterministic(fresh_dsn: str, other_dsn: str) -> None:
    digests = []
    for dsn in (fresh_dsn, other_dsn):
        execute(dsn, REJECT_SHARE)
        seedbed.seed(dsn, rows=400, seed=9)
        digests.append(scalar(dsn, "SELECT md5(string_agg(n::text, '|' ORDER BY id)) FROM notes n"))
    assert digests[0] == digests[1]


REJECT_ALL = """
CREATE TABLE gate (id serial PRIMARY KEY, label text);
CREATE FUNCTION closed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the gate is closed'; END $$;
CREATE TRIGGER gate_closed BEFORE INSERT ON gate FOR EACH ROW EXECUTE FUNCTION closed();
"""


def test_a_trigger_that_rejects_everything_exits_4_naming_it(fresh_dsn: str) -> None:
    execute(fresh_dsn, REJECT_ALL)
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", "200", "--seed", "1"], env={},
                        catch_exceptions=False)
    assert res.exit_code == 4, (res.stdout, res.stderr)
    text = " ".join(res.stderr.split())
    assert "SB403" in text and "gate_closed" in text and "public.closed" in text
    assert "the gate is closed" in text and "--disable-triggers" in text
    assert "Traceback" not in res.stderr
    assert scalar(fresh_dsn, "SELECT count(*) FROM gate") == 0  # nothing written
    with pytest.raises(UnsatisfiableConstraint) as info:
        seedbed.seed(fresh_dsn, rows=10, seed=1)
    assert info.value.subject == "gate.gate_closed"


# ------------------------------------------------------------------------------ settings and switches
def test_database_search_path_applies_to_trigger_helpers(fresh_dsn: str) -> None:
    """A trigger function that calls an unqualified helper finds it through the database's
    search_path (seedbed never replaces it on the seed's session)."""
    dbname = psycopg.conninfo.conninfo_to_dict(fresh_dsn)["dbname"]
    execute(fresh_dsn, sql.SQL("""
        CREATE SCHEMA app;
        ALTER DATABASE {} SET search_path = app, public;
        CREATE TABLE app.accounts (id serial PRIMARY KEY, code text NOT NULL);
        CREATE FUNCTION app.acceptable(t text) RETURNS boolean LANGUAGE sql
            AS $f$ SELECT abs(hashtext(t)) % 8 <> 0 $f$;
        CREATE FUNCTION app.check_code() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF NOT acceptable(NEW.code) THEN RAISE EXCEPTION 'code % refused', NEW.code; END IF;
          RETURN NEW;
        END $f$;
        CREATE TRIGGER accounts_check BEFORE INSERT ON app.accounts
            FOR EACH ROW EXECUTE FUNCTION app.check_code();
    """).format(sql.Identifier(dbname)).as_string())
    result = seedbed.seed(fresh_dsn, rows=500, seed=2)
    assert result.ok, result.verify.problems
    assert scalar(fresh_dsn, "SELECT count(*) FROM app.accounts WHERE acceptable(code)") == 500
    with psycopg.connect(fresh_dsn) as conn:
        service.load_schema(conn)
        assert conn.execute("SHOW search_path").fetchone()[0] == "app, public"


def test_disable_triggers_is_explicit_and_warns(fresh_dsn: str) -> None:
    execute(fresh_dsn, REJECT_ALL)
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", "30", "--seed", "1", "--disable-triggers"],
                        env={}, catch_exceptions=False)
    assert res.exit_code == 0, (res.stdout, res.stderr)
    text = " ".join(res.stderr.split())
    assert "warning" in text and "not checked" in text
    assert scalar(fresh_dsn, "SELECT count(*) FROM gate") == 30
    # Only for the load: the trigger fires again afterwards.
    with pytest.raises(psycopg.errors.RaiseException):
        execute(fresh_dsn, "INSERT INTO gate (label) VALUES ('x')")


def test_disable_triggers_needs_a_superuser(fresh_dsn: str) -> None:
    execute(fresh_dsn, REJECT_ALL)
    role = f"h4_plain_{uuid.uuid4().hex[:8]}"
    execute(fresh_dsn, sql.SQL("CREATE ROLE {r} LOGIN; GRANT ALL ON ALL TABLES IN SCHEMA public TO {r}; "
                               "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {r}").format(
        r=sql.Identifier(role)).as_string())
    try:
        dsn = psycopg.conninfo.make_conninfo(fresh_dsn, user=role)
        with pytest.raises(DatabaseError) as info:
            seedbed.seed(dsn, rows=5, seed=1, disable_triggers=True)
        assert info.value.code == "SB322" and "superuser" in info.value.hint
    finally:
        with psycopg.connect(fresh_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {r}; DROP ROLE {r}").format(r=sql.Identifier(role)))


def test_children_follow_the_regenerated_rows_of_their_parents(fresh_dsn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Orders a trigger rejected are remade with other users; payments and reviews (diamonds
    through orders) read the orders as loaded, not as first made, also across chunks made ahead."""
    execute(fresh_dsn, DIAMONDS + """
        ALTER TABLE orders ADD COLUMN note text NOT NULL DEFAULT '';
        CREATE FUNCTION picky_order() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF abs(hashtext(NEW.note || NEW.user_id)) % 4 = 0 THEN RAISE EXCEPTION 'order refused'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER orders_picky BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION picky_order();
        -- No trigger downstream to catch a disagreement: the rows must agree by construction.
        DROP TRIGGER payments_user ON payments;
        DROP TRIGGER reviews_buyer ON reviews;""")
    monkeypatch.setattr(pg_load, "Engine", functools.partial(Engine, chunk_rows=97))
    result = service.seed(fresh_dsn, PlanOptions(rows=600, seed=5))
    assert result.ok, result.verify.problems
    assert scalar(fresh_dsn, "SELECT count(*) FROM orders WHERE abs(hashtext(note || user_id)) % 4 = 0") == 0
    for table, query in AGREE.items():
        assert scalar(fresh_dsn, query) == 0, table


def test_a_deferred_trigger_refusing_at_commit_exits_4_naming_it(fresh_dsn: str) -> None:
    execute(fresh_dsn, """
        CREATE TABLE gate (id serial PRIMARY KEY, label text);
        CREATE FUNCTION closed_late() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'closed at commit'; END $$;
        CREATE CONSTRAINT TRIGGER gate_late AFTER INSERT ON gate DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION closed_late();""")
    res = runner.invoke(app, ["seed", "--dsn", fresh_dsn, "--rows", "10", "--seed", "1"], env={},
                        catch_exceptions=False)
    assert res.exit_code == 4, (res.stdout, res.stderr)
    text = " ".join(res.stderr.split())
    assert "gate_late" in text and "public.closed_late" in text and "closed at commit" in text
    assert scalar(fresh_dsn, "SELECT count(*) FROM gate") == 0


def test_role_search_path_applies_to_trigger_helpers(fresh_dsn: str) -> None:
    """``ALTER ROLE ... SET search_path``: the seed's session is the role's session."""
    role = f"h4_app_{uuid.uuid4().hex[:8]}"
    execute(fresh_dsn, sql.SQL("""
        CREATE ROLE {r} LOGIN;
        CREATE SCHEMA tools AUTHORIZATION {r};
        CREATE SCHEMA app AUTHORIZATION {r};
        ALTER ROLE {r} SET search_path = app, tools;
    """).format(r=sql.Identifier(role)).as_string())
    dsn = psycopg.conninfo.make_conninfo(fresh_dsn, user=role)
    try:
        execute(dsn, """
            CREATE FUNCTION tools.fine(t text) RETURNS boolean LANGUAGE sql AS $f$ SELECT abs(hashtext(t)) % 6 <> 0 $f$;
            CREATE TABLE app.items (id serial PRIMARY KEY, label text NOT NULL);
            CREATE FUNCTION app.check_item() RETURNS trigger LANGUAGE plpgsql AS $f$
            BEGIN
              IF NOT fine(NEW.label) THEN RAISE EXCEPTION 'item % refused', NEW.label; END IF;
              RETURN NEW;
            END $f$;
            CREATE TRIGGER items_check BEFORE INSERT ON app.items FOR EACH ROW EXECUTE FUNCTION app.check_item();""")
        result = seedbed.seed(dsn, rows=300, seed=4)
        assert result.ok, result.verify.problems
        assert scalar(dsn, "SELECT count(*) FROM app.items WHERE tools.fine(label)") == 300
    finally:
        with psycopg.connect(fresh_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP OWNED BY {r}; DROP ROLE {r}").format(r=sql.Identifier(role)))


def test_appended_rows_follow_existing_parent_rows(fresh_dsn: str) -> None:
    """Append mode: a payment through an order that existed before this seed takes that
    order's user (read once from the database), as the trigger demands."""
    execute(fresh_dsn, DIAMONDS)
    assert seedbed.seed(fresh_dsn, rows=300, seed=1).ok
    execute(fresh_dsn, "DROP TRIGGER payments_user ON payments; DROP TRIGGER reviews_buyer ON reviews")
    result = seedbed.seed(fresh_dsn, rows={"payments": 2000, "reviews": 2000}, seed=2,
                          tables=["payments", "reviews"])
    assert result.ok, result.verify.problems
    assert scalar(fresh_dsn, "SELECT count(*) FROM payments") == 2300
    assert scalar(fresh_dsn, AGREE["payments"]) == 0
    assert scalar(fresh_dsn, AGREE["reviews"]) == 0
