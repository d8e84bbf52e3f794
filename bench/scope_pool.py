"""The held-out scope sets nobody tuned on, measured together (issue 11): each set's share and the pooled one.

Usage (from the checkout root; PostgreSQL on 127.0.0.1:5432)::

    SEEDBED_CORPUS=../shared/corpus PYTHONPATH=src:. .venv/bin/python bench/scope_pool.py [SET ...] [--misses] [--lenient]

SET names a file's suffix (``19_h2`` is ``tests/data/scope_heldout19_h2.txt``; a path to any file in that format
also works); ``--misses`` prints each phrase not honoured and why (and each set's count of phrases read silently otherwise than
expected: no error, no warning, a line missing); ``--lenient`` counts a phrase honoured on the
data (every expected line) even when a warning quotes words left out.

A phrase is honoured as ``tests/test_scope_phrases.honoured`` says (no error, no warning, every expected line).
``SETS`` lists the clean held-out files (their headers say how each was written and measured); each schema is
loaded once into a scratch database, dropped at the end. Nothing is asserted.
"""
import sys
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from seedbed import service  # noqa: E402
from seedbed.demo import shop_sql  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402
from tests.test_scope import read_cases  # noqa: E402
from tests.test_scope_phrases import SOURCES, honoured  # noqa: E402
SETS = ["12", "13_lead", "13_s8b", "13_s9b", "13_s10b", "13_s11b", "9cb", "9db", "9eb", "10b", "11b",
        "14_s12", "14_s13", "14_s14", "15_s15", "15_s16", "15_s17", "15_lead", "16_s18", "16_s19", "16_s20", "16_s21", "17_h1",
        "18_s22", "18_s23", "18_s24", "18_s25", "19_h2", "20_h3", "21_s26", "21_s27", "22_s28", "22_s29", "22b_s29", "22_h4", "23_h5", "24_s30", "24_s31", "24_h6", "25_s32", "25_s33", "25_s34", "25_s35", "26_h7", "27_s37", "27_s36", "27_s38", "27_h8", "27_h9", "28_sa", "28_sb", "28_h10"]
args = [a for a in sys.argv[1:] if not a.startswith("--")]
misses, lenient = "--misses" in sys.argv, "--lenient" in sys.argv
cases = {s: read_cases(Path(s) if "/" in s else Path(f"tests/data/scope_heldout{s}.txt")) for s in (args or SETS)}
need = {c["schema"] for cs in cases.values() for c in cs}
schemas, dbs = {}, []
admin = "postgresql://postgres@127.0.0.1:5432/postgres"
for name in need:
    db = "pool_" + uuid.uuid4().hex[:8]
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{db}"')
    dbs.append(db)
    dsn = f"postgresql://postgres@127.0.0.1:5432/{db}"
    if name == "shop":
        p = Path(f"/tmp/scope_pool_shop_{uuid.uuid4().hex[:8]}.sql"); p.write_text(shop_sql())
    else:
        p = SOURCES[name]
    load_sql_file(dsn, p)
    with psycopg.connect(dsn, autocommit=True) as conn:
        schemas[name] = service.load_schema(conn)
tot = ok = quiet = 0
for s, cs in cases.items():
    whys = [honoured(c, schemas[c["schema"]], lenient=lenient) for c in cs]
    n = sum(why is None for why in whys)
    # a silent misreading (issue 11: none at all): no error and no warning, yet an expected line is not in the reading
    # or a warning the case expects is missing (strict measure only: a lenient one keeps phrases with warnings)
    silent = 0 if lenient else sum(why is not None and not why.startswith(("error", "warnings")) for why in whys)
    if misses:
        for c, why in zip(cs, whys):
            if why is not None:
                print(f"  line {c['line']}: {c['phrase'][:110]!r}\n      {why[:300]}")
    print(f"{s}: {n}/{len(cs)}" + (f" ({silent} read silently otherwise)" if silent else ""))
    tot += len(cs); ok += n; quiet += silent
print(f"pooled: {ok}/{tot} = {ok/tot:.0%}; read silently otherwise: {quiet}")
with psycopg.connect(admin, autocommit=True) as c:
    for db in dbs:
        c.execute(f'DROP DATABASE "{db}" WITH (FORCE)')
