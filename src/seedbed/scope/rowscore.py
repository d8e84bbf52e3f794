"""A word for rows no other reader knows, read as the table the whole request points to (session 14).

The readers before this one each look for one kind of evidence and refuse when it is missing: a table's own name, a
synonym, an initialism, a WordNet relation to the table's word, a column's word (``names``, ``rowwords``,
``wordnet_words``, ``rowevidence``). A business's own words for its rows often have none of these alone ("200 temps"
on a schema of ``candidates``; "zero PCRs" where the table is ``epcr``; "cleints" typed in a hurry). A person
reading such a request against the schema weighs everything at once. So does this reader, for a word in a place
where rows are named (after a count, "each", "per", at a clause's start, in a list of tables) that nothing else
reads; ``tablescore`` asks the same scorer for a word ``names.match_table`` reads nowhere else (issue 11, s32):

- **its spelling**: a typo of a table's word (``cleints`` is clients: one letter swapped or wrong, the word itself
  in no dictionary), letters inside a table's word that is no word (``pcr`` in ``epcr``), or a table's word that is
  the word clipped (``mbr`` for "members", ``wkplc`` for "workplaces", ``trp`` for "trips" with its one vowel left
  out, ``dlog`` for "dive logs" in two words), or a word its naming column says its rows are (``title_nm``: titles);
- **its short name, read by a person** (``shortnames``, brief s36): an initialism of the word said with the words
  before it or with a word of a neighbour the request names ("wind farms" and "turbines": ``wtgs``; "breakdowns":
  ``bd``), a short name that is a dictionary word and the word's beginning (``sub`` of "subscriptions"), a trade's
  words the table's columns say ("vehicles" of ``units(odometer_km)``);
- **what it is** (WordNet's first sense of the word): a person's word names a table of people, anything else a
  table of no people (``rowwords.is_people``), and the one table of people more than one of several;
- **the request around it**: values the request gives that only some tables hold ("15% flagged DNU": a label of
  ``candidates.status``), words of their columns ("all offshore": ``is_offshore``), and tables said in the same clause
  that the table refers to or that refer to it ("12 stations, each with 2 to 5 motors": a table under stations).

Each piece of evidence adds to a table's score (``WEIGHTS``); a clue several tables share is split between them.
The word is read as the best table when its score is at least ``_ACCEPT`` and leads the next by ``_LEAD``, and the
reading is told with the clause ('"temps" is candidates (a table of people; its value dnu)'). Two tables within the
lead, or too little evidence, leave the word as typed: the error that names it lists the tables, never a guess. A word that is a column, a value, a unit or
a table anywhere in the schema is never read here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seedbed.clips import clipped, keeps
from seedbed.model import Schema
from seedbed.scope.flagwords import stem
from seedbed.scope.inflect import inflections, plural, singular
from seedbed.scope.rowevidence import _SPELLED
from seedbed.scope.rowwords import in_order, is_people
from seedbed.scope.schemalabels import label_columns, table_labels
from seedbed.scope.shortnames import initialism, person_in_later_sense, prefix, trade_tables
from seedbed.scope.wordnet_words import _BEFORE, row_slot
from seedbed.thesaurus import ancestors, senses

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["WEIGHTS", "Profile", "apposed", "clipped_names", "profiles", "scored_rows", "scores", "slips"]

#: What each piece of evidence adds to a table's score; the reading's thresholds. Measured on the 45 words for rows
#: of sessions 10-13's held-out sets that no reader read (tests/test_scope_lead14.py lists them) and on the words that
#: must stay unread there (a column's word, a unit, a time).
WEIGHTS = {"typo": 5.0, "inside": 4.0, "same": 3.0, "kind": 2.0, "near": 1.0, "family": 1.0, "person": 2.0, "trade": 2.0,
            "clash": -4.0, "label": 2.0, "column": 1.0, "neighbour": 2.0}
_ACCEPT, _OWN, _LEAD = 3.0, 2.0, 2.0
#: Words of a column's name that say nothing of what its table holds.
_PLAIN = frozenset("id key at on by date dt time ts day name nm no num nbr number code cd type kind status stat flag "
                   "is has can value val text desc notes note comment comments created updated modified deleted "
                   "active first last min max total count qty amount amt pct percent rate price cost".split())
#: Words a request uses around its counts that are no clue to a table.
_STOP = frozenset("the and for with each every per all any only some most none zero half third quarter rest other "
                  "them they their those these there this that have has had should must would could please pls need "
                  "want make give seed create rows row records record table tables of to in on at by from between "
                  "than more less about around roughly one two three four five six seven eight nine ten total "
                  "percent yet not no are is be been being was were will can also plus just does goes gets times".split())
_TOKEN = re.compile(r"[a-z][a-z0-9]+")
#: Last words of a column that names or tells apart its table's rows: ``title_nm``, ``stn_code``, ``veh_type``, ``q_text``.
_NAMING = frozenset("name nm title label code cd no num nbr ref tag type kind text".split())


@dataclass(frozen=True)
class Profile:
    """What the schema says of one table: its words, its columns' words (stems), its values, its neighbours."""

    name: str
    words: tuple[str, ...]  # its name's words, singular
    column_stems: frozenset[str]
    labels: frozenset[str]
    people: bool
    neighbours: frozenset[str]
    spelled: tuple[str, ...] = ()  # its name's words as written ("crs", which ``singular`` would clip to "cr")
    naming: frozenset[str] = frozenset()  # first words of its naming columns (``title`` of title_nm, ``veh`` of veh_type)


