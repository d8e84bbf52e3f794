"""Issue 10 (derived columns agree): a row's own total is its quantity times its unit price.
Synthetic tables with invented names (no database: plan + engine)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from tests.test_realism_units import generate, table


def _products(got: dict, qty: str, price: str, total: str) -> tuple[int, int]:
    """(rows with all three set, rows where total == qty x price at 2 decimals)."""
    rows = [(q, p, t) for q, p, t in zip(got[qty], got[price], got[total], strict=True) if None not in (q, p, t)]
    agree = sum(Decimal(t) == (Decimal(q) * Decimal(p)).quantize(Decimal("0.01"), ROUND_HALF_UP) for q, p, t in rows)
    return len(rows), agree


def test_a_rows_total_is_its_quantity_times_its_unit_price() -> None:
    t = table("grain_intakes", ("quantity_kg", "numeric(10,2)", False), ("price_per_kg", "numeric(6,3)", False),
              ("gross_amount", "numeric(12,2)", False), ("moisture_pct", "numeric(4,1)"))
    got = generate(t)["grain_intakes"]
    rows, agree = _products(got, "quantity_kg", "price_per_kg", "gross_amount")
    assert rows > 0 and agree == rows


def test_unit_price_and_qty_in_other_spellings() -> None:
    t = table("hire_lines", ("qty", "int", False), ("unit_price", "numeric(8,2)", False),
              ("line_total", "numeric(10,2)"), ("tax_amount", "numeric(8,2)"))
    got = generate(t)["hire_lines"]
    rows, agree = _products(got, "qty", "unit_price", "line_total")
    assert rows > 0 and agree == rows
    # the tax is not the product
    taxed = sum(1 for q, p, x in zip(got["qty"], got["unit_price"], got["tax_amount"], strict=True)
                if x is not None and Decimal(x) == (Decimal(q) * Decimal(p)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    assert taxed < rows // 2


def test_two_totals_or_no_unit_price_leave_the_columns_alone() -> None:
    """Ambiguous rows are not guessed: two totals, or a price that is not per unit."""
    t = table("crate_sales", ("quantity", "int", False), ("price", "numeric(8,2)", False),
              ("amount", "numeric(10,2)", False))
    got = generate(t)["crate_sales"]
    rows, agree = _products(got, "quantity", "price", "amount")
    assert agree < rows // 2


def test_a_price_per_small_unit_is_a_few_units_of_money() -> None:
    """``price_per_kg`` of produce was 110.99 (a product's price): a price per kg, litre or piece is a few."""
    from statistics import median

    t = table("apple_intakes", ("weight_kg", "numeric(10,2)", False), ("price_per_kg", "numeric(6,3)", False),
              ("cost_per_litre", "numeric(6,3)"))
    got = generate(t)["apple_intakes"]
    assert 0.5 <= median(float(v) for v in got["price_per_kg"]) <= 10
    assert 0.3 <= median(float(v) for v in got["cost_per_litre"] if v) <= 8


def test_a_bare_amount_takes_its_tables_kind_of_charge() -> None:
    """``fines.amount`` was 945.06: an amount in a table of fines is a fine; a table of deposits, a deposit."""
    from statistics import median

    fines = table("library_fines", ("amount", "numeric(6,2)", False), ("reason", "varchar(40)"))
    assert median(float(v) for v in generate(fines)["library_fines"]["amount"]) <= 15
    deposits = table("deposits", ("amount", "numeric(8,2)", False))
    assert median(float(v) for v in generate(deposits)["deposits"]["amount"]) >= 50
