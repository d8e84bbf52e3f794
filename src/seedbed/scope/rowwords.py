"""The words people use for a table's rows when it has another name (brief s23 of session 11).

"200 jobs for the techs" on a schema of ``visits`` and ``technicians``: "techs" is a clipped form of a table's own
name (``names.match_table`` reads plural ones; a singular one after a count or "every" is spelled out here: "every
vol" -> "every volunteer"), and "jobs" is an everyday word for the rows of a table whose name is another. Such a word
is grounded through ``data/vocab/rowwords.json``: the meanings it can stand for (a person who does the work, a
customer, an event), and the table of that meaning is found by the table's own words and its place in the FK graph:

- a *worker* table is named by a worker's word (``technicians``, ``volunteers``, ``crew_members``);
- a *customer* table by a word for people served as its last word (``customers``, ``households``, ``boat_owners``);
- a table of *work* is no table of people, has a moment of its own (a date or time that is not a row's bookkeeping)
  and a reference to a worker table ("the rows a worker does": a job, a call-out, a shift); an *event* is such a
  table, else one with a reference to a customer table (a booking, an appointment);
- a *place* of the business's own ("branches", "locations", "offices") is a table of no people, with a street
  address or a position, that a table of people must refer to (where they are based: ``depots`` of
  ``crew_members``) and that refers to no table of people (``addresses`` of users are theirs, no branch; brief s28
  of session 13).

A table that links two others (its key is its references: ``job_crew``) is no table of workers or customers.

Several tables of a meaning are narrowed by the word's cues found in a table's words ("trips": a table with a
route, a distance, a pickup; "bookings": one with a ``booked`` value), then by the tables said in the same clause
("appointments for the households": the events of households). A word is replaced only when exactly one table fits;
otherwise it is left as typed, and the error that names it lists the candidates (``names.match_table``). Every clause read
this way is shown as read (``Scope.read_as``): nothing is silent.
"""

from __future__ import annotations

import re

from seedbed.generate.realistic.vocab import load
from seedbed.model import Schema, Table, TypeKind
from seedbed.scope.inflect import inflections, plural, singular
from seedbed.scope.mentions import PEOPLE_NOUNS
from seedbed.scope.rowkinds import row_kinds

__all__ = ["WORDS", "clipped_table", "is_people", "row_words", "said_rows"]

_DATA = load("rowwords")
#: An everyday word (singular, lower case) -> (the meanings it may stand for, the stems of its cues).
WORDS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    word: (tuple(spec["means"].split()), frozenset(w[:5] for w in spec.get("cues", "").split()))
    for word, spec in _DATA["words"].items()}
#: Words that name only a table with one of their cues ("driver", "trip").
_STRICT = frozenset(word for word, spec in _DATA["words"].items() if spec.get("strict"))
_WORKERS = frozenset(_DATA["workers"].split())
_CUSTOMERS = frozenset(_DATA["customers"].split())
#: Columns that say a table's rows are people.
_PERSON = frozenset("full_name first_name last_name given_name surname family_name display_name".split())
_CONTACT = frozenset("email phone mobile".split())
#: Moments that are a row's bookkeeping, not when the thing happens.
_BOOKKEEPING = re.compile(r"^(?:created|updated|modified|deleted|inserted|archived)(?:_at|_on)?$")
_TIME_KINDS = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)


def _words(table: Table) -> list[str]:
    """The words of a table's name."""
    return [singular(p) for p in table.name.name.lower().split("_") if p]


def is_people(table: Table) -> bool:
    """A table of people: a person's name column, or a name beside an email or a phone. A legacy schema's clipped
    words count as the words they keep the letters of (``first_nm``, ``full_nm``, ``lst_nm``: issue 11, s32)."""
    names = {"_".join(_spelled(p) for p in c.name.lower().split("_")) for c in table.columns}
    parts = {p for n in names for p in n.split("_")}
    named = "name" in parts or any(n.endswith("_name") for n in names)
    return bool(names & _PERSON) or ("name" in names and bool(parts & _CONTACT)) or (named and _people_word(table))


