"""Round r52: seed a schema (200 rows, seed 7) and score its people, places and trade identifiers 0/1/2 against
the expert's expectations written with it (issue 10: identifiers, people and places of the business's own
country and trade).

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r52_measure.py bench/realism_r52_held1.sql [--samples]

Expectations are ``-- expect`` lines of the schema file (see its header): ``shape`` (a full regex match),
``person`` (each word of the value a first or last name of the locale's Faker person lists), ``oneof`` (the value
one of an expert's list), ``box`` (a row's coordinates inside a bounding box). A column scores 2 when at least
80% of its set values pass, 1 when at least 40% do, else 0. Written before any change of the round.
"""
from __future__ import annotations

import importlib
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


def expectations(path: str) -> list[list[str]]:
    out = []
    for ln in Path(path).read_text().splitlines():
        if ln.startswith("-- expect ") or ln.startswith("-- box "):
            words = ln[3:].split(None, 3) if ln.startswith("-- expect ") else ln[3:].split()
            out.append(words[1:] if words[0] == "expect" else words)
    return out


def _people(locale: str) -> frozenset[str]:
    p = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: set[str] = set()
    for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
        out.update(getattr(p, attr, ()) or ())
    return frozenset(out)


def _values(conn, table: str, column: str) -> list[str]:
    return [str(r[0]) for r in conn.execute(sql.SQL("SELECT {} FROM {} WHERE {} IS NOT NULL").format(
        sql.Identifier(column), sql.Identifier(table), sql.Identifier(column)))]


def _score(share: float) -> int:
    return 2 if share >= 0.8 else 1 if share >= 0.4 else 0


def check(conn, exp: list[list[str]]) -> list[tuple[str, str, int, float, str]]:
    out = []
    for e in exp:
        kind = e[0]
        if kind == "box":
            (t, lat), (_, lon) = e[1].split("."), e[2].split(".")
            s, w, n, ea = map(float, e[3:7])
            rows = conn.execute(sql.SQL("SELECT {}::float8, {}::float8 FROM {} WHERE {} IS NOT NULL").format(
                sql.Identifier(lat), sql.Identifier(lon), sql.Identifier(t), sql.Identifier(lat))).fetchall()
            share = sum(s <= a <= n and w <= b <= ea for a, b in rows) / max(len(rows), 1)
            shown = " | ".join(f"{a:.3f},{b:.3f}" for a, b in rows[:3])
            out += [(kind, f"{t}.{c}", _score(share), share, shown) for c in (lat, lon)]
            continue
        t, c = e[1].split(".")
        vals = _values(conn, t, c)
        if kind == "shape":
            rx = re.compile(e[2].strip())
            ok = [bool(rx.fullmatch(v)) for v in vals]
        elif kind == "person":
            known = _people(e[2].strip())
            ok = [all(w in known for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", v)) and bool(v.strip())
                  for v in vals]
        elif kind == "oneof":
            allowed = {x.strip().lower() for x in e[2].split("|")}
            ok = [v.strip().lower() in allowed for v in vals]
        else:
            raise ValueError(e)
        share = sum(ok) / max(len(vals), 1)
        out.append((kind, f"{t}.{c}", _score(share), share, " | ".join(vals[:3])))
    return out


def measure(path: str, samples: bool = False) -> list[tuple]:
    with bm.fresh_database(bm.DEFAULT_DSN, "r52") as dsn:
        load_sql_file(dsn, Path(path))
        service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            found = check(conn, expectations(path))
            if samples:
                for (t,) in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                         "'public' ORDER BY 1").fetchall():
                    cur = conn.execute(sql.SQL("SELECT * FROM {} LIMIT 8").format(sql.Identifier(t)))
                    print(f"== {t}")
                    names = [d.name for d in cur.description]
                    rows = cur.fetchall()
                    for i, n in enumerate(names):
                        print(f"  {n}: " + " | ".join("" if r[i] is None else str(r[i])[:40] for r in rows))
    return found


def main(argv: list[str]) -> None:
    samples = "--samples" in argv
    for path in [a for a in argv if not a.startswith("--")]:
        found = measure(path, samples)
        total = sum(f[2] for f in found)
        print(f"{path}: {total}/{2 * len(found)} over {len(found)} columns "
              f"(2s {sum(f[2] == 2 for f in found)}, 1s {sum(f[2] == 1 for f in found)}, "
              f"0s {sum(f[2] == 0 for f in found)})")
        for kind, what, score, share, shown in found:
            print(f"   {score} {kind:6} {what}: {share:.0%}  {shown[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
