"""A row's life in time, and across tables: which timestamps follow which, and what a status implies.

Real rows tell a story in order: a user signs up, then orders; the order is placed, paid,
shipped, delivered; a payment follows its order; a review follows both the reviewer's sign-up
and the product's listing; ``updated_at`` comes after ``created_at``; a pending order has no
``shipped_at``. None of this is a constraint the database states, so none of it may ever break
one: these are *soft* orders. The engine applies them after drawing a column's values and keeps
a move only where every hard bound (CHECKs, a row's hard column orders) still holds.

``timeline(schema, table, plan_of_table, anchors)`` reads the column names (tokenised), types,
nullability and status labels (enum or CHECK list) and returns a ``Timeline``:

* ``anchor``: the column that says when the row came to be (``created_at``, ``placed_at``,
  ``order_date``; else the table's only timestamp).
* ``after``: in-row soft orders (``shipped_at`` after ``paid_at`` after ``placed_at``,
  ``updated_at`` after ``created_at``, ``*_end`` after ``*_start``).
* ``links``: the anchor comes after each parent's anchor, through every FK whose parent is
  seeded first (1:1 children shortly after, others anywhere between the parent and now).
* ``gates``: a nullable lifecycle timestamp is set exactly when the row's status has reached
  that step (``shipped_at`` for shipped/delivered, ``cancelled_at`` for cancelled).
* ``inherit``: a child with a country column takes its parent's country (an address is in its
  user's country), so its city, postal code and phone follow too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import permutations
from dataclasses import dataclass, replace
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.planning.datedrefs import dated_references
from seedbed.planning.yearcodes import code_room
from seedbed.planning.derived import derivations, slugs
from seedbed.planning.namecodes import name_codes
from seedbed.planning.pairs import pairs
from seedbed.planning.gates import Gate, explained_endings, status_gates, status_stage
from seedbed.planning.labelled import (labelled_columns, played_results, problem_counts, process_moments,
                                       unstarted_quantities)
from seedbed.planning.moments import duration_bound, moment_derivations, runs_out
from seedbed.planning.standing import standing_moments
from seedbed.planning.follows import row_follows
from seedbed.planning.nullrates import NULL_RATE
from seedbed.planning.outcomes import (agreeing_outcomes, flagged_problem_counts, labelled_flags, outcome_details,
                                      outcome_labels)
from seedbed.planning.parties import party_gates
from seedbed.planning.readings import reading_derivations
from seedbed.planning.remarks import remark_derivations
from seedbed.planning.adverse import adverse_details
from seedbed.planning.rowdates import on_date_times
from seedbed.planning.steps import stage as _stage, step_lag
from seedbed.planning.acts import act_clocks, act_verb, made_ahead, parent_acts
from seedbed.planning.bookable import event_clocks
from seedbed.planning.travel import LATER_STEP_SPAN, brief_row, travel_span
from seedbed.planning.spans import AHEAD, EVENT_SPANS, SPAN_END, SPAN_START, sign_up_by, spanned
from seedbed.model import QualifiedName, Schema, Table, TypeKind
from seedbed.planning.timewords import (TEMPORAL, _BIRTH, _BOOKED_FOR, _BOOKED_SPAN, _EDITED, _KICKOFF,
                                        _NOT_EVENTS, _PLANNED, _PUBLISHED, _PUBLISHED_STEP, _anchor, _role,
                                        _settled_after, _temporal_columns, anchor_of, foreign_birth, lends,
                                        first_moment, life_end, name_pairs, stays)

__all__ = ["After", "CountryLink", "Gate", "ProductLink", "TimeLink", "Timeline", "add_timelines", "anchor_of",
           "name_pairs", "status_stage", "timeline"]

#: One day in microseconds (the shortest lag between two dates a CHECK orders).
_DAY_US = 86_400_000_000
#: Intents of a column that holds a country (as a name or a code).
COUNTRY_INTENTS = frozenset(("address.country", "address.country_code"))
#: Intents whose values follow the row's product (``RowContext.product``): in a child of a
#: products table they follow the product its FK picked.
PRODUCT_INTENTS = frozenset(("text.review", "money.price", "commerce.product_name", "commerce.category"))



@dataclass(frozen=True, slots=True, kw_only=True)
class After:
    """``column`` comes after ``right`` of the same row: shortly (``near``) or any time until now."""

    column: str
    right: str
    near: bool
    within_us: int | None = None  # at most this long after ``right`` (a scope's "within 2 days")
    span_us: tuple[int, int] | None = None  # between these two lags after ``right`` (an event's length)
    ahead: bool = False  # may pass "now" (a deadline of a recent row)
    before: bool = False  # before ``right`` instead: a day to a month ahead of it (a sign-up deadline)
    needs: bool = False  # NULL where ``right`` is NULL: no arrival without a departure (both optional)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeLink:
    """The anchor comes after the anchor of the parent row ``fk`` points at (``before``: before the
    start of the event that row is, as a booking precedes its class)."""

    fk: str
    parent: QualifiedName
    parent_anchor: str
    near: bool  # a 1:1 child (a payment of an order) follows shortly
    before: bool = False
    until: str | None = None  # the parent's column that ends its life: the anchor comes before it too


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryLink:
    """``column`` (a country) is the country of the parent row ``fk`` points at."""

    column: str
    fk: str
    parent: QualifiedName
    parent_column: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductLink:
    """The rows' product is the product row ``fk`` points at (its name, category, price)."""

    fk: str
    parent: QualifiedName
    columns: tuple[str, ...]  # the columns that follow it


