"""Issue 10, r41: free text of a trade no pack knows says something of its own row in the schema's own words
(``generate/intent/tradetext.py``, ``planning/remarks.py``), or a short neutral sentence around the table's noun;
never the office pack's sentences ("Owned by the Design team.") nor a CRM's ("Called, no answer"). A workspace's
own things (projects, documents) keep the office's words. Synthetic schemas, no database."""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.vocab import load
from seedbed.model import Schema
from tests.test_realism_units import generate, intent_of, table


def _office_phrases() -> list[str]:
    """Fixed pieces of the office pack's and the record remarks' sentences."""
    packs = load("packs")
    generic = packs["packs"]["generic"]["description"]
    pieces = [t.split("{")[0].strip() for t in generic if not t.startswith("{")]
    return [p for p in pieces if p] + packs["shared"]["sentence"] + load("entities")["attributes"]["remark"]


def _vals(values: list[str | None]) -> list[str]:
    return [v for v in values if v is not None]


def _no_office(values: list[str]) -> None:
    office = _office_phrases()
    bad = [v for v in values if any(p in v for p in office)]
    assert not bad, bad[:5]


def test_a_trades_ticket_and_item_are_told_from_their_own_rows() -> None:
    """A kennel's grooming tickets and a locksmith's stock items (tables of 'own words' elsewhere) say their
    own kinds, weights and fees, not a workspace's team pages."""
    kennels = table("kennels", ("kennel_code", "varchar(10)"), ("run_count", "smallint"))
    tickets = table("grooming_tickets", ("complaint", "varchar(30)"), ("details", "text"),
                    ("fee_cents", "int"), ("nights", "smallint"), fks=(("kennel_id", "kennels"),))
    items = table("stock_items", ("blank_type", "varchar(20)"), ("description", "varchar(200)"),
                  ("weight_kg", "numeric(6,2)"), ("bin_count", "smallint"))
    got = generate(kennels, tickets, items, rows=120)
    details = _vals(got["grooming_tickets"]["details"])
    assert len(details) >= 60
    _no_office(details)
    told = 0
    for i, text in enumerate(got["grooming_tickets"]["details"]):
        if text is None:
            continue
        own = [got["grooming_tickets"][c][i] for c in ("complaint", "nights") if got["grooming_tickets"][c][i]]
        cents = got["grooming_tickets"]["fee_cents"][i]
        if cents is not None:
            own.append(f"{int(cents) / 100:,.2f}")  # a fee in cents reads as money
        told += any(str(v).lower() in text.lower() for v in own)
    assert told >= 0.8 * len(details), details[:5]
    descriptions = _vals(got["stock_items"]["description"])
    _no_office(descriptions)
    assert sum(" kg" in d or "blank type" in d.lower() for d in descriptions) >= 0.8 * len(descriptions)


def test_a_trade_with_nothing_to_say_gets_a_sentence_around_its_noun() -> None:
    """A farrier's ``shoeings.notes`` and a potter's ``kiln_firings.description`` whose rows hold nothing else to
    tell: a short neutral sentence that names the table's noun, never the office's; a note a record's remark."""
    got = generate(table("horses", ("horse_name", "varchar(40)")),
                   table("kiln_firings", ("description", "text")),
                   table("shoeings", ("notes", "text"), fks=(("horse_id", "horses"),)), rows=80)
    repairs = _vals(got["kiln_firings"]["description"])
    assert repairs and all("firing" in r.lower() for r in repairs if "{" not in r), repairs[:5]
    assert not any("{" in r for r in repairs)
    _no_office(repairs)
    notes = _vals(got["shoeings"]["notes"])  # a note with nothing to tell: a thing's plain note, no contact's (r48)
    spec = load("remarks")["thing_notes"]
    assert notes and set(notes) <= set(spec["plain"]) | {t.replace("{Noun}", "Shoeing").replace("{noun}", "shoeing")
                                                          for t in spec["about"]}, notes[:5]


def test_a_workspaces_own_things_keep_the_office_words() -> None:
    """Where the office words are right: a project's or a document's description in a schema of no pack."""
    projects = table("projects", ("name", "varchar(60)"), ("description", "text"))
    docs = table("documents", ("title", "varchar(80)"), ("summary", "text"))
    assert "trade" not in str(_params(projects, "description", docs))
    assert "trade" not in str(_params(docs, "summary", projects))
    got = generate(projects, docs, rows=60)
    office = _office_phrases()
    assert any(any(p in v for p in office) for v in _vals(got["projects"]["description"]))


def test_peoples_own_words_and_people_are_not_a_trades_text() -> None:
    """A comment's body, a review's text and a customer's notes are no trade's row to be told."""
    comments = table("comments", ("body", "text"), ("description", "text"))
    customers = table("customers", ("full_name", "varchar(80)"), ("notes", "text"))
    assert "trade" not in str(_params(comments, "description", customers))
    assert "trade" not in str(_params(customers, "notes", comments))
    assert intent_of(comments, "body", customers) != "text.description" or \
        "trade" not in str(_params(comments, "body", customers))


def test_enum_constants_read_in_lower_case_and_acronyms_stay() -> None:
    from seedbed.generate.remarks import _phrases

    assert _phrases("label", "issue", np.array(["FLAT_TYRE", "LIGHTS"], dtype=object)) == [
        "issue flat tyre", "issue lights"]
    assert _phrases("label", "result", np.array(["PASS", "FAIL"], dtype=object)) == ["PASS", "FAIL"]
    assert _phrases("number", "parts_cost_cents", np.array([3279.0, 105000.0])) == [
        "parts cost 32.79", "parts cost 1,050.00"]


def _params(t, column: str, *others):  # type: ignore[no-untyped-def]
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain

    got = infer(Schema(tables=(t, *others)), t, t.column(column), ColumnDomain())
    return dict(got.params) if got else {}


def test_a_lines_notes_never_quote_an_amount_the_aggregates_rewrite() -> None:
    """A glazier's job lines whose totals follow their job's quote: their details name the line's total as stored or
    not at all (the remark is planned before the aggregates rewrite the amount)."""
    jobs = table("glazing_jobs", ("pane_count", "smallint"), ("quote_amount", "numeric(8,2)"))
    lines = table("glazing_job_items", ("glass_grade", "varchar(20)"), ("qty", "int"), ("line_total", "numeric(8,2)"),
                  ("details", "varchar(200)"), fks=(("glazing_job_id", "glazing_jobs"),))
    got = generate(jobs, lines, rows=80)["glazing_job_items"]
    notes = _vals(got["details"])
    assert notes
    _no_office(notes)
    for text, total in zip(got["details"], got["line_total"], strict=True):
        if text and "line total" in text.lower():
            said = text.lower().split("line total ", 1)[1].split()[0].rstrip(".,;")
            assert total is not None and float(said.replace(",", "")) == float(total), (text, total)


def test_a_trades_remarks_are_not_told_from_its_row() -> None:
    """A port's ``vessel_visits.remarks`` and a notary's ``deeds.remarks`` stay a record's plain remarks: told from
    their rows they read back the columns ("not pilot req", "Repertory yr 2085; executed"), scored 0 by a blind
    review (session 12), while their details and descriptions are still told from the row."""
    visits = table("vessel_visits", ("pilot_req", "bool"), ("arr_draft_m", "numeric(4,1)"), ("phase", "varchar(20)"),
                   ("remarks", "text"), ("details", "text"))
    assert "trade" not in _params(visits, "remarks")
    assert _params(visits, "details").get("trade") == "vessel visit"
