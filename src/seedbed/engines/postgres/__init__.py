"""The PostgreSQL engine (psycopg 3): COPY, deferred constraints, triggers as oracle, sequences.

``engine.PostgresEngine`` is the ``DatabaseEngine``; beside it the session (connect, state),
introspection (``introspect``, ``catalog``), loading (``load``, ``sink``, ``bulk``, ``triggers``,
``sequences``), the transaction, error translation (``errors``) and verification (``verify``).
Nothing is imported here: generic code imports ``errors`` without pulling in the loader.
"""
