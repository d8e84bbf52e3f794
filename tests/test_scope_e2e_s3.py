"""The structures of brief s3 (session 6) end to end on the hotel schema (a domain no rule was written
for): scope text -> options -> seed on a real database -> SQL checks of the rows."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped, shares

DATA = Path(__file__).parent / "data"


@pytest.fixture
def hotel(db: psycopg.Connection) -> psycopg.Connection:
    db.execute((DATA / "scope_hotel.sql").read_text())
    return db


def test_hotel_shared_total_colon_bounds_vague_range_and_hyphenated_values(hotel: psycopg.Connection,
                                                                            fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "6 hotels with 90 rooms between them; floor: never more than 10; guests: at least 50; "
                                "each guest has a few reservations, between 1 and 3; only non-smoking rooms; "
                                "no no-show reservations")
    assert not expl.warnings
    assert counts(hotel, "hotels", "rooms", "guests") == {"hotels": 6, "rooms": 90, "guests": 50}
    # 90 rooms in all, over the 6 hotels (not 90 per hotel), every hotel with some
    assert one(hotel, "SELECT count(DISTINCT hotel_id) FROM rooms")[0] == 6
    assert one(hotel, "SELECT max(floor) <= 10 FROM rooms")[0]
    low, high = one(hotel, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM reservations GROUP BY guest_id) x")
    assert 1 <= low and high <= 3 and one(hotel, "SELECT count(DISTINCT guest_id) FROM reservations")[0] == 50
    assert shares(hotel, "rooms", "smoking_policy") == {"non-smoking": 1.0}
    assert "no_show" not in shares(hotel, "reservations", "status")


def test_hotel_a_bound_per_parent_after_a_colon(hotel: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "4 hotels; rooms: at most 3 per hotel; some room types (2 to 4) per hotel")
    assert not expl.warnings
    assert one(hotel, "SELECT max(n) <= 3 FROM (SELECT count(*) n FROM rooms GROUP BY hotel_id) x")[0]
    low, high = one(hotel, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM room_types GROUP BY hotel_id) x")
    assert 2 <= low and high <= 4


def test_hotel_season_phrasal_columns_and_vague_mixes(hotel: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "300 reservations checking in during summer 2025; checkouts no more than 14 days after "
                                "check in; most bookings come through the booking site; "
                                "housekeeping tasks: a few urgent ones, mostly normal")
    assert not expl.warnings
    assert counts(hotel, "reservations")["reservations"] == 300
    assert one(hotel, "SELECT min(check_in) >= '2025-06-01' AND max(check_in) < '2025-09-01' FROM reservations")[0]
    assert one(hotel, "SELECT bool_and(check_out > check_in AND check_out <= check_in + 14) FROM reservations")[0]
    assert abs(shares(hotel, "reservations", "channel")["booking_site"] - 0.8) < 0.1
    got = shares(hotel, "housekeeping_tasks", "priority")
    assert abs(got["normal"] - 0.8) < 0.1 and got.get("urgent", 0) < 0.25, got


def test_hotel_who_each_and_a_value_count_of_them(hotel: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "30 guests who each make between 1 and 3 reservations; 3 hotels; "
                                "200 rooms, 50 of them smoking and the rest non-smoking")
    assert not expl.warnings
    assert counts(hotel, "guests", "hotels", "rooms") == {"guests": 30, "hotels": 3, "rooms": 200}
    low, high = one(hotel, "SELECT min(n), max(n) FROM (SELECT count(*) n FROM reservations GROUP BY guest_id) x")
    assert 1 <= low and high <= 3 and one(hotel, "SELECT count(DISTINCT guest_id) FROM reservations")[0] == 30
    got = shares(hotel, "rooms", "smoking_policy")  # a value count is read as its share (drawn, as everywhere)
    assert set(got) == {"smoking", "non-smoking"} and abs(got["smoking"] - 0.25) < 0.06, got


def test_hotel_a_bound_on_children_after_with(hotel: psycopg.Connection, fresh_dsn: str) -> None:
    """'20 guests with at least 2 reservations' was read as 2 reservations in all."""
    _, expl = scoped(fresh_dsn, "20 guests with at least 2 reservations; hotels with up to 3 room types")
    assert not expl.warnings
    assert counts(hotel, "guests")["guests"] == 20
    assert one(hotel, "SELECT min(n) >= 2 FROM (SELECT count(*) n FROM reservations GROUP BY guest_id) x")[0]
    assert one(hotel, "SELECT count(DISTINCT guest_id) FROM reservations")[0] == 20
    assert one(hotel, "SELECT max(n) <= 3 FROM (SELECT count(*) n FROM room_types GROUP BY hotel_id) x")[0]
