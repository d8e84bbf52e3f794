"""SQLite: a table's next chunks made on a thread while SQLite inserts the current one (issue 14).

sqlite3 releases the GIL for the whole of one statement's execution, so a chunk inserted by one
``INSERT ... SELECT`` over ``json_each(?)`` (``SQLiteSink.payload``) runs in C while a producer
thread generates, converts and serialises the next chunk. ``executemany`` would not overlap: it
takes the GIL back after every row, and a busy producer then holds the loader up for a switch
interval (5 ms) per row.

The rows are those of ``Engine.chunks``: every chunk is made by ``Engine.make_chunk`` from its own
keyed streams, whichever thread runs it; the chunk goes into the key pools after it is in the
table, recorded by the loader (rows the CHECK oracle regenerated go in as they were loaded); one
lock keeps the producer's ``make_chunk`` apart from the loader's ``regenerate`` and ``record``.
Tables whose generation reads the database or their own growing pool (``feed.worker_safe``:
self-references, append-mode uniques) are made inline, as is everything when SQLite has no
``->>`` operator (before 3.38) or the process has one CPU.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator

from seedbed.generate.engine import Chunk, Engine
from seedbed.generate.feed import Producer, worker_safe
from seedbed.model import QualifiedName

#: Chunks made ahead of the one being inserted (bounds memory by the chunk size).
DEPTH = 2


def _cpus() -> int:
    """CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def pipelined(engine: Engine, name: QualifiedName) -> bool:
    """Whether the chunks of ``name`` may be made on the producer thread (module docstring).

    Not on one CPU: the JSON statement costs SQLite about a fifth more than ``executemany``
    binding the same rows, which only a second CPU making the next chunk meanwhile pays back.
    """
    return sqlite3.sqlite_version_info >= (3, 38) and _cpus() > 1 and worker_safe(engine.plan, name)


class Ahead(Producer):
    """Iterate ``(chunk, payload)`` of one table, made on a thread; use as a context manager.

    ``make(chunk)`` turns a chunk into its payload on the producer thread (None: insert it with
    ``executemany``). The caller calls ``loaded(chunk)`` once the chunk is in the table.
    """

    def __init__(self, engine: Engine, name: QualifiedName, lock: threading.Lock, make, depth: int = DEPTH) -> None:
        super().__init__(depth, "seedbed-sqlite-ahead")
        self.engine = engine
        self.name = name
        self.lock = lock
        self.make = make

    def items(self) -> Iterator[tuple[Chunk, str | None]]:
        engine, name = self.engine, self.name
        tp, table = engine.plan.tables[name], engine.schema.table(name)
        for number, start in enumerate(range(0, tp.rows, engine.chunk_rows)):
            with self.lock:
                chunk = engine.make_chunk(tp, table, number, start, min(engine.chunk_rows, tp.rows - start))
            yield chunk, self.make(chunk)

    def loaded(self, chunk: Chunk) -> None:
        """The chunk is in the table: its keys and attributes join the pools (as ``Engine.chunks``
        records them)."""
        with self.lock:
            self.engine.pools.record(self.name, {**chunk.columns, **chunk.attrs}, chunk.recorded)

    def __enter__(self) -> Ahead:
        self.engine.preload(self.name)  # database reads now, on this thread
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