@dataclass(frozen=True, slots=True, kw_only=True)
class Timeline:
    anchor: str | None = None
    after: tuple[After, ...] = ()
    links: tuple[TimeLink, ...] = ()
    status: str | None = None
    gates: tuple[Gate, ...] = ()
    inherit: CountryLink | None = None
    product: ProductLink | None = None
    derived: tuple[Any, ...] = ()  # seedbed.planning.derived.Derived: lower copies, min <= max, part <= total
    # (column, fk, parent column): NULL where the parent row's moment is (a party's signature of a draft deed)
    needs_parent: tuple[tuple[str, str, str], ...] = ()
    clocks: tuple[tuple[str, bool | str], ...] = ()  # events' starts, planned (a quarter hour of the working day)
    # or not; "act": a person's act at a minute of the working day (planning.acts)

    def __bool__(self) -> bool:
        return bool(self.after or self.links or self.gates or self.inherit or self.product or self.derived
                    or self.clocks)

    def depends(self) -> dict[str, set[str]]:
        """Columns each column must be generated after (its in-row predecessors, its status)."""
        deps: dict[str, set[str]] = {}
        for a in self.after:
            deps.setdefault(a.column, set()).add(a.right)
        for g in self.gates:
            deps.setdefault(g.column, set()).add(g.source or self.status or g.column)
        for d in self.derived:
            deps.setdefault(d.column, set()).update(d.sources)
        return deps

    def reasons(self) -> dict[str, str]:
        """Per column, what the timeline does to it (for ``seedbed plan --explain``; ``planning.reasons``)."""
        from seedbed.planning.reasons import timeline_reasons

        return timeline_reasons(self)


def _lone_starts(table: Table, temporal: list[str], paired: set[str]) -> tuple:
    """A planned start with no end beside it (``kickoff_at``, ``scheduled_start``, ``tip_off_time``)
    falls on a quarter hour of the day too: a match kicks off at 14:30, not 03:19:42."""
    out = []
    for n in temporal:
        toks = tokens(n)
        words = set(toks) | ({"tipoff"} if ("tip", "off") in zip(toks, toks[1:]) else set())
        if n in paired or "actual" in words or not words & (_PLANNED | _KICKOFF) or _role(n)[0] == "born":
            continue
        if table.column(n).type.kind in (TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ):
            out.append((n, True))
    return tuple(out)


def _on_its_date(after: list[After], date: str, windows: dict[str, tuple[int, int]],
                 lags: dict[str, tuple[str, int, int]]) -> list[After]:
    """``after`` with the times of a dated row on its date (``rowdates``): a window of the day after the
    date's midnight, or a lag after the time they follow (a length their names gave is kept)."""
    out = [a for a in after if a.column not in windows and not (a.column in lags and not a.span_us)]
    out += [After(column=n, right=date, near=True, span_us=w) for n, w in windows.items()]
    kept = {a.column for a in out if a.column in lags}
    out += [After(column=n, right=right, near=True, span_us=(lo, hi)) for n, (right, lo, hi) in lags.items()
            if n not in kept]
    return out