@lru_cache(maxsize=64)
def profiles(schema: Schema) -> tuple[Profile, ...]:
    """Every table's profile (module docstring)."""
    out = []
    held = table_labels(label_columns(schema))
    for t in schema.tables:
        keys = {c.lower() for fk in t.foreign_keys for c in fk.columns}
        stems: set[str] = set()
        labels = held.get(t.name.name.lower(), set())
        for c in t.columns:
            if c.name.lower() in keys:
                continue
            for part in re.findall(r"[a-z]+", re.sub(r"(?<=[a-z])(?=[A-Z])", "_", c.name).lower()):
                for word in (part, *_SPELLED.get(part, ())):
                    if len(word) >= 3 and word not in _PLAIN and " " not in word and "+" not in word:
                        stems.add(stem(word))
        naming = {parts[0] for c in t.columns if c.name.lower() not in keys
                  and len(parts := c.name.lower().split("_")) == 2 and parts[1] in _NAMING}
        near = {fk.ref_table.name.lower() for fk in t.foreign_keys}
        near |= {o.name.name.lower() for o in schema.tables for fk in o.foreign_keys if fk.ref_table == t.name}
        near.discard(t.name.name.lower())
        out.append(Profile(t.name.name.lower(), tuple(singular(p) for p in t.name.name.lower().split("_") if p),
                           frozenset(stems), frozenset(labels), is_people(t), frozenset(near),
                           tuple(p for p in t.name.name.lower().split("_") if p), frozenset(naming)))
    return tuple(out)


def _one_slip(word: str, name: str) -> bool:
    """Whether ``word`` is ``name`` (five letters or more) typed with one slip: a letter swapped, wrong or missing."""
    return len(name) >= 5 and difflib.SequenceMatcher(None, word, name).ratio() >= 0.8


def _typo(word: str, profile: Profile) -> bool:
    """A word in no dictionary that is a table's word with one slip (``cleints``, ``ordres``: 5 letters or more)."""
    if len(word) < 5 or senses(word, "n") or senses(word, "v") or senses(word, "a"):
        return False
    said = {"".join(profile.words), profile.words[-1]} if profile.words else set()
    return any(_one_slip(word, w) for w in said)


def _inside(word: str, profile: Profile) -> bool:
    """Letters that are part of a table's word that is no word itself (``pcr`` in ``epcr``, ``wtg`` in ``wtgs``)."""
    return len(word) >= 3 and any(word in w and word != w and not senses(w, "n") for w in profile.words)


@lru_cache(maxsize=4096)
def _related(word: str, head: str) -> tuple[str, str] | None:
    """How WordNet relates a word to a table's word (the first three senses of the table's): ("same", ...) a shared
    synset, ("kind", ...) the word two steps or fewer below the table's word (a gallery is a kind of room, a boat of
    vessel), both through the word's first sense; ("near", ...) either through a later sense, one step above it, or a
    sibling under one broader synset (an alert and an alarm are both warnings). A clue, weighed with the others."""
    mine, theirs = senses(word, "n", 3), senses(head, "n", 3)
    if not mine or not theirs:
        return None
    ids = {t.id for t in theirs}
    if mine[0].id in ids:  # the word's first sense: a later one is a clue only ("lecturers", first lectors)
        return "same", f"WordNet: a {word} is a {head}"
    if ancestors(mine[0].id, "n", 2) & ids:
        return "kind", f"WordNet: a {word} is a kind of {head}"
    if any(s.id in ids or ancestors(s.id, "n", 2) & ids for s in mine[1:]):
        return "near", f"WordNet: a {word} is a {head} in a later sense"
    up = {i for t in theirs for i in t.broader}
    if any(s.id in up for s in mine) or any(set(s.broader) & up for s in mine):
        return "near", f"WordNet: a {word} is near a {head}"
    return None


