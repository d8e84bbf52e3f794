"""Round r46: seed a schema (200 rows, seed 7) and score, by rule, whether the people of one row agree.

Usage::

    PYTHONPATH=src:. .venv/bin/python bench/realism_r46_measure.py bench/realism_unseen35a.sql ...

(a) sex: rows where a given name contradicts the row's sex column (or the sex a role word carries:
    ``groom_name``, ``godmother_name``), over rows whose name's sex is known; and the share of 'U';
(b) pairs: rows where two person columns of one row hold the same person;
(c) persons: values of a person-name column whose first word is not a first name of any locale.
A first name's sex is read from Faker's first_names_male / first_names_female of every locale
(names in both lists are not judged). The columns scored were listed before any change (``SPECS``);
the held-out schemas (``realism_r46_held*.sql``) were written for this and kept out of the tuning.
"""
import importlib
import pkgutil
import sys
from pathlib import Path

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import measure as bm  # noqa: E402
from seedbed import service  # noqa: E402
from seedbed.planning.options import PlanOptions  # noqa: E402
from tests.corpus import load_sql_file  # noqa: E402

# sex: (table, sex column or a fixed 'M'/'F', name column, name is "first" or "full")
# pairs: (table, column, column); persons: "table.column"
SPECS = {
 "realism_unseen35a.sql": {
   "sex": [("members", "gender", "first_name", "first"), ("nikah_register", "M", "groom_name", "full"),
           ("nikah_register", "F", "bride_name", "full")],
   "pairs": [("nikah_register", "witness_1", "witness_2"), ("nikah_register", "groom_name", "bride_name"),
             ("nikah_register", "wali_name", "groom_name")],
   "persons": ["nikah_register.wali_name", "nikah_register.witness_1", "nikah_register.witness_2",
               "madrasah_enrolments.student_name", "staff.full_name"]},
 "realism_unseen34b.sql": {
   "sex": [("Person", "sex", "givenNames", "first")],
   "pairs": [("Family", "partner1Id", "partner2Id"), ("ResearchEnquiry", "memberId", "assignedVolunteerId")],
   "persons": ["ResearchEnquiry.enquirerName"]},
 "realism_r46_held1.sql": {
   "sex": [("midwives", "title", "first_name", "first"), ("obstetricians", "gender", "full_name", "full"),
           ("mothers", "F", "first_name", "first"), ("births", "baby_sex", "baby_first_name", "first"),
           ("birth_registrations", "F", "mother_full_name", "full"),
           ("birth_registrations", "M", "father_full_name", "full"),
           ("christenings", "M", "godfather_name", "full"), ("christenings", "F", "godmother_name", "full")],
   "pairs": [("admissions", "lead_midwife_id", "second_midwife_id"),
             ("birth_registrations", "mother_full_name", "father_full_name"),
             ("birth_registrations", "informant_name", "registrar_name"),
             ("christenings", "godfather_name", "godmother_name"), ("christenings", "sponsor_name", "officiant_name"),
             ("mothers", "partner_name", "next_of_kin_name")],
   "persons": ["mothers.partner_name", "mothers.next_of_kin_name", "birth_registrations.informant_name",
               "birth_registrations.registrar_name", "christenings.sponsor_name", "christenings.officiant_name",
               "christenings.godfather_name", "christenings.godmother_name"]},
 "realism_r46_held2.sql": {
   "sex": [("dancers", "sex", "given_name", "first"), ("adjudicators", "salutation", "forename", "first"),
           ("entries", "M", "king_of_the_ball", "full"), ("entries", "F", "queen_of_the_ball", "full")],
   "pairs": [("couples", "leader_id", "follower_id"), ("heats", "judge_1_id", "judge_2_id"),
             ("entries", "king_of_the_ball", "queen_of_the_ball"), ("couples", "coach_name", "chaperone_name"),
             ("competitions", "chairman_name", "patron_name")],
   "persons": ["dance_clubs.secretary_name", "couples.coach_name", "couples.chaperone_name",
               "competitions.chairman_name", "competitions.patron_name", "heats.scrutineer_name",
               "entries.king_of_the_ball", "entries.queen_of_the_ball"]},
}
_SEX = {"m": "M", "male": "M", "mr": "M", "man": "M", "f": "F", "female": "F", "mrs": "F", "ms": "F", "miss": "F",
        "woman": "F", "u": "U", "unknown": "U"}


def first_names() -> dict[str, str]:
    """Each first name (lower case) -> 'M', 'F' or '?' (in both lists), over Faker's locales."""
    import faker.providers.person as person

    seen: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        p = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr, sex in (("first_names_male", "M"), ("first_names_female", "F")):
            for name in getattr(p, attr, ()) or ():
                seen.setdefault(str(name).lower(), set()).add(sex)
    return {k: (next(iter(v)) if len(v) == 1 else "?") for k, v in seen.items()}


def _col(conn, table: str, *cols: str) -> list[tuple]:
    q = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c))
                                                               for c in cols), sql.Identifier(table))
    return conn.execute(q).fetchall()


def _first(value: str | None, names: dict[str, str]) -> str | None:
    for word in (value or "").replace(",", " ").split():
        if word.lower().rstrip(".") in names:
            return names[word.lower().rstrip(".")]
    return None


def score(conn, spec: dict, names: dict[str, str]) -> dict[str, float]:
    bad = judged = unknown = total = 0
    for table, sex, col, _form in spec["sex"]:
        cols = (col,) if sex in ("M", "F") else (col, sex)
        b = j = u = t = 0
        for row in _col(conn, table, *cols):
            want = sex if sex in ("M", "F") else _SEX.get((row[1] or "").strip().lower())
            t += 1
            u += want == "U"
            got = _first(row[0], names)
            if want in ("M", "F") and got in ("M", "F"):
                j += 1
                b += got != want
        print(f"  sex   {table}.{col} ~ {sex}: contradicts {b}/{j}, U {u}/{t}")
        bad, judged, unknown, total = bad + b, judged + j, unknown + u, total + t
    same = rows = 0
    for table, a, b_ in spec["pairs"]:
        vals = [r for r in _col(conn, table, a, b_) if r[0] is not None and r[1] is not None]
        s = sum(1 for x, y in vals if x == y)
        print(f"  pair  {table}.{a} = {b_}: {s}/{len(vals)}")
        same, rows = same + s, rows + len(vals)
    nonperson = seen = 0
    for tc in spec["persons"]:
        t, c = tc.split(".")
        vals = [r[0] for r in _col(conn, t, c) if r[0] is not None]
        np_ = sum(1 for v in vals if _first(v, names) is None)
        print(f"  who   {tc}: not a person {np_}/{len(vals)}  e.g. {' | '.join(vals[:3])}")
        nonperson, seen = nonperson + np_, seen + len(vals)
    return {"sex_contradicts": bad / max(judged, 1), "sex_unknown": unknown / max(total, 1),
            "pairs_same": same / max(rows, 1), "not_person": nonperson / max(seen, 1)}


def main(paths: list[str]) -> None:
    names = first_names()
    for path in paths:
        spec = SPECS[path.rsplit("/", 1)[-1]]
        with bm.fresh_database(bm.DEFAULT_DSN, "r46_measure") as dsn:
            load_sql_file(dsn, Path(path))
            service.seed(dsn, PlanOptions(rows=200, seed=7), verify=False)
            with psycopg.connect(dsn, autocommit=True) as conn:
                s = score(conn, spec, names)
        print(f"{path}: " + ", ".join(f"{k} {v:.3f}" for k, v in s.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
