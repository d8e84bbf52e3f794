"""Loading a merged plan into several databases: one lane per database, one routed sink.

``service.load`` drives generation once over the merged model and talks to a sink; the
``RoutedSink`` sends each table's chunks to the lane of the database that owns it, under the
table's real name. A lane is one connection (one open transaction) and one thread that runs its
COPYs in order, so the databases ingest in parallel while generation goes on; anything that
needs an answer from a database (the CHECK oracle, a cycle's UPDATE, sequences) first waits for
that lane to finish what it was sent.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

import numpy as np
import psycopg

from seedbed.generate.engine import Chunk
from seedbed.model import Check, QualifiedName, Schema, Table
from seedbed.planning.model import TableState
from seedbed.engines.postgres.sink import PostgresSink
from seedbed.workspace.merge import Merged

__all__ = ["Lane", "RoutedSink", "routed_existing_keys"]


class Lane:
    """One database of a workspace: its connection, its sink, and a thread running its loads."""

    def __init__(self, alias: str, conn: psycopg.Connection, schema: Schema) -> None:
        self.alias = alias
        self.conn = conn
        self.sink = PostgresSink(conn, schema)
        self.busy = 0.0  # seconds the database spent ingesting
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=8)  # bounded: memory
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"seedbed-load-{alias}", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                if self._error is None:  # after a failure the rest is dropped (it will be rolled back)
                    started = time.perf_counter()
                    job()
                    self.busy += time.perf_counter() - started
            except BaseException as exc:  # noqa: BLE001 - handed to the generating thread
                self._error = exc
            finally:
                self._jobs.task_done()

    def submit(self, job: Callable[[], None]) -> None:
        self.check()
        self._jobs.put(job)

    def sync(self) -> None:
        """Wait until everything sent is loaded; raise what failed."""
        self._jobs.join()
        self.check()

    def check(self) -> None:
        if self._error is not None:
            raise self._error

    def close(self) -> None:
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()


class RoutedSink:
    """The ``PostgresSink`` interface ``service.load`` uses, over the lanes of a workspace."""

    def __init__(self, merged: Merged, lanes: dict[str, Lane]) -> None:
        self.merged = merged
        self.lanes = lanes
        self.schema = merged.schema

    def _at(self, name: QualifiedName) -> tuple[Lane, QualifiedName]:
        return self.lanes[self.merged.alias(name)], self.merged.real(name)

    def _grouped(self, names: Iterable[QualifiedName]) -> dict[str, list[QualifiedName]]:
        out: dict[str, list[QualifiedName]] = {}
        for name in names:
            out.setdefault(self.merged.alias(name), []).append(self.merged.real(name))
        return out

    def _real_table(self, table: Table) -> tuple[Lane, Table]:
        lane, real = self._at(table.name)
        return lane, lane.sink.schema.table(real)

    def begin(self, tables: Sequence[QualifiedName], *, truncate: bool) -> None:
        for alias, names in self._grouped(tables).items():
            self.lanes[alias].sink.begin(names, truncate=truncate)

    def copy(self, chunk: Chunk) -> None:
        lane, real = self._at(chunk.table)
        moved = replace(chunk, table=real)
        lane.submit(lambda: lane.sink.copy(moved))

    def copy_stream(self, table: QualifiedName, columns: Sequence[str], parts: Iterable[bytes]) -> None:
        lane, real = self._at(table)
        data, cols = list(parts), list(columns)
        lane.submit(lambda: lane.sink.copy_stream(real, cols, data))

    def failing_rows(self, table: Table, chunk: Chunk, checks: Sequence[Check]) -> tuple[list[int], dict[str, str]]:
        lane, real = self._real_table(table)
        lane.sync()
        return lane.sink.failing_rows(real, chunk, checks)

    def insert_all_at_once(self, chunks_by_table: dict[QualifiedName, list[Chunk]]) -> None:
        by_lane: dict[str, dict[QualifiedName, list[Chunk]]] = {}
        for name, chunks in chunks_by_table.items():
            lane, real = self._at(name)
            by_lane.setdefault(lane.alias, {})[real] = [replace(c, table=real) for c in chunks]
        for alias, chunks in by_lane.items():
            self.lanes[alias].sync()
            self.lanes[alias].sink.insert_all_at_once(chunks)

    def patch(self, table: Table, key: Sequence[str], chunk: Chunk, values: dict[str, list[str]]) -> None:
        lane, real = self._real_table(table)
        lane.sync()
        lane.sink.patch(real, key, chunk, values)

    def advance_sequences(self, tables: Iterable[QualifiedName]) -> int:
        moved = 0
        for alias, names in self._grouped(tables).items():
            self.lanes[alias].sync()
            moved += self.lanes[alias].sink.advance_sequences(names)
        return moved


def routed_existing_keys(merged: Merged, lanes: dict[str, Lane], state: dict[QualifiedName, TableState],
                         truncate: set[QualifiedName]):
    """Existing parent keys read from the database that owns the table (``engines.postgres.session.existing_keys_reader``
    per lane, under real names); a lane's pending loads finish first, so the read sees its own
    transaction as it was before this seed only for tables it has not loaded yet (as one database does)."""
    from seedbed.engines.postgres.session import existing_keys_reader

    readers = {}
    for alias, lane in lanes.items():
        local = {merged.real(n): s for n, s in state.items() if merged.alias(n) == alias}
        cut = {merged.real(n) for n in truncate if merged.alias(n) == alias}
        readers[alias] = existing_keys_reader(lane.conn, local, cut, lane.sink.schema)

    def read(table: QualifiedName, columns: tuple[str, ...]) -> list[np.ndarray]:
        alias = merged.alias(table)
        lanes[alias].sync()
        return readers[alias](merged.real(table), columns)
    return read
