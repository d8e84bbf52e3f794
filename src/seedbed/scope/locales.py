"""A scope's locales (issue 10/11): "users from Japan", "customers from France and Spain".

One locale per seed decides where people, phones and addresses come from; several countries spread a
table's country column over them. A locale seedbed cannot serve is said, never silently replaced.
"""

from __future__ import annotations

from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Table
from seedbed.scope import values
from seedbed.scope.model import Locale

__all__ = ["resolve_locale"]


def resolve_locale(st: Any, item: Locale) -> tuple[str, bool]:
    if item.others:  # "users from France and Spain": their country column evenly; one locale per seed
        return _locales(st, item)
    if st.locale not in (None, item.locale):
        st.warnings.append(f"one locale per seed: {item.locale} replaces {st.locale}")
    st.locale = item.locale
    text = f"people and addresses from locale {item.locale}"
    served = _served(item.locale)
    if served is not True:
        # Never silently: names, phones and addresses would come from other countries.
        st.warnings.append(f"locale {item.locale}: people and addresses of {served} are not served yet; names, phones "
                           f"and addresses come from the countries seedbed has, only a country column is set")
    found, cols = values.locale_columns(item, _locale_table(st, item, f"locale {item.locale}", "; it applies to every table"),
                                        st.fold)
    for (t, c), spec in found.items():
        st.column(t, c, spec)
    return text + (f"; {cols}" if cols else ""), True


def _locale_table(st: Any, item: Locale, said: str, then: str = "") -> Table | None:
    """The table a locale is said of (a warning when no table has that name)."""
    if not item.table:
        return None
    try:
        return st.schema.table(st.table(item.table))
    except ScopeError as exc:
        st.warnings.append(f"{said}: {exc.message}{then}")
        return None


def _locales(st: Any, item: Locale) -> tuple[str, bool]:
    """Rows from several countries: the table's country column evenly over them; names, phones and
    addresses keep the default mix (a seed has one locale), as the text says."""
    said = ", ".join((item.locale, *item.others))
    found, cols = values.locale_columns(item, _locale_table(st, item, f"locales {said}"), st.fold)
    if not found:
        st.warnings.append(f"locales {said}: no country column to spread the rows over, and a seed has one locale")
        return "", False
    for (t, c), spec in found.items():
        st.column(t, c, spec)
    return f"{cols}; names, phones and addresses from the default locales (one locale per seed)", True


def _served(locale: str) -> bool | str:
    """True when people of ``locale`` (its country, else its language) are in the country table;
    else the country or language asked, to say which is missing."""
    from seedbed.generate.realistic.geo import countries

    if countries().serving(locale, by_language=False).any():
        return True
    want = locale.replace("-", "_")
    return want.partition("_")[2].upper() or want
