"""Time and duration words (issue 11, brief s9): lengths in any unit on a duration column or between a
row's start and end, ages as windows of a birth date, calendar periods around "now" (2026-01-01 UTC,
``REFERENCE_NOW``), and weekdays / hours of day quoted back. A small hand-built schema nobody tuned on
(a kennel), no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.planning.planner import plan_seed
from seedbed.scope import parse, resolve
from tests.test_scope import ID, col, options_brief, table

KENNEL = Schema(tables=(
    table("keepers", ID, col("full_name", null=False), col("born_on", "date"), col("hired_at", "timestamptz", null=False)),
    table("dogs", ID, col("keeper_id", "integer", null=False), col("name", null=False), col("weight_kg", "numeric"),
          col("created_at", "timestamptz", null=False), fks=(("keeper_id", "keepers"),)),
    table("walks", ID, col("dog_id", "integer", null=False), col("duration_minutes", "integer", null=False),
          col("walked_at", "timestamptz", null=False), fks=(("dog_id", "dogs"),),
          checks=("duration_minutes BETWEEN 5 AND 600",)),
    table("kennel_bookings", ID, col("dog_id", "integer", null=False), col("check_in", "date", null=False),
          col("check_out", "date", null=False), col("booked_at", "timestamptz", null=False),
          fks=(("dog_id", "dogs"),), checks=("check_out > check_in",)),
    table("grooming_slots", ID, col("dog_id", "integer", null=False), col("booked_at", "timestamptz", null=False),
          col("starts_at", "timestamptz", null=False), col("ends_at", "timestamptz", null=False),
          col("price", "numeric", null=False), fks=(("dog_id", "dogs"),)),
    table("vaccinations", ID, col("dog_id", "integer", null=False), col("given_at", "timestamptz", null=False),
          col("expires_on", "date", null=False), fks=(("dog_id", "dogs"),)),
))


def brief(phrase: str) -> list[str]:
    res = resolve(parse(phrase, KENNEL), KENNEL)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


def warnings(phrase: str) -> str:
    return " | ".join(resolve(parse(phrase, KENNEL), KENNEL).warnings).lower()


@pytest.mark.parametrize(("phrase", "want"), [
    ("walks 2 to 4 hours long", "col walks.duration_minutes range 120..240"),  # hours on a column of minutes
    ("walks of 90 minutes", "col walks.duration_minutes range 90..90"),  # a length, not 90 rows of "minutes"
    ("walks lasting under an hour", "col walks.duration_minutes range -..60"),
    ("walks of 1.5 hours or more", "col walks.duration_minutes range 90..-"),
    ("45-minute walks", "col walks.duration_minutes range 45..45"),  # the length said before the rows
    ("2-hour walks", "col walks.duration_minutes range 120..120"),
])
def test_length_on_a_duration_column_in_its_unit(phrase: str, want: str) -> None:
    assert want in brief(phrase)


@pytest.mark.parametrize(("phrase", "want"), [
    ("kennel bookings of 3 nights or more", "span kennel_bookings.check_out - check_in 72h..-"),
    ("kennel bookings for stays of 2 to 5 nights", "span kennel_bookings.check_out - check_in 48h..120h"),
    ("kennel bookings of 1 week", "span kennel_bookings.check_out - check_in 168h..168h"),
    # an upper bound alone is a "within"; the start, not the booking, is what the end follows
    ("grooming slots lasting under an hour", "within grooming_slots.ends_at <= starts_at + 1h"),
    ("grooming slots of 30-45 minutes", "span grooming_slots.ends_at - starts_at 0.5h..0.75h"),
    ("3-night kennel bookings", "span kennel_bookings.check_out - check_in 72h..72h"),
    ("kennel bookings: 7 nights max", "within kennel_bookings.check_out <= check_in + 168h"),
    # a negated comparative with a modal is a bound, not a negation left unread
    ("grooming slots must not be longer than 90 minutes", "within grooming_slots.ends_at <= starts_at + 1.5h"),
])
def test_length_between_a_rows_start_and_end(phrase: str, want: str) -> None:
    assert want in brief(phrase)


def test_a_length_reaches_the_rows_timeline() -> None:
    """On dates the last night counts whole (2 to 5 nights: a lag under 6 days, floored to 5)."""
    res = resolve(parse("kennel bookings of 2 to 5 nights", KENNEL), KENNEL)
    plan = plan_seed(KENNEL, res.options)
    tl = next(tp for name, tp in plan.tables.items() if name.name == "kennel_bookings").timeline
    after = next(a for a in tl.after if a.column == "check_out")
    assert (after.right, after.span_us) == ("check_in", (48 * 3_600_000_000, 144 * 3_600_000_000 - 1))


def _made(phrase: str, rows: int = 400) -> dict[str, dict[str, list[str | None]]]:
    """The rows the engine makes for ``phrase`` on the kennel, as text, without a database."""
    from seedbed.generate.engine import Engine

    plan = plan_seed(KENNEL, replace(resolve(parse(phrase, KENNEL), KENNEL).options, rows=rows, seed=5))
    engine = Engine(KENNEL, plan)
    out: dict[str, dict[str, list[str | None]]] = {}
    for name in plan.tables:
        for chunk in engine.chunks(name):
            for c, cells in chunk.columns.items():
                out.setdefault(name.name, {}).setdefault(c, []).extend(None if v == "\\N" else v for v in cells)
    return out


def test_generated_rows_keep_the_length_and_spread_over_the_ages() -> None:
    """Stays of 2 to 5 nights are 2 to 5 days long, each length made; keepers aged 18 to 30 are born over
    the whole window (not piled on its youngest years, as the adults' usual shape clipped would be)."""
    made = _made("kennel bookings of 2 to 5 nights, keepers aged 18 to 30")
    b = made["kennel_bookings"]
    nights = {(date.fromisoformat(o) - date.fromisoformat(i)).days for i, o in zip(b["check_in"], b["check_out"])}
    assert nights == {2, 3, 4, 5}
    years = [int(d[:4]) for d in made["keepers"]["born_on"] if d]
    assert min(years) >= 1995 and max(years) <= 2008
    assert sum(y <= 2000 for y in years) > len(years) / 4  # the older half of the window is not empty


def test_a_length_with_neither_column_nor_pair_is_an_error() -> None:
    with pytest.raises(ScopeError):
        resolve(parse("vaccinations of 3 hours", KENNEL), KENNEL)


@pytest.mark.parametrize(("phrase", "want"), [
    ("keepers aged 18 to 30", "col keepers.born_on range 1995-01-02..2008-01-02"),
    ("keepers aged between 25 and 40", "col keepers.born_on range 1985-01-02..2001-01-02"),
    ("keepers older than 65", "col keepers.born_on range -..1961-01-01"),  # read on the year (scope.measures)
    ("keepers over 60", "col keepers.born_on range -..1965-01-02"),
    ("keepers 65 or older", "col keepers.born_on range -..1961-01-02"),
    ("keepers aged 30+", "col keepers.born_on range -..1996-01-02"),
    ("keepers in their 30s", "col keepers.born_on range 1986-01-02..1996-01-02"),
    ("keepers in their late 20s", "col keepers.born_on range 1996-01-02..2000-01-02"),
    ("keepers younger than 30", "col keepers.born_on range 1996-01-01..2026-01-01"),
    ("keepers between 30 and 50 years old", "col keepers.born_on range 1975-01-02..1996-01-02"),
])
def test_age_is_a_window_of_the_birth_date(phrase: str, want: str) -> None:
    assert want in brief(phrase)


def test_over_a_number_is_an_age_only_for_people() -> None:
    """"grooming slots over 60" is a price (the table has no birth date), never an age."""
    assert not any(item.kind == "age" for item in parse("grooming slots over 60", KENNEL).items)


@pytest.mark.parametrize(("phrase", "want"), [
    ("vaccinations expiring next month", "col vaccinations.expires_on range 2026-02-01..2026-03-01"),
    ("vaccinations expiring this quarter", "col vaccinations.expires_on range 2026-01-01..2026-04-01"),
    ("vaccinations expiring in the next 30 days", "col vaccinations.expires_on range 2026-01-01..2026-01-31"),
    ("walks in winter 2024", "col walks.walked_at range 2024-12-01T00:00:00+00:00..2025-03-01T00:00:00+00:00"),
    ("keepers hired more than 10 years ago", "col keepers.hired_at range -..2016-01-01T00:00:00+00:00"),
    ("dogs created less than 3 days ago", "col dogs.created_at range 2025-12-29T00:00:00+00:00..2026-01-01T00:00:00+00:00"),
    # a season without its year: the latest one wholly before "now" (northern, meteorological)
    ("walks in the summer", "col walks.walked_at range 2025-06-01T00:00:00+00:00..2025-09-01T00:00:00+00:00"),
    ("walks from last winter", "col walks.walked_at range 2024-12-01T00:00:00+00:00..2025-03-01T00:00:00+00:00"),
    ("500 walks over 2024", "col walks.walked_at range 2024-01-01T00:00:00+00:00..2025-01-01T00:00:00+00:00"),
    # a table of spans: a window is on when its rows take place too, not only when they were booked
    ("grooming slots in the first half of 2025",
     "col grooming_slots.starts_at range 2025-01-01T00:00:00+00:00..2025-07-01T00:00:00+00:00"),
])
def test_calendar_periods_around_now(phrase: str, want: str) -> None:
    assert want in brief(phrase)


def test_a_season_said_of_a_share_stays_a_share() -> None:
    """"walks clustered in the summer" is a skew, not every walk in one summer: quoted back, no window."""
    res = resolve(parse("walks clustered in the summer", KENNEL), KENNEL)
    assert "summer" in " | ".join(res.warnings).lower() and not res.options.columns


def test_this_period_of_past_moments_is_up_to_now_or_quoted_back() -> None:
    """"Now" is seedbed's fixed reference (1 January 2026): "walks this year" holds no past moment and
    is quoted back, never read as the year to come; "this week" is up to "now"."""
    assert "this year" in warnings("walks this year")
    assert "col walks.walked_at range 2025-12-29T00:00:00+00:00..2026-01-01T00:00:00+00:00" in brief("walks this week")


@pytest.mark.parametrize(("phrase", "quoted"), [
    ("walks on weekends", "weekends"),
    ("grooming slots during business hours only", "business hours"),
    ("walks in the evenings", "evenings"),
    ("walks on mondays", "mondays"),
    ("kennel bookings over christmas", "christmas"),
])
def test_weekdays_and_hours_of_day_are_quoted_back(phrase: str, quoted: str) -> None:
    assert quoted in warnings(phrase)
