"""What a language's or a currency's ISO code says of it (issue 10): a ``languages`` table's name,
native name, script and direction, a ``currencies`` table's name and symbol, all from the row's code,
so a row never reads ``aa`` / "English" or ``NZD`` / "Argentine Peso". English names from pycountry;
native names, scripts and right-to-left languages from ``data/vocab/languages.json``; symbols from
``misc.json``'s currencies (the code itself where no symbol is listed)."""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.realistic.vocab import load

__all__ = ["derive_iso", "describe_code"]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str], dict[str, str], dict[str, str]]:
    import pycountry

    data = load("languages")
    names = {}
    for lang in pycountry.languages:
        name = lang.name.split(";")[0].split(" (")[0]
        for code in (getattr(lang, "alpha_2", None), getattr(lang, "alpha_3", None)):
            if code:
                names[code] = name
    scripts = {code: script for script, codes in data["script"].items() for code in codes.split()}
    currencies = {c.alpha_3: c.name for c in pycountry.currencies}
    symbols = {c[0]: c[2] for c in load("misc")["currencies"] if len(c) > 2}
    return names, data["native"], scripts, frozenset(data["rtl"]), currencies, symbols


def describe_code(code: str, what: str) -> str | None:
    """The ``what`` (``language_name``, ``language_native``, ``language_script``, ``language_direction``,
    ``currency_name``, ``currency_symbol``) of ISO code ``code`` (a language's 2 or 3 letters, a region
    after it ignored: ``pt-BR``; a currency's 3), or None when unknown."""
    names, native, scripts, rtl, currencies, symbols = _tables()
    if what.startswith("currency_"):
        c = code.strip().upper()
        return currencies.get(c) if what == "currency_name" else symbols.get(c, c if c in currencies else None)
    lang = code.strip().replace("_", "-").split("-")[0].lower()
    if what == "language_name":
        return names.get(lang)
    if what == "language_native":
        return native.get(lang) or names.get(lang)
    if what == "language_script":
        return scripts.get(lang)
    if what == "language_direction":
        return ("rtl" if lang in rtl else "ltr") if lang in names else None
    return None


def derive_iso(data, source, op: str, text):
    """``data`` with each row's value of its code (``source``) for ``op``: text through ``text`` (the
    derivations' own, which keeps the column's bounds), a right-to-left flag as a boolean."""
    import numpy as np

    from seedbed.generate.values.data import ColumnData

    if op == "language_rtl":
        if data.values.dtype.kind != "b":
            return data
        vals = np.array([isinstance(s, str) and describe_code(s, "language_direction") == "rtl"
                         for s in source.values.tolist()], dtype=bool)
        return ColumnData(values=vals, nulls=data.nulls)
    return text(lambda code: describe_code(code, op))
