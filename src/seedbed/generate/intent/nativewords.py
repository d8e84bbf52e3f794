"""A schema named in another language reads its columns' values in that language where they are words (r40).

A German schema's free ``status`` holds ``offen``, ``storniert``, ``geliefert``, not ``open``, ``cancelled``,
``delivered``; a Spanish clinic's ``estado`` of an appointment ``programada``, ``confirmada``, ``completada``. The
labels a CHECK list or an enum gives are the column's own and are kept as they are. A status drawn from one of
seedbed's lists is given in the schema's language when ``translations.json`` has a word for every label of the
list; otherwise it keeps the English labels (a list half in one language and half in another reads worse than
one in English). The plan's reason says which, and in which language the column's name was read.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np

from seedbed.generate.intent.languages import current, fold, language_name, read_words, statuses
from seedbed.generate.intent.model import Intent

__all__ = ["country_names", "in_language", "translated_labels", "worded_place"]

_STATUS_INTENTS = frozenset({"status.state", "status.type"})


def _key(label: str) -> str:
    return label.strip().lower().replace(" ", "_").replace("-", "_")


def translated_labels(labels: list[str] | tuple[str, ...], language: str | None,
                      width: int | None = None) -> list[str] | None:
    """``labels`` in ``language`` when it has a word for every one of them (each at most ``width`` characters
    where the column's type says a width and the English ones fit it), else None."""
    words = statuses(language)
    if not words or not labels:
        return None
    out = [words.get(_key(str(v))) for v in labels]
    if any(v is None for v in out):
        return None
    if width and max(map(len, out)) > width >= max(len(str(v)) for v in labels):
        return None  # 'in Bearbeitung' does not fit where 'pending' did
    return [str(v) for v in out]


def _read_as(name: str) -> str | None:
    """``"read as 'birth date' (German)"`` for a name in another language, else None."""
    from seedbed.generate.intent.tokens import as_written, tokens

    language = current()
    read = read_words(tuple(w for w in as_written(fold(name)) if not w.isdigit()), language)
    if read is None:
        return None
    return f"read as '{' '.join(tokens(name))}'"


def in_language(column: Any, domain: Any, found: Intent | None) -> Intent | None:
    """``found`` with its status labels in the schema's language (see the module docstring) and its reason
    saying how a name in another language was read; ``found`` itself for an English schema."""
    language = current()
    if found is None or language is None:
        return found
    name = language_name(language)
    notes: list[str] = []
    read = _read_as(column.name)
    if read:
        notes.append(f"{read} ({name})")
    params = dict(found.params or {})
    if found.name in _STATUS_INTENTS and domain.allowed is None and not column.type.enum_labels:
        if found.name == "status.type":
            from seedbed.generate.realistic.quantities import _noun_list

            labels = params.get("labels") or _noun_list("types", str(params.get("noun") or ""))
            got = translated_labels([str(v) for v in labels], language, column.type.length)
            if got is not None:
                params["labels"] = got
                notes.append(f"labels in {name}")
        elif found.name == "status.state":
            from seedbed.generate.realistic.quantities import state_list

            english = [str(t[0]) for t in state_list(str(params.get("noun") or ""), column.name)]
            if translated_labels(english, language, column.type.length) is not None:
                params["language"] = language
                notes.append(f"labels in {name}")
    if not notes:
        return worded_place(found, language)
    return worded_place(Intent(name=found.name, reason=f"{found.reason}; {'; '.join(notes)}", params=params), language)


_WORDED_PLACES = frozenset({"address.country"})


def worded_place(found: Intent | None, language: str | None) -> Intent | None:
    """A country column's intent with the schema's language (a Spanish schema's ``pais`` holds 'Alemania',
    not 'Germany'); ``found`` itself otherwise."""
    if found is None or language is None or found.name not in _WORDED_PLACES:
        return found
    return Intent(name=found.name, reason=f"{found.reason}; names in {language_name(language)}",
                  params={**(found.params or {}), "language": language})


@lru_cache(maxsize=64)
def _country_names(language: str) -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the country's name in ``language`` (pycountry's translations)."""
    import gettext

    import pycountry

    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return {}
    out = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)  # 'South Korea', not 'Korea, Republic of'
        said = tr.gettext(common) if common else c.name
        out[c.alpha_2] = said if common and said != common else tr.gettext(c.name)
    return out


def country_names(codes: np.ndarray, english: np.ndarray, language: str | None,
                  width: int | None = None) -> np.ndarray:
    """The countries of ``codes`` named in ``language`` (``english`` where it has no name for one, or where
    its name is wider than the column)."""
    names = _country_names(language) if language else {}
    if not names:
        return english
    out = [names.get(str(c), e) for c, e in zip(codes.tolist(), english.tolist(), strict=True)]
    return np.array([n if width is None or len(n) <= width else e for n, e in zip(out, english.tolist(), strict=True)],
                    dtype=object)
