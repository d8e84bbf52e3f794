"""Issue 10, the classes of the third realism round (bench/REALISM.md, "Round 3"), each on a small
synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.model import Check, ColumnType, TypeKind, UniqueKey
from tests.test_realism_units import ctype, generate, intent_of, table

_TIME = ColumnType(kind=TypeKind.TIME, sql_name="time without time zone")


def _with(t, **changes: dict) -> object:
    """``t`` with some columns replaced: ``name={"default": "0"}`` or ``name={"type": ...}``."""
    cols = tuple(replace(c, **changes[c.name]) if c.name in changes else c for c in t.columns)
    return replace(t, columns=cols)


def _seconds(cell: str) -> int:
    h, m, s = cell.split(":")
    return int(h) * 3600 + int(m) * 60 + int(float(s))


# ------------------------------------------------------------------ a constant DEFAULT is the usual value
def test_a_constant_default_is_what_most_rows_hold() -> None:
    """``DEFAULT 0`` of an exception / ``false`` / ``'15:00'`` / ``365`` / ``'usd'``: most rows hold it,
    the rest vary; a counter's ``DEFAULT 0``, a default that is no constant (``now()``), a status's
    first state and a column a CHECK ties to another are left to their generator."""
    t = table("kiosk_visits", ("refunded_fee", "smallint"), ("stamp_count", "int"), ("is_comped", "bool"), ("wobble_time", "text"),
              ("keep_days", "smallint"), ("tender", "varchar(3)"), ("lane_status", "varchar(12)"),
              ("seen_at", "ts"), ("low_mark", "int"), ("high_mark", "int"), ("enabled", "bool"),
              ("memo", "text"))
    t = _with(t, refunded_fee={"default": "0"}, stamp_count={"default": "0"}, is_comped={"default": "false"}, keep_days={"default": "365"},
              tender={"default": "'usd'::character varying"}, seen_at={"default": "now()"},
              wobble_time={"type": _TIME, "default": "'15:00:00'::time without time zone"},
              lane_status={"default": "'queued'::character varying"}, low_mark={"default": "5"},
              enabled={"default": "false"}, memo={"default": "''::text"})
    t = replace(t, checks=(Check(name="lane_status_check", expression="lane_status IN ('queued', 'open', 'closed')",
                                 columns=("lane_status",)),
                           Check(name="marks", expression="low_mark <= high_mark", columns=("low_mark", "high_mark"))))
    got = generate(t)["kiosk_visits"]

    def share(col: str, value: str) -> float:
        cells = [v for v in got[col] if v is not None]
        return sum(v == value for v in cells) / len(cells)

    assert 0.6 < share("refunded_fee", "0") < 0.95
    assert share("stamp_count", "0") < 0.5
    assert share("is_comped", "f") > 0.6 or share("is_comped", "false") > 0.6
    assert 0.6 < share("wobble_time", "15:00:00") < 0.95
    assert 0.6 < share("keep_days", "365") < 0.95
    assert 0.6 < share("tender", "usd") < 0.95
    assert len(set(got["seen_at"])) > 300  # now() is no constant
    assert share("low_mark", "5") < 0.3  # tied to high_mark by a CHECK: its generator decides
    assert share("enabled", "t") + share("enabled", "true") > 0.6  # the name says usual: mostly enabled
    assert share("memo", "") < 0.3  # an empty default is no usual value


# ------------------------------------------------------------------ times of day and epoch pairs
def test_times_of_day_are_working_hours_and_a_pair_is_ordered() -> None:
    """``*_start`` / ``*_end`` and ``opens_at`` / ``closes_at`` times are on quarter hours in working
    hours, the end after the start in every row; ``first_seen`` / ``last_seen`` epoch integers too."""
    t = table("ferry_crews", ("duty_start", "text"), ("duty_end", "text"), ("opens_at", "text"), ("closes_at", "text"),
              ("lunch_time", "text"), ("first_seen", "bigint"), ("last_seen", "bigint"))
    t = _with(t, **{c: {"type": _TIME} for c in ("duty_start", "duty_end", "opens_at", "closes_at", "lunch_time")})
    assert intent_of(t, "duty_end") == "time.clock"
    got = generate(t)["ferry_crews"]
    for early, late in (("duty_start", "duty_end"), ("opens_at", "closes_at")):
        pairs = [(_seconds(a), _seconds(b)) for a, b in zip(got[early], got[late], strict=True) if a and b]
        assert pairs and all(b > a for a, b in pairs)
        assert all(5 * 3600 <= a <= 12 * 3600 and a % 900 == 0 for a, _ in pairs)
    assert all(_seconds(v) % 900 == 0 for v in got["lunch_time"] if v)
    seen = [(int(a), int(b)) for a, b in zip(got["first_seen"], got["last_seen"], strict=True) if a and b]
    assert seen and all(b >= a for a, b in seen) and min(a for a, _ in seen) > 1_500_000_000


# ------------------------------------------------------------------ quantities by precision and unit
def test_shares_cents_parties_and_units_are_at_their_scale() -> None:
    """A ``*_rate numeric(5,4)`` is a share of one, ``fte numeric(3,2)`` mostly whole; ``*_cents``
    is money ×100; adults and children of a party are a few; a distance in km, a volume in
    litres, an area in m², a load in kg and a storage temperature in °C at a thing's scale."""
    t = table("barge_trips", ("pump_error_rate", "numeric"), ("fte", "numeric"), ("fare_cents", "int"),
              ("adults", "smallint"), ("children", "smallint"), ("leg_km", "numeric"), ("ballast_litres", "numeric"),
              ("deck_area_m2", "int"), ("payload_capacity_kg", "int"), ("hold_temperature_c", "numeric"))
    narrow = {"pump_error_rate": (5, 4), "fte": (3, 2), "hold_temperature_c": (4, 1)}
    t = _with(t, **{c: {"type": replace(ctype("numeric"), precision=p, scale=s, sql_name=f"numeric({p},{s})")}
                    for c, (p, s) in narrow.items()})
    got = generate(t)["barge_trips"]

    def nums(col: str) -> list[float]:
        return sorted(float(v) for v in got[col] if v is not None)

    def median(col: str) -> float:
        v = nums(col)
        return v[len(v) // 2]

    assert 0 <= nums("pump_error_rate")[0] and nums("pump_error_rate")[-1] <= 1 and median("pump_error_rate") < 0.2
    assert nums("fte")[-1] <= 1 and median("fte") > 0.6
    assert 1_000 < median("fare_cents") < 20_000
    assert nums("adults")[-1] <= 9 and median("adults") <= 3 and median("children") <= 2
    assert 5 < median("leg_km") < 300 and 5 < median("ballast_litres") < 300 and 10 < median("deck_area_m2") < 1_000
    assert 300_000 < median("payload_capacity_kg") < 5_000_000  # a barge's (round 9: a barge carries ~2,000 t)
    assert 2 <= nums("hold_temperature_c")[0] and nums("hold_temperature_c")[-1] <= 25


def test_a_unique_code_its_intent_cannot_fill_gets_distinct_alphanumeric_codes() -> None:
    """A unique ``*_code`` / ``*_plate`` / ``vin`` wider than a letter code gets distinct codes of
    upper-case letters and digits (``K7QX2M``), the column's width when fixed, never ``copper-ca``."""
    t = table("marina_slips", ("hull_plate", "varchar(12)"), ("vin", "varchar(17)"))
    t = _with(t, vin={"type": replace(ctype("varchar(17)"), fixed_length=True, sql_name="character(17)")})
    t = replace(t, uniques=tuple(UniqueKey(name=f"u_{c}", columns=(c,)) for c in ("hull_plate", "vin")))
    got = generate(t)["marina_slips"]
    cells = [v for v in got["hull_plate"] if v is not None]
    assert len(set(cells)) == len(cells) == 400
    assert all(len(v) == 6 and v.isalnum() and v.upper() == v and not set(v) & set("IO01") for v in cells)
    vins = [v for v in got["vin"] if v is not None]  # a VIN has its own shape (tests/test_realism_lead6.py)
    assert len(set(vins)) == len(vins) == 400 and all(len(v) == 17 and v.isalnum() and not set(v) & set("IOQ")
                                                      for v in vins)


# ------------------------------------------------------------------ reasons and notes outside their domain
def test_reasons_follow_what_they_are_for_and_crm_notes_stay_with_customers() -> None:
    """A cancellation's, a ban's and a termination's reasons come from their own families, never a
    shop's ``Out of stock``; a SaaS alert's notes are work notes, not ``Gift wrap requested.``."""
    from seedbed.generate.realistic.vocab import load

    fam = load("misc")["reason_families"]
    got = generate(table("canoe_rentals", ("cancellation_reason", "varchar(80)")),
                   table("forum_handles", ("ban_reason", "varchar(80)")),
                   table("crew_contracts", ("termination_reason", "varchar(80)")),
                   table("workspaces", ("name", "text")), table("subscriptions", ("plan", "text")),
                   table("uptime_alerts", ("notes", "text"), ("threshold", "numeric")))
    for t, col, family in (("canoe_rentals", "cancellation_reason", "cancel"), ("forum_handles", "ban_reason", "block"),
                           ("crew_contracts", "termination_reason", "termination")):
        assert set(got[t][col]) - {None} <= set(fam[family])
    shop_notes = set(load("misc")["notes"])
    assert not (set(got["uptime_alerts"]["notes"]) - {None}) & shop_notes


def test_a_text_explaining_an_ending_is_set_only_on_rows_that_ended_so() -> None:
    """``cancellation_reason`` beside a status with a cancelled label is set exactly on cancelled
    rows, like ``cancelled_at``; a plain ``notes`` column is left alone."""
    t = table("kayak_hires", ("status", "varchar(12)"), ("hired_at", "ts"), ("cancellation_reason", "varchar(80)"),
              ("notes", "text"))
    t = replace(t, checks=(Check(name="kayak_hires_status_check", expression="status IN ('booked', 'paid', 'returned', "
                                 "'cancelled')", columns=("status",)),))
    t = _with(t, status={"nullable": False}, hired_at={"nullable": False})
    labels = ("booked", "paid", "returned", "cancelled")
    got = generate(t)["kayak_hires"]
    rows = list(zip(got["status"], got["cancellation_reason"], strict=True))
    assert {s for s, _ in rows} <= set(labels) and any(s == "cancelled" for s, _ in rows)
    assert all((r is not None) == (s == "cancelled") for s, r in rows)
    assert sum(n is not None for n in got["notes"]) > 200


def test_an_event_name_beside_tracking_columns_is_a_tracked_event() -> None:
    """``event_name`` next to ``session_id`` / ``props`` is a tracked event's name; in a table of
    events people attend it stays an event's title."""
    tracked = table("clickstream_hits", ("event_name", "varchar(80)"), ("session_id", "varchar(36)"), ("props", "text"))
    gala = table("charity_galas", ("event_name", "varchar(80)"), ("venue", "text"))
    assert intent_of(tracked, "event_name") == "tech.event_name"
    assert intent_of(gala, "event_name") == "entity.name"


def test_small_integers_of_a_reviews_table_are_scores_in_the_rows_tone() -> None:
    """``cleanliness``, ``staff``, ``location`` smallints of a reviews table are ratings (not 448,
    not a 0/1 staff flag), high and low together with the row's tone; counts stay counts."""
    t = table("ferry_reviews", ("tidiness", "smallint"), ("staff", "smallint"), ("location", "smallint"),
              ("helpful_votes", "smallint"))
    got = generate(t)["ferry_reviews"]
    for col in ("tidiness", "staff", "location"):
        vals = [int(v) for v in got[col] if v is not None]
        assert vals and 1 <= min(vals) and max(vals) <= 5 and len(set(vals)) >= 3
    both = [(int(a), int(b)) for a, b in zip(got["tidiness"], got["location"], strict=True) if a and b]
    assert sum(abs(a - b) <= 1 for a, b in both) > 0.8 * len(both)
    assert intent_of(t, "helpful_votes") != "number.rating"
