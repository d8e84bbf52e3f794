"""The loading ceilings: COPY of pre-built bytes, with no generation in the timed part.

The COPY text of the whole workload is built in memory first (untimed, deterministic, numpy for the
random draws), then loaded:

- constrained: into the tables with every constraint, in foreign-key order, one transaction;
- bare then constraints (Lb): into tables without keys, indexes, CHECKs or FKs, then every constraint
  added with ``ALTER TABLE ... ADD CONSTRAINT``, COPY and ALTERs timed together in one transaction.

Rows of one order are written together (as a per-order script would) and the parents are spread over
their children with a skew (a few heavy users), so the index and FK work is that of a realistic load.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import psycopg
from psycopg import sql

from bench import workload
from bench.measure import connect

_FIRST = ("anna", "ben", "chloe", "david", "emma", "felix", "grace", "hugo", "iris", "jack", "kira", "leo",
          "maya", "noah", "olga", "paul", "quinn", "rosa", "sam", "tara", "umar", "vera", "will", "yara")
_LAST = ("smith", "garcia", "müller", "rossi", "dubois", "kowalski", "tanaka", "silva", "novak", "jensen",
         "okafor", "cohen", "khan", "larsen", "moreau", "ivanova", "nguyen", "patel", "schmidt", "walsh")
_DOMAINS = ("example.com", "example.org", "example.net", "mail.test", "inbox.test")
_COUNTRIES = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "JP", "BR", "IN", "CA", "AU", "NG")
_WORDS = ("classic", "compact", "deluxe", "eco", "ergonomic", "fresh", "heavy", "light", "mini", "organic",
          "portable", "pro", "rugged", "smart", "soft", "ultra", "vintage", "wireless")
_NOUNS = ("backpack", "blender", "bottle", "chair", "desk", "headphones", "jacket", "kettle", "lamp", "mug",
          "notebook", "pan", "pillow", "shoes", "speaker", "tent", "towel", "watch")

#: 2023-01-01T00:00:00Z and a three-year window for timestamps.
_T0 = np.datetime64("2023-01-01T00:00:00", "s")
_WINDOW_S = 3 * 365 * 86_400


@dataclass(frozen=True, slots=True, kw_only=True)
class CopyData:
    """The COPY text (PostgreSQL text format) of every workload table.

    Attributes:
        tables: ``(table, columns, data)`` in foreign-key order; ``data`` is UTF-8 bytes, one line a row.
        rows: Rows per table.
    """

    tables: tuple[tuple[str, tuple[str, ...], bytes], ...]
    rows: dict[str, int]

    @property
    def total_rows(self) -> int:
        """Rows over all tables."""
        return sum(self.rows.values())

    @property
    def total_bytes(self) -> int:
        """Bytes of COPY text over all tables."""
        return sum(len(d) for _, _, d in self.tables)


def _ts(rng: np.random.Generator, n: int) -> np.ndarray:
    return _T0 + rng.integers(0, _WINDOW_S, n).astype("timedelta64[s]")


def _skewed(rng: np.random.Generator, n_parents: int, n: int) -> np.ndarray:
    """Parent ids 1..n_parents, a few parents getting many children (density ~ 1/sqrt)."""
    return (np.floor(rng.random(n) ** 2 * n_parents) + 1).astype(np.int64)


#: Rows formatted at a time (bounds the memory of the Python strings).
_CHUNK = 100_000


def _format(n: int, arrays: list[np.ndarray], line: Callable[..., str]) -> bytes:
    """COPY text of ``n`` rows: ``line(row_number, *values)`` per row (1-based), chunk by chunk.

    Args:
        n: Rows.
        arrays: One array of length ``n`` per value passed to ``line`` (datetimes become ISO text).
        line: Formats one row, newline included.

    Returns:
        UTF-8 bytes.
    """
    parts = []
    for a in range(0, n, _CHUNK):
        b = min(n, a + _CHUNK)
        cols = [(arr[a:b].astype(str) if arr.dtype.kind == "M" else arr[a:b]).tolist() for arr in arrays]
        parts.append("".join(line(*vals) for vals in zip(range(a + 1, b + 1), *cols)).encode())
    return b"".join(parts)


def items_per_order(n_orders: int, n_items: int, rng: np.random.Generator) -> np.ndarray:
    """How many order_items each order gets: ``n_items // n_orders`` or one more, summing to ``n_items``.

    Args:
        n_orders: Orders.
        n_items: Order items in total.
        rng: Random source (which orders get the extra item).

    Returns:
        An int64 array of length ``n_orders``.
    """
    counts = np.full(n_orders, n_items // n_orders, dtype=np.int64)
    extra = n_items - int(counts.sum())
    if extra:
        counts[rng.choice(n_orders, extra, replace=False)] += 1
    return counts


def build(counts: dict[str, int], *, seed: int = 1) -> CopyData:
    """Build the COPY text of the workload (untimed).

    Args:
        counts: Rows per table (``workload.sizes()``).
        seed: Seed of the random draws.

    Returns:
        The COPY text per table.

    Raises:
        ValueError: When an order would need more distinct products than exist.
    """
    rng = np.random.default_rng(seed)
    nu, np_, no, ni = (counts[t] for t in workload.TABLE_NAMES)
    out: list[tuple[str, tuple[str, ...], bytes]] = []

    def user(i: int, f: int, la: int, d: int, c: int, t: str) -> str:
        return (f"{i}\t{_FIRST[f]}.{_LAST[la]}{i}@{_DOMAINS[d]}\t{_FIRST[f].title()} {_LAST[la].title()}"
                f"\t{_COUNTRIES[c]}\t{t}+00\n")

    draws = [rng.integers(0, len(pool), nu) for pool in (_FIRST, _LAST, _DOMAINS, _COUNTRIES)]
    out.append(("users", workload.TABLES[0].column_names, _format(nu, [*draws, _ts(rng, nu)], user)))

    def product(i: int, a: int, b: int, cents: int, stock: int) -> str:
        return f"{i}\tSKU-{i:07d}\t{_WORDS[a].title()} {_NOUNS[b]}\t{cents // 100}.{cents % 100:02d}\t{stock}\n"

    draws = [rng.integers(0, len(_WORDS), np_), rng.integers(0, len(_NOUNS), np_), rng.integers(100, 100_000, np_),
             rng.integers(0, 500, np_)]
    out.append(("products", workload.TABLES[1].column_names, _format(np_, draws, product)))

    def order(i: int, u: int, s: int, total: int, t: str) -> str:
        return f"{i}\t{u}\t{workload.ORDER_STATUSES[s]}\t{total}\t{t}+00\n"

    draws = [_skewed(rng, nu, no), rng.integers(0, len(workload.ORDER_STATUSES), no), rng.integers(0, 500_000, no),
             _ts(rng, no)]
    out.append(("orders", workload.TABLES[2].column_names, _format(no, draws, order)))

    per_order = items_per_order(no, ni, rng)
    if int(per_order.max()) > np_:
        raise ValueError(f"an order needs {int(per_order.max())} distinct products, only {np_} exist")
    order_id = np.repeat(np.arange(1, no + 1, dtype=np.int64), per_order)
    starts = np.repeat(np.cumsum(per_order) - per_order, per_order)
    line_no = np.arange(ni, dtype=np.int64) - starts  # 0.. within its order
    offset = np.repeat(rng.integers(0, np_, no), per_order)
    product_id = (offset + line_no) % np_ + 1  # distinct within an order
    del starts, line_no, offset

    def item(_: int, o: int, p: int, q: int, cents: int) -> str:
        return f"{o}\t{p}\t{q}\t{cents // 100}.{cents % 100:02d}\n"

    draws = [order_id, product_id, rng.integers(1, 11, ni), rng.integers(100, 100_000, ni)]
    out.append(("order_items", workload.TABLES[3].column_names, _format(ni, draws, item)))

    return CopyData(tables=tuple(out), rows=dict(counts))


def _copy(conn: psycopg.Connection, table: str, columns: tuple[str, ...], data: bytes,
          chunk: int = 1 << 20) -> None:
    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
    view = memoryview(data)
    with conn.cursor() as cur, cur.copy(stmt) as cp:
        for i in range(0, len(data), chunk):
            cp.write(view[i:i + chunk])


def load_constrained(dsn: str, data: CopyData) -> dict[str, float]:
    """Timed: COPY every table into the constrained tables, FK order, one transaction.

    Args:
        dsn: A database holding ``workload.constrained_ddl()``.
        data: What ``build`` made.

    Returns:
        ``{"seconds": ...}``, BEGIN to COMMIT.
    """
    with connect(dsn) as conn:
        conn.execute("SELECT 1")
        conn.rollback()
        t0 = time.perf_counter()
        for table, cols, payload in data.tables:
            _copy(conn, table, cols, payload)
        conn.commit()
        return {"seconds": time.perf_counter() - t0}


def load_bare_then_constraints(dsn: str, data: CopyData) -> dict[str, float]:
    """Timed together: COPY into the bare tables, then add every constraint, one transaction.

    Args:
        dsn: A database holding ``workload.bare_ddl()``.
        data: What ``build`` made.

    Returns:
        ``seconds`` (the total), ``copy_seconds`` and ``constraint_seconds``.
    """
    with connect(dsn) as conn:
        conn.execute("SELECT 1")
        conn.rollback()
        t0 = time.perf_counter()
        for table, cols, payload in data.tables:
            _copy(conn, table, cols, payload)
        t1 = time.perf_counter()
        for stmt in workload.add_constraints():
            conn.execute(stmt)
        conn.commit()
        t2 = time.perf_counter()
        return {"seconds": t2 - t0, "copy_seconds": t1 - t0, "constraint_seconds": t2 - t1}
