"""A language's or a currency's row follows its ISO code (issue 10: a languages table read 'aa' / "English",
a currencies table 'NZD' / "Argentine Peso" / "Symbol 2"): ``planning.isocodes`` and
``generate.realistic.isonames``. Synthetic tables, no database."""

from __future__ import annotations

from seedbed.generate.realistic.isonames import describe_code
from seedbed.model import Column, Table, UniqueKey
from tests.test_realism_units import ctype, generate, qn


def _keyed(name: str, key: tuple[str, str], *cols: tuple[str, str]) -> Table:
    columns = [Column(name=key[0], type=ctype(key[1]), nullable=False)]
    columns += [Column(name=c, type=ctype(t), nullable=False) for c, t in cols]
    return Table(name=qn(name), columns=tuple(columns), primary_key=UniqueKey(name=f"{name}_pkey", columns=(key[0],)))


def test_a_language_rows_name_native_name_script_and_direction_are_its_codes() -> None:
    got = generate(_keyed("languages", ("code", "varchar(10)"), ("name", "varchar(60)"), ("native_name", "varchar(60)"),
                          ("script", "varchar(20)"), ("rtl", "bool")), rows=40)["languages"]
    rows = list(zip(got["code"], got["name"], got["native_name"], got["script"], got["rtl"]))
    for code, name, native, script, rtl in rows:
        assert name == describe_code(code, "language_name"), (code, name)
        assert native == describe_code(code, "language_native"), (code, native)
        assert describe_code(code, "language_script") is None or script == describe_code(code, "language_script")
        assert (rtl == "t") == (code in ("ar", "fa", "he", "ur")), (code, rtl)
    assert {"en", "es"} <= set(got["code"]) and "Español" in got["native_name"]


def test_a_currency_rows_name_and_symbol_are_its_codes() -> None:
    got = generate(_keyed("currencies", ("iso_code", "varchar(3)"), ("currency_name", "varchar(60)"),
                          ("symbol", "varchar(8)")), rows=30)["currencies"]
    for code, name, symbol in zip(got["iso_code"], got["currency_name"], got["symbol"]):
        assert name == describe_code(code, "currency_name") and symbol == describe_code(code, "currency_symbol"), code
    assert ("EUR", "Euro", "\u20ac") in set(zip(got["iso_code"], got["currency_name"], got["symbol"]))


def test_other_tables_keep_their_own_name() -> None:
    """A ``products`` row's ``name`` beside a ``currency_code`` is the product's, not the currency's."""
    got = generate(_keyed("products", ("sku", "varchar(12)"), ("name", "varchar(60)"), ("currency_code", "varchar(3)")),
                   rows=20)["products"]
    assert not any(describe_code(c, "currency_name") == n for c, n in zip(got["currency_code"], got["name"]))
