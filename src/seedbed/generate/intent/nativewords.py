"""A schema named in another language reads its columns' values in that language where they are words (r40).

A German schema's free ``status`` holds ``offen``, ``storniert``, ``geliefert``, not ``open``, ``cancelled``,
``delivered``; a Spanish clinic's ``estado`` of an appointment ``programada``, ``confirmada``, ``completada``. The
labels a CHECK list or an enum gives are the column's own and are kept as they are. A status drawn from one of
seedbed's lists is given in the schema's language when ``namewords.json`` has a word for every label of the
list; otherwise it keeps the English labels (a list half in one language and half in another reads worse than
one in English). The plan's reason says which, and in which language the column's name was read.
"""

from __future__ import annotations

from typing import Any

from seedbed.generate.intent.languages import current, fold, language_name, read_words, statuses
from seedbed.generate.intent.model import Intent

__all__ = ["in_language", "translated_labels"]

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
        return found
    return Intent(name=found.name, reason=f"{found.reason}; {'; '.join(notes)}", params=params)