def names_rows(word: str, profile: Profile) -> bool:
    """A word its table's naming column says its rows are: the column's first word is the word (``title_nm``:
    titles), or a clip of it that the table's own name keeps too (``q_code`` of ``prof_q``: questions)."""
    return word in profile.naming or any(
        w[0] == word[0] and (w in profile.spelled or w in profile.words) and keeps(w, word) for w in profile.naming)


#: Last words of a table's name that say nothing of its rows: ``inv_hdr`` holds invoices as ``inv`` would.
_PLAIN_HEADS = frozenset("hdr hdrs header headers hd master mstr mst main rec recs record records tbl tab info data".split())


def _clips_a_modifier(word: str, profile: Profile) -> bool:
    """Whether the word clips only a first word of a table's name whose last word says what its rows are (``inv_ln``
    of "invoices": lines of an invoice; ``cust_site``: sites of a customer): weaker than a clip of a table's whole
    name or of its last word (``inv``, ``inv_hdr``), so the table of the rows themselves leads (session 15: the two
    tied and "300 invoices" named no table)."""
    if len(profile.spelled) < 2 or profile.spelled[-1] in _PLAIN_HEADS:
        return False
    head = replace(profile, words=profile.words[-1:], spelled=profile.spelled[-1:])
    whole = replace(profile, words=(), spelled=("".join(profile.spelled),))
    return not _clips(word, head) and not _clips(word, whole)


def _clips(word: str, profile: Profile) -> bool:
    """A table's word that is no word, whose letters the word keeps in order (``mbr`` of members, ``pnlst`` of
    panelists, ``wkplc`` of workplaces: ``clips.keeps``): the table's own name, clipped, said in full. A clip of
    no vowel after its first letter may leave out one letter only (``trp`` of trips), and is read as written too
    (``crs`` of courses, not the "cr" its plural would be)."""
    if len(word) < 4:
        return False
    said = dict.fromkeys((*profile.words, *profile.spelled, "".join(profile.spelled)))  # ``apinsp`` of ap_insp
    forms = (word, plural(word))  # ``pts`` keeps the letters of points, not of point
    return any(len(w) >= 3 and (clipped(w) or not senses(w, "n"))
               and any(keeps(w, f) or _vowels_left(w, f) for f in forms) for w in said)


def _begins(word: str, profile: Profile) -> bool:
    """Whether a word of a table's name that is no word is the word's first letters (three or more: ``cust`` of
    customers, ``prodn`` of productions with a letter left out at its end), a clip as people make them most."""
    return any(len(w) >= 3 and not senses(w, "n") and (word.startswith(w) or word.startswith(w[:-1]) and len(w) >= 4
                                                       and w[-1] in word[len(w) - 1:])
               for w in (*profile.words, *profile.spelled))


def _vowels_left(clip: str, word: str) -> bool:
    """A clip of no vowel after its first letter that is the word with its one vowel left out (``trp``, trip)."""
    return (clipped(clip) and word[0] == clip[0] and len(word) == len(clip) + 1 and word[1:] not in clip
            and in_order(clip[1:], word[1:]))


def _person(word: str) -> bool | None:
    """Whether the word's first sense is a person (WordNet), None when WordNet does not know it as a noun."""
    first = senses(word, "n", 1)
    return None if not first else first[0].lexname == "noun.person"


def clipped_names(text: str, table_profiles: tuple[Profile, ...]) -> frozenset[str]:
    """The words of a text that say a table's clipped name in full ("issues" of ``iss``): read as that table, they
    are no value or column word of another ("just titles, issues and ...": not a contact's issue)."""
    out = set()
    for tok in set(_TOKEN.findall(text)) - _STOP:
        one = singular(tok)
        if len(one) >= 4 and any(_clips(one, p) and not _clips_a_modifier(one, p) for p in table_profiles):
            out |= {tok, one}
    return frozenset(out)


