"""A table said by the business's word for its rows, read from the schema's own evidence (brief s28 of session 13).

"50 customers, each with 1-3 moves" on a movers' schema whose table is ``jobs``; "80 customers, 2 estimates each" where
it is ``quotes``; "8 to 12 crew per depot" where the people are ``crew_members`` (``job_crew`` links them to jobs). The
noun names no table, and no list of seedbed's words need know it: the schema says it.

- **Its columns.** A table whose own columns are said by the noun holds such rows: ``move_date`` is the date *of the
  move*, so a row of ``jobs`` is a move; ``est_price`` and ``est_volume_m3`` are what is *estimated*, so a row of
  ``quotes`` is an estimate. A column's first word counts when the rest of its name says the row's moment, kind or
  number (``_ROW_TAILS``), or when it is a clipped word two columns or more of the table share, read through the
  abbreviations of ``columnwords`` (``est``: estimated, estimate), compared by stems (``salary_min`` and
  ``salary_max`` say a range of one attribute, ``pickup_addr`` and ``pickup_city`` a role: no row of either). Never a key's (``move_id``
  refers to moves elsewhere), never a table's own word (the readers of names own those).
- **Its name, for a group.** A table of people named for a group (``crew_members``, ``team_members``, ``board_members``)
  is what the group's word counts ("20 crew", "twice as many crew", "no inactive crew"), not a table that merely ends
  with the word and holds no people (``job_crew``: the crew of a job); "a crew of 4" is the group, left as it is.

- **A later WordNet sense, beside a neighbour.** A noun whose first sense relates to no table but a later one does (a
  lorry is first a railway wagon, then a kind of truck: ``wordnet_words.later_tables``) is read as that table only
  beside a table it refers to or that refers to it ("every branch has 3 to 6 lorries": trucks under depots), and so
  in the rest of the request ("60% of the lorries available"; ``Grounding.read_before``, one per request); alone
  ("40 lorries") it is asked back.

Several tables with evidence are narrowed to those related by a foreign key to a table said in the same clause
("customers, each with 1-3 moves": a child of customers). A word is read as a table only when exactly one table has
evidence; when several do it is asked back (``ambiguous``: the error names the word and the candidates, "say which
table: ..."), never guessed. Every word read is told with the clause ('"moves" is jobs (its column move_date)').
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from seedbed.errors import AmbiguousWord
from seedbed.model import Schema, Table
from seedbed.generate.realistic.vocab import load
from seedbed.scope.flagwords import stem
from seedbed.scope.inflect import inflections, singular
from seedbed.scope.rowwords import is_people
from seedbed.scope.wordnet_words import later_tables, row_slot
from seedbed.thesaurus import senses

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["Evidence", "ambiguous", "evidence_rows", "row_evidence", "tables_of"]

#: The last words of a column's name that say what the row's own moment, kind or number is (``move_date``,
#: ``survey_dt``, ``claim_no``, ``trip_type``): the first word is then what the row is.
_ROW_TAILS = frozenset("date dt day on at time ts when type kind no nr num number ref code".split())

#: A clipped word of a column's name and the words it stands for (``columnwords`` reads the same files).
_SPELLED: dict[str, tuple[str, ...]] = {**{k: tuple(v.split()) for k, v in load("clipped")["clipped"].items()
                                           if k not in load("clipped")["names_only"]},
                                        **{k: tuple(v.split()) for k, v in load("colabbrev")["words"].items()}}

#: A column's moment said by a verb (``departs_at``, ``arrived_on``): the row is the event, said by a noun the verb makes
#: ("departures", "arrivals", "shipments"; ``_derived``), unless the moment is the row's bookkeeping.
_MOMENTS = frozenset("at on date dt time ts".split())
_BOOKKEEPING = re.compile(r"^(?:created|updated|modified|deleted|inserted|archived|last|first|next)$")
#: The endings English makes a noun of an event from its verb with: depart-ure, arriv-al, ship-ment, regist-ration.
_EVENT_ENDINGS = ("ure", "al", "ment", "ement", "ion", "ation", "ition", "ance", "ence")


def _derived(noun: str, verb: str) -> bool:
    """Whether a noun (singular) is the stem of a verb with an ending that makes its event ("departure" of "depart")."""
    return len(verb) >= 4 and noun.startswith(verb) and noun[len(verb):] in _EVENT_ENDINGS and bool(senses(noun, "n"))


#: The words people say for those last words ("renewal date" of ``renews_on``, "departure time" of ``departs_at``).
_SAID_TAILS = frozenset("date time day moment type kind number code reference".split())

#: (a stem the noun may have, the table, the columns that say so) for every reading the schema's evidence gives.
Evidence = tuple[tuple[str, str, tuple[str, ...]], ...]


def _own_words(schema: Schema) -> set[str]:
    return {f for t in schema.tables for p in t.name.name.lower().split("_") if p for f in inflections(p)}


def _column_evidence(table: Table, own: set[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    keys = {c.lower() for fk in table.foreign_keys for c in fk.columns}
    firsts: dict[str, list[str]] = {}
    for c in table.columns:
        parts = c.name.lower().split("_")
        if len(parts) < 2 or not parts[0] or c.name.lower() in keys or parts[-1] == "id":
            continue
        firsts.setdefault(parts[0], []).append(c.name.lower())
    out = []
    for first, cols in firsts.items():
        tails = [col.split("_")[-1] for col in cols]
        spelled = _SPELLED.get(first, ())
        # a clipped word two columns share (est_price, est_volume_m3); a whole word shared says a role or a range
        # of one attribute (pickup_addr and pickup_city, salary_min and salary_max), not what the row is
        if first in own or len(first) < 3 or not (len(cols) >= 2 and spelled or set(tails) & _ROW_TAILS):
            continue
        if not spelled and set(tails) & _MOMENTS and not senses(first, "n") and senses(first, "v") \
                and not _BOOKKEEPING.match(first):
            out.append((stem(first) + "*", table.name.name, tuple(cols)))  # departs_at: a departure (``_derived``)
            continue
        if not spelled and (not senses(first, "n") or senses(first, "a")):
            continue  # a word that is no thing ("last_service_dt", "due_date": a quality, not what the row is)
        for word in spelled or (first,):
            if "+" not in word:
                out.append((stem(word), table.name.name, tuple(cols)))
    return out


@lru_cache(maxsize=64)
def _evidence(schema: Schema) -> Evidence:
    own = _own_words(schema)
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for t in schema.tables:
        out += _column_evidence(t, own)
    whole = {stem(singular(c.name.lower())) for t in schema.tables for c in t.columns if "_" not in c.name}
    return tuple(dict.fromkeys(e for e in out if e[0] not in whole))  # a column's own name is that column


def row_evidence(schema: Schema) -> Evidence:
    """Every (stem, table, columns) the schema's columns give for words of rows (module docstring)."""
    return _evidence(schema)


