"""The PostgreSQL engine (psycopg 3): COPY, deferred constraints, triggers as oracle, sequences."""

from seedbed.engines.postgres.engine import PostgresEngine

__all__ = ["PostgresEngine"]
