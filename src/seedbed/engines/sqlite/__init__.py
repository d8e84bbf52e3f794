"""The SQLite engine (the standard library's sqlite3): executemany in one transaction, deferred
foreign keys for cycles, the database as oracle for CHECKs and triggers."""

from seedbed.engines.sqlite.engine import SQLiteEngine

__all__ = ["SQLiteEngine"]
