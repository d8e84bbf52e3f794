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


# ------------------------------------------------------------------ one outcome said twice agrees
def test_a_result_in_words_and_a_count_of_problems_agree_with_the_flag_that_says_the_outcome() -> None:
    """``result`` 'passed' beside ``passed`` false, a blood test 'negative' beside ``reactive`` true,
    8 ``defects_found`` on a passed inspection: one outcome said twice agrees with itself."""
    runs = table("qc_runs", ("passed", "bool", False), ("result", "varchar(12)", False),
                 ("defects_found", "int", False))
    tests_ = table("serum_tests", ("reactive", "bool", False), ("outcome", "varchar(12)", False))
    tests_ = replace(tests_, checks=(Check(name="serum_tests_outcome_check",
                                           expression="outcome IN ('negative', 'positive', 'pending')"),))
    got = generate(runs, tests_, rows=1000)
    r = got["qc_runs"]
    for passed, result, defects in zip(r["passed"], r["result"], r["defects_found"], strict=True):
        assert (result == "passed") == (passed in _TRUE), (passed, result)
        assert (int(defects) == 0) == (passed in _TRUE), (passed, defects)
    assert any(p not in _TRUE for p in r["passed"])
    s = got["serum_tests"]
    for reactive, outcome in zip(s["reactive"], s["outcome"], strict=True):
        assert outcome == ("positive" if reactive in _TRUE else "negative"), (reactive, outcome)


def test_a_failures_detail_follows_the_rows_own_outcome_not_a_steps() -> None:
    """``decline_code`` beside ``authorized`` and ``three_ds_passed``: the charge's own outcome decides
    (not the 3-D Secure step's); ``deny_reason`` beside ``granted`` likewise (was 85% filled, granted
    38%). A status with steps on the way (pending, refunded) is not forced to agree with a flag."""
    charges = table("card_charges", ("authorized", "bool", False), ("three_ds_passed", "bool"),
                    ("decline_code", "varchar(30)"), ("status", "varchar(12)", False))
    charges = replace(charges, checks=(Check(name="card_charges_status_check",
                                             expression="status IN ('succeeded', 'pending', 'failed', 'refunded')"),))
    got = generate(charges, table("door_swipes", ("granted", "bool", False), ("deny_reason", "varchar(40)")),
                   rows=1000)
    c = got["card_charges"]
    assert all((d is not None) == (a not in _TRUE) for a, d in zip(c["authorized"], c["decline_code"], strict=True))
    assert "pending" in c["status"] and _share(c["authorized"]) > 0.85
    s = got["door_swipes"]
    assert _share(s["granted"]) > 0.85
    assert all((d is not None) == (g not in _TRUE) for g, d in zip(s["granted"], s["deny_reason"], strict=True))


# ------------------------------------------------------------------ a state from a list, like a CHECK's
def test_a_status_drawn_from_its_nouns_list_gates_its_moments_and_names_its_flags() -> None:
    """``capa_logs.status`` (open, investigating, closed... drawn from a list, no CHECK) now gates
    ``closed_at`` as a CHECK's labels would (was set on 91% of rows, open ones too); a flag named
    after a label of a category of its row says that label (``is_critical`` beside a ``severity``
    'critical', ``on_hold`` beside a status 'on_hold'; were drawn apart)."""
    got = generate(table("capa_logs", ("status", "text", False), ("opened_at", "ts", False), ("closed_at", "ts")),
                   table("weld_flaws", ("severity", "varchar(10)", False), ("is_critical", "bool", False)),
                   table("resin_lots", ("status", "varchar(20)", False), ("on_hold", "bool", False),
                         ("hold_reason", "text")), rows=600)
    capa = got["capa_logs"]
    assert {s for s, c in zip(capa["status"], capa["closed_at"], strict=True) if c is not None} <= {"closed"}
    assert capa["status"].count("closed") > 0
    flaws = got["weld_flaws"]
    assert "critical" in flaws["severity"]
    assert all((s == "critical") == (f in _TRUE) for s, f in zip(flaws["severity"], flaws["is_critical"], strict=True))
    lots = got["resin_lots"]
    assert "on_hold" in lots["status"]
    assert all((s == "on_hold") == (f in _TRUE) for s, f in zip(lots["status"], lots["on_hold"], strict=True))
    assert all((s == "on_hold") == (r is not None) for s, r in zip(lots["status"], lots["hold_reason"], strict=True))


def test_a_reason_follows_the_moment_of_the_state_it_explains_and_that_moment_is_rare() -> None:
    """``deferral_reason`` beside ``deferred_until`` (a donor's deferral): set on the same rows, and a
    deferral is the exception (``deferred_until`` was set on 90% of donors, the reason on 92%)."""
    got = generate(table("plasma_donors", ("deferred_until", "date"), ("deferral_reason", "varchar(80)"),
                         ("suspension_note", "text"), ("suspended_since", "ts")), rows=1000)["plasma_donors"]
    for moment, reason in (("deferred_until", "deferral_reason"), ("suspended_since", "suspension_note")):
        assert all((m is None) == (r is None) for m, r in zip(got[moment], got[reason], strict=True)), moment
        assert 0.7 < sum(m is None for m in got[moment]) / len(got[moment]) < 1, moment


def test_an_outcome_kept_in_an_integer_leans_by_its_word_not_its_default() -> None:
    """``passed smallint DEFAULT 0`` (a MySQL-style flag) was 'mostly clear' (10%) from its default:
    the default is where a row starts, the word says how it ends."""
    t = table("lamp_tests", ("passed", "smallint", False), ("bounced", "smallint", False))
    t = replace(t, columns=tuple(replace(c, default="0") if c.name in ("passed", "bounced") else c for c in t.columns))
    got = generate(t, rows=1000)["lamp_tests"]
    assert _share(got["passed"], ("1",)) > 0.85 and _share(got["bounced"], ("1",)) < 0.06
