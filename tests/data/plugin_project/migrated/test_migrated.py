import psycopg


def test_migrated_schema(seedbed_db):
    with psycopg.connect(seedbed_db) as conn:
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 20
        assert conn.execute("SELECT count(*) FROM invoices WHERE paid IS NOT NULL").fetchone()[0] == 20


def test_migrated_rows(seedbed_rows):
    invoice = seedbed_rows("invoices", total_cents=1999)
    assert invoice["total_cents"] == 1999 and invoice["account_id"] is not None
