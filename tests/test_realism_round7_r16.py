"""Issue 10, round 7 (r16): how often things happen. Outcomes, flags and states in realistic
shares, and what a state implies for its row; each class on a small synthetic schema with
invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.generate.intent.outcomes import label_factors, polarity
from seedbed.model import Check
from tests.test_realism_units import generate, table

_TRUE = ("t", "true", "True", "1")


def _share(cells: list[str | None], want=_TRUE) -> float:
    vals = [c for c in cells if c is not None]
    return sum(c in want for c in vals) / len(vals)


# ------------------------------------------------------------------ an outcome flag leans by its words
def test_a_good_outcome_is_mostly_true_and_an_adverse_one_rarer_the_worse_it_is() -> None:
    """``passed`` was a coin flip (45% of a blood bank's screenings), ``reactive`` 22%: a good outcome
    is true on most rows, an adverse one on few, a severe one on fewer still."""
    t = table("kiln_firings", ("succeeded", "bool", False), ("within_spec", "bool", False),
              ("overdue", "bool", False), ("rejected", "bool", False), ("is_fraud", "bool", False),
              ("reactive", "bool", False), ("not_delivered", "bool", False))
    got = generate(t, rows=2000)["kiln_firings"]
    shares = {c: _share(got[c]) for c in got if c != "id"}
    assert shares["succeeded"] > 0.85 and shares["within_spec"] > 0.85, shares
    assert 0.03 < shares["overdue"] < 0.15 and shares["not_delivered"] < 0.15, shares
    assert shares["rejected"] < 0.06 and shares["reactive"] < 0.06, shares
    assert shares["is_fraud"] < shares["rejected"] < shares["overdue"], shares


def test_positive_is_a_finding_only_on_a_test() -> None:
    """A swab test's ``positive`` is a rare finding; a word of polarity only where something is tested."""
    got = generate(table("swab_tests", ("positive", "bool", False)), rows=1000)["swab_tests"]
    assert _share(got["positive"]) < 0.08
    assert polarity(("is", "positive"), frozenset({"review"})) is None
    assert polarity(("out", "of", "tolerance"))[0] == "mild" and polarity(("in", "tolerance"))[0] == "good"


# ------------------------------------------------------------------ a state's detail only on its rows
def test_a_detail_of_one_outcome_is_set_exactly_on_the_rows_with_that_outcome() -> None:
    """``failure_code`` beside ``passed``, ``hold_reason`` beside ``on_hold``, ``out_of_spec_note``
    beside ``in_spec``: each was filled on ~90% of rows whatever the flag said."""
    t = table("weld_checks", ("passed", "bool", False), ("failure_code", "varchar(10)"),
              ("on_hold", "bool", False), ("hold_reason", "text"),
              ("in_spec", "bool", False), ("out_of_spec_note", "text"),
              ("escalated", "bool", False), ("escalation_comment", "text"))
    got = generate(t, rows=1000)["weld_checks"]
    for flag, detail, when in (("passed", "failure_code", False), ("on_hold", "hold_reason", True),
                               ("in_spec", "out_of_spec_note", False), ("escalated", "escalation_comment", True)):
        for f, d in zip(got[flag], got[detail], strict=True):
            assert (d is not None) == ((f in _TRUE) == when), (flag, f, detail, d)
        assert any(d is not None for d in got[detail]), detail


def test_a_detail_of_a_rare_outcome_without_a_flag_is_mostly_null_but_not_in_a_table_of_that_outcome() -> None:
    """``suspension_reason`` with nothing to gate it was set on 89% of vendors; a ``fault_note`` of a
    table of faults is every row's."""
    got = generate(table("kiosk_vendors", ("suspension_reason", "text"), ("failure_code", "varchar(12)")),
                   table("faults", ("fault_note", "text")))
    vendors = got["kiosk_vendors"]
    assert sum(v is None for v in vendors["suspension_reason"]) / len(vendors["suspension_reason"]) > 0.8
    assert sum(v is None for v in vendors["failure_code"]) / len(vendors["failure_code"]) > 0.8
    assert sum(v is None for v in got["faults"]["fault_note"]) / len(got["faults"]["fault_note"]) < 0.3


# ------------------------------------------------------------------ statuses fit their noun, skewed
def test_a_text_status_takes_the_statuses_of_the_first_noun_of_its_table_that_has_some() -> None:
    """``resin_lots.status`` was active/archived/deleted (a user's); ``ncr_logs.status`` likewise. A lot
    is mostly released, a non-conformance case mostly closed."""
    got = generate(table("resin_lots", ("status", "varchar(20)", False)),
                   table("ncr_logs", ("status", "text", False)), rows=600)
    lots, ncrs = got["resin_lots"]["status"], got["ncr_logs"]["status"]
    assert "released" in lots and "deleted" not in lots and lots.count("released") > len(lots) / 2
    assert "closed" in ncrs and "deleted" not in ncrs and ncrs.count("closed") > len(ncrs) / 2


def test_the_labels_of_an_outcome_are_skewed_to_the_good_one_and_away_from_the_worst() -> None:
    """A CHECK list ``passed, reactive, pending, retest`` and a ``result`` of a QC table without one:
    passed most, the adverse labels rare (were 45% / 22%, and 'Result 6')."""
    t = table("serum_screens", ("status", "varchar(12)", False), ("ok_note", "text"))
    t = replace(t, checks=(Check(name="serum_screens_status_check",
                                 expression="status IN ('passed', 'reactive', 'pending', 'retest')"),))
    got = generate(t, table("qc_runs", ("result", "varchar(12)", False)), rows=1000)
    status = got["serum_screens"]["status"]
    assert status.count("passed") > 0.6 * len(status) and status.count("reactive") < 0.06 * len(status)
    results = got["qc_runs"]["result"]
    assert results.count("passed") > len(results) / 2 and 0 < results.count("failed") < 0.1 * len(results)
    assert label_factors(["cracked", "chipped"]) is None  # kinds of failure: no outcome list