def timeline(table: Table, usable: Mapping[str, bool], *, status_labels: Mapping[str, tuple[str, ...]],
             fks: list[tuple[str, QualifiedName, bool, bool]], parent_anchor: Mapping[QualifiedName, str],
             country_columns: Mapping[QualifiedName, str], hard_pairs: set[frozenset[str]],
             nullable: Mapping[str, bool], anchor: str | None = None,
             within: Mapping[str, tuple[str, float]] | None = None,
             parent_starts: Mapping[QualifiedName, str] | None = None,
             sources: frozenset[str] = frozenset(),
             spans: Mapping[str, tuple[str, float, float | None]] | None = None) -> Timeline:
    """The soft time orders, status gates and inherited country of one table.

    Args:
        table: the table.
        usable: column -> generated freely (a plain value: not a key, not asked for by the user).
        status_labels: status-like column -> its labels (enum or CHECK list).
        fks: ``(fk name, parent, one_to_one, usable)`` per FK, parents seeded before this table.
        parent_anchor: parent table -> its anchor column.
        country_columns: table -> its country column (this table's included).
        hard_pairs: column pairs a CHECK already orders (left alone).
        nullable: column -> may be NULL (gates only touch those).
        anchor: the anchor a scope asked for ("paid_at after the order dates"), else inferred.
        within: column -> (other column, hours) a scope asked for ("shipped within 2 days of being
            placed"): the column follows the other by at most that long, even where a CHECK orders them.
        parent_starts: parent table -> its start, where the parent is an event (a class): a row
            that begins (``booked_at``) and points at it comes before that start.
        sources: columns whose values exist before the free ones are drawn (unique values,
            parts of a unique tuple): a free column may follow them (``return_date`` after a
            unique ``rental_date``).
        spans: column -> (other column, low hours, high hours or None) a scope asked for ("stays of
            2 to 5 nights"): the column lies that long after the other.
    """
    temporal = _temporal_columns(table, usable)
    known = [c.name for c in table.columns if c.type.kind in TEMPORAL and not c.type.is_array
             and (c.name in temporal or c.name in sources)]
    pairs = name_pairs(known, lending=lends(table), staying=stays(table))
    if anchor not in temporal:
        anchor = _anchor(table, temporal)
        if anchor in {later for later, _e, _n in pairs}:  # to_date is no row's birth, from_date is
            anchor = None
    after: list[After] = []

    def add(col: str, right: str | None, near: bool) -> None:
        if right and right != col:
            after.append(After(column=col, right=right, near=near))

    earliers = {e for _l, e, _n in pairs}
    laters = {later for later, _e, _n in pairs}
    steps = sorted((v, n) for n in temporal for v in [_stage(n, anchor)] if v is not None)
    starts = {_role(n)[1]: n for n in temporal if _role(n)[0] == "start"}
    for n in temporal:
        role, what = _role(n)
        if n == anchor or foreign_birth(table, n):  # a licence's issue: its own moment, years before
            continue
        if _stage(n, anchor) is not None:
            what = _stage(n, anchor)
            earlier = [s for s in steps if s[0] < what]
            add(n, earlier[-1][1] if earlier else _settled_after(n, anchor, temporal), True)
        elif role == "ending":
            add(n, anchor, True)
        elif role == "end":
            ordered = [x for p in hard_pairs if n in p and len(p) == 2 for x in p if x != n and x in temporal]
            add(n, starts.get(what) or (next(iter(starts.values())) if len(starts) == 1 else None) or anchor
                or (ordered[0] if len(ordered) == 1 else None), False)  # a contract's end after its go-live (r49)
        elif role == "born" and set(tokens(n)) & _PUBLISHED and steps:  # published after its review
            earlier = [s for s in steps if s[0] < _PUBLISHED_STEP]
            add(n, earlier[-1][1] if earlier else anchor, True)
        elif role == "born":  # another word for when the row began (opened_on beside created_at, joined
            add(n, anchor, True)  # after invited): the same moment or shortly after it
        elif role in ("later", "start"):
            add(n, anchor if role == "start" else _settled_after(n, anchor, temporal), False)
        elif role == "" and n in earliers and anchor and _role(anchor)[0] == "born" and not set(tokens(n)) & _BIRTH:
            # what a booking books (pickup_at of pickup / dropoff) comes after it: an hour to a month
            after.append(After(column=n, right=anchor, near=True, ahead=True, span_us=_BOOKED_SPAN))
        elif role == "" and nullable.get(n) and not set(tokens(n)) & _NOT_EVENTS:
            # an optional moment (read_at, last_login_at) comes once the row exists; in a brief row (an
            # entry released, a survey certified) within weeks, not any time until now (a pair's later
            # end takes its lag from the pair)
            right = _settled_after(n, anchor, temporal)
            if right and right != n and n not in laters and brief_row(table):
                after.append(After(column=n, right=right, near=True, span_us=LATER_STEP_SPAN))
            else:
                add(n, right, False)
    paired = {(a.column, a.right) for a in after}
    for later, earlier, near in pairs:
        if later in temporal and (later, earlier) not in paired and later != anchor:
            add(later, earlier, near)
    for pair in hard_pairs:  # a pair a CHECK orders that a duration of the row measures (hauled_at > shot_at
        for x, y in permutations(sorted(pair)):  # beside tow_hours): as long as the duration's bound allows
            if x in temporal and y in temporal and x != anchor and not any((a.column, a.right) == (x, y) for a in after) \
                    and duration_bound(table, x, y):
                add(x, y, False)
    if anchor and _role(anchor)[0] == "born":  # an appointment booked at booked_at takes place later
        for n in temporal:
            words = set(tokens(n))
            if n != anchor and words & _BOOKED_FOR and not words & SPAN_END and not any(a.column == n for a in after) \
                    and "actual" not in words:
                after.append(After(column=n, right=anchor, near=True, ahead=True, span_us=_BOOKED_SPAN))
    ahead = [n for n in temporal if set(tokens(n)) & AHEAD and n != anchor]
    for n in temporal:  # an edit comes after every step the row took (updated_at after published_at)
        if _role(n)[0] == "later" and set(tokens(n)) & _EDITED:
            for m in temporal:
                if m != n and m != anchor and m not in ahead and _role(m)[0] in ("born", "step", "ending"):
                    add(n, m, False)
    for n in ahead:  # a deadline: after the row's own moment, even with no name pairing it
        first = anchor or (steps[0][1] if steps else None)  # else the row's first step (due back after pickup)
        if first and not any(a.column == n for a in after):
            add(n, first, True)
    after = [spanned(table, a, _role(a.column)[0] == "step") for a in after]
    after = [step_lag(table, sign_up_by(travel_span(table, a)), hard_pairs) for a in after]
    on_date = on_date_times(table, temporal, {n: _role(n)[0] for n in temporal},
                            {a.column: a.right for a in after if a.right != anchor})
    if on_date is not None:  # a night's sunset on its night_date, a shift's clock_in on its shift_date (r29)
        after = _on_its_date(after, *on_date)
    # A pair a CHECK orders is left to the CHECK, unless its names give the lag (an event's length,
    # a deadline's term): the CHECK alone draws any gap, days for a two-hour event.
    after = [a for a in after if frozenset((a.column, a.right)) not in hard_pairs or a.span_us or a.within_us]
    for col, (right, hours) in (within or {}).items():
        if col in temporal and right in temporal and col != right:
            after = [a for a in after if a.column != col]
            within_us = int(hours * 3_600_000_000)
            # dates a CHECK orders ("check_out > check_in"): a day at least, or the CHECK redraws the
            # same-day rows with any gap and the scope's bound is lost
            span = (_DAY_US, within_us) if frozenset((col, right)) in hard_pairs and within_us >= _DAY_US \
                and table.column(col).type.kind is TypeKind.DATE else None
            after.append(After(column=col, right=right, near=True, within_us=within_us, span_us=span))
    for col, (right, low, high) in (spans or {}).items():
        if col in temporal and right in temporal and col != right:
            # a length a scope asked for ("stays of 2 to 5 nights"); open above: up to three times the
            # least. Asked for, it may pass "now" (a stay begun yesterday ends next week); a date's last
            # day counts whole (2 to 5 nights: 5 included)
            after = [a for a in after if a.column != col]
            lo_us = int(low * 3_600_000_000)
            hi_us = int((high if high is not None else max(3 * low, low + 24)) * 3_600_000_000)
            if table.column(col).type.kind is TypeKind.DATE:
                lo_us, hi_us = max(lo_us, _DAY_US), hi_us + _DAY_US - 1
            after.append(After(column=col, right=right, near=True, within_us=hi_us, span_us=(lo_us, hi_us), ahead=True))
    clocks = tuple(dict.fromkeys((a.right, bool(set(tokens(a.right)) & _PLANNED)) for a in after
                                 if a.span_us in EVENT_SPANS and _role(a.right)[0] != "born"
                                 and "actual" not in tokens(a.right)))  # an actual start follows its schedule
    paired_up = {x for a in after for x in (a.column, a.right) if x != anchor} | dict(clocks).keys() \
        | {x for later, earlier, _near in pairs for x in (later, earlier)} | {x for p in hard_pairs for x in p}
    clocks += _lone_starts(table, temporal, paired_up)
    events = event_clocks(table, temporal, paired_up | dict(clocks).keys(), {n: _role(n)[0] for n in temporal},
                          [x for labels in status_labels.values() for x in labels])
    clocks += events
    timed = set(dict(clocks)) | {a.column for a in after if a.span_us or a.within_us}  # a lag of its own: kept
    clocks += act_clocks(table, temporal, timed)  # a deed signed, a unit inspected: a working minute
    if anchor and _role(anchor)[0] == "born":  # a visit booked at booked_at takes place an hour to a month later
        after += [After(column=n, right=anchor, near=True, ahead=True, span_us=_BOOKED_SPAN) for n, _ in events
                  if n != anchor and not any(a.column == n for a in after)]
    if on_date is not None:  # their own windows of the day, not the working day's next quarter hour
        clocks = tuple(c for c in clocks if c[0] not in on_date[1] and c[0] not in on_date[2])
    links = tuple(TimeLink(fk=name, parent=parent, parent_anchor=parent_anchor[parent], near=one)
                  for name, parent, one, ok in fks if ok and anchor and parent in parent_anchor)
    if anchor and _role(anchor)[0] == "born" and made_ahead(table, anchor):  # a booking: before the event starts
        links += tuple(TimeLink(fk=name, parent=parent, parent_anchor=(parent_starts or {})[parent], near=False,
                                before=True) for name, parent, _one, ok in fks if ok and parent in (parent_starts or {}))
    elif anchor:  # what an event yields comes after it starts (a unit collected at a donation, a lap of a race)
        links += tuple(TimeLink(fk=name, parent=parent, parent_anchor=(parent_starts or {})[parent], near=one)
                       for name, parent, one, ok in fks if ok and parent in (parent_starts or {}))

    status, gates = status_gates(table, temporal, known, anchor, usable, nullable, status_labels, _role,
                                 frozenset(_NOT_EVENTS))
    gates += explained_endings(table, temporal, usable, nullable, {g.column for g in gates})
    # the later end of an optional pair is there only where the earlier one is (a leg not yet left has not
    # arrived), unless its status says when it is set
    ends = {(later, earlier) for later, earlier, _near in pairs}
    after = [replace(a, needs=True) if (a.column, a.right) in ends and nullable.get(a.column) and nullable.get(a.right)
             and not any(g.column == a.column for g in gates) else a for a in after]

    inherit = None
    mine = country_columns.get(table.name)
    if mine is not None:  # "" : no country column of its own, its places still follow a parent's
        for name, parent, _one, ok in fks:
            if ok and parent in country_columns and parent != table.name and country_columns[parent]:
                inherit = CountryLink(column=mine, fk=name, parent=parent, parent_column=country_columns[parent])
                break
    return Timeline(anchor=anchor, after=tuple(after), links=links, status=status, gates=tuple(gates),
                    inherit=inherit, clocks=clocks)


