"""Columns that restate a moment of the same row (issue 10, patterns 4 and 10).

Real rows say one moment several ways, and independent draws make them disagree (an
``entry_year`` of 2015 beside a ``work_date`` in 2024, ``is_archived`` false beside an
``archived_at``, ``is_active`` beside a ``left_on``). Found from names and types alone:

* ``part:<unit>``: an integer named after a calendar unit (``year``, ``month``, ``quarter``,
  ``week``, ``weekday`` / ``day_of_week`` / ``dow``, ``day_of_month``, ``hour``), ``fiscal_*``
  included (taken as the calendar year: a fiscal calendar is not in the schema), is that part of
  a sibling date or timestamp: the one sharing most of its other words (``period_year`` of
  ``billing_period_start``, ``birth_year`` of ``date_of_birth``), else the row's first required
  date, else its anchor. An hour needs a timestamp.
* ``date_of``: a date column named as the day of something (``visit_date``, ``work_date``,
  ``day``) with no word of its own place in the row's life (not a start, end, due date, birth)
  is the day of the row's moment (its anchor, else its only required timestamp).
* ``due_by_terms``: a due date is its issue date plus the row's term in days (``payment_terms_days``).
* ``span:<seconds per unit>``: a duration in a unit (``duration_minutes``, ``length_sec``) of a
  row with one event start and end (``starts_at`` / ``ends_at``) is the time between them.
* ``set_if`` / ``unset_if``: a boolean that names the state a nullable moment records is true
  exactly where that moment is set (``is_archived`` / ``archived_at``, ``cancelled`` /
  ``cancelled_at``); an "active" (or valid, current) flag is true exactly where none of the
  row's leaving moments has passed by the reference now (``is_active`` / ``left_on``, ``enabled``
  / ``deactivated_at``, ``is_active`` / ``closed_at`` and ``churned_at``, ``is_valid`` / a
  ``valid_to`` that may lie ahead).
* ``passed`` / ``age_under:<n>`` / ``age_from:<n>``: a flag a date decides against the reference
  now: ``is_expired`` where the expiry is before now, ``overdue`` where the due date is before now
  and the settling moment (``paid_at``) is NULL, ``is_minor`` / ``is_adult`` by the age at now.
  Left to the status where a status label names the flag (an invoice's 'overdue').

Applied by ``seedbed.generate.derive`` after the source is drawn (and ordered, and gated), so
the restated values follow the final moment; a value that would break a hard bound keeps its
drawn value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived
from seedbed.planning.labelled import stem
from seedbed.planning.nullrates import undoes_a_beginning

__all__ = ["check_orders", "duration_bound", "moment_derivations", "runs_out"]

_DATES = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
#: Last word of a calendar-part column -> the part it holds.
_PARTS = {"year": "year", "yr": "year", "month": "month", "quarter": "quarter", "qtr": "quarter",
          "week": "week", "weekday": "dow", "dow": "dow", "hour": "hour"}
#: Words of a part column that are no moment's words.
_PART_WORDS = frozenset("fiscal calendar of number no num iso day week weekday dow month year yr quarter qtr hour".split())
#: Words that give a date its own place in a row's life: not the day of the row's moment.
_OWN_PLACE = frozenset("""birth born dob due deadline expiry expire expires expiration until valid effective
start starts begin from end ends to finish close closed open opened scheduled planned estimated eta next
last first previous renewal review anniversary hire hired termination terminated release""".split())
#: Flag prefixes and the words of an "active" flag.
_FLAG_HEADS = frozenset("is has was".split())
_ACTIVE = frozenset("active enabled current employed live valid".split())
#: Moments that end a row's active life.
_LEAVING = frozenset("""left leave terminated termination deactivated disabled ended resigned retired departed
quit dismissed churned offboarded inactivated closed closure cancelled canceled cancellation revoked revocation
suspended deleted removed banned blocked archived expired lapsed scrapped deceased""".split())
_MOMENT_TAILS = frozenset("at on date time ts timestamp".split())
#: Words of an hour a place keeps every day (``opening_hour``, ``closes_hour``), not an hour of a moment.
_HOURS_KEPT = frozenset("open opens opening close closes closing".split())


def _part_of(name: str, ctype) -> str | None:
    if ctype.kind is not TypeKind.INTEGER or ctype.is_array:
        return None
    low = name.lower()
    toks = tokens(name)
    if toks[-3:] == ("day", "of", "week"):
        return "dow"
    if toks[-3:] == ("day", "of", "month"):
        return "day"
    last = low.replace("-", "_").split("_")[-1]  # the raw word: ``years`` is a duration, not a year
    if last == "hour" and set(toks) & _HOURS_KEPT:  # opening_hour: when a place opens each day
        return None
    return _PARTS.get(last)


def _source_for(table: Table, name: str, part: str, cols: Mapping, sources: frozenset[str],
                anchor: str | None) -> str | None:
    own = {stem(t) for t in tokens(name) if t not in _PART_WORDS}
    said = {stem(t) for t in tokens(table.name.name)} | {stem(t) for n, c in cols.items() if c.type.kind in _DATES
                                                         for t in tokens(n)}
    if own - said:  # founded_year beside contract_start: the year of another moment
        return None
    cands = [n for n, c in cols.items() if c.type.kind in _DATES and not c.type.is_array and n in sources
             and (part != "hour" or c.type.kind is not TypeKind.DATE)]
    if not cands:
        return None

    def score(n: str) -> tuple:
        c = cols[n]
        shared = len(own & {stem(t) for t in tokens(n) if t not in _MOMENT_TAILS})
        return (-shared, c.nullable, c.type.kind is not TypeKind.DATE, n != anchor, list(cols).index(n))

    best = min(cands, key=score)
    return best if score(best)[0] < 0 or not cols[best].nullable or best == anchor else None


def _day_source(table: Table, name: str, cols: Mapping, sources: frozenset[str], anchor: str | None) -> str | None:
    from seedbed.planning.timewords import _ORIGINS, _role, foreign_birth, lends, name_pairs, stays

    c = cols[name]
    toks = set(tokens(name))
    if c.type.kind is not TypeKind.DATE or not (toks & {"date", "day"}) or toks & _OWN_PLACE or toks & _ORIGINS:
        return None  # a date_founded is no day of the row's moment
    dates = [n for n, o in cols.items() if o.type.kind in _DATES and not o.type.is_array]
    if _role(name)[0] in ("step", "ending") or foreign_birth(table, name) \
            or any(name in p[:2] for p in name_pairs(dates, lending=lends(table), staying=stays(table))):
        return None  # a step of its own (shipped_date) or one end of a period (pickup_date / return_date)
    if anchor in cols and cols[anchor].type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
        return anchor
    required = [n for n, o in cols.items() if o.type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
                and not o.type.is_array and not o.nullable and n in sources and not set(tokens(n)) & _OWN_PLACE]
    return required[0] if len(required) == 1 else None


def _flag_source(name: str, cols: Mapping, sources: frozenset[str]) -> Derived | None:
    toks = tokens(name)
    state = toks[1:] if toks and toks[0] in _FLAG_HEADS else toks
    if not state:
        return None
    moments = {n: tokens(n) for n, c in cols.items() if c.type.kind in _DATES and not c.type.is_array
               and n in sources}
    for n, mt in moments.items():
        if cols[n].nullable and mt[-1:] and mt[-1] in _MOMENT_TAILS and mt[:-1] == state:
            return Derived(column=name, source=n, op="set_if")  # is_archived / archived_at
    if len(state) == 1 and state[0] in _ACTIVE:
        # is_active / left_on, closed_at and churned_at; is_valid / valid_to: none of them has passed
        leaving = [n for n, mt in moments.items() if cols[n].nullable and (set(mt) & _LEAVING or undoes_a_beginning(mt))
                   or runs_out(mt)]
        if leaving:
            return Derived(column=name, source=leaving[0], op="unset_if", terms=tuple("+" + n for n in leaving[1:]))
    return _now_flag(name, state, moments)


#: Words of the moment a row's standing runs out (``expires_at``, ``expiry_date``, ``valid_to``).
_EXPIRY = frozenset("expires expiry expiration expire expiring".split())
_VALID = frozenset("valid validity good".split())
_UNTIL = frozenset("to until till thru through end ends".split())
#: Moments that settle a due thing (an overdue bill is due and not yet paid).
_SETTLED = frozenset("""paid payment settled repaid returned completed submitted resolved closed received done
fulfilled""".split())
_BIRTH = frozenset("birth born dob birthday birthdate".split())
#: A flag of an age bracket -> (the age it turns at, true below it).
_AGES = {"minor": (18, True), "underage": (18, True), "child": (18, True), "juvenile": (18, True),
         "adult": (18, False), "senior": (65, False), "pensioner": (66, False)}


def runs_out(mt: tuple[str, ...]) -> bool:
    """Whether a moment's words say when the row's standing runs out (``expires_at``, ``valid_to``)."""
    return bool(set(mt) & _EXPIRY) or bool(set(mt) & _VALID and set(mt) & _UNTIL)


def _now_flag(name: str, state: tuple[str, ...], moments: Mapping[str, tuple[str, ...]]) -> Derived | None:
    """A flag its row's dates decide against the reference now: ``is_expired`` where the expiry has
    passed, ``overdue`` / ``past_due`` where the due date has passed and nothing settled it,
    ``is_minor`` / ``is_adult`` by the age the date of birth gives now (see ``generate.moments.now_flag``)."""
    if state == ("expired",) or state == ("has", "expired"):
        ends = [n for n, mt in moments.items() if set(mt) & _EXPIRY] or [n for n, mt in moments.items() if runs_out(mt)]
        return Derived(column=name, source=ends[0], op="passed") if ends else None
    if state in (("overdue",), ("past", "due"), ("pastdue",)):
        due = [n for n, mt in moments.items() if set(mt) & _DUE]
        settled = [n for n, mt in moments.items() if set(mt) & _SETTLED and n not in due]
        if due:
            return Derived(column=name, source=due[0], op="passed", terms=tuple("+" + n for n in settled[:1]))
        return None
    if len(state) == 1 and state[0] in _AGES:
        born = [n for n, mt in moments.items() if set(mt) & _BIRTH]
        age, below = _AGES[state[0]]
        return Derived(column=name, source=born[0], op=f"age_{'under' if below else 'from'}:{age}") if born else None
    return None


_SPAN_WORDS = "duration length elapsed runtime used worked spent logged"  # hours_used: of the row's own span
_NUMBERS = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT)
#: Clipped spellings of a time unit in a duration's name (``npt_hrs``, ``labour_hrs``), in seconds.
_UNIT_CLIPS = {"hr": 3600.0, "hrs": 3600.0, "mins": 60.0, "secs": 1.0, "days": 86400.0}
#: Words of a time a row counts that is not the time from its start to its end: a break, a plan or a limit,
#: a wait before or after, a setting.
_NOT_SPAN = frozenset("""break breaks paused pause overtime billable chargeable planned plan estimated est estimate
expected target budget budgeted max min maximum minimum limit sla allowed remaining left late delay delayed wait
waiting idle standby travel notice grace warranty lead rest on off down downtime quoted scheduled average avg
per""".split())
#: ``a > b`` (or ``>=``, ``<``, ``<=``) between two plain names in a CHECK's text.
_ORDER_RX = re.compile(r"\(?\s*([a-z_][a-z0-9_]*)\s*(>=?|<=?)\s*([a-z_][a-z0-9_]*)\s*\)?", re.I)


def _unit_of(toks: tuple[str, ...]) -> float | None:
    from seedbed.generate.intent.numbers import _SECONDS  # unit word -> seconds
    return next((_SECONDS.get(w, _UNIT_CLIPS.get(w)) for w in toks if w in _SECONDS or w in _UNIT_CLIPS), None)


def check_orders(checks: tuple, stamps: list[str]) -> list[tuple[str, str]]:
    """(later, earlier) pairs of ``stamps`` a CHECK orders (``to_ts > from_ts``, ``hauled_at > shot_at``)."""
    out = []
    for chk in checks:
        for a, op, b in _ORDER_RX.findall(chk.expression):
            if a in stamps and b in stamps and a != b:
                pair = (a, b) if op.startswith(">") else (b, a)
                if pair not in out:
                    out.append(pair)
    return out


def _span(name: str, cols: Mapping, sources: frozenset[str], checks: tuple = ()) -> Derived | None:
    """A duration in a unit, between the row's one pair of start and end timestamps: named as a duration
    (``duration_minutes``), or, in a row whose one pair of times the names or a CHECK order, its row's only
    number in a time unit whose other words name no other time (``hrs``, ``tow_hours``, ``days_at_sea``)."""
    from seedbed.planning.spans import SPAN_END, SPAN_START
    from seedbed.planning.timeline import name_pairs
    toks = tokens(name)
    unit = _unit_of(toks)
    if cols[name].type.kind not in _NUMBERS or unit is None or cols[name].type.is_array:
        return None
    stamps = [n for n, c in cols.items() if c.type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)
              and not c.type.is_array and n in sources]
    if not set(toks) & set(_SPAN_WORDS.split()):
        return _loose_span(name, toks, unit, cols, stamps, checks)
    pairs = [(later, earlier) for later, earlier, near in name_pairs(stamps) if not near
             and set(tokens(later)) & SPAN_END and set(tokens(earlier)) & SPAN_START]

    def extra(pair: tuple[str, str]) -> tuple[int, int]:  # its words shared with the duration first, then fewest
        rest = set(tokens(pair[0])) - SPAN_END - _MOMENT_TAILS
        return -len(rest & set(toks)), len(rest)

    best = sorted(pairs, key=extra)
    if not best or (len(best) > 1 and extra(best[0]) == extra(best[1])):
        return None
    return Derived(column=name, source=best[0][0], op=f"span:{unit:g}", other=best[0][1])


def _loose_span(name: str, toks: tuple[str, ...], unit: float, cols: Mapping, stamps: list[str],
                checks: tuple) -> Derived | None:
    """The row's one ordered pair of times and its one number in a time unit (see ``_span``)."""
    from seedbed.generate.intent.numbers import _SETTINGS
    from seedbed.planning.timeline import name_pairs
    if set(toks) & (_NOT_SPAN | _SETTINGS) or unit < 60:
        return None
    timed = [n for n, c in cols.items() if c.type.kind in _NUMBERS and not c.type.is_array
             and _unit_of(tokens(n)) is not None]
    pairs = check_orders(checks, stamps)
    pairs += [(a, b) for a, b, near in name_pairs(stamps) if not near and (a, b) not in pairs]
    if timed != [name] or len(pairs) != 1:
        return None
    return Derived(column=name, source=pairs[0][0], op=f"span:{unit:g}", other=pairs[0][1])


