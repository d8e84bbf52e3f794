"""How long rows last and how old people are, as people say it (issue 11, brief s9); the rules that
read them are ``seedbed.scope.lengths``.

- A length said in any time unit ("treatments of 60 minutes", "2 to 4 hours long", "stays of 3 nights
  or more", "appointments lasting under an hour") is a ``Range`` whose column is the unit's word.
  ``unit_factor`` converts it to the unit the matched column's name says (``duration_minutes``:
  hours times 60; a name without a unit, pagila's ``length``, in minutes, or in days when days are
  said: ``rental_duration``). ``length_columns`` finds such a column when the unit's word names none.
  A table with no
  such column but a start and an end (``starts_at`` / ``ends_at``, ``check_in`` / ``check_out``, the
  pairs of ``seedbed.planning.timewords.name_pairs``) gets the length between them (``pair_length``),
  as "orders shipped within 2 days of being placed" gets its bound (``within_columns``).
- An age ("owners aged 18 to 30", "older than 65", "guests over 60", "pets younger than 2") is an
  ``Age``: a window of the table's birth date at "now" (``REFERENCE_NOW``), else a range of its age column.
- A weekday, a time of day or a holiday ("on weekends", "during business hours", "in the evenings",
  "over Christmas") cannot be honoured (times are spread over every day and hour): quoted back.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from seedbed.errors import ScopeError
from seedbed.generate.intent.tokens import tokens
from seedbed.generate.streams import REFERENCE_NOW
from seedbed.model import Column, QualifiedName, Schema, Table, TypeKind
from seedbed.planning.timewords import TEMPORAL, _role, name_pairs
from seedbed.scope.model import Age, Range, Window, Within

__all__ = ["UNIT", "UNITS", "age_window", "moment_verbs", "unit_factor", "length_columns", "no_age", "own_lengths", "pair_length",
           "said_hours", "within_columns"]

#: Hours in one of each time unit a length is said in (a night is a day: a stay of 3 nights is 3 days).
_HOURS = {"second": 1 / 3600, "sec": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1, "hr": 1, "day": 24,
          "night": 24, "week": 168, "month": 730, "year": 8760}
_NAMED_UNITS = {"seconds": "second", "secs": "second", "minutes": "minute", "mins": "minute", "hours": "hour",
                "hrs": "hour", "days": "day", "nights": "night", "weeks": "week", "months": "month"}
UNITS = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?)"
UNIT = rf"(?P<unit>{UNITS})"
#: Words of a column's name that make it a length when no unit is said in it (read as minutes).
_LENGTH_WORDS = frozenset("duration length runtime".split())
_NUMBERS = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT)
#: Words of a record's own bookkeeping times: no length of the row lies between them (``created_at``, ``updated_at``).
_KEEPING = frozenset("created updated modified deleted inserted synced changed".split())
#: Words of a person's birth in a date column's name.
_BIRTH = frozenset("birth born dob birthday birthdate".split())


def said_hours(words: str | None) -> float | None:
    """Hours in one of the unit ``words`` say ("hours long" -> 1, "nights" -> 24); None: no time unit."""
    if not words:
        return None
    parts = [w for w in words.lower().split() if w not in ("long", "in", "length", "each")]
    if len(parts) != 1:
        return None
    w = parts[0]
    return _HOURS.get(w) or _HOURS.get(w[:-1] if w.endswith("s") else w)


#: Short time units a column's name may end with (``wait_ms``, ``talk_time_min``, ``duration_s``, ``sla_h``).
_NAME_ENDS = {"ms": 1 / 3_600_000, "s": 1 / 3600, "sec": 1 / 3600, "secs": 1 / 3600, "min": 1 / 60, "mins": 1 / 60,
              "h": 1, "hr": 1, "hrs": 1, "d": 24, "wk": 168, "wks": 168, "mth": 730, "mths": 730, "mos": 730,
              "yr": 8760, "yrs": 8760}


def _named_unit(name: str) -> float | None:
    """Hours in one of the time unit a column's name says (``duration_minutes`` -> 1/60, ``wait_ms``), else
    None. The name as written: a plural anywhere (``min_price``, ``day_of_week``, ``birth_month`` hold no
    length), a short unit as its last word after another (``talk_time_min``, not ``min``)."""
    from seedbed.scope.units import name_words

    words = name_words(name)
    for w in words:
        if w in _NAMED_UNITS:
            return _HOURS[_NAMED_UNITS[w]]
    if len(words) >= 2 and words[-1] in _NAME_ENDS:
        return _NAME_ENDS[words[-1]]
    return None


def _column_hours(name: str, said: float) -> float | None:
    """Hours in one of the unit a column's name says (``duration_minutes`` -> 1/60). A length without
    a unit (pagila's ``length``, ``rental_duration``) counts what is said in days as days and what is
    said in hours or less as minutes (a film's length); None: not a length, take the numbers as said."""
    named = _named_unit(name)
    if named is not None:
        return named
    if set(tokens(name)) & _LENGTH_WORDS:
        return said if said >= _HOURS["day"] else _HOURS["minute"]
    return None


def length_columns(item: Range, tables: Iterable[Table]) -> list[tuple[Table, Column]]:
    """The number columns of ``tables`` that hold a length ("walks of 2 hours": ``duration_minutes``),
    when the range is said in a time unit; a column whose name says a unit first."""
    if said_hours(item.unit) is None and said_hours(item.column) is None:
        return []
    hits = [(t, c) for t in tables for c in t.columns if c.type.kind in _NUMBERS and not c.type.is_array
            and _column_hours(c.name, 1.0) is not None]
    return sorted(hits, key=lambda tc: _named_unit(tc[1].name) is None)  # a unit in the name first


def own_lengths(item: Range, hits: list[tuple[Table, Column]]) -> list[tuple[Table, Column]]:
    """Of several columns a length said in a time unit names, the row's own: one whose name says a
    unit, else one named a length alone (pagila's ``length``, not ``rental_duration``)."""
    if len(hits) < 2 or (said_hours(item.unit) is None and said_hours(item.column) is None):
        return hits
    named = [h for h in hits if _named_unit(h[1].name) is not None]
    best = [h for h in named if set(tokens(h[1].name)) & _LENGTH_WORDS] or named \
        or [h for h in hits if h[1].name.lower() in _LENGTH_WORDS]
    return best or hits


def unit_factor(item: Range, column: str) -> float:
    """What a range said in a time unit (or a unit of measure: ``scope.units``) is multiplied by to be in
    ``column``'s unit (1: no unit said, or none the column's name says)."""
    from seedbed.scope.units import measure_factor

    said = said_hours(item.unit) or said_hours(item.column) or _said_after(item.phrase)
    own = _column_hours(column, said) if said is not None else None
    return round(said / own, 9) if said is not None and own is not None else round(measure_factor(item, column), 12)


def _said_after(phrase: str | None) -> float | None:
    """Hours in one of the one time unit said after a number of the phrase ("wait under 3 seconds"), else None."""
    import re

    said = {said_hours(w) for w in re.findall(rf"\d(?:[\d.,]*)\s?({UNITS})\b", (phrase or "").lower())}
    return next(iter(said)) if len(said) == 1 else None


def _pair(table: Table, said: str | None = None) -> tuple[str, str] | None:
    """(end, start) of a table's row: two date or time columns one word apart (``ends_at`` /
    ``starts_at``, ``check_out`` / ``check_in``), the first such pair; else ``_moment_pair``, else
    ``_lifecycle_pair``."""
    names = [c.name for c in table.columns if c.type.kind in TEMPORAL and not c.type.is_array and not c.generated]
    found = [(later, earlier) for later, earlier, _near in name_pairs(names)]
    # a start and an end (starts_at / ends_at) before a booking and an end (booked_at / ends_at)
    found.sort(key=lambda pair: _role(pair[1])[0] == "born")
    return found[0] if found else (_moment_pair(table, names, said) or _lifecycle_pair(table, names))


def _moment_pair(table: Table, names: list[str], said: str | None) -> tuple[str, str] | None:
    """(end, start) of a row whose two moments' names do not pair by their words: the end is the moment the
    rows are called by (the noun of the moment, "deliveries take 2 to 10 days": ``delivered_at``), else the
    other of a row's only two moments when the row may not have reached it yet (a nullable ``dropped_off_at`` of
    ``picked_up_at``; never a vaccination's ``expires_on``); the start is the moment the
    row came to be (``timewords.anchor_of``). None when neither names one end."""
    from seedbed.planning.timewords import anchor_of
    from seedbed.scope.ground import ground_columns

    start = anchor_of(table, forced=True)
    if start is None:
        return None
    named = [c for c in ground_columns(table, said, kinds=TEMPORAL, concepts=False) if c != start] if said else []
    if not named and len(names) == 2 and not any(set(tokens(n)) & _KEEPING for n in names):
        named = [n for n in names if n != start and table.column(n).nullable]  # a moment the row reaches, or not
    return (named[0], start) if len(named) == 1 else None


def _lifecycle_pair(table: Table, names: list[str]) -> tuple[str, str] | None:
    """(end, start) of a row with two moments that are no pair of names ("shipments take 2 to 10 days":
    ``shipped_at`` then ``delivered_at``; "deliveries take 30 to 60 minutes": ``picked_up_at`` then the
    ``dropped_off_at`` that may still be empty): the steps of the row's life tell their order, else the moment
    every row has comes before the one a row may not have reached yet. None when neither tells."""
    if len(names) != 2:
        return None
    ranks = {n: _step_rank(n) for n in names}
    first, second = names
    if ranks[first] is not None and ranks[second] is not None and ranks[first] != ranks[second]:
        return (second, first) if ranks[first] < ranks[second] else (first, second)
    nullable = [n for n in names if table.column(n).nullable]
    if len(nullable) == 1:
        return nullable[0], next(n for n in names if n != nullable[0])
    return None


def _step_rank(name: str) -> float | None:
    """Where a moment falls in a row's life: its birth first, then its steps, then its end (None: unknown)."""
    role, value = _role(name)
    return {"born": 0.0, "start": 0.5, "end": 9.0}.get(role, float(value) if role == "step" else None)


def pair_length(item: Range, schema: Schema, tables: Iterable[QualifiedName]
                ) -> tuple[list[tuple[str, str, str, float]], list[tuple[str, str, str, float, float | None]], str] | None:
    """A length said in a time unit on the tables' start and end: (within, spans, text); None when no
    table has such a pair. An upper bound alone is a ``within``; a least length a span."""
    hours = said_hours(item.unit) or said_hours(item.column)
    if hours is None:
        return None
    low = item.low * hours if item.low is not None else None
    high = item.high * hours if item.high is not None else None
    within: list[tuple[str, str, str, float]] = []
    spans: list[tuple[str, str, str, float, float | None]] = []
    done = []
    for name in tables:
        pair = _pair(schema.table(name), item.table)
        if pair is None:
            continue
        end, start = pair
        if low is None and high is not None:
            within.append((str(name), end, start, high))
        else:
            spans.append((str(name), end, start, low or 0.0, high))
        shown = " and ".join(x for x in (f"at least {low:g}" if low is not None else "",
                                         f"at most {high:g}" if high is not None else "") if x)
        done.append(f"{name}.{end} {shown} hours after {name}.{start} of the same row")
    return (within, spans, "; ".join(done)) if done else None


def _years_before(now: date, years: int) -> date:
    try:
        return now.replace(year=now.year - years)
    except ValueError:  # 29 February
        return now.replace(year=now.year - years, day=28)


def age_window(item: Age, table: Table) -> Window | Range | None:
    """An age at "now" as a window of the table's birth date (born on or before "now" less ``low``
    years, after "now" less ``high`` + 1 years), else as a range of its age column; None: neither."""
    births = [c.name for c in table.columns if c.type.kind in TEMPORAL and set(tokens(c.name)) & _BIRTH]
    if births:
        now = REFERENCE_NOW.date()
        start = _years_before(now, item.high + 1) + timedelta(days=1) if item.high is not None else None
        end = _years_before(now, item.low) + timedelta(days=1) if item.low else now
        label = f"aged {item.low if item.low is not None else '0'}-{item.high if item.high is not None else ''}"
        return Window(phrase=item.phrase, table=item.table, column=births[0],
                      start=start.isoformat() if start else "", end=end.isoformat(), label=label.rstrip("-") + (
                          "+" if item.high is None else ""))
    ages = [c.name for c in table.columns if "age" in tokens(c.name)
            and c.type.kind in _NUMBERS]
    if ages:
        return Range(phrase=item.phrase, table=item.table, column=ages[0], low=item.low, high=item.high)
    return None


def no_age(item: Age, table: Table) -> ScopeError:
    return ScopeError(f"{table.name} has no birth date or age column for {item.phrase!r}", subject=item.phrase,
                      hint="an age is read on a date of birth (born_on, date_of_birth) or an age column")


def within_columns(item: Within, schema: Schema, tables: Iterable[QualifiedName]
                   ) -> tuple[list[tuple[str, str, str, float]], str]:
    """"orders shipped within 2 days of being placed": (table, column, other, hours) per table whose
    columns the words name (the other: the moment its rows came to be, when not said), and the text."""
    from seedbed.planning.timeline import anchor_of

    found: list[tuple[str, str, str, float]] = []
    done, missing = [], []
    for name in tables:
        table = schema.table(name)
        cols = _moments(table, item.column)
        others = _moments(table, item.other) if item.other else [anchor_of(table, forced=True)]
        if item.other and not others and _names_rows(schema, name, item.other):
            others = [anchor_of(table, forced=True)]  # "14 days after the bill goes out": when the row came to be
        others = [o for o in others if o and o not in cols]
        if not cols or not others:
            missing.append(str(name))
            continue
        found.append((str(name), cols[0], others[0], item.hours))
        done.append(f"{name}.{cols[0]} at most {item.hours:g} hours after {name}.{others[0]} of the same row")
    if not done:
        what = f"{item.column!r} and {item.other or 'the moment its rows came to be'!r}"
        raise ScopeError(f"no table of {', '.join(missing) or 'the scope'} has date or time columns for {what}",
                         subject=item.phrase, hint="name the two columns, e.g. 'shipped_at within 2 days of placed_at'")
    return found, "; ".join(done)


def moment_verbs(word: str) -> list[str]:
    """The word and, for one word, its verb's WordNet synonyms of one word (first three senses): "finish" is also
    complete and end, "begin" start, so a moment is found by the verb said ("jobs finish the same day they start":
    ``completed_at``, ``started_at``)."""
    from seedbed.thesaurus import base_forms, synonyms

    w = word.strip().lower()
    if not w or " " in w or "_" in w:
        return [w]
    verbs = base_forms(w, "v") or [w]
    return [w, *sorted({s for v in verbs for s in synonyms(v, "v", 3) if s.isalpha()} - {w})]


def _moments(table: Table, words: str) -> list[str]:
    """The time columns of ``table`` that ``words`` name: by their own words, else by one synonym of their verb, when
    every synonym that names one names the same column."""
    from seedbed.scope.ground import ground_columns

    cols = ground_columns(table, words, kinds=TEMPORAL)
    if cols:
        return cols
    hits = {c for syn in moment_verbs(words)[1:] for c in ground_columns(table, syn, kinds=TEMPORAL, concepts=False)}
    return sorted(hits) if len(hits) == 1 else []


def _names_rows(schema: Schema, name: QualifiedName, words: str) -> bool:
    """Whether ``words`` name the rows of table ``name`` themselves ("the bill" of invoices), not one of its columns."""
    from seedbed.errors import ScopeError as _Unknown
    from seedbed.scope.names import match_table

    try:
        return match_table(schema, words.strip().lower())[0] == name
    except _Unknown:
        return False