def _named(text: str, table_profiles: tuple[Profile, ...]) -> set[str]:
    """The tables a text names: by their whole name or by their last word (``docs`` of ``compliance_docs``)."""
    said = set(re.findall(r"[a-z][a-z0-9_]+", text))
    return {p.name for p in table_profiles
            if said & set(inflections(p.name)) or p.words and said & set(inflections(p.words[-1]))}


@dataclass(frozen=True)
class Score:
    """A table's score for a word: its total, what ties the word itself to the table (``word``: a slip, letters,
    WordNet, a person's word), what the request's values add (``values``), and why, as told."""

    total: float
    table: str
    why: tuple[str, ...]
    word: float
    values: float


def scores(word: str, clause: str, request: str, table_profiles: tuple[Profile, ...],
           read: frozenset[str] = frozenset()) -> list[Score]:
    """Every table's ``Score`` for ``word`` (singular, lower case), best first (module docstring).

    Args:
        word: the word for rows.
        clause: the clause it is in, normalised; ``request``: the whole request, lower case.
        table_profiles: the schema's ``profiles``.
        read: words of the request already read as something else (a table's words, a word read as a table); they
            are no clue ("blade inspection records" names blade_inspections, not a work order's 'inspection').
    """
    from seedbed.scope.wordslips import meant_noun

    meant = meant_noun(word)
    if meant is not None:  # "supliers" on ``supp``: the noun meant is what the table's clipped name is weighed against
        return [replace(s, why=(f"{word!r} typed for {meant!r}", *s.why))
                for s in scores(meant, clause, request, table_profiles, read)]
    person = _person(word)
    tokens = [t for t in _TOKEN.findall(request) if t not in _STOP and t not in read
              and singular(t) not in read and singular(t) != word and t != word]
    near = _named(clause, table_profiles)
    holders: dict[str, list[str]] = {}
    for tok in dict.fromkeys(tokens):
        holders[tok] = [p.name for p in table_profiles if tok in p.labels or singular(tok) in p.labels]
    columns: dict[str, list[str]] = {}
    for tok in dict.fromkeys(tokens):
        if len(tok) >= 4 and not holders[tok]:
            columns[tok] = [p.name for p in table_profiles if stem(tok) in p.column_stems]
    first = senses(word, "n", 1)
    people = sum(p.people for p in table_profiles)
    kin = _one_of_kind(first[0].lexname, table_profiles) if first else None
    traded = trade_tables(word, table_profiles)
    # the words said just before the word ("hire contracts": the h of ``hc``), and the tables the request names
    # by their own names (their words, for a neighbour's initial: "wind farms" and "turbines", the w of ``wtg``)
    before = frozenset(b for m in re.finditer(rf"((?:[a-z]+ ){{1,2}}){re.escape(word)}", clause)
                       for b in m.group(1).split() if len(b) >= 3 and b not in _STOP)
    named = _named(request, table_profiles)
    out = []
    for p in table_profiles:
        mine, why = 0.0, []
        if _typo(word, p):
            mine += WEIGHTS["typo"]
            why.append(f"a slip for {p.name}")
        elif _inside(word, p):
            mine += WEIGHTS["inside"]
            why.append(f"its letters are in {p.name}")
        elif _clips(word, p):
            modifier = _clips_a_modifier(word, p)
            mine += WEIGHTS["kind"] if modifier else WEIGHTS["typo"]
            why.append(f"{p.name} is its name clipped")
            if not modifier and _begins(word, p):  # "customers": cust, the word's own first letters, before svc_ctr,
                mine += WEIGHTS["kind"]  # whose ``ctr`` keeps letters of it only here and there
                why[-1] += " (its first letters)"
        elif names_rows(word, p):
            mine += WEIGHTS["inside"]
            why.append(f"its rows are named by their {word}")
        elif (short := prefix(word, p)) is not None:
            mine += WEIGHTS["same"]
            why.append(f"{short} is its first letters")
        elif (initials := initialism(word, p, before | {w for q in table_profiles if q.name in p.neighbours & named
                                                        for w in q.words})) is not None:
            head = initials in (*p.spelled[-1:], *p.words[-1:]) or p.spelled[-1:] and p.spelled[-1] in _PLAIN_HEADS
            mine += WEIGHTS["inside"] if head else WEIGHTS["kind"]
            why.append(f"{initials} is its initials")
        spelt = mine > 0  # the table's own name, said: what its columns say of people cannot clash with it
        heads = (" ".join(p.words), p.words[-1]) if p.words else ()
        rel = next((r for h in dict.fromkeys(heads) if (r := _related(word, h))), None)
        if rel is not None:
            mine += WEIGHTS[rel[0]]
            why.append(rel[1])
        elif first and p.words and (head := senses(p.words[-1], "n", 1)) and head[0].lexname == first[0].lexname \
                and first[0].lexname != "noun.person":
            mine += WEIGHTS["family"]  # a ticket and an order are both things said (WordNet's kinds of noun)
            why.append(f"WordNet: both a {word} and a {p.words[-1]} are {first[0].lexname[5:]}")
        elif p.name in traded and not mine:  # "vehicles" of units(odometer_km): a transit operator's words; never
            mine += WEIGHTS["trade"] / len(traded)  # a table whose own word is another thing of its kind (vessels)
            why.append(f"its column word{'s' if len(traded[p.name]) > 1 else ''} {', '.join(traded[p.name])} and a "
                       f"{word} are one trade's words")
        if p.name == kin and (rel is not None or mine > 0):  # "pets", "hounds": the one table of animals (plants,
            mine += WEIGHTS["kind"]  # foods), as a person's word names the one table of people below
            why.append(f"the one table of {first[0].lexname[5:]}s")
        if person is not None and not (spelt and person):
            if person and p.people:
                mine += WEIGHTS["person"] + (WEIGHTS["near"] if people == 1 else 0.0)
                why.append("a table of people" if people > 1 else "the one table of people")
            elif person != p.people and not (spelt and p.people and person_in_later_sense(word)):
                mine += WEIGHTS["clash"]  # "operators" of opr(full_name): first a symbol, then a person
        values = sorted(tok for tok, hs in holders.items() if p.name in hs)
        by_values = sum(WEIGHTS["label"] / len(holders[v]) for v in values)
        if values:
            why.append(f"its value{'s' if len(values) > 1 else ''} {', '.join(values)}")
        cols = sorted(tok for tok, hs in columns.items() if p.name in hs)
        by_columns = min(2.0, sum(WEIGHTS["column"] / len(columns[c]) for c in cols))
        if cols:
            why.append(f"its column word{'s' if len(cols) > 1 else ''} {', '.join(cols)}")
        by = sorted(p.neighbours & near)
        if by:
            why.append(f"beside {', '.join(by)}")
        total = mine + by_values + by_columns + (WEIGHTS["neighbour"] if by else 0.0)
        out.append(Score(round(total, 3), p.name, tuple(why), round(mine, 3), round(by_values, 3)))
    return sorted(out, key=lambda s: (-s.total, s.table))