#: Words a table of people is named by that are no person's word themselves (a group of people).
_PEOPLE_GROUPS = frozenset("staff personnel crew team employees workforce faculty".split())


def _people_word(table: Table) -> bool:
    """Whether a table's name says its rows are people: a person's word or a group of people (``staff`` with
    ``stf_nm``: the staff's names), read by WordNet's first sense."""
    from seedbed.thesaurus import senses

    head = singular(table.name.name.lower().split("_")[-1])
    if head in _PEOPLE_GROUPS:
        return True
    first = senses(head, "n", 1)
    return bool(first) and first[0].lexname == "noun.person"


#: The words of a person's name column, read from a clip of them (``nm`` name, ``fst`` first, ``lst`` last).
_NAME_WORDS = tuple(sorted({w for n in _PERSON for w in n.split("_")}))


def _spelled(part: str) -> str:
    """A clipped word of a column's name as the one word of a person's name it keeps the letters of, in order, its
    first letter first; any other word as it is."""
    if not re.fullmatch(r"[a-z][b-df-hj-np-tv-z]{1,5}", part):  # a clip keeps no vowel after its first letter
        return part
    hits = [w for w in _NAME_WORDS if w[0] == part[0] and len(w) > len(part) and in_order(part, w)]
    return hits[0] if len(hits) == 1 else part


def in_order(letters: str, word: str) -> bool:
    """Whether ``word`` holds ``letters`` in order, others between (``rowscore`` reads clips so too)."""
    rest = iter(word)
    return all(ch in rest for ch in letters)


#: Words of a column's name that say where a thing is, to the street: its own address or position (a table of cities
#: or regions, with a country, is where things are, no place of the business's own).
_WHERE = frozenset("address addr street postcode zip lat latitude lng lon longitude".split())


def _placed(table: Table) -> bool:
    return any(set(c.name.lower().split("_")) & _WHERE for c in table.columns)


def _link(table: Table) -> bool:
    """A table whose key is its references to two tables or more: the pairs of a many-to-many relation."""
    refs = {c for fk in table.foreign_keys for c in fk.columns}
    pk = table.primary_key
    return len(table.foreign_keys) >= 2 and pk is not None and set(pk.columns) <= refs


def _read_as(words: list[str], vocab: frozenset[str]) -> list[str]:
    """A table's words, each clipped one (no word WordNet knows) read as the one word of ``vocab`` it clips: its
    beginning (``cust`` customer, ``instr`` instructor, ``patr`` patron) or its whole consonant skeleton (``stf``
    staff, ``ownr`` owner, ``drvr`` driver): a worker's or a customer's word, as a legacy schema spells it (brief sa;
    ``cst`` keeps the letters of neither cast nor customer's whole skeleton, and stays as it is)."""
    from seedbed.clips import _fit
    from seedbed.thesaurus import senses

    def one(part: str) -> str:
        if part in vocab or len(part) < 3 or senses(part, "n"):
            return part
        hits = [w for w in vocab if w.startswith(part) or _fit(part, w) == (0, True)]
        return hits[0] if len(hits) == 1 else part
    return [one(w) for w in words]


def _role(table: Table, heads: frozenset[str]) -> bool:
    words = _words(table)
    return bool(words) and words[-1] in heads


def _moment(table: Table) -> bool:
    return any(c.type.kind in _TIME_KINDS and not _BOOKKEEPING.match(c.name.lower()) for c in table.columns)


def _stems(table: Table, labels: dict[str, set[str]]) -> set[str]:
    """The first five letters of every word of a table: its name, its columns, the values they hold."""
    words = set(table.name.name.lower().split("_")) | labels.get(table.name.name.lower(), set())
    for c in table.columns:
        words.update(c.name.lower().split("_"))
    return {w[:5] for w in words if len(w) >= 3}


