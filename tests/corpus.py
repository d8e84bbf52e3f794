"""Helpers for the schema corpus in ``../shared/corpus`` (a helper module, not a test file)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import psycopg
from psycopg import sql

import seedbed

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
#: The permissively licensed schemas, carried by the repository (tests/data/corpus/README.md).
BUNDLED = Path(__file__).resolve().parent / "data" / "corpus"
#: The shop schema of ``seedbed demo``, from the installed package; part of the bundled corpus.
SHOP = Path(seedbed.__file__).resolve().parent / "data" / "shop.sql"
#: ``SEEDBED_CORPUS``, else ``../shared/corpus`` beside the checkout (as CI lays it out), else the
#: bundled subset: a plain clone still seeds real schemas.
CORPUS = Path(os.environ.get("SEEDBED_CORPUS") or (_SHARED if _SHARED.is_dir() else BUNDLED))


def corpus_files() -> list[Path]:
    """Every PostgreSQL schema of the corpus, sorted by name; none is an error, never a silent skip."""
    files = list((CORPUS / "postgres").glob("*.sql"))
    if not files:
        raise RuntimeError(f"no corpus schemas in {CORPUS / 'postgres'}: point SEEDBED_CORPUS at a corpus "
                           f"directory (with postgres/*.sql), or unset it to use {BUNDLED}")
    if CORPUS == BUNDLED:  # seedbed's own shop schema: the package's file, not a copy
        files.append(SHOP)
    files.sort(key=lambda f: f.name)
    return files


def sqlite_corpus_files() -> list[Path]:
    """Every SQLite schema of the corpus (``sqlite/*.sql``), sorted by name; none is an error."""
    files = sorted((CORPUS / "sqlite").glob("*.sql"), key=lambda f: f.name)
    if not files:
        raise RuntimeError(f"no SQLite corpus schemas in {CORPUS / 'sqlite'}: point SEEDBED_CORPUS at a corpus "
                           f"directory (with sqlite/*.sql), or unset it to use {BUNDLED}")
    return files


def find_psql() -> str:
    """``psql`` on PATH, else next to the server binaries; a clear error when there is none."""
    found = shutil.which("psql")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True)
    for candidate in candidates:
        if os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError(
        "psql not found: it is neither on PATH nor in /usr/lib/postgresql/*/bin; "
        "install the PostgreSQL client (Debian: apt-get install postgresql-client)")


def load_sql_file(dsn: str, path: Path) -> None:
    """Run ``path`` with ``psql -X -q -v ON_ERROR_STOP=1 -f`` against ``dsn``; fail loudly."""
    proc = subprocess.run(
        [find_psql(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dsn, "-f", str(path)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"psql failed on {path.name} (exit {proc.returncode}):\n{proc.stderr.strip()}")


#: Inheritance roots (not partitioned tables) with a primary key, and its columns.
_TREE_ROOTS = """
SELECT n.nspname, c.relname, array_agg(a.attname::text ORDER BY k.i)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_constraint p ON p.conrelid = c.oid AND p.contype = 'p'
CROSS JOIN LATERAL unnest(p.conkey) WITH ORDINALITY AS k(attnum, i)
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
WHERE c.relkind = 'r'
  AND EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid
              WHERE i.inhparent = c.oid AND NOT ch.relispartition)
  AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = c.oid)
GROUP BY n.nspname, c.relname
ORDER BY 1, 2
"""


def tree_duplicate_keys(conn: psycopg.Connection) -> dict[str, int]:
    """Inheritance root -> keys (its primary-key columns) found more than once across its tree.

    ``SELECT ... FROM root`` (without ``ONLY``) reads the rows of every table of the tree, as an
    application's ``WHERE id = 5`` does; a key it returns twice is duplicated across the tree
    although each table's own primary key holds.
    """
    out: dict[str, int] = {}
    for schema, name, columns in conn.execute(_TREE_ROOTS).fetchall():
        keys = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
        query = sql.SQL("SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {} GROUP BY {} "
                        "HAVING count(*) > 1) AS d").format(sql.Identifier(schema, name), keys)
        dup = int(conn.execute(query).fetchone()[0])
        if dup:
            out[f"{schema}.{name}"] = dup
    return out