#: WordNet's kinds of noun whose one table a word of that kind names, as a person's word names the one table of
#: people: living and eaten things, each kind narrow enough that two of its tables are two different things.
_KINDS = frozenset({"noun.animal", "noun.plant", "noun.food"})


def _one_of_kind(kind: str, table_profiles: tuple[Profile, ...]) -> str | None:
    """The one table whose word is first a thing of ``kind`` (``_KINDS``), or None (none, or several)."""
    if kind not in _KINDS:
        return None
    found = [p.name for p in table_profiles if p.words and (s := senses(p.words[-1], "n", 1)) and s[0].lexname == kind]
    return found[0] if len(found) == 1 else None


def _candidate(word: str) -> bool:
    """A word that may name rows: a noun WordNet knows, or a word in no dictionary (a slip, a trade's letters)."""
    return bool(senses(word, "n")) or not (senses(word, "v") or senses(word, "a"))


def _accepted(ranked: list[Score], said: frozenset[str]) -> bool:
    """The best table scores ``_ACCEPT``, leads the next by ``_LEAD``, is no table the request names (the word is then
    a kind of its rows: "regulars: clients get booked ..."), and owes ``_OWN`` to the word itself or to values only it
    holds: words of its columns and its neighbours are clues that add to those, never a reading alone ("1200 tops"
    beside ``annual_premium`` names no policies)."""
    best, rest = ranked[0], ranked[1:]
    return (best.total >= _ACCEPT and (not rest or best.total - rest[0].total >= _LEAD) and best.table not in said
            and best.word + best.values >= _OWN)