#: Tables of gatherings held on a day: a registration or a booking for one comes before it.
_GATHERINGS = frozenset("""event concert gig show performance screening match fixture race gala fundraiser
conference meeting webinar workshop lecture ceremony festival exhibition auction tournament""".split())
_HELD = frozenset("date day held on scheduled for".split())


def _held_on(table: Table, anchor: str) -> bool:
    """Whether ``anchor`` is the day a gathering is held (``events.event_date``, ``concerts.held_on``):
    its start, though no word says "start"."""
    toks, words = tokens(table.name.name), set(tokens(anchor))
    return bool(toks) and toks[-1] in _GATHERINGS and bool(words & {"date", "day", "held"}) \
        and words <= _HELD | {toks[-1]} and _role(anchor)[0] == ""


#: Intents of a code of no known kind (a language's ISO code, a SKU keep theirs): a name may abbreviate them.
_PLAIN_CODES = frozenset({"id.code", "id.opaque", "text.neutral"})


def add_timelines(schema: Schema, tables: dict[QualifiedName, Any],
                  after: Sequence[tuple[QualifiedName, QualifiedName, str]] = (),
                  within: Sequence[tuple[QualifiedName, str, str, float]] = (),
                  spans: Sequence[tuple[QualifiedName, str, str, float, float | None]] = ()) -> dict[QualifiedName, Any]:
    """The plan's tables (in load order) with their ``timeline`` set and explained per column.

    ``after``: ``(child, parent, child column)`` a scope asked for; the child's column becomes its
    anchor and the parent's anchor is found even where names alone would not name one.
    """
    from seedbed.planning.model import Gen

    asked = {child: col for child, _parent, col in after}
    parents_asked = {parent for _child, parent, _col in after}
    anchors: dict[QualifiedName, str] = {}
    starts: dict[QualifiedName, str] = {}
    ends: dict[QualifiedName, str] = {}  # a parent's column that ends its rows' life (timewords.life_end)
    countries: dict[QualifiedName, str] = {}
    products: set[QualifiedName] = set()
    out: dict[QualifiedName, Any] = {}
    referenced: dict[QualifiedName, frozenset[str]] = {}  # columns other rows point at: keys rebuilt from the index
    for t in schema.tables:
        for fk in t.foreign_keys:
            referenced[fk.ref_table] = referenced.get(fk.ref_table, frozenset()) | frozenset(fk.ref_columns)
    for name, tp in tables.items():
        table = schema.table(name)
        usable = {cp.name: cp.gen is Gen.VALUE and not cp.unique
                  and (cp.spec is None or not (cp.spec.provider or cp.spec.weights)) for cp in tp.columns}
        doms = tp.domains
        nullable = {c.name: c.nullable and not (doms and doms.column(c.name).not_null) for c in table.columns}
        labels: dict[str, tuple[str, ...]] = {}
        for c in table.columns:
            allowed = doms.column(c.name).allowed if doms else None
            values = c.type.enum_labels or (tuple(str(v) for v in allowed) if allowed else ())
            if values and any(cp.name == c.name and cp.gen is Gen.VALUE for cp in tp.columns):
                labels[c.name] = values
        labels.update(outcome_labels(tp, labels))  # a result without a CHECK: the labels its intent draws
        mine, source = _country_columns(tp, usable, countries)
        if source:
            countries[name] = source
        if any(cp.gen is Gen.VALUE and cp.intent is not None and cp.intent.name == "commerce.product_name"
               for cp in tp.columns):
            products.add(name)
        fks = []
        for fk in tp.fks:
            # Listed keys (a scope's "orders 1-500") follow their rows' times when this seed makes
            # them (Engine._listed_rows maps them onto the rows; else the link is not read).
            if fk.self_reference or fk.broken or fk.parent not in out:
                continue
            fk_ok = all(tp.column(c).gen in (Gen.FK, Gen.COMBO) for c in fk.columns)
            fks.append((fk.name, fk.parent, fk.distinct, fk_ok))
        hard = {frozenset((o.left, o.right)) for o in (doms.orders if doms else ())}
        forced = asked.get(name) or (anchor_of(table, usable, forced=True) if name in parents_asked else None)
        chained = {p.fk for combo in tp.combos if any(x.ordinal for x in combo.parts) for p in combo.parts if p.fk}
        if forced is None and chained:  # a parent's numbered rows (legs, hops) begin with their first moment
            forced = anchor_of(table, usable) or first_moment(table, usable)
        sources = frozenset(cp.name for cp in tp.columns if cp.gen in (Gen.VALUE, Gen.COMBO))
        tl = timeline(table, usable, status_labels=labels, fks=fks, parent_anchor=anchors,
                      country_columns={**countries, name: mine} if mine is not None else
                      {k: v for k, v in countries.items() if k != name}, hard_pairs=hard, nullable=nullable, anchor=forced, sources=sources,
                      within={c: (o, h) for t, c, o, h in within if t == name}, parent_starts=starts,
                      spans={c: (o, lo, hi) for t, c, o, lo, hi in spans if t == name})
        if tl.anchor and (set(tokens(tl.anchor)) & SPAN_START or _held_on(table, tl.anchor)) \
                and _role(tl.anchor)[0] != "born":
            starts[name] = tl.anchor  # an event's start: its bookings come before it, not after
        elif tl.anchor:
            anchors[name] = tl.anchor
        if (end := life_end(table, usable, tl.anchor)) is not None:
            ends[name] = end
        # rows numbered within their parent (a shipment's legs 1, 2, 3) follow its start closely, in their order
        # a party's act within its parent's (a deed's party signs at its execution): near the parent it is part of
        parts = {fk.name for fk in tp.fks if table.primary_key and set(fk.columns) <= set(table.primary_key.columns)} \
            if tl.anchor and any(w.endswith("ed") and act_verb(w) for w in tokens(tl.anchor)) else set()
        tl = replace(tl, links=tuple(replace(k, until=ends.get(k.parent), near=k.near or k.fk in chained | parts)
                                     if not k.before else k for k in tl.links))
        tl = replace(tl, needs_parent=parent_acts(table, tp, out, usable, nullable))
        if name not in products:
            tl = replace(tl, product=_product_link(tp, products, usable, out))
        kinds = party_gates(table, labels, usable, nullable, doms, frozenset(g.column for g in tl.gates))
        if kinds:  # an organisation has no birth date, a person no company number
            tl = replace(tl, gates=tl.gates + tuple(kinds))
        derived = derivations(table, usable, sources, room=code_room(tp, table), rows=tp.rows)
        derived += tuple(reading_derivations(  # an odometer grows with its reading's time, per vehicle
            table, usable, tl.anchor, [(fk.name, tokens(fk.parent.name)) for fk in tp.fks
                                       if not fk.self_reference and len(fk.columns) == 1],
            frozenset(d.column for d in derived)))
        drawn = frozenset(cp.name for cp in tp.columns if cp.gen is Gen.VALUE and cp.intent is not None
                          and cp.intent.name in _PLAIN_CODES
                          and (cp.spec is None or not (cp.spec.provider or cp.spec.weights)))
        derived += tuple(name_codes(table, drawn, sources, {x.column for x in derived},
                                    referenced.get(name, frozenset())))  # a code beside a name abbreviates it
        derived += tuple(pairs(table, sources, {x.column for x in derived}, referenced.get(name, frozenset()),
                               {cp.name: (cp.intent.name, dict(cp.intent.params)) if cp.intent else None
                                for cp in tp.columns}))  # a common name follows the scientific one (r33)
        derived += tuple(d for d in slugs(table, sources, {x.column for x in derived})  # UNIQUE slugs too
                         if not usable.get(d.column) and d.op == "slug_numbered")
        derived += standing_moments(table, usable, labels, tl.anchor, frozenset(d.column for d in derived))
        derived += moment_derivations(table, usable, sources, tl.anchor, frozenset(d.column for d in derived), labels)
        derived += _outcomes(table, usable, nullable, frozenset(g.column for g in tl.gates))
        # a part within its whole (amount_awarded <= amount_requested) may still be one label's (awarded);
        # a party's name parts follow its kind (parties) rather than one label (company_name of 'company')
        derived += labelled_columns(table, usable, nullable, labels, frozenset(
            d.column for d in derived if d.op not in ("at_most", "at_least")) | {g.column for g in kinds})
        derived += outcome_details(table, usable, nullable, frozenset(d.column for d in derived))  # failure_code
        derived += process_moments(table, usable, nullable, labels,
                                   frozenset(d.column for d in derived) | {g.column for g in tl.gates})
        derived += played_results(table, usable, nullable, labels, frozenset(d.column for d in derived))
        derived += agreeing_outcomes(table, usable, labels, frozenset(d.column for d in derived))  # result, passed
        derived += labelled_flags(table, usable, {**labels, **outcome_labels(tp, labels, any_head=True)},
                                  derived)  # is_critical
        derived += flagged_problem_counts(table, usable, frozenset(d.column for d in derived))  # the flag first
        derived += problem_counts(table, usable, labels, frozenset(d.column for d in derived))
        derived += unstarted_quantities(table, usable, labels, frozenset()) + row_follows(  # amount = days x rate
            table, usable, nullable, labels, derived, sources)
        derived += tuple(remark_derivations(table, usable, sources, {cp.name: cp.intent for cp in tp.columns},
                                            frozenset(d.column for d in derived)))  # notes of the row's values
        derived += adverse_details(table, usable, nullable, labels, frozenset(  # a fail_note on failures only (r38)
            d.column for d in derived if d.op.startswith("only_if:")))
        derived += dated_references(table, {cp.name: cp.intent.name if cp.intent else None for cp in tp.columns},
                                    tl.anchor, frozenset(d.column for d in derived if not d.op.startswith("only_if:")),
                                    frozenset(cp.name for cp in tp.columns if cp.intent and cp.intent.params.get("noun")
                                              == "issue_key"))
        if derived:
            tl = replace(tl, derived=derived)
            tp = _flag_shares(tp, derived)
        if tl or tl.anchor:  # an anchor alone is what children read
            why = tl.reasons()
            tp = replace(tp, timeline=tl, columns=tuple(
                replace(cp, reason=f"{cp.reason}; {why[cp.name]}") if cp.name in why else cp for cp in tp.columns))
        out[name] = tp
    return out


