"""Hours of a row that is one day (a night's dome time, a daily log's hours lost to weather, a timesheet's
hours) are at most a day's (issue 10: 39.9 hours of a night, 823 hours lost in one day in blind reviews),
while an hour meter, a crew's hours and a project's hours keep their scale. Synthetic tables, no database."""

from __future__ import annotations

from tests.test_realism_units import generate, table


def _nums(values: list[str | None]) -> list[float]:
    return [float(v) for v in values if v is not None]


def test_hours_of_a_days_row_fit_in_a_day() -> None:
    got = generate(table("nights", ("night_date", "date"), ("dome_open_hours", "numeric(4,2)"),
                         ("weather_loss_hours", "numeric(4,2)")),
                   table("site_diaries", ("entry_date", "date"), ("hours_lost_weather", "numeric(5,1)")),
                   table("timesheets", ("work_date", "date"), ("hours", "numeric(4,2)")),
                   table("call_logs", ("log_date", "date"), ("downtime_hours", "numeric(6,1)")), rows=80)
    for t, c, top in (("nights", "dome_open_hours", 14), ("nights", "weather_loss_hours", 14),
                      ("site_diaries", "hours_lost_weather", 24), ("timesheets", "hours", 24),
                      ("call_logs", "downtime_hours", 24)):
        vals = _nums(got[t][c])
        assert vals and max(vals) <= top and len(set(vals)) > 10, (t, c, sorted(vals)[-5:])


def test_other_hours_keep_their_scale() -> None:
    got = generate(table("machines", ("name", "varchar(40)"), ("run_hours", "numeric(8,1)")),
                   table("daily_logs", ("log_date", "date"), ("crew_hours", "numeric(6,1)")), rows=80)
    assert max(_nums(got["machines"]["run_hours"])) > 1000
    assert max(_nums(got["daily_logs"]["crew_hours"])) > 24
