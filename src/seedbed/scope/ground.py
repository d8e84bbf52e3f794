"""Grounding: where a scope's words meet the schema (issue 11).

Two jobs, both driven by what the schema says, never by a list of example phrases:

- ``Grounding.from_schema(schema)`` knows every table name form and every value label of the
  schema (enum labels, CHECK ``IN`` lists). Before the rules run, ``rewrite`` joins a label of
  several words as the user typed it ("bank transfer", "in progress", "PG 13") into the label's
  spelling (``bank_transfer``), and ``is_table`` / ``is_label`` let a rule decide between
  readings ("no refunded payments": a value that must not occur; "no invoices": a zero count).
- ``ground_columns(table, words)`` finds the columns a word names through stems and inflections
  (priced -> ``price``, places -> ``placed_at``, ratings -> ``rating``) and through what columns
  mean (stars -> a rating, signed up / joined / registered -> the moment a row came to be,
  stock levels -> ``stock``, minutes long -> ``length``), best match first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from seedbed.generate.realistic.vocab import load
from seedbed.model import Schema, Table, TypeKind
from seedbed.scope.lexicon import (
    CENT_UNITS, FILLER, FLAG_OPPOSITES, MONEY_UNITS, RELATION_VERBS, SYNONYMS, TIME_UNITS, VALUE_VERBS, inflections,
    plural, singular,
)
from seedbed.scope.inflect import practitioners
from seedbed.scope.keywords import said_keyword_tables
from seedbed.scope.measures import ordinal_nouns
from seedbed.scope.mentions import CHILD_NOUNS, ROW_NOUNS, initialisms, role_words, said_columns, said_initialisms, said_values
from seedbed.scope.flagwords import NEGATIONS, flag_word, opposed, stem
from seedbed.scope.rowwords import WORDS as ROW_WORDS, row_words, said_rows
from seedbed.scope.labelspell import said_labels, says_label
from seedbed.scope.states import state_columns
from seedbed.scope.units import explains_unit
from seedbed.scope.columnwords import (clip_of, column_phrases, derived, part_words, said_clipped_columns, said_column_words,
                                      typed_times)
from seedbed.scope.valuewords import said_values as wordnet_values, said_verbs
from seedbed.scope.wordnet_words import table_for, wordnet_rows
from seedbed.scope.rowevidence import evidence_rows, groups, row_evidence, tables_of
from seedbed.scope.rowscore import profiles, scored_rows
from seedbed.scope.schemalabels import (
    NUMBER_KINDS as _NUMBER_KINDS, has_age as _has_age, label_columns as _label_columns, name_parts as _parts,
    number_parts as _number_parts, table_labels as _table_labels,
)

__all__ = ["CONCEPTS", "Grounding", "ground_columns", "grounding", "known_verb", "stem"]

#: Words that mean a column by what it holds, not by its name: concept -> (words a user says, name parts
#: of columns that hold it), from ``data/vocab/concepts.json``. A word of a user is compared by its stem.
CONCEPTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    concept: (frozenset(said["said"].split()), frozenset(said["columns"].split()))
    for concept, said in load("concepts").items() if not concept.startswith("_")}
#: Particles and words of a phrase that name nothing themselves ("signed up", "in total").
_PLAIN = frozenset("up down out off over total overall".split())
#: Words that say nothing about which column ("stock levels", "price values").
GENERIC = frozenset("level levels value values amount amounts number numbers count counts figure figures".split())
#: The last word of a counter of what is left ("guest_passes_left", "refills_remaining"): "without any guest passes".
_LEFT = frozenset("left remaining available balance count total".split())

_VERB_STEMS: frozenset[str] = frozenset()


def known_verb(word: str, ground: Grounding | None) -> bool:
    """A verb that may stand between rows and what they relate to: a relation or value verb
    (``lexicon``), in any inflection, or a word of the schema; any other is quoted back."""
    global _VERB_STEMS
    if not _VERB_STEMS:
        _VERB_STEMS = frozenset(stem(v) for v in RELATION_VERBS | VALUE_VERBS)
    return stem(word) in _VERB_STEMS or (ground is not None and ground.explains(word))


def ground_columns(table: Table, words: str, *, kinds: Iterable[object] | None = None,
                   concepts: bool = True) -> list[str]:
    """Columns of ``table`` that ``words`` name, best first (empty: none).

    Exact names and inflections first (``prices`` -> ``price``), then every word's stem against the
    column's name parts (``priced`` -> ``price``, ``places`` -> ``placed_at``), then the concepts
    (``stars`` -> ``rating``, ``signed up`` -> ``created_at``). ``kinds`` limits the type kinds.
    """
    allowed = set(kinds) if kinds is not None else None
    keys = set(table.primary_key.columns if table.primary_key else ()) | {c for fk in table.foreign_keys for c in fk.columns}
    cols = [c for c in table.columns if (allowed is None or c.type.kind in allowed) and not c.type.is_array
            and c.name not in keys]
    text = re.sub(r"[\s-]+", "_", words.strip().lower())
    forms = set(inflections(text))
    exact = [c.name for c in cols if c.name.lower() in forms or c.name.lower() in {f + "_id" for f in forms}]
    if exact:
        return exact
    said = [w for w in _parts(text) if w not in GENERIC] or _parts(text)
    timed = typed_times(cols, said)  # "guarantee date" of guarantee_until
    if timed:
        return timed
    stems = {stem(w) for w in said}
    scored: list[tuple[float, int, str]] = []
    for i, c in enumerate(cols):
        parts = _parts(c.name)
        pstems = {stem(p) for p in parts}
        hit = len(stems & pstems) or len(stems & {stem(w) for p in parts for w in part_words(p)})  # "qty": quantity
        if hit:
            # every word said found, on a column with few other parts: best
            score = hit / len(stems) + hit / len(pstems)
            scored.append((-score, i, c.name))
    if scored:
        best = min(scored)[0]
        return [name for s, _, name in sorted(scored) if s == best]
    # a noun of the verb: "placement" -> placed_at, "shipment" -> shipped_at, "registration" -> registered_at
    grown = [c.name for c in cols if any(len(p) >= 4 and any(w.startswith(p) for w in stems)
                                         for p in {stem(x) for x in _parts(c.name)})]
    if len(grown) == 1:
        return grown
    if not concepts:
        return []
    for concept, (user_words, col_parts) in CONCEPTS.items():
        if not ({w for w in said} & user_words or stems & {stem(w) for w in user_words}):
            continue
        cstems = {stem(p) for p in col_parts}
        # Columns that say the concept, fewest other words first ("length" before "rental_duration").
        hits = sorted(((sum(stem(p) not in cstems for p in _parts(c.name)), i, c.name) for i, c in enumerate(cols)
                       if {stem(p) for p in _parts(c.name)} & cstems))
        if hits:
            best = hits[0][0]
            found = [name for extra, _, name in hits if extra == best]
            return found[:1] if concept == "creation" else found
    return []


@dataclass(frozen=True, slots=True)
class Grounding:
    """The schema's vocabulary as the rules need it: table name forms and value labels."""

    tables: frozenset[str]
    parts: frozenset[str]  # words of table names and database schema names ("audit", "hr")
    labels: frozenset[str]  # as the rules see them: lower case
    columns: frozenset[str]  # column names and their words ("priority", "story points")
    flags: frozenset[str]  # stems of boolean columns without is_ / has_ ("archiv" of is_archived)
    joined: tuple[tuple[str, str], ...]  # ("bank transfer", "bank_transfer"), longest first
    names: tuple[str, ...] = ()  # the tables' own names, lower case
    column_stems: frozenset[str] = frozenset()  # stems of the words of column names
    table_stems: frozenset[str] = frozenset()  # stems of the words of table names
    said_with: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a label and the column words that hold it
    optional_refs: frozenset[tuple[str, str]] = frozenset()  # (table, parent) of a nullable FK, names lower case
    refs: frozenset[tuple[str, str]] = frozenset()  # (table, parent) of every FK
    phrasal: tuple[tuple[str, str], ...] = ()  # a phrasal verb's column (``check_in``) and the pattern of its forms
    numbers: tuple[tuple[str, str], ...] = ()  # a word of a numeric column's name, the column (``year``, ``year_level``)
    number_columns: frozenset[str] = frozenset()  # names of number columns, lower case ("refills", "stock")
    aged: frozenset[str] = frozenset()  # forms of the names of tables with a birth date or an age ("guests over 60")
    number_parts: tuple[tuple[str, frozenset[str]], ...] = ()  # a table and the stems of its number columns' words
    holders: tuple[tuple[str, frozenset[tuple[str, str]]], ...] = ()  # a label (lower case) and its (table, column)s
    flag_holders: frozenset[tuple[str, str]] = frozenset()  # (table, stem of a flag's word or its opposite), lower case
    nullable: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a table and its nullable columns, lower case
    states: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()  # a table, its booleans, its nullables (``states``)
    row_words: tuple[tuple, ...] = ()  # everyday words for rows and their tables (``rowwords``)
    column_words: tuple[tuple[str, str], ...] = ()  # a column said in the words its name abbreviates (``columnwords``)
    column_names: tuple[tuple[str, ...], ...] = ()  # each table's column names, lower case (``columnwords``)
    coded: frozenset[str] = frozenset()  # labels written in capitals, lower case ("cc" of 'CC': ``labelspell``)
    evidence: tuple[tuple[str, str, tuple[str, ...]], ...] = ()  # a stem, its table, the columns saying so (``rowevidence``)
    group_words: tuple[tuple[str, str], ...] = ()  # a group's word and its table of people (``rowevidence``)
    read_before: dict[str, str] = field(default_factory=dict, compare=False, hash=False)  # this request's (``rowevidence``)
    profiles: tuple = ()  # what the schema says of each table (``rowscore``)
    context: list[str] = field(default_factory=list, compare=False, hash=False)  # the request's text (``rowscore``)

    @classmethod
    def from_schema(cls, schema: Schema) -> Grounding:
        tables: set[str] = set()
        parts: set[str] = set()
        for t in schema.tables:
            parts.update((t.name.schema.lower(), *role_words(schema, t)))  # "technician" of technician_id
            for part in t.name.name.lower().split("_"):
                parts.update(inflections(part))
            name = t.name.name.lower()
            for form in inflections(name):
                tables.add(form)
                tables.add(form.replace("_", " "))
            last = name.rpartition("_")[2]
            tables.update(inflections(last))
            tables.update(initialisms(name))  # "POs", "SKUs" (``names.match_table`` reads them)
        for group in SYNONYMS:  # as ``names.match_table`` reads them: when one table of the group exists
            hits = {t.name for t in schema.tables if singular(t.name.name.lower()) in group}
            if len(hits) == 1:
                for word in group:
                    tables.update(inflections(word))
        names = tuple(sorted(t.name.name.lower() for t in schema.tables))
        held = _label_columns(schema)
        labels = {str(label).lower() for label in held}
        columns: set[str] = set()
        flags: set[str] = set()
        flag_holders: set[tuple[str, str]] = set()
        flag_words: list[str] = []
        for t in schema.tables:
            for c in t.columns:
                name = c.name.lower()
                columns.update((name, name.replace("_", " "), *name.split("_")))
                if (word := flag_word(c)) is not None:
                    said = {stem(word), *(stem(p.replace(" ", "") + word) for p in NEGATIONS),
                            *(stem(k) for k in FLAG_OPPOSITES if opposed(k, word))}
                    flags.update(said)
                    flag_holders.update((t.name.name.lower(), w) for w in said)
                    if "_" in word and word != name:  # "out of order" (``is_out_of_order``): a flag of several words
                        flag_words.append(word)     # typed with spaces (a column's own name is read as a column)
        joined = {}
        for label in labels:
            words = re.split(r"[_\s-]+", label)
            if not all(words):
                continue
            for said in _spelled(words):
                if len(said) > 1 or (said != words and said[0] not in tables and said[0] not in columns):
                    for sep in (" ", "-"):  # "gift cards", "order confirmations", "wont-fix"
                        joined[sep.join(said)] = label
                        joined[sep.join((*said[:-1], plural(said[-1])))] = label
        for label in labels:  # "cardiologists", "general practitioners": the people a value's practice names
            words = re.split(r"[_\s-]+", label)
            for form in practitioners(words[-1]) if all(words) and len(words[-1]) > 3 else ():
                said = " ".join((*words[:-1], form))  # ("general practitioners" though "practitioners" are doctors)
                if said not in tables and said not in columns and said not in labels and said not in parts:
                    joined.setdefault(said, label)
        for word in flag_words:
            for sep in (" ", "-"):
                joined.setdefault(word.replace("_", sep), word)
        # "half high priority, half low": a share, a value, then the column that holds it
        said_with = {label.lower(): tuple(sorted({f for _t, c in cols for f in (c.replace("_", " "), plural(c).replace("_", " "))}))
                     for label, cols in held.items()}
        holders: dict[str, set[tuple[str, str]]] = {}
        for label, cols in held.items():
            holders.setdefault(label.lower(), set()).update(cols)
        order = sorted(joined.items(), key=lambda kv: (-len(kv[0]), kv[0]))
        # "check-ins", "checking in", "checkouts": the column named after a phrasal verb (``check_in``)
        phrasal = {name: rf"\b{m.group(1)}(?:s|ing|{m.group(1)[-1]}ing)?[ -]?{m.group(2)}s?\b(?!-)" for name in sorted(columns)
                   if (m := re.fullmatch(r"([a-z]{3,}(?<!ed))_(in|out|up|off|down)", name))}
        # "students in years 3 and 4": the values of a numeric column said with a word of its name, as a plural
        said_of: dict[str, set[str]] = {}
        for t in schema.tables:
            for c in t.columns:
                if c.type.kind in (TypeKind.INTEGER, TypeKind.NUMERIC) and not c.name.lower().endswith("_id"):
                    for part in c.name.lower().split("_"):
                        if len(part) > 2 and part not in tables:
                            said_of.setdefault(part, set()).add(c.name.lower())
        numbers = tuple((w, next(iter(cols))) for w, cols in sorted(said_of.items()) if len(cols) == 1)
        return cls(tables=frozenset(tables), parts=frozenset(parts), columns=frozenset(columns), flags=frozenset(flags),
                   flag_holders=frozenset(flag_holders),
                   phrasal=tuple(phrasal.items()), numbers=numbers,
                   number_parts=_number_parts(schema),
                   number_columns=frozenset(c.name.lower() for t in schema.tables for c in t.columns
                                            if c.type.kind in _NUMBER_KINDS and not c.type.is_array),
                   labels=frozenset(labels), joined=tuple(order), names=names, said_with=tuple(said_with.items()),
                   column_stems=frozenset(stem(s) for w in columns if w and " " not in w and "_" not in w
                                          for s in part_words(w)),  # "quantity" of qty
                   table_stems=frozenset(stem(w) for w in parts if w and "_" not in w),
                   optional_refs=frozenset((t.name.name.lower(), fk.ref_table.name.lower()) for t in schema.tables
                                           for fk in t.foreign_keys if all(t.column(c).nullable for c in fk.columns)),
                   refs=frozenset((t.name.name.lower(), fk.ref_table.name.lower()) for t in schema.tables for fk in t.foreign_keys),
                   aged=frozenset(f for t in schema.tables if _has_age(t) for f in inflections(t.name.name.lower())),
                   holders=tuple(sorted((k, frozenset(v)) for k, v in holders.items())),
                   nullable=tuple((t.name.name.lower(), tuple(c.name.lower() for c in t.columns if c.nullable))
                                  for t in schema.tables), states=state_columns(schema),
                   row_words=row_words(schema, _table_labels(held)),
                   evidence=row_evidence(schema), group_words=groups(schema), profiles=profiles(schema),
                   column_words=column_phrases(tuple(tuple(c.name.lower() for c in t.columns) for t in schema.tables)),
                   column_names=tuple(tuple(c.name.lower() for c in t.columns) for t in schema.tables),
                   coded=frozenset(str(label).lower() for label in held if str(label).isupper()))

    def said_rows(self, norm: str, notes: list[str] | None = None) -> str:
        """``norm`` with everyday words for rows and clipped table names said by the table's name (``rowwords``)."""
        def said(w: str) -> bool:  # a word that means something else here: a unit, a value (or its clip), a table
            return (self.is_table(w) or self.is_label(w) or w in FILLER or w in MONEY_UNITS
                    or (len(w) >= 5 and says_label([w], self.labels, self.coded))
                    or w in CENT_UNITS or w in GENERIC or w in _PLAIN or singular(w) in TIME_UNITS
                    or explains_unit(w, self.number_columns))
        taken = lambda w: said(w) or self.is_column(w)  # noqa: E731 (... or what a column holds)
        norm = said_rows(norm, self.row_words, self.names, self.refs, taken, lambda w: self.is_label(w) or self.is_label(plural(w)),
                         notes)
        # a noun no reader above knows, related by WordNet to one table's word ("headhunters": recruiters)
        joined = dict(self.joined)  # ("pediatrician": a value's practitioner, read as the value)
        norm = wordnet_rows(norm, self.names, lambda w: taken(w) or self.explains(w) or singular(w) in ROW_WORDS
                            or w in joined or singular(w) in joined or self.label_for(w) is not None, notes, self.is_label)
        # "moves" of jobs(move_date), "20 crew" of crew_members: the schema's evidence (``rowevidence``)
        known = lambda w: said(w) or w in joined or self.label_for(w) is not None  # noqa: E731
        norm = evidence_rows(norm, self, known, notes)
        # "200 temps", "zero PCRs", "cleints": the table the whole request points to (``rowscore``)
        return scored_rows(norm, self, lambda w: known(w) or self.is_column(w) or w in self.parts, notes)

    def columns_said(self, norm: str, notes: list[str] | None = None) -> str:
        """``norm`` with a column said by the words its name abbreviates or reorders as its name (``columnwords``)."""
        norm = said_column_words(norm, self.column_words, lambda p: self.is_table(p) or self.is_label(p), notes)
        # "weekly rate", "gallons delivered": a clipped column said in full words, in any order (brief s37)
        return said_clipped_columns(norm, self.column_names, lambda p: self.is_table(p) or self.is_label(p)
                                    or p in FILLER or any(clip_of(n, p) not in (None, "same") for n in self.parts),
                                    notes, lambda w: says_label([w], self.labels, self.coded))

    def values_said(self, norm: str, notes: list[str] | None = None) -> str:
        """``norm`` with a value said by a verb or a synonym WordNet relates to it as the value ("called off":
        ``cancelled``), among the values of the tables the clause names (``valuewords``)."""
        def tables_said(text: str) -> set[str]:
            tokens = set(re.findall(r"[a-z_]+", text))
            return {n for n in self.names if tokens & set(inflections(n)) or tokens & set(inflections(n.rpartition("_")[2]))}

        def labels_of(text: str) -> set[str]:
            said = tables_said(text)
            return {label for label, cols in self.holders if not said or any(t in said for t, _c in cols)}
        known = lambda w: w in FILLER or known_verb(w, self)  # noqa: E731
        norm = wordnet_values(norm, labels_of, known, notes)
        # "bank transfer" (``bank_xfer``), "credit card" (``CC``), "walk-ins" (``walkin``): a label's clips, initials
        said = tables_said(norm)
        preferred = frozenset(label for label, cols in self.holders if any(t in said for t, _c in cols))
        # a participle is a state, not a table its letters clip ("20% challenged" of 'CHLG' beside a table chlg)
        norm = said_labels(norm, self.labels, lambda w: w in self.labels or singular(w) in self.labels or w in FILLER or self.is_table(w)
                           or w in self.names or (any(clip_of(n, w) not in (None, "same") for n in self.parts)
                                                  and not (len(w) > 5 and w.endswith("ed")))
                           or singular(w) in ROW_WORDS,  # "people" is no 'pop
                           notes, self.coded, lambda w: ((w in self.columns or singular(w) in self.columns) and w not in self.labels) or stem(w) in self.flags,
                           preferred)
        # "put forward to two roles": a verb the schema's names say (``submitted_by``), said by a synonym
        return said_verbs(norm, frozenset(w for c in self.columns for w in c.split("_")) | self.parts, known, notes)

    def rewrite(self, norm: str) -> str:
        """Labels of several words typed with spaces become the label (``bank transfer`` -> ``bank_transfer``),
        and so do other spellings of a label (``spellings``: "cancelled" -> ``canceled``)."""
        norm = said_columns(said_initialisms(said_keyword_tables(norm, self.names), self), self)
        # "salary minimum": a column said by the words its name abbreviates; "10% called off": a value by a synonym
        norm = self.values_said(self.columns_said(norm))
        for spaced, label in self.joined:
            if spaced in norm and spaced != label:
                norm = re.sub(rf"(?<![\w-]){re.escape(spaced)}(?![\w-])", label, norm)
        if " of " in norm:  # "0 to 20 years of experience": the column years_experience (or experience_years)
            norm = re.sub(r"(?P<n>(?:(?:between|from|at most|at least|up to|under|over|no more than) )?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?)"
                          r"(?P<q> or (?:more|less|fewer))? (?P<a>[a-z]+) of (?P<b>[a-z]+)(?![\w-])", self._unit_of, norm)
        norm = self._flags_said(norm)
        # "charging more than 60 an hour", "rooms from 90 a night": a rate in time, read where a number column
        # is named by that time (``hourly_rate``, ``nightly_rate``, ``price_per_night``; a room's ``base_rate`` is a price
        # a night: brief s18); else it is quoted back
        norm = re.sub(r"(?<=\d)((?: (?:dollars|euros|pounds|bucks))?) (?:an?|per|each|/) ?(hour|night)\b",
                      lambda m: m.group(1) if any(re.search(rf"(?:^|_)(?:{m.group(2)}ly|per_{m.group(2)})(?:_|$)", c)
                                                  or (m.group(2) == "night" and re.search(r"(?:^|_)rate$", c))
                                                  for c in self.number_columns) else m.group(0), norm)
        for column, forms in self.phrasal:
            norm = re.sub(forms, column, norm)
        norm = self._bound_before_column(norm)
        norm = re.sub(r"(?<![\w-])((?:[a-z_][\w-]* (?:,|and|or|, and|, or) )+[a-z_][\w-]*) ([a-z_]+)(?= [a-z_]+)",
                      self._values_before_column, norm)
        for word, column in self.numbers:  # "mostly second years": year_level 2 (``measures.ordinal_nouns``)
            norm = ordinal_nouns(norm, word, column)
        for word, column in self.numbers:  # "students in years 3 and 4 (only)": year_level 3-4
            norm = re.sub(rf"\b(?:in|of|from) (?:{re.escape(word)}|{re.escape(plural(word))}) (\d{{1,3}})(?: and | or | to |-|, ?)(\d{{1,3}})(?![\d%-])",
                          lambda m, c=column: f"{c} {m.group(1)}-{m.group(2)}" if int(m.group(1)) < int(m.group(2))
                          else m.group(0), norm)
        for label, cols in self.said_with:
            if label in norm:
                # "80% of applications are (still) in screening": the value, as "80% of applications in screening"
                norm = re.sub(rf"(?<=[a-z_]) (?:are|is|were|should be|must be|sit|sits) (?:in|at) (?:the )?{re.escape(label)}"
                              rf"(?![\w-])", f" in {label}", norm)
                # "60% of candidates come from linkedin", "the rest from referrals": the value a share comes from
                norm = re.sub(rf"(?<=%)((?: of (?:the |our |them|those|these)?(?:[a-z_]+))?) (?:(?:come|comes|came|coming|"
                              rf"are|were|is|sourced|recruited|found) )?from (?:an? |the )?{re.escape(label)}s?(?![\w-])",
                              rf"\1 via {label}", norm)
                alts = "|".join(re.escape(c) for c in cols)
                norm = re.sub(rf"(?<![\w-]){re.escape(label)}-(?:{alts})(?![\w-])", label, norm)  # "intermediate-level"
                # "via the booking site", "paid by the card": no article before a value
                norm = re.sub(rf"\b(via|by|through|using|with) the {re.escape(label)}(?![\w-])", rf"\1 {label}", norm)
                # "R-rated films", "films rated PG-13": the value said with its column's verb (``rating``: rated)
                verbs = "|".join(re.escape(c[:-3] + "ed") for c in cols if c.endswith("ing") and len(c) > 5)
                if verbs:
                    norm = re.sub(rf"(?<![\w-]){re.escape(label)}-(?:{verbs})(?![\w-])", label, norm)
                    norm = re.sub(rf"(?<!% )(?<![\w-])(?:{verbs}) {re.escape(label)}(?![\w-])(?! (?:or|and|,)\b)", label, norm)
                # "half high priority", "no F grades": a value said with its column's noun after a share or "no"
                # (or after "should be", "are": "issues should be high priority")
                norm = re.sub(rf"(?:(?<=% )|(?<=\bno )|(?<=\bwithout )|(?<=\bbe )|(?<=\bare )|(?<=\bis )){re.escape(label)} "
                              rf"(?:{alts})(?=\s*(?:[,;]|$|and\b|or\b|at all\b))", label, norm)
                # "in a cancelled state", "with status cancelled", "having a status of cancelled": the value
                lab, col = re.escape(label), rf"(?:{alts}|state|states)"
                norm = re.sub(rf"\b(?:in|with|having|of|at) (?:a |an |the )?{lab} (?:state|status|stage)\b", label, norm)
                # "60% of them in the enterprise segment": a share's value with its column's own word
                norm = re.sub(rf"\b(of (?:them|those|these)|\d+(?:\.\d+)?%) (?:(?:are|is) )?in (?:a |an |the )?{lab} (?:{alts})\b",
                              rf"\1 {label}", norm)
                norm = re.sub(rf"\b(?:(?:should |must |will )?(?:have|has|having)|with|in) (?:a |an |the )?{col} "
                              rf"(?:of |= ?|: ?|set to )?{lab}\b", label, norm)
        return said_values(norm, self)

    def _flags_said(self, norm: str) -> str:
        """A flag's word as the rules read it: "non-tenured" / "not accessible" as one word ("nontenured",
        ``negated_flag``), "clubs with a pool" as "with pool" (``has_pool``), and a counter counted as a noun
        ("without any guest passes": ``guest_passes_left`` 0, "with no refills left")."""
        def flag(w: str) -> bool:
            return stem(w) in self.flags
        norm = re.sub(r"\b(?:non|not)[- ]([a-z_]+)\b", lambda m: "non" + m.group(1) if flag(m.group(1)) else m.group(0), norm)
        # "a fifth of the trips never ended": after a share, "never" and a flag's or a time's word is its negation
        # (brief s19; "smoking rooms are never accessible" is a rule over rows, read by ``implies``)
        norm = re.sub(r"(?<=%)((?: of)?(?: the| our)? [a-z_]+(?: [a-z_]+)?) never ([a-z_]+)\b",
                      lambda m: f"{m.group(1)} non{m.group(2)}" if flag(m.group(2)) else m.group(0), norm)
        norm = re.sub(r"\b(with|without) (?:an?|any) ([a-z_]+)\b",
                      lambda m: f"{m.group(1)} {m.group(2)}" if flag(m.group(2)) and not self.is_table(m.group(2))
                      else m.group(0), norm)

        def counted(m: re.Match[str]) -> str:
            said = m.group("w").replace(" ", "_")
            hits = [c for c in self.number_columns if c.startswith(said + "_") and c[len(said) + 1:] in _LEFT]
            if len(hits) != 1 or self.is_number_column(said) or self.is_table(m.group("w")):
                return m.group(0)  # ("users without any orders" is no orders, even beside an orders_count)
            return f"with no {hits[0]}"
        return re.sub(r"\b(?:without (?:any|a single)|with (?:no|zero)) (?P<w>[a-z]+(?: [a-z]+)?)(?: left| remaining)?"
                      r"(?=$|[,;]| and\b)", counted, norm)

    def _values_before_column(self, m: re.Match[str]) -> str:
        """"only urgent and high priority issues": values listed, then the noun of the column holding them all,
        then the rows: the values alone ("only urgent and high issues")."""
        values = [w for w in re.split(r" (?:,|and|or|, and|, or) ", m.group(1))]
        held = dict(self.said_with)
        after = m.string[m.end():].split()
        if after and self.is_table(after[0]) and all(v in held and m.group(2) in held[v] for v in values):
            return m.group(1)
        return m.group(0)

    def _bound_before_column(self, norm: str) -> str:
        """"no issue at most 8 story points": a bound, then a column of several words said as its unit, as
        "issue story_points at most 8" (the column before its bound, as the rules read it)."""
        names = sorted((c for c in self.columns if " " in c and c not in self.tables), key=len, reverse=True)
        if not names or not any(c in norm for c in names):
            return norm
        alts = "|".join(re.escape(c) for c in names)
        return re.sub(rf"\b(?P<b>at most|at least|up to|no more than|no less than|more than|less than|fewer than|under|over|"
                      rf"below|above|between) (?P<n>\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?) (?P<c>{alts})(?![\w-])",
                      lambda m: f"{m.group('c').replace(' ', '_')} {m.group('b')} {m.group('n')}", norm)

    def _unit_of(self, m: re.Match[str]) -> str:
        for a, b in ((m.group("a"), m.group("b")), (m.group("b"), m.group("a"))):
            for name in (f"{a}_{b}", f"{singular(a)}_{b}", f"{a}_{singular(b)}"):
                if name in self.columns:
                    return f"{name} {m.group('n')}{m.group('q') or ''}"
        return m.group(0)

    def refers(self, table: str, parent: str) -> bool:
        """``table`` has a foreign key to ``parent`` (any inflection of either word, or of a table name's last
        word: "items" of order_items)."""
        said, to = set(inflections(table.replace(" ", "_"))), set(inflections(parent.replace(" ", "_")))
        return any((t in said or t.rpartition("_")[2] in said) and (p in to or p.rpartition("_")[2] in to) for t, p in self.refs)

    def refers_optionally(self, table: str, parent: str) -> bool:
        """``table`` has a nullable foreign key to ``parent`` and ``parent`` none to ``table`` (any
        inflection of either word): "jobs with no recruiter" is then that reference left NULL."""
        pairs = [(a, b) for a in inflections(table.replace(" ", "_")) for b in inflections(parent.replace(" ", "_"))]
        return any(p in self.optional_refs for p in pairs) and not any((b, a) in self.refs for a, b in pairs)

    def is_table(self, word: str) -> bool:
        w = word.lower().strip()
        if w in self.tables or re.sub(r"[ -]", "_", w) in self.tables or singular(w) in self.tables:  # "check-ins"
            return True
        # a plural abbreviation of one table's name, as ``names.match_table`` reads it ("subs", "orgs")
        base = singular(w)
        return (w.endswith("s") and len(base) >= 3 and " " not in w
                and sum(n.startswith(base) for n in self.names) == 1) or (
            w != base and len(tables_of(self.evidence, w)) > 1)  # "visits" two tables' columns say: asked back

    def is_part(self, word: str) -> bool:
        w = re.sub(r"[\s-]+", "_", word.lower().strip())
        return "." in w or all(p in self.parts or singular(p) in self.parts for p in w.split("_") if p)

    def is_label(self, word: str) -> bool:
        """A value some column holds: an enum / CHECK label, or the word of a boolean flag ("archived")."""
        w = word.lower().strip()
        return (w in self.labels or singular(w) in self.labels or w.replace(" ", "_") in self.labels
                or stem(w) in self.flags)

    def holders_of(self, word: str) -> frozenset[tuple[str, str]]:
        """The (table, column) pairs that hold the label a word says ("dvds" -> items.format), maybe none."""
        w = word.lower().strip()
        for form in (w, singular(w), w.replace(" ", "_")):
            for label, cols in self.holders:
                if label == form:
                    return cols
        return frozenset()

    def holds(self, table: str, word: str) -> bool:
        """Whether the table said (a word or two, as typed) holds the value a word says: a label of one of its
        columns or the word of one of its flags ("riders" and "active" of ``is_active``)."""
        said = table.lower().strip().replace(" ", "_")
        names = {n for n in self.names if n in (said, singular(said)) or singular(n) == singular(said)}
        w = word.lower().strip()
        return bool(names) and (any(t in names for t, _c in self.holders_of(w))
                                or any((n, stem(w)) in self.flag_holders for n in names))

    def label_for(self, word: str) -> str | None:
        """The label a word stands for by its stem ("refunds" -> ``refunded``), when exactly one does."""
        if self.is_label(word):
            return word
        hits = sorted(label for label in self.labels if stem(label) == stem(word.lower()))
        return hits[0] if len(hits) == 1 else None

    def is_quantity(self, word: str) -> bool:
        """A column, or a word for what a column holds ("stars", "seats")."""
        if self.is_column(word):
            return True
        s = stem(word.lower())
        return any(s in {stem(w) for w in said} for said, _parts in CONCEPTS.values())

    def counts_values(self, word: str) -> bool:
        """A word for what a number column holds ("seats", "riders" of ``max_riders``), not one that is a column's
        word only by a key (``lesson_id``: "10-25 lessons" per instructor are rows of ``lsn``, brief s38)."""
        if not self.is_quantity(word):
            return False
        s = stem(word.lower())
        return (self.is_number_column(word) or any(s in stems for _name, stems in self.number_parts)
                or any(s in {stem(w) for w in said} for said, _parts in CONCEPTS.values())
                or not any(c.endswith(("_id", "_key")) and s in {stem(p) for p in c.split("_")} for c in self.columns))

    def explains(self, word: str) -> bool:
        """Whether a word said where a table or column is named means something here: a table, a
        part of a table's or a column's name, a value, a concept ("stars"), or a plain noun for rows."""
        w = word.lower().strip()
        if (not w or w in FILLER or w in CHILD_NOUNS or w in ROW_NOUNS or w in GENERIC or w in MONEY_UNITS or w in CENT_UNITS
                or w in _PLAIN or singular(w) in TIME_UNITS or singular(w) in ("minute", "second", "night")
                or any(ch.isdigit() for ch in w) or self.is_table(w) or self.is_part(w) or self.is_column(w)
                or self.is_label(w) or self.is_quantity(w) or any(w in said for said, _ in CONCEPTS.values())
                or explains_unit(w, self.number_columns)):  # "kg" beside weight_g: converted (``scope.units``)
            return True
        # a form of a column's word ("ship" of shipped_at, "starting" of started_at), or its noun
        # ("placement" of placed_at)
        return _related(stem(w), self.column_stems) or _related(stem(w), self.table_stems)

    def explains_row_name(self, word: str) -> bool:
        """Whether a word said where a table is named means something there: a table or a part of its
        name, a value (read by another rule: "paid orders"), or a plain noun for rows. A word for what a
        column holds is not ("expensive orders", "big orders", "long reviews": a condition on the rows,
        quoted back, never dropped)."""
        w = word.lower().strip()
        return (not w or w in FILLER or w in CHILD_NOUNS or w in ROW_NOUNS or w in GENERIC or w in _PLAIN or any(ch.isdigit() for ch in w)
                or self.is_table(w) or self.is_part(w) or self.is_label(w) or _related(stem(w), self.table_stems)
                or len(table_for(self.names, w)) == 1)  # "headhunters": recruiters, through WordNet

    def names_table(self, word: str) -> bool:
        """Whether a verb is a form of a table's word ("watches" of ``watchers``, "rents" of ``rental``)."""
        s = stem(word.lower().strip())
        return not self.is_column(word) and word.lower() not in self.tables and _related(s, self.table_stems)

    def has_age(self, word: str) -> bool:
        """Whether a table word names a table of people with a birth date or an age ("guests over 60")."""
        w = word.lower().strip().replace(" ", "_")
        return w in self.aged or singular(w) in self.aged

    def is_column(self, word: str) -> bool:
        w = word.lower().strip()
        return w in self.columns or singular(w) in self.columns

    def names_number_column(self, word: str, table: str) -> bool:
        """A word of the name of a number column of ``table`` (a table's word: its name, an inflection, its
        last word), by its stem: "minutes" of ``minutes_on_site``, "months" of ``contract_months``, "students"
        of ``max_students``, a unit that names the column it measures."""
        said = set(inflections(table.lower().replace(" ", "_")))
        s = stem(word.lower().strip())
        return any(s in stems for name, stems in self.number_parts if name in said or name.rpartition("_")[2] in said)

    def is_number_column(self, word: str) -> bool:
        """A number column's own name ("refills", "stock"; a plural of it too)."""
        w = word.lower().strip().replace(" ", "_")
        return w in self.number_columns or singular(w) in self.number_columns or plural(w) in self.number_columns


