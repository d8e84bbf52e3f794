"""The sexes of a row's people, as its words say them (issue 10, r46).

* **labels**: a CHECK's or an enum's labels that read as sexes (``gender IN ('M', 'F')``, ``sex IN ('male',
  'female')``, ``title IN ('Mr', 'Mrs', 'Ms', 'Dr')``): each label's sex from WordNet (``thesaurus.sex``: Mr is "a
  form of address for a man"), a one-letter label of a sex column as the initial of the sex words (``M``: male,
  man). The column then follows the row's person (``person.gender`` with ``labels``), so a Shirley is never
  ``M``; the labels of no sex (``U``, ``X``, ``Dr``) are rare: 4% of rows, 15% for the column's DEFAULT.
* **roles in labels**: labels of which some name a role with a sex (``role IN ('imam', 'caretaker', 'admin')``,
  ``relationship IN ('mother', 'father', 'guardian')``): in a row of a person, a label of the other sex is never
  the person's (``person.role_label``): Danielle Carter is no imam, a father no Linda.
* **roles**: the sex of a role word (``groom_name``: M, ``godmother_name``: F, ``mothers``: F) for
  ``planning.rowpeople``, which gives each person of a row its own slot.
"""

from __future__ import annotations

from seedbed.generate.intent.model import Intent
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Column, TypeKind

__all__ = ["NEUTRAL", "DEFAULT_SHARE", "label_roles", "label_sexes", "sex_intent", "word_sex"]

#: The share of rows given a label of no sex (unknown, other, a doctor's title), and the share when that
#: label is the column's DEFAULT (a record where the sex was not stated).
NEUTRAL = 0.04
DEFAULT_SHARE = 0.15
#: Words WordNet's sex synsets are named by ('male person', 'woman'): a one-letter label is one's initial.
_SEX_WORDS = ("male", "female", "man", "woman", "boy", "girl")


def word_sex(word: str) -> str | None:
    """'M' or 'F' for a word WordNet gives a sex (``thesaurus.sex``), else None."""
    from seedbed.thesaurus import sex

    word = word.strip().lower().rstrip(".")
    return sex(word) if word.isalpha() and len(word) > 1 else None


def _initials() -> dict[str, str]:
    out: dict[str, set[str]] = {}
    for word in _SEX_WORDS:
        s = word_sex(word)
        if s:
            out.setdefault(word[0], set()).add(s)
    return {k: v.pop() for k, v in out.items() if len(v) == 1}


def label_sexes(column: Column, labels: tuple) -> dict[str, str] | None:
    """Each label -> 'M', 'F' or '' (no sex) where the labels read as sexes: at least one of each sex, and
    at most half of them of none; else None."""
    if not labels or not all(isinstance(v, str) for v in labels):
        return None
    letters = _initials() if "gender" in tokens(column.name) else {}
    out = {}
    for label in labels:
        word = label.strip().lower()
        out[label] = (letters.get(word, "") if len(word) == 1 else word_sex(word) or "")
    sexes = list(out.values())
    if "M" not in sexes or "F" not in sexes or sexes.count("") * 2 > len(sexes):
        return None
    return out


def sex_intent(table_name: str, column: Column, labels: tuple, pack: str) -> Intent | None:
    """``person.gender`` for a column whose labels read as sexes (see ``label_sexes``), or None."""
    read = label_sexes(column, labels) if column.type.kind in (TypeKind.TEXT, TypeKind.CHAR, TypeKind.ENUM) else None
    if read is None:
        return None
    default = column.default.split("::")[0].strip().strip("'") if column.default else None
    neutral = {k: (DEFAULT_SHARE if k == default else NEUTRAL) for k, s in read.items() if not s}
    shown = ", ".join(f"{k}: {'a man' if s == 'M' else 'a woman' if s == 'F' else 'neither'}" for k, s in read.items())
    return Intent(name="person.gender", params={"labels": read, "neutral": neutral, "domain": pack},
                  reason=f"column '{column.name}' in {table_name}: its labels are sexes ({shown}): the row's person's")


def label_roles(labels: tuple) -> dict[str, str] | None:
    """Each label -> 'M', 'F' or '' where some labels name a role of one sex by their last word (``naib_imam``:
    an imam, a man; ``mother``) and the labels are not a sex column's (``label_sexes``); else None."""
    if not labels or not all(isinstance(v, str) for v in labels):
        return None
    out = {label: word_sex((tokens(label) or ("",))[-1]) or "" for label in labels}
    return out if any(out.values()) else None
