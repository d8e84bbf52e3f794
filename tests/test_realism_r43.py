"""Issue 10, r43: time as the row's life says it. Blind reviews 10-12 found a port visit's departure minutes after
its arrival, legs of a shipment a year long and out of their order, customs releases months after lodging,
'planned' visits already departed, deeds signed at 01:14:30. Each test is one class, on synthetic schemas of
trades none of those are (a hangar's aircraft visits, ferry sailings, kiln firings, parcel hops, visa
applications, lease signings); no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from seedbed.model import Column, ColumnType, TypeKind, UniqueKey
from seedbed.planning.momentnames import moment_words
from tests.test_realism_units import generate, table


def _at(v: str | None) -> datetime | None:
    return None if v is None else datetime.fromisoformat(v)


def _enum(name: str, *labels: str) -> Column:
    return Column(name=name, nullable=False, type=ColumnType(kind=TypeKind.ENUM, sql_name=f"{name}_t",
                                                             enum_labels=labels))


def _with(t, *cols: Column):
    return replace(t, columns=t.columns + cols)


# ------------------------------------------------------------------ clipped names
def test_clipped_moment_names_are_spelled_out() -> None:
    assert moment_words("etd") == ("estimated", "departure")
    assert moment_words("arr_at")[0] == "arrival"
    assert moment_words("sched_start")[0] == "scheduled"
    assert moment_words("exp_date")[0] == "exp"  # an expiry as often as an expected date: left alone


# ------------------------------------------------------------------ 1. a stay's and a journey's length
def test_a_visits_departure_comes_hours_to_days_after_its_arrival_and_the_actual_after_the_estimate() -> None:
    t = table("hangar_visits", ("eta", "ts", False), ("ata", "ts"), ("etd", "ts", False), ("atd", "ts"),
              ("tail_no", "varchar(10)"))
    got = generate(t, rows=200)["hangar_visits"]
    stays = []
    for eta, ata, etd, atd in zip(*(map(_at, got[c]) for c in ("eta", "ata", "etd", "atd"))):
        assert 3 * 3600 <= (etd - eta).total_seconds() <= 4 * 86400 + 60, (eta, etd)
        if ata is not None:
            assert 0 < (ata - eta).total_seconds() <= 5 * 3600 + 60, (eta, ata)
        if ata is not None and atd is not None:
            assert atd > ata, (ata, atd)
            stays.append((atd - ata).total_seconds())
    assert stays and sum(s >= 3 * 3600 for s in stays) >= 0.8 * len(stays), sorted(stays)[:10]


def test_a_sailing_arrives_hours_to_days_after_it_departs_under_clipped_names() -> None:
    t = table("ferry_sailings", ("dep_at", "ts"), ("arr_at", "ts"), ("vessel_name", "text"))
    got = generate(t, rows=200)["ferry_sailings"]
    spans = [(a - d).total_seconds() for d, a in zip(map(_at, got["dep_at"]), map(_at, got["arr_at"]))
             if d is not None and a is not None]
    assert len(spans) > 100
    assert all(3600 <= s <= 10 * 86400 + 60 for s in spans), sorted(spans)[:3] + sorted(spans)[-3:]
    assert all(a is None for d, a in zip(got["dep_at"], got["arr_at"]) if d is None)  # no arrival without leaving


def test_an_optional_moment_of_a_brief_row_comes_within_weeks() -> None:
    t = table("visa_applications", ("lodged_at", "ts", False), ("cleared_at", "ts"), ("applicant", "text"))
    got = generate(t, rows=200)["visa_applications"]
    gaps = [(c - lo).total_seconds() for lo, c in zip(map(_at, got["lodged_at"]), map(_at, got["cleared_at"]))
            if c is not None]
    assert len(gaps) > 100
    assert all(0 <= g <= 21 * 86400 + 60 for g in gaps), max(gaps) / 86400


# ------------------------------------------------------------------ 3. chains
def test_rows_numbered_within_their_parent_follow_it_closely_and_in_their_order() -> None:
    parcels = table("parcels", ("created_at", "ts", False), ("weight_kg", "numeric(6,2)"))
    hops = table("parcel_hops", ("hop_no", "smallint", False), ("departed_at", "ts"), ("arrived_at", "ts"),
                 fks=(("parcel_id", "parcels"),))
    hops = replace(hops, uniques=(UniqueKey(name="parcel_hops_u", columns=("parcel_id", "hop_no")),))
    got = generate(parcels, hops, rows=80)
    born = {str(i + 1): _at(v) for i, v in enumerate(got["parcels"]["created_at"])}
    rows = sorted(((p, int(n), _at(d)) for p, n, d in zip(got["parcel_hops"]["parcel_id"], got["parcel_hops"]["hop_no"],
                                                          got["parcel_hops"]["departed_at"]) if d is not None),
                  key=lambda r: (r[0], r[1]))
    assert len(rows) > 40
    for (p1, _n1, d1), (p2, _n2, d2) in zip(rows, rows[1:]):
        if p1 == p2:
            assert d1 <= d2, (p1, d1, d2)
    for p, _n, d in rows:
        assert born[p] <= d and (d - born[p]).total_seconds() <= 3 * 86400 + 60, (born[p], d)


# ------------------------------------------------------------------ 4. a phase no list knows gates its moments
def test_a_phase_whose_labels_name_the_rows_moments_gates_them_in_the_lists_order() -> None:
    t = _with(table("hangar_visits", ("eta", "ts", False), ("ata", "ts"), ("etd", "ts", False), ("atd", "ts")),
              _enum("phase", "planned", "inbound", "arrived", "serviced", "departed", "cancelled"))
    got = generate(t, rows=300)["hangar_visits"]
    for phase, ata, atd in zip(got["phase"], got["ata"], got["atd"]):
        assert (ata is not None) == (phase in ("arrived", "serviced", "departed")), (phase, ata)
        assert (atd is not None) == (phase == "departed"), (phase, atd)


def test_an_outcome_naming_a_moment_sets_it_on_that_label_and_those_after_it() -> None:
    t = _with(table("kiln_firings", ("loaded_at", "ts", False), ("fired_on", "date")),
              _enum("outcome", "waiting", "loading", "fired", "glazed"))
    got = generate(t, rows=300)["kiln_firings"]
    for outcome, fired in zip(got["outcome"], got["fired_on"]):
        assert (fired is not None) == (outcome in ("fired", "glazed")), (outcome, fired)


# ------------------------------------------------------------------ 2. a person's act in working hours
def test_a_signing_falls_on_a_working_minute_of_a_working_day() -> None:
    t = table("lease_signings", ("signed_at", "ts", False), ("tenant_name", "text"), ("flat_no", "varchar(6)"))
    got = [_at(v) for v in generate(t, rows=300)["lease_signings"]["signed_at"]]
    assert all(8 <= x.hour <= 17 and x.second == 0 and x.weekday() < 5 for x in got), \
        [x for x in got if not 8 <= x.hour <= 17 or x.second or x.weekday() >= 5][:5]


def test_a_person_appointed_to_an_office_took_it_up_years_back() -> None:
    clerks = table("parish_clerks", ("full_name", "text"), ("appointed_on", "date", False))
    got = [datetime.fromisoformat(v) for v in generate(clerks, rows=300)["parish_clerks"]["appointed_on"]]
    assert sum(x.year <= 2020 for x in got) >= 0.5 * len(got), sorted(got)[:3]


def test_a_machines_checked_moment_keeps_its_clock() -> None:
    t = table("sensor_readings", ("checked_at", "ts", False), ("value", "numeric(8,2)"))
    got = [_at(v) for v in generate(t, rows=300)["sensor_readings"]["checked_at"]]
    assert any(x.second for x in got)


# ------------------------------------------------------------------ 5. what an event yields comes after it began
def test_what_an_event_yields_follows_its_start_and_only_a_booking_precedes_it() -> None:
    rounds = table("boiler_rounds", ("starts_at", "ts", False), ("ends_at", "ts", False))
    faults = table("boiler_faults", ("opened_at", "ts", False), fks=(("round_id", "boiler_rounds"),))
    bookings = table("boiler_round_bookings", ("booked_at", "ts", False), fks=(("round_id", "boiler_rounds"),))
    got = generate(rounds, faults, bookings, rows=150)
    starts = [_at(v) for v in got["boiler_rounds"]["starts_at"]]
    f = got["boiler_faults"]
    assert all(_at(m) >= starts[int(r) - 1] for r, m in zip(f["round_id"], f["opened_at"]))
    b = got["boiler_round_bookings"]
    assert sum(_at(m) < starts[int(r) - 1] for r, m in zip(b["round_id"], b["booked_at"])) >= 0.9 * len(b["booked_at"])


def test_a_party_signs_only_a_deed_that_was_executed() -> None:
    wills = _with(table("wills", ("executed_on", "date"), ("estate_value", "numeric(12,2)")),
                  _enum("status", "draft", "scheduled", "executed", "lodged", "revoked"))
    witnesses = table("will_witnesses", ("signed_at", "ts"), ("witness_name", "text"), fks=(("will_id", "wills"),))
    got = generate(wills, witnesses, rows=200)
    status = got["wills"]["status"]
    w = got["will_witnesses"]
    signed = [(status[int(i) - 1], s) for i, s in zip(w["will_id"], w["signed_at"])]
    assert any(s is not None for _st, s in signed)
    assert all(s is None for st, s in signed if st in ("draft", "scheduled")), [x for x in signed if x[0] == "draft"][:3]
