"""Issue 10, round 5 (r10): the classes an amateur sports league schema showed, each on a small
synthetic schema with invented names (no database: plan + engine)."""

from __future__ import annotations

from dataclasses import replace

from seedbed.model import Table, UniqueKey

from tests.test_realism_units import generate, table


def _default(t: Table, column: str, expr: str) -> Table:
    return replace(t, columns=tuple(replace(c, default=expr, nullable=False) if c.name == column else c
                                    for c in t.columns))


def _ints(values: list[str | None]) -> list[int]:
    return [int(v) for v in values if v is not None]


# ------------------------------------------------------------------ a small DEFAULT is the column's scale
def test_a_small_integer_default_keeps_the_other_rows_near_it() -> None:
    """``bonus_per_goal DEFAULT 3`` and ``reserve_spots DEFAULT 2`` with no CHECK: most rows hold the
    default and the others stay at its scale (never 179 or 244)."""
    t = table("regattas", ("bonus_per_goal", "smallint"), ("reserve_spots", "smallint"))
    t = _default(_default(t, "bonus_per_goal", "3"), "reserve_spots", "2")
    got = generate(t, rows=400)["regattas"]
    for col, d in (("bonus_per_goal", 3), ("reserve_spots", 2)):
        vals = _ints(got[col])
        assert vals.count(d) > len(vals) // 2
        assert all(0 <= v <= 2 * d + 2 for v in vals), sorted(set(vals))


# ------------------------------------------------------------------ a match's scores and minutes
def _bouts() -> tuple[Table, Table]:
    clubs = table("squads", ("label", "varchar(40)"))
    bouts = table("bouts", ("host_score", "smallint"), ("guest_score", "smallint"),
                  fks=(("host_squad_id", "squads"), ("guest_squad_id", "squads")))
    return clubs, bouts