def _country_columns(tp: Any, usable: Mapping[str, bool],
                     countries: Mapping[QualifiedName, str]) -> tuple[str | None, str | None]:
    """(the column through which the table's rows take their parent's country, ``""`` when they have
    none of their own but their places still follow it, None when they must not; the column that
    says each row's country to its children).

    A row's country is said by a column holding a country (``address.country*``; a country table's
    unique code too: its children read it) or by a one-column FK to a parent's country column (a
    city's ``country_code`` referencing ``country(code)``): a city's name, a hotel's phone and postal
    code then belong to the country its FK (or its FK's FK) points at. A unique country column of
    its own is never overwritten (no inheritance).
    """
    from seedbed.planning.model import Gen

    own = [cp for cp in tp.columns if cp.gen is Gen.VALUE and cp.intent is not None
           and cp.intent.name in COUNTRY_INTENTS]
    free = next((cp.name for cp in own if usable.get(cp.name)), None)
    linked = next((fk.columns[0] for fk in tp.fks if len(fk.columns) == 1 and not fk.self_reference
                   and countries.get(fk.parent) == fk.ref_columns[0]), None)
    fixed = next((cp.name for cp in own if not usable.get(cp.name)), None)
    if fixed is not None:  # a unique (or asked-for) country column: the row's own, kept as drawn
        return None, fixed
    if free is not None:
        return free, free
    return (linked or ""), linked