def duration_bound(table: Table, later: str, earlier: str) -> int | None:
    """The most microseconds from ``earlier`` to ``later`` that the row's duration of them allows: the upper
    bound of its CHECK (``hrs <= 24``, ``tow_hours BETWEEN 0.5 AND 12``) in its unit, so the two moments and
    the duration between them agree (an event of 8 days beside ``hrs`` of at most 24 cannot)."""
    cols = {c.name: c for c in table.columns}
    sources = frozenset(cols)
    for name in cols:
        found = _span(name, cols, sources - {name}, table.checks) if name not in (later, earlier) else None
        if found is None or (found.source, found.other) != (later, earlier):
            continue
        tops = [float(m) for chk in table.checks
                for m in re.findall(rf"\b{re.escape(name)}\s*<=?\s*\(*'?(\d+(?:\.\d+)?)", chk.expression)]
        if tops:
            return int(min(tops) * float(found.op[len("span:"):]) * 1_000_000)
    return None


#: A hold on a row (``embargo_until``, ``locked_until``, ``on_hold_until``) and the release it holds back.
_HOLDS = frozenset("embargo embargoed hold lock locked quarantine blackout".split())
_RELEASES = frozenset("published publish release released launched launch live sent unlocked available".split())


def _held_until(name: str, cols: Mapping, sources: frozenset[str]) -> str | None:
    """The release moment a hold lifts for (``published_at`` of ``embargo_until``), if the row has one."""
    if not set(tokens(name)) & _HOLDS or cols[name].type.kind not in _DATES:
        return None
    found = [n for n in sources if n != name and cols[n].type.kind in _DATES and set(tokens(n)) & _RELEASES]
    return sorted(found)[0] if len(found) == 1 else None


