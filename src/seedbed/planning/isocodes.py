"""A language's or a currency's other columns follow its ISO code (issue 10, "codes that match their
names"): in a table about languages (``languages``, ``locales``) or currencies, or for columns that say
so themselves, the row's ``name``, ``native_name``, ``script`` / ``writing_system``, ``direction`` and
``symbol`` are those of its code column (``code``, ``iso_code``, ``lang_code``, ``currency_code``), the key
they follow. A language's right-to-left flag (``rtl``, ``is_rtl``) is its direction as a boolean
(``seedbed.generate.derive``). Countries have theirs (``planning.derived._countries``)."""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind

__all__ = ["iso_lookups"]

_LANGUAGE = frozenset(("language", "lang", "locale", "tongue"))
_CURRENCY = frozenset(("currency",))
_CODE = frozenset(("code", "iso", "iso2", "iso3", "alpha2", "alpha3", "id", "key"))
_TEXT = (TypeKind.TEXT, TypeKind.ENUM)


def _what(toks: tuple[str, ...], kind: str, length: int | None) -> str | None:
    """The op for a column of ``toks`` in a row of ``kind`` ('language' or 'currency')."""
    last = toks[-1] if toks else ""
    if kind == "language":
        if "native" in toks or "endonym" in toks or "autonym" in toks or "local" in toks and last == "name":
            return "language_native"
        if last in ("script", "alphabet") or toks[-2:] == ("writing", "system"):
            return "language_script"
        if last == "direction" or toks[-2:] == ("text", "direction"):
            return "language_direction"
        if last in ("name", "label", "language", "title") and "code" not in toks and (length or 99) > 3:
            return "language_name"
        return None
    if last == "symbol" or last == "sign":
        return "currency_symbol"
    if last in ("name", "label", "title", "currency") and (length or 99) > 3:
        return "currency_name"
    return None


def iso_lookups(table: Table, cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str],
                taken: set[str]) -> list:
    """The derivations of a language's or a currency's row from its code."""
    from seedbed.planning.derived import Derived

    about = set(tokens(table.name.name))
    out: list = []
    for kind, words, width in (("language", _LANGUAGE, (2, 10)), ("currency", _CURRENCY, (3, 3))):
        def coded(n: str, words: frozenset = words, width: tuple = width) -> bool:
            c, toks = cols[n], tokens(n)
            return c.type.kind is TypeKind.TEXT and c.type.length is not None and width[0] <= c.type.length <= width[1] \
                and bool(toks) and toks[-1] in _CODE and bool(about & words or set(toks) & words)
        codes = [n for n in cols if n in sources and coded(n)]
        if not codes:
            continue
        source = next((n for n in codes if not usable.get(n)), codes[0])  # the key the others follow
        for name, c in cols.items():
            if name == source or name in taken or not usable.get(name):
                continue
            toks = tokens(name)
            if not (about & words or set(toks) & words):
                continue
            if c.type.kind is TypeKind.BOOL and kind == "language" and (toks[-1:] == ("rtl",) or "rtl" in toks):
                op = "language_rtl"
            elif c.type.kind in _TEXT and c.type.kind is not TypeKind.ENUM:
                op = _what(toks, kind, c.type.length)
            else:
                op = None
            if op is not None:
                out.append(Derived(column=name, source=source, op=op))
                taken.add(name)
    return out