def _clue(word: str, table: str, table_profiles: tuple[Profile, ...]) -> bool:
    """Whether a word says something of a table: one of its values, a word of its columns or of its name."""
    p = next(p for p in table_profiles if p.name == table)
    return word in p.labels or singular(word) in p.labels or stem(word) in p.column_stems or singular(word) in p.words


def _per_parent(clause: str, before: list[str]) -> bool:
    """Whether a word stands where a per-parent count's rows are named: "each with 2 X", "every one has 3 X"."""
    return clause.startswith(("each ", "every ")) or any(w in ("each", "every", "per") for w in before[-4:])


def _traded(best: Score) -> float:
    """What a trade's words added to a table's own score (``shortnames.trade_tables``): a clue, never a reading of a
    word that is a value of the schema's ("no contractors" where ``employment_type`` holds 'contractor')."""
    return WEIGHTS["trade"] if any("one trade's words" in w for w in best.why) else 0.0


def _person_only(best: Score) -> bool:
    """Whether a table leads only as the table of people (a person's word, no spelling or kind of its own)."""
    return any("people" in w for w in best.why) and best.word <= WEIGHTS["person"] + WEIGHTS["near"]


def _under(table: str, said: frozenset[str], refs: frozenset[tuple[str, str]], depth: int = 3, *,
           links: bool = True) -> bool:
    """Whether ``table``'s rows reach one of the ``said`` tables by foreign keys, are reached by one (``depth`` steps
    at most) or, with ``links``, are joined to one by a table that refers to both ("members per meeting":
    attendance): only then can rows of one be counted per row of the other. A table read only as the table of
    people ("each with a mascot") is held to a direct reference: a visitor is no beacon's mascot through visits."""
    if not links:
        return any((table, s) in refs or (s, table) in refs for s in said)
    def reach(start: str, up: bool) -> set[str]:
        seen, edge = {start}, {start}
        for _ in range(depth):
            edge = {(p if up else c) for c, p in refs if (c if up else p) in edge} - seen
            seen |= edge
        return seen - {start}
    links = {c for c, p in refs if p == table}
    return bool((reach(table, True) | reach(table, False)) & said
                or any(c in links and p in said for c, p in refs))


def _person_not_value(word: str, ground: Grounding) -> bool:
    """A person's word that is a value only of tables of no people, and nothing else in the schema: counted, it counts
    people ("200 temps" where ``job_orders.order_type`` may be 'temp'), never orders of that type."""
    if not _person(word) or ground.is_table(word) or ground.is_column(word):
        return False
    held = [cols for label, cols in ground.holders if label in (word, word + "s")]
    people = {p.name for p in ground.profiles if p.people}
    return bool(held) and all(t not in people for cols in held for t, _c in cols)


def _unknown(word: str) -> bool:
    """A word in no dictionary: WordNet knows no form of it (a slip of the keyboard, a trade's letters)."""
    return not (senses(word, "n") or senses(word, "v") or senses(word, "a") or senses(singular(word), "n"))