def _meanings(schema: Schema) -> dict[str, tuple[str, ...]]:
    """Each meaning and the tables of it, in schema order (events done by workers before those of customers)."""
    tables = list(schema.tables)
    # a worker's word anywhere in the name ("crew_members"); a customer's as its last word ("boat_owners"); never a
    # table that links two others (``job_crew``: who is on which job, no people of its own)
    workers = [t for t in tables if set(_read_as(_words(t), _WORKERS)) & _WORKERS and not _link(t)]
    customers = [t for t in tables if _read_as(_words(t), _CUSTOMERS)[-1:] and _read_as(_words(t), _CUSTOMERS)[-1]
                 in _CUSTOMERS and t not in workers and not _link(t)]
    people = {t.name for t in tables if is_people(t)} | {t.name for t in workers + customers}

    def events(of: list[Table]) -> list[Table]:
        refs = {t.name for t in of}
        return [t for t in tables if t.name not in people and _moment(t)
                and any(fk.ref_table in refs for fk in t.foreign_keys)]

    done = events(workers)
    # a worker that does the events comes before one that manages people ("drivers": who makes the trips)
    doing = {fk.ref_table for t in done for fk in t.foreign_keys}
    workers = [t for t in workers if t.name in doing] or workers
    # a place of the business's own: where its people are based (``depots`` of crew_members), owned by no person
    based = {fk.ref_table for t in tables if t.name in people for fk in t.foreign_keys
             if not all(t.column(c).nullable for c in fk.columns)}
    places = [t for t in tables if t.name in based and t.name not in people and _placed(t)
              and not any(fk.ref_table in people for fk in t.foreign_keys)]
    return {"place": tuple(str(t.name.name) for t in places),
            "worker": tuple(str(t.name.name) for t in workers), "customer": tuple(str(t.name.name) for t in customers),
            "work": tuple(str(t.name.name) for t in done),
            "event": tuple(str(t.name.name) for t in (done or events(customers))),
            "any event": tuple(str(t.name.name) for t in dict.fromkeys(done + events(customers)))}


