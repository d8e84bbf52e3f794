"""Chunk feeds: generation that runs ahead of loading, in a thread or in worker processes.

The server's per-row index and FK-trigger work is the ceiling of a load; generation must hide
behind it. A :class:`Feed` generates the chunks of a run of tables, in plan order, on a producer
thread (numpy and psycopg's socket waits release the GIL) while the caller's thread writes the
previous chunk to the server. At most ``depth`` encoded chunks wait in between, so memory is
bounded by the chunk size, not the row count.

With ``workers > 1`` the producer thread hands chunks to worker processes instead. Each worker
holds the schema and plan, receives the key pools a table reads (the parents' keys, which is all
a chunk needs besides its number: every column draws from its own keyed stream), makes chunks
with ``Engine.make_chunk`` and returns their COPY text and the key columns the parent adds to its
pools. Chunk ``i`` of a table goes to worker ``i % workers`` and is taken back in order, so the
bytes are the same as a single process's.

Everything the feed yields is a :class:`Encoded` chunk: COPY text, no Python object per cell.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from seedbed.generate.engine import Engine
from seedbed.generate.pools import PoolKey
from seedbed.model import QualifiedName, Schema
from seedbed.planning.model import Gen, Plan
from seedbed.engines.cells import copy_text

#: Encoded chunks waiting between the producer and the loader (bounds memory).
DEPTH = 2
#: Chunks in flight per worker process.
WORKER_DEPTH = 2


@dataclass(slots=True)
class Encoded:
    """One chunk as the loader needs it: COPY text of ``rows`` rows of ``columns``."""

    table: QualifiedName
    number: int
    rows: int
    columns: tuple[str, ...]
    data: bytes


#: How rows of a chunk are ordered for the server: (column, is_integer) of the primary key.
SortKey = tuple[tuple[str, bool], ...]


def sort_key(schema: Schema, plan: Plan, name: QualifiedName) -> SortKey:
    """The primary key, when its values do not already come in ascending order.

    Rows go to the server in primary-key order within each chunk: the key's index is then
    filled left to right and the FK checks of neighbouring rows hit the same parent pages
    (order_items sorted by (order_id, product_id) costs the server less than the same rows in
    pick order, and writes less WAL). Only the physical order changes; a chunk's rows, and
    everything derived from them (key pools), stay the same.
    """
    table = schema.table(name)
    tp = plan.tables[name]
    pk = table.primary_key
    if pk is None or not pk.columns or pk.expressions or pk.predicate:
        return ()
    written = {c.name: c for c in tp.written_columns}
    if any(c not in written or written[c].gen is Gen.NULL for c in pk.columns):
        return ()
    if written[pk.columns[0]].gen is Gen.SEQUENCE or any(fk.self_reference for fk in tp.fks):
        return ()
    return tuple((c, table.column(c).type.kind == "integer" and not table.column(c).type.is_array)
                 for c in pk.columns)


def _order(chunk, key: SortKey) -> np.ndarray | None:
    """Row order by the key's leading column (stable: ties keep pick order, and rows with the
    same leading value land on the same index page anyway); None when already in order."""
    col, integer = key[0]
    cells = chunk.columns[col]
    values = _int_cells(cells) if integer else None
    if values is None:
        values = np.array(cells, dtype=object)
    if np.all(values[1:] >= values[:-1]):
        return None
    if values.dtype == np.int64:
        bits = max(1, (len(values) - 1).bit_length())
        if np.abs(values).max() < 1 << (62 - bits):
            # Each value with its row number in the low bits: distinct keys, so a plain (SIMD)
            # sort of them is the stable argsort, several times faster.
            return np.sort((values << bits) | np.arange(len(values), dtype=np.int64)) & ((1 << bits) - 1)
    return np.argsort(values, kind="stable")


def _int_cells(cells: list[str]) -> np.ndarray | None:
    """Integer COPY cells as int64 (None when some cell is not a plain integer)."""
    text = "\n".join(cells)
    if cells and text.isascii() and "\n\n" not in text and text[:1] != "\n" and text[-1:] != "\n" \
            and text.replace("\n", "").isdigit():
        # Plain non-negative integers: one parse of the joined text, ~2x faster than
        # np.array(cells, dtype=np.int64) (it clamps what overflows: those go the slow way).
        values = np.fromstring(text, dtype=np.int64, sep="\n")
        if len(values) == len(cells) and values.max() < 10**18:
            return values
    try:
        return np.array(cells, dtype=np.int64)
    except (ValueError, OverflowError):
        return None


def _copy_text(columns: list[list[str]]) -> bytes:
    """``sinks.postgres.copy_text``: the same bytes, about twice as fast. The cells and their
    separators are laid out in one list by slice assignment (pointer copies) and joined once,
    instead of a tuple and a join per row."""
    n, k = len(columns[0]) if columns else 0, len(columns)
    if not n or any(len(c) != n for c in columns):
        return copy_text(columns)
    flat = ["\t"] * (2 * k * n)
    for j, col in enumerate(columns):
        flat[2 * j::2 * k] = col
    flat[2 * k - 1::2 * k] = ["\n"] * n
    return "".join(flat).encode()


def encode_chunk(chunk, key: SortKey = ()) -> Encoded:
    """COPY text of a chunk, rows in ``key`` order (see ``sort_key``)."""
    cols = tuple(chunk.columns)
    order = _order(chunk, key) if key and chunk.size > 1 else None
    if order is None:
        data = _copy_text([chunk.columns[c] for c in cols])
    else:
        lines = np.array(list(map("\t".join, zip(*(chunk.columns[c] for c in cols), strict=True))), dtype=object)
        data = ("\n".join(lines[order].tolist()) + "\n").encode()
    return Encoded(table=chunk.table, number=chunk.number, rows=chunk.size, columns=cols, data=data)


def worker_safe(plan: Plan, name: QualifiedName) -> bool:
    """Whether a worker process makes the chunks of ``name`` exactly as the parent would.

    Self-references read the table's own pool as it grows, and append-mode unique values and
    distinct tuples ask the database what exists: those tables are generated in the parent.
    """
    tp = plan.tables[name]
    if any(fk.self_reference or fk.broken for fk in tp.fks):
        return False
    if any(d.parent not in plan.tables or plan.tables[d.parent].offset for d in tp.diamonds):
        # B rows that existed before: their A is read from the database
        return False
    if tp.offset and (tp.combos or any(f.distinct for f in tp.fks)
                      or any(c.unique and c.gen is Gen.VALUE for c in tp.columns)):
        return False
    return True


class _Stop(Exception):
    pass


_DONE = object()


class Producer:
    """Items made on a daemon thread into a bounded queue, iterated on the caller's thread.

    Subclasses give ``items()``; an exception there is handed over and raised by ``__iter__``.
    ``close`` stops the thread (draining the queue so a blocked ``put`` wakes) and joins it.
    """

    def __init__(self, depth: int, name: str) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=max(1, depth))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._produce, name=name, daemon=True)
        self._started = False

    def items(self) -> Iterator[Any]:
        raise NotImplementedError

    # ------------------------------------------------------------------ producer side
    def _put(self, item: Any) -> None:
        while True:
            if self._stop.is_set():
                raise _Stop
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def _produce(self) -> None:
        try:
            for item in self.items():
                self._put(item)
            self._put(_DONE)
        except _Stop:
            return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            try:
                self._put(exc)
            except _Stop:
                return

    # ------------------------------------------------------------------ consumer side
    def start(self) -> None:
        self._thread.start()
        self._started = True

    def close(self) -> None:
        self._stop.set()
        if self._started:
            while self._thread.is_alive():
                try:
                    self._queue.get(timeout=0.05)
                except queue.Empty:
                    pass
            self._thread.join()

    def __iter__(self) -> Iterator[Any]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item


class Feed(Producer):
    """Iterate the encoded chunks of ``tables`` (in order), generated ahead on another thread.

    Use as a context manager: leaving it stops the producer and the workers, also on error.
    """

    def __init__(self, engine: Engine, tables: Sequence[QualifiedName], *, pool: WorkerPool | None = None,
                 depth: int = DEPTH, encode: Callable[[Any, SortKey], Encoded] | None = None) -> None:
        super().__init__(depth, "seedbed-feed")
        self.engine = engine
        # How a chunk becomes bytes (in-thread generation only): COPY text, or a sink's own form
        # (MySQL's LOAD DATA rewrites a few kinds' cells first).
        self.encode = encode or encode_chunk
        self.tables = list(tables)
        self.pool = pool

    def items(self) -> Iterator[Encoded]:
        if self.pool is not None:
            yield from self.pool.run(self.engine, self.tables, self._stop)
            return
        for name in self.tables:
            key = sort_key(self.engine.schema, self.engine.plan, name)
            for chunk in self.engine.chunks(name):
                yield self.encode(chunk, key)

    def __enter__(self) -> Feed:
        for name in self.tables:  # database reads happen here, before the connection is busy with COPY
            self.engine.preload(name)
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------- worker processes
class WorkerPool:
    """``n`` processes that make chunks of worker-safe tables (see the module docstring)."""

    def __init__(self, schema: Schema, plan: Plan, n: int) -> None:
        # fork is cheapest (modules and the plan are inherited) but unsafe once other threads
        # run; then a fresh interpreter per worker (forkserver) receives the plan pickled.
        method = "fork" if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods() \
            else "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        self.n = n
        self.made = 0  # chunks the workers made (the rest were made in the parent)
        self._conns = []
        self._procs = []
        self._sent: dict[PoolKey, int] = {}  # pool length each worker last received
        # PR_SET_PDEATHSIG fires when the *thread* that forked dies: only ask for it when that is the
        # main thread (or the forkserver's); the watchdog covers the rest (see _die_with_parent).
        deathsig = method == "forkserver" or (method == "fork" and threading.current_thread() is threading.main_thread())
        starter = None if method == "forkserver" else os.getpid()  # the worker's parent process
        for i in range(n):
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_worker_main, args=(child, schema, plan, deathsig, starter),
                               name=f"seedbed-worker-{i}", daemon=True)
            proc.start()
            child.close()
            self._conns.append(parent)
            self._procs.append(proc)

    def close(self) -> None:
        """Stop the workers; after an error, results still in the pipes are read and dropped
        (a worker blocked sending one would never see the stop message)."""
        for conn in self._conns:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5
        for conn, proc in zip(self._conns, self._procs, strict=True):
            while proc.is_alive() and time.monotonic() < deadline:
                try:
                    if conn.poll(0.05):
                        conn.recv()
                except (EOFError, OSError):
                    break
            proc.join(timeout=max(0.0, deadline - time.monotonic()))
            if proc.is_alive():
                proc.terminate()
                proc.join()
        for conn in self._conns:
            conn.close()
        self._conns, self._procs = [], []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _died(self, w: int) -> BaseException:
        """The coded error for worker ``w`` gone (killed: the OOM killer, a signal)."""
        from seedbed.errors import WorkerDied

        proc = self._procs[w]
        proc.join(timeout=1)
        code = proc.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return WorkerDied(f"generation worker {w} (pid {proc.pid}) died: {how}", subject=proc.name,
                          hint="nothing was committed; the system may have run out of memory (the OOM killer): "
                               "run again with fewer --workers, or without")

    # ------------------------------------------------------------------ dispatch
    def _fresh_pools(self, engine: Engine, name: QualifiedName) -> dict[PoolKey, list[np.ndarray]]:
        """The pools ``name`` reads that the workers do not have yet (or have shorter)."""
        pools = engine.export_pools(engine.pool_keys(name))
        return {k: v for k, v in pools.items() if self._sent.get(k) != len(v[0])}

    def _ship(self, pools: dict[PoolKey, list[np.ndarray]]) -> None:
        for w, conn in enumerate(self._conns):
            try:
                conn.send(("pools", pools))
            except OSError:
                raise self._died(w) from None
        self._sent.update({k: len(v[0]) for k, v in pools.items()})

    def run(self, engine: Engine, tables: Sequence[QualifiedName], stop: threading.Event) -> Iterator[Encoded]:
        """Encoded chunks of ``tables`` in order; the parent's pools grow as they arrive."""
        plan = engine.plan
        pending: list[tuple[int, QualifiedName, tuple[str, ...]]] = []  # (worker, table, key columns) in order
        busy: list[int] = [0] * self.n

        def receive() -> Encoded:
            w, name, keycols = pending.pop(0)
            try:
                msg = self._conns[w].recv()
            except (EOFError, OSError):
                raise self._died(w) from None
            busy[w] -= 1
            if msg[0] == "error":
                raise _rebuild(msg[1])
            _, number, rows, columns, data, keys = msg
            self.made += 1
            if keycols:
                engine.record(name, keys)
            return Encoded(table=name, number=number, rows=rows, columns=columns, data=data)

        def tables_in_flight() -> set[QualifiedName]:
            return {name for _, name, _ in pending}

        next_worker = 0
        for name in tables:
            tp = plan.tables[name]
            safe = worker_safe(plan, name)
            reads = {k[0] for k in engine.pool_keys(name)}
            if not safe or reads & tables_in_flight():
                while pending:  # the parent's pools must be complete first
                    yield receive()
            if not safe:
                key = sort_key(engine.schema, plan, name)
                for chunk in engine.chunks(name):
                    yield encode_chunk(chunk, key)
                continue
            fresh = self._fresh_pools(engine, name)
            if fresh:
                while pending:  # a worker blocked sending a result would never read the pools
                    yield receive()
                self._ship(fresh)
            keycols = engine.recorded_columns(name)
            for number, start in enumerate(range(0, tp.rows, engine.chunk_rows)):
                if stop.is_set():
                    return
                w = next_worker
                next_worker = (next_worker + 1) % self.n
                while busy[w] >= WORKER_DEPTH:
                    yield receive()
                try:
                    self._conns[w].send(("chunk", name, number, start, min(engine.chunk_rows, tp.rows - start),
                                         keycols, engine.chunk_rows))
                except OSError:
                    raise self._died(w) from None
                busy[w] += 1
                pending.append((w, name, keycols))
        while pending:
            yield receive()


