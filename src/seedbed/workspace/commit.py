"""As atomic as the servers allow: every database's transaction stays open until all loaded.

Then, when every server has ``max_prepared_transactions > 0``, two-phase commit: ``PREPARE
TRANSACTION`` on all (a failure there rolls every one back, prepared or not), then ``COMMIT
PREPARED`` on all. Otherwise the transactions commit one by one in phase order, and a note says
that a failure between two commits would leave the earlier databases committed. Sequences are
recorded before and put back after a failure (``seedbed.engines.postgres.sequences``), as for one database.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import psycopg

from seedbed.engines.postgres.errors import from_psycopg, translated
from seedbed.errors import DatabaseError
from seedbed.model import QualifiedName, Schema
from seedbed.engines.postgres.sequences import SequenceGuard
from seedbed.engines.postgres.transaction import require_writable
from seedbed.workspace.route import Lane

__all__ = ["Transactions", "two_phase_available"]


def two_phase_available(conn: psycopg.Connection) -> bool:
    with translated(doing="reading max_prepared_transactions"):
        value = conn.execute("SELECT current_setting('max_prepared_transactions')::int").fetchone()[0]
    conn.rollback()
    return value > 0


class Transactions:
    """One open transaction per lane, committed together (``order``: aliases in phase order)."""

    def __init__(self, lanes: dict[str, Lane], dsns: dict[str, str], order: Sequence[str],
                 schemas: dict[str, Schema], tables: dict[str, list[QualifiedName]]) -> None:
        self.lanes = lanes
        self.dsns = dsns
        self.order = list(order)
        self.guards = {a: SequenceGuard(schemas[a], tables.get(a, [])) for a in lanes}
        self.two_phase = all(two_phase_available(lane.conn) for lane in lanes.values())
        self.notes: list[str] = []
        self.committed: list[str] = []

    def begin(self) -> None:
        tag = uuid.uuid4().hex[:12]
        for alias in self.order:
            conn = self.lanes[alias].conn
            conn.rollback()
            if self.two_phase:
                conn.tpc_begin(f"seedbed-{tag}-{alias}")
            require_writable(conn)
            self.guards[alias].record(conn)

    def commit(self) -> list[str]:
        if self.two_phase:
            for alias in self.order:
                self._step(alias, "preparing the transaction (PREPARE TRANSACTION)", self.lanes[alias].conn.tpc_prepare)
            for alias in self.order:
                self._step(alias, "committing the prepared transaction", self.lanes[alias].conn.tpc_commit)
                self.committed.append(alias)
            self.notes.append(f"two-phase commit: {len(self.order)} databases prepared, then committed together")
            return self.notes
        for alias in self.order:
            self._step(alias, "committing", self.lanes[alias].conn.commit)
            self.committed.append(alias)
        self.notes.append("no two-phase commit (a server has max_prepared_transactions = 0): every transaction "
                          "stayed open until all loaded, then committed one by one in phase order "
                          f"({', '.join(self.order)})")
        return self.notes

    def _step(self, alias: str, doing: str, action) -> None:
        try:
            action()
        except psycopg.Error as exc:
            err = from_psycopg(exc, table=None, doing=f"{doing} in database {alias}")
            if self.committed:
                err.hint = (f"{err.hint}; " if err.hint else "") + \
                    f"already committed: {', '.join(self.committed)}; the others are rolled back"
            raise err from exc

    def rollback(self) -> str | None:
        """Every database back as it was (prepared transactions too); what could not be undone."""
        left = []
        for alias in self.order:
            if alias in self.committed:
                continue
            conn = self.lanes[alias].conn
            try:
                if self.two_phase:
                    conn.tpc_rollback()
                else:
                    conn.rollback()
            except psycopg.Error:
                pass
            restored = self.guards[alias].restore(conn, self.dsns[alias])
            if restored:
                left.append(f"{alias}: {restored}")
        return "; ".join(left) or None


def unchanged(err: BaseException, committed: Sequence[str]) -> None:
    """Say on a coded error what the failure left: nothing, or which databases committed."""
    if isinstance(err, DatabaseError):
        said = "nothing was committed in any database" if not committed else \
            f"committed before the failure: {', '.join(committed)}"
        err.hint = (f"{err.hint}; " if err.hint else "") + said
