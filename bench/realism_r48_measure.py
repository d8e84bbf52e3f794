"""Round r48: print each text column's generator and first values, and count the round's three classes (issue 10).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r48_measure.py bench/realism_r48_held1.sql ... [--all]

Seeds the schema (200 rows, seed 7) in a scratch database and, for every text column, prints
``table.column [gen/provider] why: v1 | v2 | v3`` (``--all``: every column, not only text). Then counts:

* placeholder: most values are letters, a hyphen and digits (``SN-100``, ``TP-001007``, ``GRD-867043``), or
  letters run into six or more digits (``BATCH004512``);
* filler: most values of a text column are the office sentences of the neutral note pool
  (``Checked and confirmed.``, ``See the attached documents.``), read from the pool itself;
* maker/payer: the column's provider, to read by hand (a maker must be a maker of the table's thing).

The held-out schemas were written before this script and before any change of the round.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

PLACEHOLDER = re.compile(r"^[A-Z]{1,6}-(\d{4}-)?\d{2,8}$|^[A-Z]{3,}\d{6,}$")
OFFICE = re.compile(r"attached|confirmed|reminder|sign-off|review|no answer|further action|meeting|"
                    r"the file\b|roadmap|customer survey|owned by the|feedback|replaces the previous", re.I)


def run(path: str, every: bool) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"placeholder": [], "filler": []}
    with bm.fresh_database(bm.DEFAULT_DSN, "r48") as dsn:
        load_sql_file(dsn, path)
        with service.connect(dsn) as conn:
            schema = service.load_schema(conn)
            plan = service.make_plan(conn, schema, PlanOptions(rows=200, seed=7))
        gens = {(str(n).split(".")[-1], c.name): (c.gen, c.provider, c.reason)
                for n, tp in plan.tables.items() for c in tp.columns}
        service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            cols = conn.execute("""SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public' ORDER BY table_name, ordinal_position""").fetchall()
            for t, c, ty in cols:
                text = ty in ("text", "character varying", "character")
                if not (text or every):
                    continue
                vals = [r[0] for r in conn.execute(sql.SQL("SELECT {}::text FROM {} WHERE {} IS NOT NULL").format(
                    sql.Identifier(c), sql.Identifier(t), sql.Identifier(c))).fetchall()]
                gen, prov, why = gens.get((t, c), ("?", "", ""))
                seen = list(dict.fromkeys(vals))
                print(f"  {t}.{c} [{gen}/{prov}] {why[:90]}: " + " | ".join(v[:50] for v in seen[:4]))
                if not vals or not text:
                    continue
                if sum(bool(PLACEHOLDER.match(v)) for v in vals) >= 0.5 * len(vals):
                    out["placeholder"].append(f"{t}.{c}: {' | '.join(seen[:3])}")
                if sum(bool(OFFICE.search(v)) for v in vals) >= 0.3 * len(vals):
                    out["filler"].append(f"{t}.{c}: {' | '.join(v[:40] for v in seen[:2])}")
    return out


def main(argv: list[str]) -> None:
    every = "--all" in argv
    for path in [a for a in argv if not a.startswith("--")]:
        print(path)
        r = run(path, every)
        print(f"{path}: placeholder columns {len(r['placeholder'])}, office-filler columns {len(r['filler'])}")
        for k, lines in r.items():
            for line in lines:
                print(f"   {k}: {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