def slips(text: str, ground: Grounding) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each word in no dictionary that is one slip from exactly one table's name (one word or two: "job
    ordres" is job_orders) or from one value of the schema ("cancelld") typed as it should have been, and (the
    words as typed, what they were read as) for each."""
    said: list[tuple[str, str]] = []
    whole = {"".join(p.words): p for p in ground.profiles}
    heads = {p.words[-1]: p for p in ground.profiles if len(p.words) == 1}

    def close(word: str, names) -> list[str]:
        return [n for n in names if _one_slip(word, n)]

    def known(word: str) -> bool:
        return ground.is_table(word) or ground.is_label(word) or ground.is_column(word) or ground.explains(word)

    def replace(m: re.Match[str]) -> str:
        pair, first, one = m.group(0), m.group(1), m.group(2).lower()
        if known(one) or not _unknown(one):
            return pair
        if first:  # two words typed for a table's two ("job ordres")
            found = close(singular(first.lower() + one), whole)
            if len(found) == 1 and whole[found[0]].name != singular(first.lower()):
                typed = " ".join(whole[found[0]].name.split("_"))
                said.append((pair, f"{typed} (a slip)"))
                return typed
        lead = pair[:len(pair) - len(m.group(2))]
        found = close(singular(one), whole) or close(singular(one), heads)
        if len(found) == 1:
            name = (whole.get(found[0]) or heads[found[0]]).name.replace("_", " ")
            typed = name if one != singular(one) else singular(name)
            said.append((m.group(2), f"{typed} (a slip)"))
            return lead + typed
        labels = close(one, sorted(ground.labels))
        if len(labels) == 1:
            said.append((m.group(2), f"{labels[0]} (a slip)"))
            return lead + labels[0]
        return pair

    return re.sub(r"(?<![\w-])(?:([A-Za-z]{3,}) )?([A-Za-z]{5,})(?![\w-])", replace, text), said


#: Words and marks a list of tables is said with: "only stations, vehicles and staff", "temps + their docs".
_LIST_BEFORE = re.compile(r"(?:\b(?:only|just|except|excluding|exclude|skip|and|plus)|[,+&])\s*(?:(?:the|their|all) )?$")
_LIST_AFTER = re.compile(r"\s*(?:,|\+|&|and\b|plus\b)")


def _listed(norm: str, m: re.Match[str]) -> bool:
    """A word said in a list of tables (a plural, beside "only", "except", "and", a comma or a "+")."""
    return bool(_LIST_BEFORE.search(norm[:m.start()]) or _LIST_AFTER.match(norm[m.end():]))


def _compound(prev: re.Match[str] | None, w: str, norm: str, request: str, ground: Grounding, is_taken,
              read: frozenset[str], said: frozenset[str]) -> Score | None:
    """The table two words said together name by its own name's spelling ("dive logs": ``dlog``, "promo codes"
    typed for ``promocode``), when the first word is no other reader's; else None."""
    if prev is None or prev.group(1) in _STOP or prev.group(1) in _BEFORE or is_taken(prev.group(1)):
        return None
    first, one = prev.group(1), singular(w)
    ranked = scores(singular(first + w), norm, request, ground.profiles, read)
    if not ranked or not _accepted(ranked, said):
        return None
    p = next(p for p in ground.profiles if p.name == ranked[0].table)
    clips = (*p.words, *p.spelled, "".join(p.spelled))
    return ranked[0] if any(_both(c, first, one) for c in clips if clipped(c) or not senses(c, "n")) else None


def _both(clip: str, first: str, second: str) -> bool:
    """A clip of two words: its letters start with the first's and keep some of them, in order, then the second's
    (``dlog``: dive + log; never ``mtg`` for "mostly bgms", whose second word starts with no letter of the rest)."""
    return any(clip[0] == first[0] and clip[i] == second[0] and in_order(clip[1:i], first[1:])
               and in_order(clip[i + 1:], second[1:]) for i in range(1, len(clip)))


def _heads(word: str, name: str, table_profiles: tuple[Profile, ...]) -> bool:
    """Whether ``word`` is the first of two words a table's clipped name (``name``, read already from the second) keeps
    the letters of: "apiary" before ap_insp, "dive" before dsite (the rest of the clip a word of three letters or more)."""
    p = next((p for p in table_profiles if p.name == name), None)
    clip = "".join(p.spelled) if p is not None else ""
    if p is not None and p.spelled and senses(p.spelled[0], "n") and not clipped(p.spelled[0]):
        return False  # "skip system_events": a name that begins with a word is no clip of the word before it
    return bool(clip) and (clipped(clip) or not senses(clip, "n")) and any(
        clip[0] == word[0] and in_order(clip[1:i], word[1:]) for i in range(1, len(clip) - 2))


def apposed(text: str, ground: Grounding) -> str:
    """``text`` with a business's word for rows said beside a table's name after a slash read as that table: "30 media
    owners / vendors" is 30 vendors (the slash names the same rows twice; read alone, "media owners" leaned on a
    value of staff's department, session 14). A word before the slash that is a table, a column or a value itself is
    kept ("drivers / vehicles", "phone / email", "shipped / delivered orders")."""
    def one(m: re.Match[str]) -> str:
        words, table = m.group(1).lower().split(), m.group(2).lower()
        last = words[-1]
        if not ground.is_table(table) or ground.is_table(last) or ground.is_column(last) or ground.is_label(last) \
                or ground.is_table(singular(last)) or any(ground.is_table(w) for w in words):
            return m.group(0)
        return m.group(2)
    return re.sub(r"(?<![\w/-])((?:[A-Za-z]{3,} )?[A-Za-z]{3,}) / ([A-Za-z_]{3,})(?![\w/-])", one, text)