def test_a_sides_score_in_a_match_is_a_few_goals() -> None:
    """``host_score`` / ``guest_score`` of a table of bouts between two squads: a few goals, mostly
    0-3, not 29; a basketball game's score is in the tens."""
    clubs, bouts = _bouts()
    got = generate(clubs, bouts, rows=300)["bouts"]
    for col in ("host_score", "guest_score"):
        vals = _ints(got[col])
        assert max(vals) <= 10 and sum(v <= 3 for v in vals) > 0.8 * len(vals), sorted(set(vals))
    games = table("basketball_games", ("home_points", "smallint"), ("away_points", "smallint"),
                  fks=(("home_id", "squads"), ("away_id", "squads")))
    vals = _ints(generate(clubs, games, rows=200)["basketball_games"]["home_points"])
    assert 50 <= sorted(vals)[len(vals) // 2] <= 110


def test_the_minute_of_an_event_in_play_runs_through_regular_time() -> None:
    """``minute`` of a table of incidents in a bout (CHECK up to 130) is mostly 1-90 with a little
    stoppage time; ``stoppage_min`` a few minutes."""
    clubs, bouts = _bouts()
    inc = table("bout_incidents", ("minute", "smallint", False), ("stoppage_min", "smallint"),
                fks=(("bout_id", "bouts"),))
    got = generate(clubs, bouts, inc, rows=300)["bout_incidents"]
    minutes = _ints(got["minute"])
    assert min(minutes) >= 1 and max(minutes) <= 95 and sum(m <= 90 for m in minutes) > 0.9 * len(minutes)
    assert max(_ints(got["stoppage_min"])) <= 6


# ------------------------------------------------------------------ createdAt folded by PostgreSQL
def test_a_camel_case_epoch_folded_to_lower_case_is_still_a_moment() -> None:
    """``enrolledAt bigint`` written without quotes is ``enrolledat`` in PostgreSQL: still epoch
    seconds of recent years, not a small count."""
    from seedbed.generate.intent.tokens import tokens

    assert tokens("enrolledat") == ("enrolled", "at") and tokens("lastcheckedon")[-1] == "on"
    t = table("rowers", ("enrolledat", "bigint", False))
    vals = _ints(generate(t)["rowers"]["enrolledat"])
    assert min(vals) > 1_500_000_000


# ------------------------------------------------------------------ a record of results adds up
def test_a_record_of_results_keeps_its_arithmetic() -> None:
    """A ladder of a chess club (``games_played``, ``wins``, ``ties``, ``losses``, ``pts``,
    ``points_scored`` / ``points_conceded`` / ``point_difference``): played = the parts, pts = 3 x
    wins + ties, the difference is scored - conceded; the parts are a season's worth."""
    t = table("ladder_rows", ("games_played", "smallint", False), ("wins", "smallint", False),
              ("ties", "smallint", False), ("losses", "smallint", False), ("pts", "smallint", False),
              ("points_scored", "smallint", False), ("points_conceded", "smallint", False),
              ("point_difference", "smallint", False))
    t = _default(t, "losses", "0")
    got = generate(t, rows=200)["ladder_rows"]
    rows = list(zip(*(_ints(got[c]) for c in ("games_played", "wins", "ties", "losses", "pts", "points_scored",
                                              "points_conceded", "point_difference")), strict=True))
    for played, w, d, lost, pts, pf, pa, diff in rows:
        assert played == w + d + lost and pts == 3 * w + d and diff == pf - pa
    assert max(r[1] for r in rows) <= 25 and sum(r[3] == 0 for r in rows) < len(rows) // 3


# ------------------------------------------------------------------ names in a sport schema
def _sport_schema() -> tuple[Table, ...]:
    comps = table("competitions", ("title", "varchar(80)", False), ("abbr_name", "varchar(8)"),
                  ("sport", "varchar(20)"))
    pools = table("pools", ("name", "varchar(40)", False), fks=(("competition_id", "competitions"),))
    sides = table("sides", ("side_name", "varchar(60)", False), ("nickname", "varchar(30)"),
                  ("treasurer_name", "varchar(60)"), fks=(("pool_id", "pools"),))
    athletes = table("athletes", ("first_name", "varchar(30)", False), ("last_name", "varchar(30)", False),
                     ("guardian_name", "varchar(60)"), ("emergency_contact", "varchar(60)"),
                     fks=(("side_id", "sides"),))
    bouts = table("bouts", ("host_score", "smallint"), fks=(("host_side_id", "sides"), ("guest_side_id", "sides")))
    return comps, pools, sides, athletes, bouts


def test_a_sport_schema_names_its_sides_leagues_and_divisions() -> None:
    """Sides are 'Town Rovers', competitions '... Cup' / '... League', pools 'North Section', a
    side's nickname 'The Hawks', a sport a sport; a unique side name takes its combinations before
    numbering; a treasurer is a person, an athlete's guardian and emergency contact someone else."""
    schema = _sport_schema()
    unique_sides = replace(schema[2], uniques=(UniqueKey(name="sides_name_key", columns=("side_name",)),))
    got = generate(schema[0], schema[1], unique_sides, *schema[3:], rows=120)
    sides = [v for v in got["sides"]["side_name"] if v]
    assert len(set(sides)) == len(sides) and not any(v[-1].isdigit() for v in sides), sides[:5]
    assert all(len(v.split()) >= 2 for v in sides)
    assert all(v.startswith("The ") for v in got["sides"]["nickname"] if v)
    assert all(v[-1] != v[-1].lower() or " " in v for v in got["pools"]["name"])
    assert any(w in v for v in got["pools"]["name"] for w in ("Division", "Section", "Conference", "Group", "League"))
    titles = got["competitions"]["title"]
    assert all(not v.startswith(("Competition", "Title")) for v in titles), titles[:5]
    assert set(got["competitions"]["sport"]) - {None} <= {"football", "basketball", "netball", "cricket", "rugby union",
                                                         "hockey", "volleyball", "futsal", "tennis", "baseball",
                                                         "softball", "handball", "rugby league", "water polo",
                                                         "ultimate frisbee"}
    assert all(v.isupper() for v in got["competitions"]["abbr_name"] if v)
    treasurers = [v for v in got["sides"]["treasurer_name"] if v]
    assert all(len(v.split()) >= 2 for v in treasurers)
    a = got["athletes"]
    own = {f"{f} {lst}" for f, lst in zip(a["first_name"], a["last_name"], strict=True)}
    for col in ("guardian_name", "emergency_contact"):
        others = [v for v in a[col] if v]
        assert sum(v in own for v in others) < len(others) // 10, col


def test_names_stay_neutral_outside_a_sport_schema() -> None:
    """A company's ``teams.name`` and a ``divisions.name`` beside departments are not sport sides."""
    from tests.test_realism_units import intent_of

    teams = table("teams", ("name", "varchar(40)"))
    divisions = table("divisions", ("name", "varchar(40)"))
    staff = table("employees", ("full_name", "varchar(60)"), fks=(("team_id", "teams"), ("division_id", "divisions")))
    assert intent_of(teams, "name", divisions, staff) != "sport.name"
    assert intent_of(divisions, "name", teams, staff) != "sport.name"


# ------------------------------------------------------------------ a lone planned start
def test_a_planned_start_without_an_end_is_on_a_quarter_hour_of_the_day() -> None:
    """``tip_off_time`` and ``scheduled_start`` of a table with no end column: 14:30, not 03:19:42."""
    t = table("scrimmages", ("tip_off_time", "ts", False), ("scheduled_start", "ts"))
    got = generate(t, rows=100)["scrimmages"]
    for col in ("tip_off_time", "scheduled_start"):
        times = [v[11:19] for v in got[col] if v]
        assert all(t[3:5] in ("00", "15", "30", "45") and t[6:8] == "00" for t in times), times[:5]
        assert all(7 <= int(t[:2]) <= 21 for t in times), times[:5]


# ------------------------------------------------------------------ seasons, consents, places and form
def test_a_season_lasts_months_even_under_a_check() -> None:
    """``closes_on > opens_on`` of a table of semesters: three to ten months apart, not eleven days."""
    from tests.test_realism_round4_r3 import _with_check

    t = table("semesters", ("starts_on", "date", False), ("ends_on", "date", False))
    t = _with_check(t, "order", "ends_on > starts_on", "ends_on", "starts_on")
    got = generate(t, rows=100)["semesters"]
    import datetime as dt

    gaps = [(dt.date.fromisoformat(e) - dt.date.fromisoformat(s)).days
            for s, e in zip(got["starts_on"], got["ends_on"], strict=True)]
    assert min(gaps) >= 90 and max(gaps) <= 300, (min(gaps), max(gaps))


def test_a_consent_kept_in_a_smallint_is_a_flag() -> None:
    """``photo_consent smallint DEFAULT 0`` is 0 or 1, mostly 1; never 5."""
    t = _default(table("enrolments", ("photo_consent", "smallint")), "photo_consent", "0")
    vals = _ints(generate(t, rows=300)["enrolments"]["photo_consent"])
    assert set(vals) <= {0, 1} and vals.count(1) > len(vals) // 2


def test_a_place_in_a_ladder_its_form_and_a_round_number() -> None:
    """``rank`` of a ladder with wins and losses is 1-20, its ``form`` 'WLWWL'; a fixture's
    ``matchday`` is 1-30, never 0 or 44."""
    t = table("ladder_entries", ("rank", "smallint", False), ("wins", "smallint", False),
              ("losses", "smallint", False), ("form", "varchar(5)"))
    got = generate(t, rows=200)["ladder_entries"]
    assert all(1 <= v <= 20 for v in _ints(got["rank"]))
    forms = [v for v in got["form"] if v]
    assert forms and all(len(v) == 5 and set(v) <= {"W", "L"} for v in forms), forms[:5]
    clubs = table("squads", ("label", "varchar(40)"))
    games = table("games", ("matchday", "smallint", False), fks=(("home_squad_id", "squads"), ("away_squad_id", "squads")))
    days = _ints(generate(clubs, games, rows=200)["games"]["matchday"])
    assert min(days) >= 1 and max(days) <= 30


# ------------------------------------------------------------------ fees and results of played matches
def test_a_registration_or_entry_fee_is_tens_of_money() -> None:
    """``fee_amount`` of a table of enrolments (``entry_fee`` of a race): tens, not 3.72."""
    t = table("enrolments", ("fee_amount", "numeric(7,2)", False))
    vals = [float(v) for v in generate(t, rows=200)["enrolments"]["fee_amount"]]
    assert 15 <= sorted(vals)[len(vals) // 2] <= 90 and min(vals) >= 2


def test_a_matchs_score_and_attendance_are_set_only_once_it_is_played() -> None:
    """``host_score``, ``guest_score`` and ``crowd_attendance`` of a bout are NULL while it is
    scheduled or postponed and set on every played or completed one."""
    from tests.test_realism_round4_r3 import _with_check

    clubs, bouts = _bouts()
    bouts = table("bouts", ("state", "varchar(12)", False), ("host_score", "smallint"),
                  ("guest_score", "smallint"), ("crowd_attendance", "int"),
                  fks=(("host_squad_id", "squads"), ("guest_squad_id", "squads")))
    bouts = _with_check(bouts, "st", "state IN ('scheduled', 'completed', 'postponed')", "state")
    got = generate(clubs, bouts, rows=300)["bouts"]
    for col in ("host_score", "guest_score", "crowd_attendance"):
        for state, v in zip(got["state"], got[col], strict=True):
            assert (v is not None) == (state == "completed"), (col, state, v)


# ------------------------------------------------------------------ a website of the row's own name
def test_a_website_is_at_a_domain_made_of_its_rows_name() -> None:
    """``homepage`` of a table of breweries with a ``brewery_name``: https://www.<name>.<tld>; a
    table of people keeps its own URLs."""
    t = table("breweries", ("brewery_name", "varchar(60)", False), ("homepage", "varchar(120)"))
    got = generate(t, rows=100)["breweries"]
    for name, site in zip(got["brewery_name"], got["homepage"], strict=True):
        if site is None:
            continue
        words = [w for w in name.lower().replace("'", "").split() if w not in ("the", "and", "&")]
        host = "".join(ch for ch in "".join(words) if ch.isalnum())
        assert site.startswith("https://www.") and host[:10] in site, (name, site)
    people = table("coaches", ("first_name", "varchar(30)"), ("last_name", "varchar(30)"), ("name", "varchar(60)"),
                   ("website", "varchar(120)"))
    got = generate(people, rows=50)["coaches"]
    assert not all(s and s.startswith("https://www.") and (n or "").split(" ")[0].lower() in s
                   for n, s in zip(got["name"], got["website"], strict=True))


# ------------------------------------------------------------------ a registration number of its width
def test_a_unique_number_kept_in_a_wide_varchar_has_a_plausible_width() -> None:
    """``charter_no varchar(12) UNIQUE``: seven digits (0412337), not '143'."""
    t = table("guilds", ("charter_no", "varchar(12)", False))
    t = replace(t, uniques=(UniqueKey(name="guilds_charter_no_key", columns=("charter_no",)),))
    vals = generate(t, rows=200)["guilds"]["charter_no"]
    assert len(set(vals)) == len(vals) and all(len(v) == 7 and v.isdigit() for v in vals), vals[:5]


# ------------------------------------------------------------------ signing up closes before the start
def test_a_sign_up_deadline_comes_before_the_start_it_is_for() -> None:
    """``entry_deadline`` of a table of races that start on ``starts_on``: a day to a month before
    the start, not weeks after it."""
    import datetime as dt

    t = table("races", ("starts_on", "date", False), ("entry_deadline", "date", False))
    got = generate(t, rows=200)["races"]
    gaps = [(dt.date.fromisoformat(s) - dt.date.fromisoformat(d)).days
            for s, d in zip(got["starts_on"], got["entry_deadline"], strict=True)]
    assert all(1 <= g <= 31 for g in gaps), sorted(gaps)[:5]


def test_an_owner_named_in_a_row_without_first_and_last_names_is_the_rows_person() -> None:
    """``owner_name`` of a ``members`` table with no first/last name columns is the member (the
    row's person, whose email it shares), not someone else."""
    from seedbed.generate.realistic.vocab import ascii_slug

    t = table("members", ("owner_name", "varchar(80)", False), ("email", "varchar(120)", False))
    got = generate(t, rows=100)["members"]
    same = sum(ascii_slug(n.split()[-1]) in e for n, e in zip(got["owner_name"], got["email"], strict=True))
    assert same > 60, same
