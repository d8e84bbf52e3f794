"""Issue 10, the lead's classes of session 8 (no database: plan + engine), each failing on 4c655de:

* a cost is a share of its price whatever the pair is called: ``cost`` / ``retail`` (booktown's stock: a
  retail of 722.34 over a cost of 60.49 before), ``wholesale`` / ``rrp``;
* names of common words run together read as their words (dellstore2's ``netamount`` + ``tax`` =
  ``totalamount``: a total of 37.41 over a net amount of 186.95 before);
* a table whose name says its one country keeps its rows there (northwind's ``us_states`` held Quebec and
  Nordrhein-Westfalen): by code (``us_``, ``uk_``), name (``_japan``) or demonym (``german_``); a code that
  is an English word (``in_stock``, ``it_tickets``) says no country.
"""

from __future__ import annotations

from tests.test_realism_units import generate, table


def test_a_cost_is_a_share_of_its_price_whatever_the_pair_is_called() -> None:
    for cost, price in (("cost", "retail"), ("wholesale", "rrp"), ("purchase_cost", "shelf_price")):
        t = table("stock_items", ("isbn", "varchar(20)", False), (cost, "numeric(5,2)"), (price, "numeric(5,2)"))
        got = generate(t)["stock_items"]
        pairs = [(float(c), float(p)) for c, p in zip(got[cost], got[price], strict=True) if c is not None and p]
        assert len(pairs) > 50 and all(0.3 * p <= c <= 0.85 * p for c, p in pairs), (cost, price)


def test_words_run_together_are_read_as_their_words() -> None:
    t = table("orders", ("orderdate", "date", False), ("netamount", "numeric(12,2)", False),
              ("tax", "numeric(12,2)", False), ("totalamount", "numeric(12,2)", False))
    got = generate(t)["orders"]
    rows = [(float(n), float(x), float(s)) for n, x, s in zip(got["netamount"], got["tax"], got["totalamount"], strict=True)]
    assert rows and all(abs(n + x - s) < 0.011 for n, x, s in rows)


def test_a_table_named_for_one_country_keeps_its_rows_there() -> None:
    from seedbed.generate.realistic.geo import countries, table_locale

    c = countries()
    us_cities = set(c.city_region[c.city_offset[c.index("US")]:][:c.city_count[c.index("US")]].tolist())
    t = table("us_states", ("state_name", "varchar(100)"), ("state_abbr", "varchar(2)"))
    got = generate(t)["us_states"]
    assert {v for v in got["state_name"] if v} <= us_cities
    de = table("german_customers", ("first_name", "text", False), ("city", "text", False))
    cities = set(generate(de)["german_customers"]["city"])
    de_cities = set(c.city[c.city_offset[c.index("DE")]:][:c.city_count[c.index("DE")]].tolist())
    assert cities <= de_cities
    assert [table_locale(n) for n in ("in_stock", "it_tickets", "no_shows", "customers", "eu_countries")] == [None] * 5