def scored_rows(norm: str, ground: Grounding, is_taken, notes: list[str] | None = None) -> str:
    """``norm`` with each word for rows that no other reader read replaced by the table the request points to
    (module docstring)."""
    notes = [] if notes is None else notes
    request = " ".join(ground.context).lower()
    said = frozenset(_named(request, ground.profiles))
    out, at = [], 0
    for m in re.finditer(r"(?<![\w-])([a-z]{3,})(?![\w-])", norm):
        w = m.group(1)
        one = singular(w)
        before = norm[:m.start()].split()
        taken = is_taken(w) or is_taken(one)
        person = taken and _person_not_value(one, ground)
        # a value of some column, said where rows are named: read as a table only by that table's own name (below)
        value = taken and not person and ground.is_label(one) and not ground.is_table(one) and not ground.is_column(one)
        if taken and not (person or value) or w in _STOP or not _candidate(one):
            continue
        after = norm[m.end():].split()[:1]
        if after and ground.is_table(after[0].strip(",.;:")):
            name = after[0].strip(",.;:")
            if w == one and not value and _heads(w, name, ground.profiles):  # "dive dsite": the clip's first word
                notes.append(f"{w!r} is the first word of {name}, its name clipped")
                out.append(norm[at:m.start()])
                at = m.end() + 1
            continue  # "20 diesel vessels": a word before a table's name says which of its rows, it names none
        read = frozenset(w for n in said for w in n.split("_")) | frozenset(ground.read_before)
        prev = re.search(r"([a-z]{3,}) $", norm[:m.start()])
        whole = _compound(prev, w, norm, request, ground, is_taken, read, said) if prev and prev.start() >= at else None
        if whole is not None:  # "dive logs": dlog, its own name clipped, said in two words
            before = norm[:prev.start()].split()
        counted = bool(before) and re.fullmatch(r"\d[\d.,]*k?(?:-\d[\d.,]*k?)?", before[-1]) is not None
        each = bool(before) and before[-1] in ("each", "every", "per")
        slot = prev if whole is not None else m  # "the dive logs": where the compound starts
        if not (counted or (w != one or each) and not w.endswith("ing")
                and (row_slot(norm, slot, ground.is_label) or w != one and _listed(norm, m))):
            continue  # rows are counted, said in the plural, or one of each ("skip reviews", "a few" name none)
        ranked = [whole] if whole is not None else scores(one, norm, request, ground.profiles, read)
        if whole is None and _listed(norm, m):  # "only stations, vehicles and staff": a table the request names by its
            ranked = [r for r in ranked if r.table not in said] or ranked  # own name is not the listed word's
        if not ranked or not (whole or _accepted(ranked, said)):
            continue  # too little evidence, or two tables fit: left as typed, and the error that names it lists them
        best = ranked[0]
        known = said | frozenset(ground.read_before.values())  # tables named, or read so far ("beacons": bcn)
        if whole is None and _per_parent(norm, before) and known \
                and not _under(best.table, known, ground.refs, links=not _person_only(best)):
            continue  # "40 ships, each with a mascot": a guess no said table has as its rows' children is no reading
        if value and best.word - _traded(best) < WEIGHTS["inside"]:  # "no contractors": a value; a trade's word no table
            continue  # "each workplace has ...": the table wkplc by its name, not a meeting type by its value
        start = m.start() if whole is None else prev.start()
        if whole is None and prev and not (prev.group(1) in _STOP or prev.group(1) in _BEFORE):
            if not _clue(prev.group(1), best.table, ground.profiles):
                continue  # "media owners": the compound's first word says nothing of the table, so neither is read
            own = singular(prev.group(1)) in next(p.words for p in ground.profiles if p.name == best.table)
            if own or not is_taken(prev.group(1)):  # "panel meetings": panel_mtg, though 'panel' is a status too
                start = prev.start()  # "bisque bakes": firings, its value bisque ("open tickets" keeps "open")
        many = w != one or counted and before[-1] != "1"
        ground.read_before.setdefault(one, best.table)
        notes.append(f"{w!r} is {best.table} ({'; '.join(best.why)})")
        out.append(norm[at:start] + (best.table if many else singular(best.table)))
        at = m.end()
    return "".join(out) + norm[at:]