#: Words of a due moment, and of the term in days that sets it (``payment_terms_days``, ``net_days``).
_DUE = frozenset("due deadline".split())
_TERM = frozenset("term terms net credit".split())
_ISSUED = frozenset("issue issued invoice invoiced billed bill statement".split())


def _due_terms(name: str, cols: Mapping, sources: frozenset[str], anchor: str | None) -> Derived | None:
    """A due date set by the row's term in days: ``due_date`` = ``issue_date`` + ``payment_terms_days``
    (the issuing moment, else the row's anchor), so the two agree (net 30 due 30 days on)."""
    if not set(tokens(name)) & _DUE:
        return None
    terms = [n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.INTEGER and not c.type.is_array
             and set(tokens(n)) & _TERM and n.lower().rstrip("s").endswith("day")]
    issued = [n for n, c in cols.items() if n in sources and n != name and c.type.kind in _DATES
              and not c.type.is_array and set(tokens(n)) & _ISSUED] or ([anchor] if anchor in sources else [])
    if len(terms) != 1 or not issued:
        return None
    return Derived(column=name, source=issued[0], op="due_by_terms", other=terms[0])


def moment_derivations(table: Table, usable: Mapping[str, bool], sources: frozenset[str],
                       anchor: str | None, taken: frozenset[str] = frozenset(),
                       labels: Mapping[str, tuple[str, ...]] | None = None) -> tuple[Derived, ...]:
    """The calendar parts, days of a moment and state flags of ``table`` (see the module docstring)."""
    cols = {c.name: c for c in table.columns}
    named = {tuple(w for w in tokens(str(x)) if w not in _FLAG_HEADS) for values in (labels or {}).values()
             for x in values}
    out: list[Derived] = []
    for name, c in cols.items():
        if not usable.get(name) or name in taken:
            continue
        release = _held_until(name, cols, sources)
        if release:  # an embargo lifts when the story goes out, or shortly before
            out.append(Derived(column=name, source=release, op="lifted_by"))
            continue
        part = _part_of(name, c.type)
        if part is not None:
            src = _source_for(table, name, part, cols, sources - {name}, anchor)
            if src:
                out.append(Derived(column=name, source=src, op="part:" + part))
            continue
        span = _span(name, cols, sources - {name}, table.checks)
        if span is not None:
            out.append(span)
            continue
        due = _due_terms(name, cols, sources - {name}, anchor) if c.type.kind in _DATES else None
        if due is not None:
            out.append(due)
            continue
        if c.type.kind is TypeKind.DATE:
            src = _day_source(table, name, cols, sources - {name}, anchor)
            if src:
                out.append(Derived(column=name, source=src, op="date_of"))
            continue
        if c.type.kind is TypeKind.BOOL and not c.type.is_array:
            found = _flag_source(name, cols, sources)
            state = tuple(w for w in tokens(name) if w not in _FLAG_HEADS)
            if found and (found.op in ("set_if", "unset_if") or state not in named):
                out.append(found)  # a flag a status label names (an invoice's 'overdue') follows the status
    return tuple(out)
