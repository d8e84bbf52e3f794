"""The lead's classes of session 12 (issue 10), from the review of a bike-share schema (``bench/realism_unseen32c``),
each on synthetic schemas of other trades (a driving school, a hotel, a cinema, a taxi firm, a car club): no database.

* one sale of a service costs what that service costs (``data/vocab/tickets.json``): a bike trip's fare was 218 EUR,
  a driving lesson or a hotel night took a shop's 39-49;
* a payment of such a row is that row's fare or price (a trip's ``fare_cents``, not only an ``amount``);
* a CO2 quantity is a mass of CO2 for its row's journey, not the vehicle's own mass (``co2SavedG`` read a bicycle's
  mass: 11 kg per ride).
"""

from __future__ import annotations

import statistics

from tests.test_realism_units import generate, table


def _nums(values) -> list[float]:
    return [float(v) for v in values if v is not None]


def _median(t, col: str, *others, rows: int = 300) -> float:
    return statistics.median(_nums(generate(t, *others, rows=rows)[t.name.name][col]))


def test_one_sale_of_a_service_costs_that_service() -> None:
    school = table("instructors", ("full_name", "text"))
    lessons = table("lessons", ("starts_at", "ts"), ("fee", "numeric(8,2)"), fks=(("instructor_id", "instructors"),))
    assert 25 <= _median(lessons, "fee", school) <= 70
    hotel = table("rooms", ("room_no", "text"))
    nights = table("room_nights", ("night_of", "date"), ("price", "numeric(8,2)"), fks=(("room_id", "rooms"),))
    assert 70 <= _median(nights, "price", hotel) <= 250
    cinema = table("screenings", ("film_title", "text"), ("starts_at", "ts"))
    tickets = table("tickets", ("price_cents", "int"), fks=(("screening_id", "screenings"),))
    assert 600 <= _median(tickets, "price_cents", cinema) <= 2500
    cabs = table("taxis", ("plate", "text"))
    rides = table("rides", ("fare", "numeric(8,2)"), ("distance_km", "numeric(6,1)"), fks=(("taxi_id", "taxis"),))
    assert 8 <= _median(rides, "fare", cabs) <= 40


def test_a_service_price_is_not_read_where_nothing_says_the_service() -> None:
    shop = table("products", ("title", "text"), ("price", "numeric(8,2)"))
    assert _median(shop, "price") > 5  # a shop's product keeps its catalogue price
    people = table("members", ("balance", "numeric(10,2)"), ("monthly_salary", "numeric(10,2)"))
    got = generate(people, rows=200)["members"]
    assert statistics.median(_nums(got["monthly_salary"])) > 1000  # pay is no sale


def test_a_payment_of_a_trip_is_its_fare() -> None:
    bikes = table("bikes", ("serial", "text"))
    trips = table("trips", ("fare_cents", "int"), fks=(("bike_id", "bikes"),))
    pays = table("payments", ("amount_cents", "int", False), fks=(("trip_id", "trips"),))
    got = generate(bikes, trips, pays, rows=200)
    fares = got["trips"]["fare_cents"]
    assert 100 <= statistics.median(_nums(fares)) <= 600
    by_trip = dict(zip(got["trips"]["id"], fares))
    paid = [(a, by_trip[t]) for a, t in zip(got["payments"]["amount_cents"], got["payments"]["trip_id"]) if by_trip[t]]
    assert paid and all(a == f for a, f in paid)


def test_co2_of_a_journey_is_a_mass_of_co2() -> None:
    scooters = table("scooters", ("serial", "text"))
    rides = table("rides", ("co2SavedG", "int"), ("started_at", "ts"), fks=(("scooter_id", "scooters"),))
    assert 50 <= _median(rides, "co2SavedG", scooters) <= 2000  # grams a ride saves, not a scooter's 12 kg
    vans = table("delivery_routes", ("co2_kg", "numeric(8,2)"), ("stops", "int"))
    assert 0.3 <= _median(vans, "co2_kg") <= 40


def test_money_read_through_wordnet_is_a_sum_not_a_shelf_price() -> None:
    """A notary's ``disbursements`` (WordNet: a kind of cost) came out as retail prices (56.99, 63.99): a word no
    list has that WordNet makes money is an amount, not a shop's price (lead, after session 12's blind review)."""
    from seedbed.generate.intent import infer
    from seedbed.model import ColumnDomain, Schema

    t = table("fee_notes", ("notary_fee", "numeric(10,2)"), ("disbursements", "numeric(10,2)"))
    got = infer(Schema(tables=(t,)), t, t.column("disbursements"), ColumnDomain())
    assert got.name == "money.amount" and "(WordNet)" in got.reason
