"""A table said by a word the schema never uses, read through WordNet (brief s26 of session 11).

"30 headhunters" on a schema of ``recruiters``, "120 pupils" on one of ``students``: the user's noun names no table,
column or value, but WordNet (``seedbed.thesaurus``) says a headhunter *is a kind of* recruiter and a pupil *is* a
student. Such a noun is read as the table whose head word (its name's last word, singular; or its whole name said with
spaces when WordNet has it: "crew member") it relates to, when:

- the relation is "same" (a shared synset) or "kind" (the table's word one step broader), through the noun's first
  sense and one of the head word's first two senses of the kind of thing its first sense is (``relate``; the
  measure that chose these limits is at ``_WORD_SENSES``);
- both senses are of one kind of thing (WordNet's lexicographer file: a person's word names a table of people);
- exactly one table relates. Two or more is an ambiguity, said as such ("'tutors' could mean teachers or
  instructors"), never a guess.

The broader direction is never read: "travellers" are not ``passengers`` (a passenger is a kind of traveller, but a
traveller need not be one), nor are "people" any table of people. A relation that is not there is not guessed: a
"consultant" is an adviser, no recruiter, and stays quoted back. Every word read this way is told with the clause
('"headhunters" is recruiters (WordNet: a headhunter is a kind of recruiter)').
"""

from __future__ import annotations

import re
from functools import lru_cache

from seedbed.model import Schema
from seedbed.scope.inflect import plural, singular
from seedbed.thesaurus import Sense, ancestors, senses

__all__ = ["later_tables", "relate", "row_slot", "said_tables", "table_for", "told", "wordnet_rows"]

#: How many senses of the user's word and of the table's head word count, and how far "kind" reaches. Measured on
#: 25 everyday nouns against the 215 tables of the test schemas ("samples", "fixtures", "results", "tags", "cars",
#: "leaders", "steps", "details", "homes", "books", ...): the word's first three senses, the head's first two and a
#: reach of two steps read all 25 as some table (a fixture is a regular patron, a car a room of a lift, a leader a
#: product sold at a loss); the word's first sense (its singular's), one step and a head sense of the head's first
#: sense's kind read 5 (a party is an organization, a deal a transaction, a file a record, stuff a material, a tag a
#: ticket) and keep the person's words tried (headhunter, pupil, tutor, physician, surgeon, staffer, shopper, orator;
#: not "guests" for customers, a guest's first sense being a visitor).
_WORD_SENSES, _HEAD_SENSES, _DEPTH = 1, 2, 1


def relate(word: str, head: str, *, later: bool = False) -> tuple[str, Sense] | None:
    """How ``word`` relates to a table's ``head`` word: ("same" | "kind", the word's sense), else None. The head's
    senses are its first two of the kind of thing its first is (a client who pays for goods, not a computer client;
    a ticket of admission, not a tag). ``later``: through the word's second and third senses instead of its first
    (a lorry is first a railway wagon, then a truck), which only a table's neighbour may confirm (``later_tables``)."""
    first = senses(head, "n", _HEAD_SENSES)
    theirs = {s.id: s for s in first if s.lexname == first[0].lexname}
    if not theirs:
        return None
    mine = _first_senses(word) if not later else _later_senses(word)
    for s in mine:
        if s.id in theirs:
            return "same", s
    for s in mine:
        up = ancestors(s.id, "n", _DEPTH) & set(theirs)
        if any(theirs[i].lexname == s.lexname for i in up):
            return "kind", s
    return None


def _first_senses(word: str) -> list[Sense]:
    """The first senses of a noun as said: a plural's are its singular's ("tours" are tours, not the city of Tours,
    a lemma of its own in WordNet)."""
    one = singular(word)
    if one != word and senses(one, "n"):
        return senses(one, "n", _WORD_SENSES)
    return senses(word, "n", _WORD_SENSES)


def _later_senses(word: str) -> list[Sense]:
    one = singular(word)
    return senses(one if one != word and senses(one, "n") else word, "n", _WORD_SENSES + 2)[_WORD_SENSES:]


def later_tables(names: tuple[str, ...], word: str) -> tuple[tuple[str, str, str], ...]:
    """Every (table, head, relation) ``word`` relates to through a later sense only, when its first relates to none
    (``table_for``); a reading only a table said beside it confirms (``rowevidence``)."""
    if table_for(names, word):
        return ()
    w = word.lower().strip()
    out = []
    for name in names:
        for head in _heads(name):
            rel = relate(w, head, later=True)
            if rel is not None:
                out.append((name, head, rel[0]))
                break
    return tuple(out)


