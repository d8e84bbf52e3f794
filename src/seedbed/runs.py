"""Seeds that run in the background: a run id at once, progress per table, cancel with rollback.

An agent (MCP ``seed_database`` with ``wait: false``) starts a seed and polls ``run_status``
instead of holding a tool call open for minutes. ``run_cancel`` stops it and **rolls everything
back**: a seed is one transaction, and cancelling raises inside it, between two chunks, before
the commit. A cancel that arrives after the commit cannot undo it, and the run says so.

An idempotency key makes a retried start return the first run (its arguments must match: the
same key with other arguments is an error, never a silent second seed).
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from seedbed.errors import EXIT_INTERRUPTED, SeedbedError, UsageError

Progress = Callable[[Any, int, int], None]
Job = Callable[[Progress], dict[str, Any]]

#: Finished runs kept for run_status (the oldest finished ones are forgotten first).
KEEP_FINISHED = 100


class RunCancelled(SeedbedError):
    """Raised inside a seed's transaction when its run is cancelled: the seed rolls back."""

    code = "SB190"
    exit_code = EXIT_INTERRUPTED


class RunNotFound(UsageError):
    code = "SB180"


class IdempotencyConflict(UsageError):
    code = "SB181"


@dataclass(slots=True, kw_only=True)
class Run:
    id: str
    key: str | None
    fingerprint: str
    state: str = "running"  # running -> succeeded | failed | cancelled
    created: float = field(default_factory=time.time)
    finished: float | None = None
    progress: dict[str, dict[str, int]] = field(default_factory=dict)
    result: dict[str, Any] | None = None
    error: dict[str, Any] | None = None
    cancel_requested: bool = False
    note: str | None = None
    thread: threading.Thread | None = None

    def to_dict(self) -> dict[str, Any]:
        done = sum(p["done"] for p in self.progress.values())
        total = sum(p["total"] for p in self.progress.values())
        return {"run_id": self.id, "state": self.state, "idempotency_key": self.key,
                "created": self.created, "finished": self.finished,
                "tables": [{"table": t, **p} for t, p in self.progress.items()],
                "rows_done": done, "rows_planned": total, "cancel_requested": self.cancel_requested,
                "note": self.note, "result": self.result, "errors": [self.error] if self.error else []}


def fingerprint(arguments: dict[str, Any]) -> str:
    """A digest of a start's arguments (an idempotency key must come back with the same ones)."""
    return hashlib.sha256(json.dumps(arguments, sort_keys=True, default=str).encode()).hexdigest()


class RunRegistry:
    """The runs of one process (an MCP server's life)."""

    def __init__(self) -> None:
        self._runs: dict[str, Run] = {}
        self._by_key: dict[str, str] = {}
        self._lock = threading.Lock()

    def start(self, job: Job, *, key: str | None = None, arguments: dict[str, Any] | None = None) -> Run:
        """Start ``job(progress)`` on a thread; with ``key``, a retried start returns the first run."""
        digest = fingerprint(arguments or {})
        with self._lock:
            if key is not None and key in self._by_key:
                first = self._runs[self._by_key[key]]
                if first.fingerprint != digest:
                    raise IdempotencyConflict(f"idempotency key {key[:80]!r} was used with other arguments",
                                              subject=key[:80], hint="use a new key for a different seed")
                return first
            run = Run(id=uuid.uuid4().hex[:16], key=key, fingerprint=digest)
            self._runs[run.id] = run
            if key is not None:
                self._by_key[key] = run.id
            self._forget_old()
        run.thread = threading.Thread(target=self._work, args=(run, job), name=f"seedbed-run-{run.id}", daemon=True)
        run.thread.start()
        return run

    def _work(self, run: Run, job: Job) -> None:
        def progress(table: Any, done: int, total: int) -> None:
            run.progress[str(table)] = {"done": int(done), "total": int(total)}
            if run.cancel_requested:
                raise RunCancelled("the run was cancelled: nothing was committed", subject=run.id,
                                   hint="start it again when you want the rows")

        try:
            result = job(progress)
            run.result = result
            run.state = "succeeded"
            if run.cancel_requested:
                run.note = "the cancel came after the commit: the rows stay"
        except RunCancelled as exc:
            run.state, run.error = "cancelled", exc.to_dict()
            run.note = "cancelled; the transaction was rolled back: the database is as it was"
        except SeedbedError as exc:
            run.state, run.error = "failed", exc.to_dict()
        except Exception as exc:  # noqa: BLE001 - reported in the run, never lost on a thread
            run.state = "failed"
            run.error = SeedbedError(f"internal error: {type(exc).__name__}: {str(exc)[:500]}", subject=run.id,
                                     hint="this is a bug in seedbed; please report it").to_dict()
        finally:
            run.finished = time.time()

    def get(self, run_id: str) -> Run:
        with self._lock:
            run = self._runs.get(run_id)
        if run is None:
            raise RunNotFound(f"no run {run_id[:80]!r}", subject=run_id[:80],
                              hint="runs live as long as the server process; start a new one")
        return run

    def cancel(self, run_id: str, *, wait: float = 30.0) -> Run:
        """Ask the run to stop; waits up to ``wait`` seconds for its rollback."""
        run = self.get(run_id)
        if run.state == "running":
            run.cancel_requested = True
            if run.thread is not None:
                run.thread.join(wait)
        elif run.note is None:
            run.note = f"the run had already {run.state}; nothing to cancel"
        return run

    def _forget_old(self) -> None:
        finished = sorted((r for r in self._runs.values() if r.state != "running"), key=lambda r: r.created)
        for run in finished[:max(0, len(finished) - KEEP_FINISHED)]:
            self._runs.pop(run.id, None)
            if run.key is not None:
                self._by_key.pop(run.key, None)
