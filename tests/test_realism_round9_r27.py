"""Issue 10, round 9 (r27): columns that follow other columns of their row. Synthetic tables of
several trades each (no database: plan + engine); every test failed before the round."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from seedbed.model import Check
from tests.test_realism_units import generate, table


def _checked(t, column: str, labels: tuple[str, ...]):
    listed = ", ".join(f"'{x}'" for x in labels)
    return replace(t, checks=(Check(name=f"{t.name.name}_{column}_check", expression=f"{column} IN ({listed})"),))


def _product_share(got: dict, qty: str, rate: str, total: str) -> float:
    rows = [(q, r, t) for q, r, t in zip(got[qty], got[rate], got[total], strict=True) if None not in (q, r, t)]
    agree = sum(Decimal(t) == (Decimal(q) * Decimal(r)).quantize(Decimal("0.01"), ROUND_HALF_UP) for q, r, t in rows)
    return agree / max(len(rows), 1)


# ------------------------------------------------------------------ a charge is a rate times its quantity
def test_a_charge_is_the_rate_times_the_quantity_counted_in_the_rates_unit() -> None:
    """A storage invoice's ``amount_due`` was 10.09 for 40 days at 985 a day: a charge is the rate
    times the quantity its unit counts (days for a day rate, nights for a nightly one, kg for a
    price per kg, hours for a labour rate), whatever the three are called."""
    cases = [
        (table("cold_store_invoices", ("days_stored", "int", False), ("rate_per_day", "numeric(8,2)", False),
               ("amount_due", "numeric(10,2)", False), ("pallets", "int")),
         "days_stored", "rate_per_day", "amount_due"),
        (table("kennel_stays", ("nights", "int", False), ("nightly_rate", "numeric(6,2)", False),
               ("stay_charge", "numeric(8,2)"), ("dog_weight_kg", "numeric(4,1)")),
         "nights", "nightly_rate", "stay_charge"),
        (table("scrap_intakes", ("net_weight_kg", "numeric(9,1)", False), ("price_per_kg", "numeric(6,3)", False),
               ("payout_value", "numeric(10,2)", False)),
         "net_weight_kg", "price_per_kg", "payout_value"),
        (table("boiler_repairs", ("est_hours", "numeric(4,1)"), ("labour_hours", "numeric(4,1)", False),
               ("labour_rate", "numeric(6,2)", False), ("labour_cost", "numeric(8,2)"), ("parts_cost", "numeric(8,2)")),
         "labour_hours", "labour_rate", "labour_cost"),
    ]
    got = generate(*(c[0] for c in cases))
    for t, qty, rate, total in cases:
        assert _product_share(got[t.name.name], qty, rate, total) == 1.0, t.name.name
    repairs = got["boiler_repairs"]  # the parts are no product of the labour
    assert _product_share(repairs, "labour_hours", "labour_rate", "parts_cost") < 0.1


def test_what_was_used_is_the_difference_of_a_counters_two_readings() -> None:
    """``km_driven`` 55 where the odometer moved 321 km: the use between two readings is their difference."""
    vans = table("van_hires", ("odometer_out", "int", False), ("odometer_in", "int"), ("km_driven", "int"))
    gens = table("generator_hires", ("hour_meter_start", "numeric(8,1)", False),
                 ("hour_meter_end", "numeric(8,1)"), ("hours_run", "numeric(6,1)"))
    got = generate(vans, gens)
    for name, start, end, used in (("van_hires", "odometer_out", "odometer_in", "km_driven"),
                                   ("generator_hires", "hour_meter_start", "hour_meter_end", "hours_run")):
        g = got[name]
        rows = [(Decimal(a), Decimal(b), Decimal(u)) for a, b, u in zip(g[start], g[end], g[used], strict=True)
                if None not in (a, b, u)]
        assert len(rows) > 100 and all(u == b - a for a, b, u in rows), name


def test_a_longer_periods_rate_is_a_discounted_multiple_of_the_shorter_ones() -> None:
    """A car class's ``weekly_rate`` of 19.99 beside a ``daily_rate`` of 305: a week costs 4.9-6.65
    days, a day 6-7.6 hours, a month 15-24 nights."""
    cases = [(table("van_classes", ("daily_rate", "numeric(8,2)", False), ("weekly_rate", "numeric(8,2)")),
              "daily_rate", "weekly_rate", 4.9, 6.65),
             (table("crane_operators", ("hourly_rate", "numeric(6,2)", False), ("day_rate", "numeric(8,2)")),
              "hourly_rate", "day_rate", 6.0, 7.6),
             (table("holiday_flats", ("nightly_rate", "numeric(7,2)", False), ("monthly_rate", "numeric(9,2)")),
              "nightly_rate", "monthly_rate", 15.0, 24.0)]
    got = generate(*(c[0] for c in cases))
    for t, short, long_, lo, hi in cases:
        g = got[t.name.name]
        pairs = [(float(a), float(b)) for a, b in zip(g[short], g[long_], strict=True) if a and b]
        assert len(pairs) > 100 and all(lo * a - 1 <= b <= hi * a + 1 for a, b in pairs), t.name.name


# ------------------------------------------------------------------ tax, gross, paid and balance agree
def test_a_tax_is_the_base_at_the_rows_rate_and_the_gross_and_balance_add_up() -> None:
    """A tax of 494.29 on a net 413.29 at 20%, a gross below its net, a balance of 594.34 on an
    invoice of 103.92 paid in full: tax = net x rate, gross = net + tax, balance = gross - paid,
    what was paid all of the gross where the status says paid and none where unpaid."""
    inv = _checked(table("lab_invoices", ("net_amount", "numeric(10,2)", False), ("vat_rate", "numeric(4,2)", False),
                         ("vat_amount", "numeric(10,2)", False), ("gross_amount", "numeric(10,2)", False),
                         ("amount_paid", "numeric(10,2)", False), ("balance_due", "numeric(10,2)", False),
                         ("payment_status", "varchar(12)", False)),
                   "payment_status", ("unpaid", "part_paid", "paid"))
    bills = table("marina_bills", ("net_total", "numeric(9,2)", False), ("tax_pct", "numeric(4,1)", False),
                  ("tax_total", "numeric(9,2)"), ("gross_total", "numeric(9,2)"), ("paid_amount", "numeric(9,2)"),
                  ("outstanding", "numeric(9,2)"))
    got = generate(inv, bills)
    for name, net, rate, tax, gross, paid, bal in (
            ("lab_invoices", "net_amount", "vat_rate", "vat_amount", "gross_amount", "amount_paid", "balance_due"),
            ("marina_bills", "net_total", "tax_pct", "tax_total", "gross_total", "paid_amount", "outstanding")):
        g = got[name]
        rows = [r for r in zip(g[net], g[rate], g[tax], g[gross], g[paid], g[bal], strict=True) if None not in r]
        assert len(rows) > 100
        cent = Decimal("0.01")
        for n, r, x, gr, p, b in map(lambda row: [Decimal(v) for v in row], rows):
            share = r / 100 if max(Decimal(v) for v in g[rate] if v) > 1 else r
            assert abs(x - n * share) <= cent and gr == n + x and b == gr - p and 0 <= p <= gr, name
        assert sum(Decimal(b) == 0 for *_, b in rows) > len(rows) / 2  # most bills are paid in full
    g = got["lab_invoices"]
    for status, gross, paid in zip(g["payment_status"], g["gross_amount"], g["amount_paid"], strict=True):
        assert (Decimal(paid) == Decimal(gross)) == (status == "paid") or Decimal(gross) == 0
        assert (Decimal(paid) == 0) == (status == "unpaid") or Decimal(gross) == 0


# ------------------------------------------------------------------ an actual near its estimate
def test_an_actual_is_near_its_estimate_though_the_names_differ_in_more_than_one_word() -> None:
    """0.6 labour hours on a job estimated at 14.1, 0.4 hours worked of a 4.5 hour roster, 73
    guests served of 4 expected: an actual lies near its plan (hours and costs overrun a little)."""
    cases = [(table("boiler_jobs", ("est_hours", "numeric(5,1)", False), ("labour_hours", "numeric(5,1)")),
              "labour_hours", "est_hours", 0.7, 1.4),
             (table("stewards_rota", ("scheduled_hours", "numeric(4,1)", False), ("hours_logged", "numeric(4,1)")),
              "hours_logged", "scheduled_hours", 0.7, 1.4),
             (table("gallery_tours", ("visitors_expected", "int", False), ("visitors_admitted", "int")),
              "visitors_admitted", "visitors_expected", 0.8, 1.1),
             (table("roof_repairs", ("quoted_cost", "numeric(9,2)", False), ("final_cost", "numeric(9,2)")),
              "final_cost", "quoted_cost", 0.7, 1.4)]
    got = generate(*(c[0] for c in cases))
    for t, done, plan, lo, hi in cases:
        g = got[t.name.name]
        pairs = [(float(d), float(p)) for d, p in zip(g[done], g[plan], strict=True) if d is not None and float(p) > 5]
        assert len(pairs) > 50, t.name.name
        near = sum(lo * p - 1 <= d <= hi * p + 1 for d, p in pairs)
        assert near >= 0.95 * len(pairs), t.name.name


# ------------------------------------------------------------------ values of one kind of row
def _set_share(got: dict, column: str, where) -> tuple[float, float]:
    """(share of rows set among those ``where`` holds, among the others)."""
    on = [v is not None for v, ok in zip(got[column], map(where, range(len(got[column]))), strict=True) if ok]
    off = [v is not None for v, ok in zip(got[column], map(where, range(len(got[column]))), strict=True) if not ok]
    return sum(on) / max(len(on), 1), sum(off) / max(len(off), 1)


def test_a_value_of_one_kind_of_row_is_null_on_the_other_rows() -> None:
    """A set temperature on 89% of containers where 8% were reefers, a battery on a petrol car, a
    plate on a laptop, a company name for a private member, a discount reason without a discount,
    a cancellation fee on a delivered order."""
    boxes = _checked(table("boxes", ("cargo_kind", "varchar(10)", False), ("set_temp_c", "numeric(4,1)"),
                           ("un_number", "varchar(6)")), "cargo_kind", ("general", "reefer", "hazardous"))
    cars = _checked(table("pool_cars", ("fuel", "varchar(10)", False), ("battery_kwh", "numeric(5,1)"),
                          ("tank_litres", "int")), "fuel", ("petrol", "diesel", "electric"))
    assets = _checked(table("school_assets", ("asset_class", "varchar(10)", False), ("plate_no", "varchar(10)")),
                      "asset_class", ("laptop", "minibus", "projector"))
    members = table("gym_members", ("full_name", "text", False), ("is_corporate", "bool", False),
                    ("company_name", "text"))
    quotes = table("print_quotes", ("discount_pct", "numeric(4,1)"), ("discount_reason", "text"))
    orders = _checked(table("cake_orders", ("status", "varchar(12)", False), ("cancellation_fee", "numeric(6,2)")),
                      "status", ("placed", "baked", "delivered", "cancelled"))
    got = generate(boxes, cars, assets, members, quotes, orders)
    b, c, a = got["boxes"], got["pool_cars"], got["school_assets"]
    assert _set_share(b, "set_temp_c", lambda i: b["cargo_kind"][i] == "reefer")[1] == 0
    assert _set_share(b, "un_number", lambda i: b["cargo_kind"][i] == "hazardous")[1] == 0
    assert _set_share(c, "battery_kwh", lambda i: c["fuel"][i] == "electric") [1] == 0
    assert _set_share(c, "tank_litres", lambda i: c["fuel"][i] != "electric")[1] == 0
    assert _set_share(a, "plate_no", lambda i: a["asset_class"][i] == "minibus")[1] == 0
    m, q, o = got["gym_members"], got["print_quotes"], got["cake_orders"]
    assert _set_share(m, "company_name", lambda i: m["is_corporate"][i] == "t")[1] == 0
    assert _set_share(q, "discount_reason", lambda i: q["discount_pct"][i] is not None
                      and float(q["discount_pct"][i]) > 0)[1] == 0
    on, off = _set_share(o, "cancellation_fee", lambda i: o["status"][i] == "cancelled")
    assert off == 0 and on > 0.5


# ------------------------------------------------------------------ planned moments in order and near
def _stamp(v: str) -> datetime:
    if " " in v or "T" in v:
        return datetime.fromisoformat(v)
    return datetime.combine(date.fromisoformat(v), datetime.min.time())


def test_planned_ends_come_days_after_planned_starts_and_the_actual_start_near_the_plan() -> None:
    """A booking's planned return two years after its planned pick-up, a job scheduled from August
    to December for a day's work, started five weeks after its scheduled start."""
    jobs = table("lift_repairs", ("sched_start", "date", False), ("sched_end", "date", False),
                 ("started_on", "date"))
    vans = table("van_reservations", ("planned_pickup", "ts", False), ("planned_return", "ts", False))
    works = table("road_closures", ("planned_start_date", "date", False), ("planned_end_date", "date", False))
    got = generate(jobs, vans, works)
    for name, early, late, days in (("lift_repairs", "sched_start", "sched_end", 31),
                                    ("van_reservations", "planned_pickup", "planned_return", 29),
                                    ("road_closures", "planned_start_date", "planned_end_date", 31),
                                    ("lift_repairs", "sched_start", "started_on", 11)):
        g = got[name]
        gaps = [(_stamp(b.replace("+00", "")) - _stamp(a.replace("+00", ""))).days
                for a, b in zip(g[early], g[late], strict=True) if a and b]
        assert gaps and min(gaps) >= 0 and max(gaps) <= days, (name, late, max(gaps))