#: The share of rows in a state whose flag says nothing of how common it is (``is_closed``).
_FLAG_SHARE = 0.3


def _flag_shares(tp: Any, derived: Sequence[Any]) -> Any:
    """A moment a state flag restates is set on the flag's usual share of rows (``is_closed``, a
    rare state: ``closed_at`` on a few rows; ``is_active``: ``left_on`` on a fifth), where the
    column has the planner's default NULL share (nothing asked, no rarer state of its own)."""
    rates = {}
    for d in derived:
        if d.op not in ("set_if", "unset_if"):
            continue
        if runs_out(tokens(d.source)):  # a licence's expiry is on most rows, whatever the flag's share
            continue
        flag, moment = tp.column(d.column), tp.column(d.source)
        known = flag.intent is not None and flag.intent.name == "number.flag"
        p = flag.intent.params.get("p", _FLAG_SHARE) if known else _FLAG_SHARE
        if moment.null_rate == NULL_RATE and moment.spec is None:
            rates[d.source] = 1 - float(p) if d.op == "set_if" else float(p)
    if not rates:
        return tp
    return replace(tp, columns=tuple(replace(cp, null_rate=rates[cp.name]) if cp.name in rates else cp
                                     for cp in tp.columns))


def _outcomes(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
              gated: frozenset[str]) -> tuple[Any, ...]:
    """A row that ended badly never reached its later steps: a nullable step moment
    (``succeeded_at``, ``accepted_at``, ``completed_at``) is NULL where the row's cancel-family
    ending (``failed_at``, ``rejected_at``, ``cancelled_at``) is set, when no status gates it."""
    from seedbed.planning.derived import Derived

    temporal = [n for n in _temporal_columns(table, usable) if nullable.get(n)]
    endings = [n for n in temporal if _role(n) == ("ending", "cancel")]
    if len(endings) != 1:
        return ()
    return tuple(Derived(column=n, source=endings[0], op="null_if_set") for n in temporal
                 if n not in gated and _role(n)[0] == "step")


def _product_link(tp: Any, products: set[QualifiedName], usable: Mapping[str, bool],
                  seeded: Mapping[QualifiedName, Any]) -> ProductLink | None:
    """The FK through which a child's product-driven columns (review text, price) follow the
    product row it points at; None when it has none, or when one of them is UNIQUE (copies of
    the parent's values would collide)."""
    from seedbed.planning.model import Gen

    cols = tuple(cp.name for cp in tp.columns if cp.intent is not None and cp.intent.name in PRODUCT_INTENTS)
    if not cols or any(tp.column(c).unique or not usable.get(c) for c in cols):
        return None
    for fk in tp.fks:
        if fk.parent in products and fk.parent in seeded and not fk.broken and not fk.self_reference \
                and fk.parent_keys is None and all(tp.column(c).gen in (Gen.FK, Gen.COMBO) for c in fk.columns):
            return ProductLink(fk=fk.name, parent=fk.parent, columns=cols)
    return None