def _heads(name: str) -> list[str]:
    """A table's words as WordNet may know them: its whole name with spaces ("crew member"), then its last word."""
    parts = [p for p in name.lower().split("_") if p]
    if not parts:
        return []
    last = singular(parts[-1])
    whole = " ".join((*parts[:-1], last))
    return [whole, last] if whole != last else [last]


@lru_cache(maxsize=4096)
def _table_for(names: tuple[str, ...], word: str) -> tuple[tuple[str, str, str], ...]:
    """Every (table, head, relation) ``word`` relates to among ``names``."""
    out = []
    for name in names:
        for head in _heads(name):
            rel = relate(word, head)
            if rel is not None:
                out.append((name, head, rel[0]))
                break
    return tuple(out)


def table_for(names: tuple[str, ...], word: str) -> tuple[tuple[str, str, str], ...]:
    """The tables (name, head word, "same" | "kind") a noun the schema does not use stands for through WordNet;
    one is a reading, several an ambiguity, none nothing. A word that is a form of a table's own word is left to
    the readers of names (``names.match_table``)."""
    w = word.lower().strip().replace("_", " ")
    if len(w) < 3 or not re.fullmatch(r"[a-z][a-z -]*", w):
        return ()
    own = {f for n in names for h in _heads(n) for f in (h, plural(h))}
    if w in own or singular(w) in own:
        return ()
    return _table_for(names, w)


def told(word: str, table: str, head: str, how: str) -> str:
    """How a word was read, as the reading shows it."""
    one = singular(word)
    said = "is a kind of" if how == "kind" else "is a"
    article = "an" if one[:1] in "aeiou" else "a"
    return f"{word!r} is {table} (WordNet: {article} {one} {said} {head})"


#: Where a word stands for rows: after a count, "each", "every", "per", a word of how many; at a clause's start; before
#: ":" ("parked at the depot" names a place, not the rows of a stations table).
_BEFORE = frozenset("each every per all many most some no a an one more few several about around roughly".split())
_WORD = re.compile(r"(?<![\w-])([a-z]{3,})(?![\w-])")


def row_slot(norm: str, m: re.Match[str], is_value) -> bool:
    """Whether a word stands where rows are named: after a count or a determiner, maybe with a value between
    ("40 keynote lecturers", "a few open roles"); at the start; before a colon; and as the last word of its noun
    phrase ("the headhunter database" names the database, not headhunters)."""
    before = norm[:m.start()].split()
    if before and is_value(before[-1]) and (len(before) == 1 or before[-2] in _BEFORE or before[-2].isdigit()):
        before = before[:-1]
    after = norm[m.end():].split()[:1]
    if after and re.fullmatch(r"[a-z]{4,}", after[0]) and senses(after[0], "n") \
            and not senses(after[0], "v") and after[0] not in _BEFORE and not is_value(after[0]):
        return False
    return (not before or before[-1] in _BEFORE or before[-1].isdigit()
            or re.match(r" ?:", norm[m.end():]) is not None)


def wordnet_rows(norm: str, names: tuple[str, ...], is_taken, notes: list[str] | None = None, is_value=lambda w: False) -> str:
    """``norm`` with each noun for rows the schema does not use replaced by the one table WordNet relates it to
    (module docstring); a noun that relates to several tables, or none, is left as typed (the error that names it
    says which tables it could mean: ``names.match_table``)."""
    notes = [] if notes is None else notes
    out, at = [], 0
    for m in _WORD.finditer(norm):
        w = m.group(1)
        if not row_slot(norm, m, is_value) or is_taken(w) or is_taken(singular(w)):
            continue
        found = table_for(names, w)
        if len(found) != 1:
            continue
        name, head, how = found[0]
        before = norm[:m.start()].split()
        many = w != singular(w) or (bool(before) and before[-1].isdigit() and before[-1] != "1")
        notes.append(told(w, name, head, how))
        out.append(norm[at:m.start()] + (name if many else singular(name)))
        at = m.end()
    return "".join(out) + norm[at:]


def said_tables(schema: Schema, word: str) -> tuple[tuple[str, str, str], ...]:
    """``table_for`` over a schema's tables (``names.match_table``: a word no other reader knows)."""
    return table_for(tuple(t.name.name for t in schema.tables), word)