def _candidates(schema: Schema, word: str, labels: dict[str, set[str]],
                meant: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The tables an everyday word may stand for (table names), narrowed by its cues (found in the table's words,
    ``labels`` the words of the values each table holds); () for no such word."""
    key = _key(word)
    if key is None:
        return ()
    means, cues = WORDS[key]
    found = tuple(dict.fromkeys(t for m in means for t in meant.get(m, ())))
    if "event" in means and cues:  # an event its cues name, of workers or customers ("appointments": scheduled)
        cued = tuple(t for t in meant["any event"] if _stems(_table(schema, t), labels) & cues)
        found = cued or found
    if (len(found) > 1 or key in _STRICT) and cues:
        cued = tuple(t for t in found if _stems(_table(schema, t), labels) & cues)
        found = cued if cued or key in _STRICT else found
    return found


def _table(schema: Schema, name: str) -> Table:
    return next(t for t in schema.tables if t.name.name == name)


def _key(word: str) -> str | None:
    w = word.lower().strip().replace("_", " ")
    head, _, last = w.rpartition(" ")
    for form in dict.fromkeys((w, f"{head} {singular(last)}".strip(), singular(w))):
        if form in WORDS:
            return form
    return None


def row_words(schema: Schema, labels: dict[str, set[str]]) -> tuple[tuple, ...]:
    """Every everyday word of ``WORDS`` that names no table itself, with the tables it may stand for (when any), and
    the word of a table's name column (``_named_by``) with its table and True."""
    own = {f for t in schema.tables for f in inflections(t.name.name.lower())}
    own |= {f for t in schema.tables for f in inflections(t.name.name.lower().rpartition("_")[2])}
    out = []
    meant = _meanings(schema)
    for word in WORDS:
        if word.replace(" ", "_") in own or plural(word).replace(" ", "_") in own:
            continue
        found = _candidates(schema, word, labels, meant)
        if found:
            out.append((word, found))
    for word, table in row_kinds(schema).items():  # "roles" for searches(title, salary_min): ``rowkinds``
        if word.replace(" ", "_") in own or plural(word).replace(" ", "_") in own:
            continue
        at = next((i for i, (w, *_f) in enumerate(out) if w == word), None)
        if at is None:  # (said after a count even where a column has the word: "120 jobs" beside job_title)
            out.append((word, (table,), True))
        elif table in out[at][1]:
            out[at] = (word, (table,), True)
    said = {w for w, *_ in out}
    for word, tables in _named_by(schema).items():  # "companies" for clients(company_name): the lead, session 11
        if len(tables) == 1 and word not in said and word not in own and plural(word) not in own:
            out.append((word, tables, True))
    return tuple(out)


#: Columns of a person's name: a table of people is named by them, not by a kind of thing.
_PERSON_PARTS = frozenset("full first last given family sur display middle nick user".split())


def _named_by(schema: Schema) -> dict[str, tuple[str, ...]]:
    """What a table's rows are, by its first name column's own word: ``clients.company_name`` says a client is a
    company, ``venues.venue_name`` nothing new (the table's own word), ``contacts.full_name`` a person (none)."""
    out: dict[str, tuple[str, ...]] = {}
    for t in schema.tables:
        first = next((c for c in t.columns if c.type.kind is TypeKind.TEXT and not c.nullable
                      and c.name.lower().rsplit("_", 1)[-1] in ("name", "title")), None)
        parts = first.name.lower().split("_") if first is not None else []
        if len(parts) != 2 or parts[0] in _PERSON_PARTS or len(parts[0]) < 3:
            continue
        word = singular(parts[0])
        if word in _words(t) or any(word in _words(o) for o in schema.tables):
            continue
        out[word] = (*out.get(word, ()), t.name.name)
    return out


#: Where a word stands for rows: after a count, "each", "every", "per", a determiner or "for the"; or before a colon.
_BEFORE = r"(?:\d+|each|every|per|the|those|these|their|our|all|many|most|some|no|a|an|one|more|few|several)"


def said_rows(norm: str, words: tuple[tuple[str, tuple[str, ...]], ...], names: tuple[str, ...],
              refs: frozenset[tuple[str, str]], is_taken, is_value, notes: list[str] | None = None) -> str:
    """``norm`` with each everyday word for rows and each clipped singular table name replaced by the table's name,
    where exactly one table fits.

    Args:
        norm: a normalised clause.
        words: ``row_words`` of the schema.
        names: the tables' names, lower case.
        refs: (table, parent) of every FK, lower case.
        is_taken: whether a word already means something in the schema (a table, a column, a value).
        is_value: whether a word is a value some column holds ("rodent call-outs": rows of that value).
        notes: where each word read as a table is told ('"jobs" is visits'), to be shown with the clause.
    """
    notes = [] if notes is None else notes
    said = _said_tables(norm, names)
    for word, found, *named in words:
        forms = {word, plural(word) if " " not in word else f"{word.rpartition(' ')[0]} {plural(word.rpartition(' ')[2])}"}
        for form in sorted(forms, key=len, reverse=True):
            lone = "^" if form != word else "^(?=[a-z -]+ ?:)"  # a singular alone at the start only before a colon
            pattern = re.compile(rf"(?:{lone}|(?:^|(?<=[ -]))(?={_BEFORE} ))(?:{_BEFORE} )?({re.escape(form)})(?![\w-])"
                                 rf"|(?<![\w-])({re.escape(form)})(?= ?:)")
            m = pattern.search(norm)
            if m is None and form != word:  # a plural after a value: "rodent call-outs", "completed jobs"
                after = next((n.group(1) for n in re.finditer(rf"\b([a-z_]+) {re.escape(form)}(?![\w-])", norm)
                              if is_value(n.group(1))), None)
                if after is not None:
                    pattern = re.compile(rf"(?<=\b{re.escape(after)} )({re.escape(form)})(?![\w-])")
                    m = pattern.search(norm)
            if m is None or any(is_taken(p) for p in {form, *form.split()}) and not (
                    named and (form != word
                               or re.search(r"\b(?:each|every|per)\s*$", norm[:m.start(1) if m.group(1) else m.start(2)]))):
                continue  # a column's word, unless it is the word of a table's name column in the plural where rows are
                # said ("60 companies", "no jobs") or in the singular after "each", "every", "per" ("every company")
            if form in PEOPLE_NOUNS and said:  # "band members: 40 people": the rows of the table said (``mentions``)
                continue
            fit = found
            if len(fit) > 1:  # "appointments for the households": the one related to a table said with it
                near = [t for t in fit if any((t, s) in refs or (s, t) in refs for s in said)]
                fit = tuple(near) if near else fit
            if len(fit) != 1:
                continue
            start = m.start(1) if m.group(1) is not None else m.start(2)
            plural_said = form != word or _counted_many(norm[:start]) or word in ("people", "staff", "crew")
            name = fit[0] if plural_said else singular(fit[0])

            def put(n: re.Match[str], name: str = name) -> str:
                g = 1 if n.group(1) is not None else 2
                return n.group(0)[:n.start(g) - n.start()] + name + n.group(0)[n.end(g) - n.start():]

            norm = pattern.sub(put, norm)
            notes.append(f"{form!r} is {fit[0]}")
    return _clipped(norm, names, is_taken, notes)


def _said_plainly(w: str, names: tuple[str, ...]) -> bool:
    return any(w in inflections(n) or w in inflections(n.rpartition("_")[2]) for n in names)


def _counted_many(before: str) -> bool:
    m = re.search(r"(\d+)\s*$", before)
    return m is not None and int(m.group(1)) != 1


def _said_tables(norm: str, names: tuple[str, ...]) -> list[str]:
    tokens = set(re.findall(r"[a-z_]+", norm))
    return [n for n in names if tokens & set(inflections(n)) or tokens & set(inflections(n.rpartition("_")[2]))]


#: A clipped singular name where rows are counted or taken one by one: "15 admin", "every vol", "per tech".
_CLIPPED = re.compile(r"(?<![\w-])(\d+|each|every|per|one|the|all|all the|our|their) ([a-z]{3,})(?![\w-])")


def clipped_table(word: str, names: tuple[str, ...]) -> str | None:
    """The one table ``word`` (singular) is a clipped form of a word of ("eng": engineers), else None."""
    hits = {n for n in names for part in n.split("_") if singular(part).startswith(word) and singular(part) != word}
    return next(iter(hits)) if len(hits) == 1 else None


def _clipped(norm: str, names: tuple[str, ...], is_taken, notes: list[str]) -> str:
    def spelled(m: re.Match[str]) -> str:
        w = m.group(2)
        one = singular(w)
        # a singular where rows are counted or taken one by one ("every vol"), a plural after an article ("for the
        # techs": a plural after a count is read as it is, ``names.match_table``); "the rest" is no table
        article = m.group(1) in ("the", "all", "all the", "our", "their")
        if _said_plainly(w, names) or (one == w and is_taken(w)) or len(one) < 3 or article == (one == w):
            return m.group(0)
        name = clipped_table(one, names)
        if name is None:
            return m.group(0)
        notes.append(f"{w!r} is {name}")
        lead = f"{m.group(1)} " if m.group(1) else ""
        return f"{lead}{name if one != w or _counted_many(m.group(1)) else singular(name)}" + m.group(0)[len(m.group(0).rstrip()):]

    norm = _CLIPPED.sub(spelled, norm)
    return _HEAD_SAID.sub(spelled, _TABLE_SAID.sub(spelled, norm))


#: A clipped name said as a table's: "the admin table", "admin table: 10 rows"; a head before a colon: "vol: 30".
_TABLE_SAID = re.compile(r"(?<![\w-])()([a-z]{3,}) (?=table\b)")
_HEAD_SAID = re.compile(r"^()([a-z]{3,})(?= ?:)")