def spellings(word: str) -> set[str]:
    """Other ways people spell a label's word: British and American ("cancelled" / ``canceled``,
    "organised"), the apostrophe left out of the label ("won't" / ``wont``)."""
    out = {word}
    out.add(re.sub(r"([aeiou])l(ed|ing|er)$", r"\1ll\2", word))
    out.add(re.sub(r"([aeiou])ll(ed|ing|er)$", r"\1l\2", word))
    out.add(re.sub(r"iz(e|ed|es|ing|ation)$", r"is\1", word))
    out.add(re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", word))
    out.add(re.sub(r"([^aeiou])or$", r"\1our", word))
    if re.fullmatch(r"(?:wo|do|ca|is|was|does|did|has|have|should|could|would)nt", word):
        out.add(word[:-2] + "n't")
    return out


def _spelled(words: list[str]) -> list[list[str]]:
    """Every spelling of a label's words (``spellings`` of each word), the label's own first."""
    out: list[list[str]] = [[]]
    for w in words:
        out = [[*head, v] for head in out for v in sorted(spellings(w), key=lambda v: (v != w, v))]
    return out[:16]


def _related(s: str, stems: frozenset[str]) -> bool:
    """A stem that is one of ``stems`` or shares a long enough start with one ("placement" / ``plac``)."""
    return any(s == p or (len(p) >= 4 and s.startswith(p)) or (len(s) >= 4 and p.startswith(s)) or derived(s, p)
               for p in stems)


_CACHE: dict[int, tuple[Schema, Grounding]] = {}


def grounding(schema: Schema) -> Grounding:
    """``Grounding.from_schema``, once per schema object (resolving asks it for many words)."""
    hit = _CACHE.get(id(schema))
    if hit is None or hit[0] is not schema:
        if len(_CACHE) > 32:
            _CACHE.clear()
        hit = _CACHE[id(schema)] = (schema, Grounding.from_schema(schema))
    return hit[1]
