"""CHECKs that say an implication ("a pending order has no shipped date") keep the rows' own mix.

``CHECK (status <> 'pending' OR shipped_at IS NULL)`` has two ways to hold: the status is not
pending, or the date is NULL. Drawn blindly per row, half the rows took "NULL" whatever their
status, and a status gate that fills the date for delivered orders then showed the empty value as
1970-01-01 and broke ``shipped_at >= placed_at`` (SB310 on load). Now the status is drawn first, from
its own mix, and each row takes a way its status already satisfies; a CHECK's NULL or NOT NULL
also outranks the status gate.
"""

from __future__ import annotations

import psycopg

from seedbed import service
from seedbed.planning.planner import PlanOptions

DDL = """
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status order_status NOT NULL,
    total numeric(10,2) NOT NULL CHECK (total > 0),
    placed_at timestamptz NOT NULL,
    shipped_at timestamptz,
    CHECK (shipped_at IS NULL OR shipped_at >= placed_at),
    CHECK (status <> 'pending' OR shipped_at IS NULL),
    CHECK (status NOT IN ('shipped', 'delivered') OR shipped_at IS NOT NULL),
    CHECK (status <> 'cancelled' OR total <= 100)
);
"""


def _seed(dsn: str, rows: int = 600, ddl: str = DDL) -> list[tuple]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)
    result = service.seed(dsn, PlanOptions(rows=rows, seed=11))
    assert result.ok, result.verify
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT status::text, total, placed_at, shipped_at FROM orders").fetchall()


def _shares(rows: list[tuple]) -> dict[str, float]:
    return {s: sum(r[0] == s for r in rows) / len(rows) for s in ("pending", "paid", "shipped", "delivered", "cancelled")}


def test_implications_hold_and_the_status_keeps_its_mix(fresh_dsn: str, other_dsn: str) -> None:
    rows = _seed(fresh_dsn)
    free = _seed(other_dsn, ddl=DDL.split("    CHECK (status <> 'pending'")[0].rstrip().rstrip(",") + "\n);\n")
    mine, own = _shares(rows), _shares(free)
    assert all(abs(mine[s] - own[s]) < 0.1 for s in mine), (mine, own)  # the CHECKs do not reshape the mix
    by = {s: [r for r in rows if r[0] == s] for s in ("pending", "paid", "shipped", "delivered", "cancelled")}
    assert all(r[3] is None for r in by["pending"])
    assert all(r[3] is not None and r[3] >= r[2] for r in by["shipped"] + by["delivered"])
    assert all(r[1] <= 100 for r in by["cancelled"])
    # the rows not concerned keep their own values: the bound on cancelled orders does not leak
    assert any(r[1] > 100 for r in by["delivered"] + by["paid"])
    # every status still occurs, none taking half the rows because a CHECK's other way was drawn
    assert all(by[s] for s in by)
    assert max(len(v) for v in by.values()) < 0.7 * len(rows)


def test_a_check_null_outranks_the_status_gate(fresh_dsn: str) -> None:
    """Only the one implication: delivered and shipped orders keep their date (the gate's), pending
    ones have none (the CHECK's), and no date is the empty value of an unset cell."""
    with psycopg.connect(fresh_dsn, autocommit=True) as conn:
        conn.execute(DDL.replace("CHECK (status NOT IN ('shipped', 'delivered') OR shipped_at IS NOT NULL),", "")
                     .replace(",\n    CHECK (status <> 'cancelled' OR total <= 100)", ""))
    result = service.seed(fresh_dsn, PlanOptions(rows=600, seed=5))
    assert result.ok, result.verify
    with psycopg.connect(fresh_dsn) as conn:
        rows = conn.execute("SELECT status::text, placed_at, shipped_at FROM orders").fetchall()
    assert all(r[2] is None for r in rows if r[0] == "pending")
    assert all(r[2] is None or r[2] >= r[1] for r in rows)
    assert all(r[2] is None or r[2].year > 1990 for r in rows)
    delivered = [r for r in rows if r[0] == "delivered"]
    assert delivered and sum(r[2] is not None for r in delivered) >= 0.9 * len(delivered)