def _describe(exc: BaseException) -> dict[str, Any]:
    from seedbed.errors import SeedbedError

    if isinstance(exc, SeedbedError):
        return {"type": type(exc).__name__, "module": type(exc).__module__, "message": exc.message,
                "hint": exc.hint, "subject": exc.subject, "code": exc.code}
    return {"type": "RuntimeError", "message": f"a worker process failed: {type(exc).__name__}: {exc}\n"
                                               + "".join(traceback.format_exception(exc))}


def _rebuild(desc: dict[str, Any]) -> BaseException:
    from seedbed import errors

    cls = getattr(errors, desc["type"], None)
    if isinstance(cls, type) and issubclass(cls, errors.SeedbedError):
        return cls(desc["message"], hint=desc.get("hint"), subject=desc.get("subject"), code=desc.get("code"))
    return RuntimeError(desc["message"])


def _die_with_parent(deathsig: bool, starter: int | None) -> None:
    """End this worker when the process that started it dies (``kill -9``, SIGTERM), instead of
    living on: a worker blocked sending a chunk would wait forever (other workers hold the
    pipe's far end, so it never sees EOF).

    Linux: ``PR_SET_PDEATHSIG`` (the kernel sends SIGKILL at once). Everywhere: a watchdog thread
    that notices the worker was re-parented.
    """
    parent = starter if starter is not None else os.getppid()  # forkserver: its pid, read here
    if deathsig and sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass  # the watchdog still works

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.25)
        os._exit(1)

    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    threading.Thread(target=watch, name="seedbed-parent-watch", daemon=True).start()


def _worker_main(conn, schema: Schema, plan: Plan, deathsig: bool = False, starter: int | None = None) -> None:
    """A worker: make the chunks asked for, with the pools the parent shipped."""
    _die_with_parent(deathsig, starter)

    def no_database(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        raise RuntimeError(f"worker {os.getpid()}: key pool {table}{columns} was not shipped")

    engine = Engine(schema, plan, existing_keys=no_database)
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        if msg[0] == "pools":
            engine.adopt_pools(msg[1])
            continue
        _, name, number, start, n, keycols, chunk_rows = msg
        try:
            engine.chunk_rows = chunk_rows
            chunk = engine.make_chunk(plan.tables[name], schema.table(name), number, start, n)
            enc = encode_chunk(chunk, sort_key(schema, plan, name))
            keys = {c: chunk.attrs[c] if c in chunk.attrs else chunk.columns[c] for c in keycols}
            conn.send(("ok", number, enc.rows, enc.columns, enc.data, keys))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which raises it
            conn.send(("error", _describe(exc)))
