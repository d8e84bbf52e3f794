"""Issue 10, round 10 (r30): a neutral that reads as real (no 'Cave A', 'Passage type 2', 'Objective 12')
and no other domain's words (no software components, power tools or lab instruments in a schema that
names none of those trades). Synthetic schemas of made-up domains (no database: plan + engine)."""

from __future__ import annotations

import re

from tests.test_realism_units import generate, table


def _vals(values: list[str | None]) -> set[str]:
    return {v for v in values if v is not None}


def _no_placeholder(got: dict, column: str) -> set[str]:
    seen = _vals(got[column])
    words = column.replace("_", " ")
    assert seen and not any(re.fullmatch(rf"({words}|{words.split()[-1]})\s+[A-Z0-9]+", v, re.IGNORECASE)
                            for v in seen), sorted(seen)
    return seen


def test_names_titles_and_classifiers_of_unknown_things_are_no_numbered_placeholders() -> None:
    """A kite-mapping club's sites, a glacier survey's moraines, a lichen census's plots: names of
    things read as proper names, titles as topics, classifiers as plain ordered labels."""
    sites = table("kite_sites", ("name", "varchar(80)"), ("wind_class", "varchar(20)"), ("grade", "varchar(10)"))
    flights = table("kite_flights", ("title", "varchar(160)"), ("flown_on", "date"), ("objective", "text"),
                    ("stage", "varchar(30)"), ("quality", "varchar(10)"), ("telemetry", "varchar(30)"),
                    fks=(("kite_site_id", "kite_sites"),))
    got = generate(sites, flights, rows=80)
    names = _no_placeholder(got["kite_sites"], "name")
    assert not any(v.split()[0] in ("Premium", "Standard", "Main", "Core") for v in names), sorted(names)[:5]
    titles = _no_placeholder(got["kite_flights"], "title")
    assert not any(t.startswith(("Premium", "Standard")) for t in titles), sorted(titles)[:5]
    assert _no_placeholder(got["kite_flights"], "stage") <= {"planning", "in progress", "review", "completed"}
    assert _no_placeholder(got["kite_flights"], "quality") <= {"good", "fair", "poor"}
    assert _no_placeholder(got["kite_sites"], "wind_class") <= set("ABCDEF")
    codes = _no_placeholder(got["kite_flights"], "telemetry")
    assert all(re.fullmatch(r"[A-Z]{2}-\d{3}", v) for v in codes), sorted(codes)[:5]
    notes = _no_placeholder(got["kite_flights"], "objective")
    assert all(v.endswith(".") for v in notes), sorted(notes)[:3]  # sentences, not labels


def test_one_trades_list_does_not_serve_a_schema_that_names_no_such_trade() -> None:
    """A glacier survey's stakes have no software ``component``, no power ``tool``, no lab
    ``instrument`` and no on/off ``quality_flag``; a software schema keeps its components."""
    glaciers = table("glaciers", ("name", "varchar(80)"), ("area_km2", "numeric(8,2)"))
    stakes = table("ablation_stakes", ("component", "varchar(40)"), ("tool", "varchar(40)"),
                   ("instrument", "varchar(40)"), ("quality_flag", "varchar(10)"), ("read_on", "date"),
                   fks=(("glacier_id", "glaciers"),))
    got = generate(glaciers, stakes, rows=80)["ablation_stakes"]
    software = {"Backend", "Frontend", "API", "CI/CD", "Database", "Mobile"}
    tools = {"cordless drill", "angle grinder", "pipe wrench", "spirit level", "circular saw"}
    lab = {"Thermocycler", "HPLC system", "Flow cytometer", "Benchtop centrifuge"}
    assert not _vals(got["component"]) & software and not _vals(got["tool"]) & tools, sorted(_vals(got["tool"]))
    assert not _vals(got["instrument"]) & lab and not _vals(got["quality_flag"]) & {"on", "off", "auto"}
    repos = table("repositories", ("name", "varchar(80)"), ("default_branch", "varchar(40)"))
    bugs = table("bug_reports", ("component", "varchar(40)"), ("severity", "varchar(10)"), ("commit_sha", "varchar(40)"),
                 ("deploy_env", "varchar(20)"), fks=(("repository_id", "repositories"),))
    got = generate(repos, bugs, rows=80)["bug_reports"]
    assert _vals(got["component"]) & software, sorted(_vals(got["component"]))
