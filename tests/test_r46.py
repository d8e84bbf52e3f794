"""Issue 10, r46: the people of one row agree. A sex column follows the row's names (``members.gender`` was M for
Shirley), a role with a sex gets names of that sex (``groom_name``), two people of one row are two people
(``witness_1`` / ``witness_2``, two FKs to one table), and a ``<role>_name`` of a person word gets a person's name
(``wali_name`` was "Signal 30"). Synthetic schemas, no database."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from seedbed.generate.realistic.geo import names
from seedbed.model import Check, Schema
from seedbed.planning.planner import PlanOptions, plan_seed
from seedbed.thesaurus import sex
from tests.test_realism_units import generate, intent_of, table


@lru_cache(maxsize=1)
def _sex_of_first() -> dict[str, str]:
    """A first name of the pools -> its one sex (names given to both sexes are left out)."""
    seen: dict[str, set[str]] = {}
    pool = names()
    for first, g in zip(pool.first.tolist(), pool.gender.tolist(), strict=True):
        seen.setdefault(first.split()[0], set()).add(g)
    return {k: v.pop() for k, v in seen.items() if len(v) == 1}


def _agree(full_names: list, want: list) -> tuple[int, int]:
    """(rows whose first name has the wanted sex, rows judged)."""
    known = _sex_of_first()
    ok = judged = 0
    for name, w in zip(full_names, want, strict=True):
        got = known.get((name or "").split(" ")[0]) if name else None
        if got and w in ("M", "F"):
            judged += 1
            ok += got == w
    return ok, judged


def _with_check(t, column: str, labels: tuple[str, ...], default: str | None = None):
    listed = ", ".join(f"'{x}'::text" for x in labels)
    check = Check(name=f"{t.name.name}_{column}_check", expression=f"({column} = ANY (ARRAY[{listed}]))",
                  columns=(column,))
    cols = tuple(replace(c, default=f"'{default}'::text") if c.name == column and default else c for c in t.columns)
    return replace(t, columns=cols, checks=(*t.checks, check))


def test_wordnet_gives_the_sex_of_person_words_and_forms_of_address() -> None:
    assert [sex(w) for w in ("groom", "bride", "widow", "godmother", "king", "husband")] == list("MFFFMM")
    assert [sex(w) for w in ("mr", "mrs", "ms", "miss")] == list("MFFF")
    assert {sex(w) for w in ("witness", "chairman", "partner", "leader", "doctor", "wali", "sponsor")} == {None}


def test_a_sex_column_follows_the_rows_first_name() -> None:
    """members.gender IN ('M', 'F') beside first_name: Shirley is F, Clifford M, on every row."""
    t = _with_check(table("members", ("first_name", "varchar(60)", False), ("last_name", "varchar(60)", False),
                          ("gender", "varchar(1)", False)), "gender", ("M", "F"))
    got = generate(t, rows=300)["members"]
    ok, judged = _agree(got["first_name"], got["gender"])
    assert judged > 200 and ok == judged
    assert {"M", "F"} == set(got["gender"])


def test_titles_and_words_read_as_sexes_and_a_label_of_no_sex_is_rare() -> None:
    """Mr/Mrs/Ms/Dr and male/female follow the names; Dr and a DEFAULT 'U' stay a minority."""
    t = _with_check(table("adjudicators", ("forename", "varchar(40)", False), ("surname", "varchar(40)", False),
                          ("salutation", "varchar(4)", False)), "salutation", ("Mr", "Mrs", "Ms", "Dr"))
    p = _with_check(table("people", ("given_names", "varchar(80)"), ("surname", "varchar(60)", False),
                          ("sex", "varchar(1)", False)), "sex", ("M", "F", "U"), default="U")
    got = generate(t, p, rows=300)
    adj = got["adjudicators"]
    want = ["M" if s == "Mr" else "F" if s in ("Mrs", "Ms") else None for s in adj["salutation"]]
    ok, judged = _agree(adj["forename"], want)
    assert judged > 200 and ok == judged
    assert adj["salutation"].count("Dr") < 0.1 * len(adj["salutation"])
    people = got["people"]
    assert people["sex"].count("U") < 0.25 * len(people["sex"])
    ok, judged = _agree(people["given_names"], people["sex"])
    assert judged > 150 and ok == judged


def test_each_role_of_a_row_is_a_person_of_its_own_and_of_its_sex() -> None:
    """A wedding register: grooms are men, brides women, two witnesses two people, never the groom or bride."""
    t = table("wedding_register", ("groom_name", "varchar(120)", False), ("bride_name", "varchar(120)", False),
              ("witness_1", "varchar(120)", False), ("witness_2", "varchar(120)", False),
              ("groom_first_name", "varchar(40)"))
    got = generate(t, rows=300)["wedding_register"]
    n = len(got["groom_name"])
    for column, want in (("groom_name", "M"), ("bride_name", "F"), ("groom_first_name", "M")):
        ok, judged = _agree(got[column], [want] * n)
        assert judged > 0.7 * n and ok == judged, column
    for a, b in (("witness_1", "witness_2"), ("groom_name", "bride_name"), ("witness_1", "groom_name")):
        assert all(x != y for x, y in zip(got[a], got[b], strict=True)), (a, b)
    firsts = [f for f, g in zip(got["groom_first_name"], got["groom_name"], strict=True) if f]
    assert firsts and all(g.startswith(f) or f in g for f, g in
                          zip(got["groom_first_name"], got["groom_name"], strict=True) if f)


def test_a_table_named_by_a_sexed_noun_gives_its_own_person_that_sex() -> None:
    t = table("mothers", ("first_name", "varchar(40)", False), ("surname", "varchar(40)", False))
    got = generate(t, rows=200)["mothers"]
    ok, judged = _agree(got["first_name"], ["F"] * len(got["first_name"]))
    assert judged > 150 and ok == judged


def test_a_table_of_one_person_keeps_its_plan() -> None:
    """customers(first_name, last_name, email): one person, no sex, nothing added to its intents."""
    t = table("customers", ("first_name", "varchar(40)"), ("last_name", "varchar(40)"), ("email", "varchar(120)"))
    plan = plan_seed(Schema(tables=(t,)), PlanOptions(rows=10, seed=1))
    for cp in plan.tables[t.name].columns:
        if cp.intent is not None:
            assert "person" not in cp.intent.params and "sex" not in cp.intent.params, cp


def test_role_names_of_a_person_word_or_an_unknown_word_beside_people_are_people() -> None:
    """next_of_kin_name is a person (WordNet), wali_name too beside groom_name and bride_name; not elsewhere."""
    t = table("marriages", ("groom_name", "varchar(120)"), ("bride_name", "varchar(120)"),
              ("wali_name", "varchar(120)"), ("next_of_kin_name", "varchar(120)"))
    assert intent_of(t, "wali_name") == "person.full_name"
    assert intent_of(t, "next_of_kin_name") == "person.full_name"
    lone = table("gadgets", ("wali_name", "varchar(120)"), ("colour", "varchar(20)"))
    assert intent_of(lone, "wali_name") != "person.full_name"


def test_two_references_of_a_row_to_one_table_are_two_rows() -> None:
    """A couple's leader and follower, a match's home and away teams: never the same parent row."""
    dancers = table("dancers", ("given_name", "varchar(40)"))
    couples = table("couples", fks=(("leader_id", "dancers"), ("follower_id", "dancers")))
    got = generate(dancers, couples, rows=400, rows_per_table={"dancers": 5})
    rows = list(zip(got["couples"]["leader_id"], got["couples"]["follower_id"], strict=True))
    assert len(rows) == 400 and all(a != b for a, b in rows)


def test_a_listed_role_of_one_sex_follows_the_rows_person() -> None:
    """relationship IN ('mother', 'father', 'guardian'): a mother is a woman, a father a man; the guardians either."""
    t = _with_check(table("family_contacts", ("first_name", "varchar(40)", False), ("last_name", "varchar(40)", False),
                          ("relationship", "varchar(12)", False)), "relationship", ("mother", "father", "guardian"))
    got = generate(t, rows=300)["family_contacts"]
    want = [{"mother": "F", "father": "M"}.get(r) for r in got["relationship"]]
    ok, judged = _agree(got["first_name"], want)
    assert judged > 120 and ok == judged
    assert set(got["relationship"]) == {"mother", "father", "guardian"}