def groups(schema: Schema) -> tuple[tuple[str, str], ...]:
    """(a group's word, the one table of people named for it): ``crew`` of ``crew_members``, when no table is named
    ``crew`` alone and every other table with the word holds no people."""
    out = []
    people = [t for t in schema.tables if is_people(t)]
    for t in people:
        parts = [p for p in t.name.name.lower().split("_") if p]
        if len(parts) < 2:
            continue
        word = parts[0]
        named = [o for o in schema.tables if word in {singular(p) for p in o.name.name.lower().split("_")}
                 or word in o.name.name.lower().split("_")]
        if any(o.name.name.lower() in inflections(word) for o in schema.tables):
            continue
        if all(o is t or not is_people(o) for o in named) and sum(o.name.name.lower().startswith(word + "_")
                                                                   for o in people) == 1:
            out.append((word, t.name.name))
    return tuple(out)


def tables_of(evidence: Evidence, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The tables (name, the columns that say so) ``word`` may be the rows of by the schema's evidence, one entry
    per table."""
    w = word.lower().strip()
    if not re.fullmatch(r"[a-z]{3,}", w):
        return ()
    s = stem(singular(w))
    found: dict[str, tuple[str, ...]] = {}
    for st, table, cols in evidence:
        if st == s or st == stem(w) or st.endswith("*") and _derived(singular(w), st[:-1]):
            found[table] = (*found.get(table, ()), *cols)
    return tuple(found.items())


def ambiguous(word: str, found: tuple[tuple[str, tuple[str, ...]], ...]) -> AmbiguousWord:
    """The error that asks back a word several tables' evidence fits."""
    names = ", ".join(t for t, _c in found)
    whys = "; ".join(f"{t}: {', '.join(c)}" for t, c in found)
    return AmbiguousWord(f"{word!r} could be the rows of {' or '.join(t for t, _w in found)} ({whys})", subject=word,
                         hint=f"say which table: {names}")


#: Words before a group's word that say the group itself ("a crew of 4", "the team"), not its people counted.
_THE_GROUP = frozenset("a an one the this that its their".split())
#: What follows a plural that is a verb, not rows ("the crew moves the piano", "it estimates 3 hours").
_OBJECT = frozenset("a an the this that these those their its his her our my your to".split())


def _counted(before: list[str]) -> bool:
    """After a count or a range of counts ("1-3 moves", "2.5k estimates")."""
    return bool(before) and re.fullmatch(r"\d[\d.,]*k?(?:-\d[\d.,]*k?)?", before[-1]) is not None


def _plural_noun(before: list[str], after: list[str]) -> bool:
    """A plural anywhere but as a verb: with no object after it and no pronoun before it ("need moves in june",
    "distance for moves"; not "it moves the piano")."""
    return not (after and (after[0] in _OBJECT or after[0][:1].isdigit())) and not (
        before and before[-1] in ("it", "he", "she", "who", "which", "that", "this"))


_WORD = re.compile(r"(?<![\w-])([a-z]{3,})(?![\w-])")


def evidence_rows(norm: str, ground: Grounding, is_taken, notes: list[str] | None = None) -> str:
    """``norm`` with each word for rows the schema's evidence reads as one table replaced by that table's name.

    Args:
        norm: a normalised clause.
        ground: the request's grounding: its ``evidence`` and ``group_words`` (``row_evidence``, ``groups``), its
            foreign keys and names, and ``read_before``, the words a neighbour confirmed in the request's other
            clauses and their tables (updated here).
        is_taken: whether a word already means something in the schema (a table, a value, a unit).
        notes: where each reading is told.
    """
    evidence, refs, names = ground.evidence, ground.refs, ground.names
    known = ground.read_before
    notes = [] if notes is None else notes
    said = {n for n in names for tok in re.findall(r"[a-z_]+", norm) if tok in inflections(n)}
    groups_of = dict(ground.group_words)
    reads: list[tuple[re.Match[str], str, str]] = []  # (the word, its table, how it was read)
    for m in _WORD.finditer(norm):
        w = m.group(1)
        before = norm[:m.start()].split()
        if w in groups_of:  # a group's word: its members, when counted ("20 crew"), not the group ("a crew of 4")
            rest = groups_of[w].split("_")[1:]
            after = re.findall(r"[a-z]+", norm[m.end():])[:len(rest)]
            if [singular(a) for a in after] == [singular(r) for r in rest]:
                continue  # the table's whole name said ("club members")
            if row_slot(norm, m, ground.is_label) and not (before and before[-1] in _THE_GROUP):
                reads.append((m, groups_of[w], f"the people of a {w}"))
            continue
        if is_taken(w) or is_taken(singular(w)):
            continue
        if not (row_slot(norm, m, ground.is_label) or _counted(before) or (w != singular(w) and _plural_noun(before, norm[m.end():].split()[:1]))):
            continue
        found = tables_of(evidence, w)
        if not found:  # "3 to 6 lorries" per branch: a later WordNet sense (a lorry is a truck), a neighbour confirms
            later = [t for t, _h, _r in later_tables(names, w) if any((t, s) in refs or (s, t) in refs for s in said)]
            if len(later) == 1:
                known[singular(w)] = later[0]
                reads.append((m, later[0], f"WordNet: a {singular(w)} is a kind of {singular(later[0])}, beside "
                              f"{', '.join(sorted(s for s in said if (later[0], s) in refs or (s, later[0]) in refs))}"))
            elif singular(w) in known:
                reads.append((m, known[singular(w)], "as read before in the request"))
            continue
        if len(found) > 1:
            near = tuple(f for f in found if any((f[0], s) in refs or (s, f[0]) in refs for s in said))
            found = near or found
        if len(found) != 1:
            continue
        name, cols = found[0]
        after = norm[m.end():].split()[:1]
        if name in said or after and (any(stem(after[0]) == stem(c.rpartition("_")[2]) for c in cols)
                                      or singular(after[0]) in _ROW_TAILS | _SAID_TAILS):
            continue  # its table said too, or a column's last word after it: the column ("move date", "renewal date")
        reads.append((m, name, f"its column {cols[0]}"))
    # "surveys for estimates": two words of one table, the first of the second's rows (its column ``survey_dt``)
    reads = [r for i, r in enumerate(reads) if not any(
        o[1] == r[1] and re.fullmatch(r" (?:for|of|on) (?:the |their |its )?", norm[r[0].end():o[0].start()])
        for o in reads[i + 1:])]
    out, at = [], 0
    for m, name, how in reads:
        before = norm[:m.start()].split()
        many = m.group(1) != singular(m.group(1)) or _counted(before) and before[-1] != "1" or how.startswith("the people")
        notes.append(f"{m.group(1)!r} is {name} ({how})")
        out.append(norm[at:m.start()] + (name if many else singular(name)))
        at = m.end()
    return "".join(out) + norm[at:]
