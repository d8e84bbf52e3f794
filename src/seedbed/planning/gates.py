"""Status gates: a nullable moment of a row is set exactly when its status says the row got there.

``shipped_at`` is set on shipped and delivered orders, NULL on pending ones; ``cancelled_at`` only on
cancelled ones. A label's place in the row's life comes from its words (``_LABEL_STEP``: pending 0,
paid 1, active 2, shipped 3, delivered 4; cancel and refund families apart) and, for words no list
knows, from the moment column that names the same verb (``picked_up`` beside ``picked_up_at``,
``checked_in`` beside ``checked_in_at``), placed between its known neighbours in the enum's order
(enums list a lifecycle in order: ``booked, checked_in, completed``).

The row's own status (``status``, ``state``, ``<table>_status``) gates every lifecycle moment. Another
status-like column (``loan_status`` of a checkouts table, ``payment_status``) gates only the moments
whose verb one of its labels names (``returned_at`` by ``'returned'``), so a payment status never
empties ``shipped_at``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from seedbed.generate.intent.tokens import singular, tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.labelled import same_word
from seedbed.planning.momentnames import moment_words

__all__ = ["Gate", "explained_endings", "interpolated_steps", "status_gates", "status_stage", "verb_stem"]

#: Status labels -> how far the row got (0 created ... 4 done); cancel / refund families apart.
_LABEL_STEP: dict[str, float] = {
    **dict.fromkeys(("filed", "lodged"), 0.5),
    **dict.fromkeys(("hold", "suspended", "paused"), 2),
    "archived": 5,  # put away after it was done: every step's moment is set
    **dict.fromkeys(("pending", "new", "created", "draft", "open", "placed", "unpaid", "awaiting",
                     "requested", "submitted", "cart", "checkout", "initiated", "queued", "scheduled",
                     "delayed", "planned", "intake", "invited", "reserved", "booked"), 0),
    **dict.fromkeys(("paid", "confirmed", "approved", "accepted", "authorized", "authorised", "captured",
                     "succeeded", "joined", "awarded", "granted"), 1),
    # overdue: out and not back yet (a loan, a rental); a bill's overdue is re-read as sent (_BILL_SENT)
    **dict.fromkeys(("processing", "packed", "packing", "preparing", "ready", "active", "progress", "boarding",
                     "overdue", "borrowed", "loaned", "ongoing", "running", "started", "underway"), 2),
    **dict.fromkeys(("shipped", "dispatched", "transit", "shipping", "sent", "out", "departed", "airborne"), 3),
    **dict.fromkeys(("delivered", "completed", "complete", "fulfilled", "received", "closed", "done",
                     "resolved", "finished", "returned", "refunded", "arrived", "landed"), 4),
}
#: Labels of a bill's status (a table with a due moment) that come before it is paid.
_BILL_SENT = frozenset("sent issued overdue unpaid open outstanding".split())
_LABEL_FAMILY = {"cancelled": "cancel", "canceled": "cancel", "void": "cancel", "voided": "cancel",
                 "rejected": "cancel", "declined": "cancel", "failed": "cancel", "expired": "cancel",
                 "abandoned": "cancel", "withdrawn": "cancel", "unsold": "cancel", "noshow": "cancel",
                 "refunded": "refund"}
#: First words of a label that says the row never got somewhere (``no show``, ``no sale``, ``not sold``).
_NEGATED = frozenset("no not never non".split())
#: Last words of a text that explains an ending (``cancellation_reason``): set only when the row
#: ended that way, like the ending's timestamp.
_EXPLAINS = frozenset("reason note notes comment explanation details detail remark".split())
#: Words of a moment column's name that say only "when".
_WHEN = frozenset("at on date time ts timestamp datetime when".split())
#: Words of a moment at which a row ended, whichever way it ended (``ended_at``, ``terminated_on``).
_ENDED = frozenset("ended terminated termination".split())
#: Words of a status column's name.
_STATUS = frozenset(("status", "state", "lifecycle"))
TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ)


@dataclass(frozen=True, slots=True, kw_only=True)
class Gate:
    """``column`` is set exactly on rows whose status label is in ``labels`` (NULL elsewhere); the
    status is the timeline's, or ``source`` (a party's kind). With ``source`` and no labels: set
    exactly on rows where that sibling is set (a ``cancel_reason`` with its ``cancelled_on``)."""

    column: str
    labels: frozenset[str]
    source: str | None = None


def status_stage(label: str) -> tuple[float | None, str | None]:
    """(lifecycle step 0..4 or None, family 'cancel' / 'refund' / None) of a status label."""
    words = tokens(str(label))
    family = next((_LABEL_FAMILY[w] for w in words if w in _LABEL_FAMILY), None)
    said = str(label).lower().replace("-", " ").replace("_", " ").split()  # tokens() reads 'no' as a number
    if len(said) > 1 and said[0] in _NEGATED and family is None:  # 'no show', 'no sale', 'not sold': it never
        family = "cancel"  # got there (no arrival, no sale moment), as a cancelled row
    step = next((_LABEL_STEP[w] for w in words if w in _LABEL_STEP), None)
    if family == "cancel":
        step = None
    return step, family


def verb_stem(word: str) -> str:
    """One spelling for the forms of a verb in names and labels: ``returned`` / ``return``,
    ``cancelled`` / ``canceled`` / ``cancellation``, ``approved`` / ``approve``, ``expires`` /
    ``expired`` / ``expiry``, ``delivered`` / ``delivery``, ``paid`` / ``pay``."""
    w = word.lower()
    if w in ("paid", "payed", "payment"):
        return "pay"
    for suffix in ("ation", "ment", "ing", "ed", "es", "s", "y", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":  # cancell -> cancel, shipp -> ship
        w = w[:-1]
    if w.endswith("i"):  # appli -> apply
        w = w[:-1] + "y"
    return w


def _verb(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(verb_stem(w) for w in words if w not in _WHEN)


def _named_label(name: str, labels: Sequence[str]) -> str | None:
    """The label that names the moment ``name`` is (``picked_up`` of ``picked_up_at``; ``arrived`` of
    ``ata``, an actual arrival, its clipped words spelled out and "actual" left out), if one does."""
    words = [w for w in moment_words(name) if w not in _ACTUAL and w not in _WHEN]
    verb = _verb(words)
    by_verb = {_verb(tokens(lab)): lab for lab in labels}
    if verb in by_verb:
        return by_verb[verb]
    near = [lab for lab in labels if len(tokens(lab)) == len(words) and words
            and all(same_word(a, b) for a, b in zip(words, tokens(lab)))]
    return near[0] if len(near) == 1 else None


def _ordered_by_list(labels: Sequence[str], steps: dict[str, float | None], families: Mapping[str, str | None],
                     named: Sequence[str]) -> None:
    """Steps of the labels that name the row's moments, in the labels' order where the words say otherwise
    (a port visit's ``arrived, working, departed``: a ship departs after it arrived, whatever a shop's
    order says of 'departed' and 'arrived'); a named label no list places comes after the label before it
    (a filing's ``pending, entered``), and an unplaced label after it follows it (``executed, registered``)."""
    order = [lab for lab in labels if families.get(lab) is None]
    mine = [lab for lab in order if lab in named]
    known = [steps[lab] for lab in mine if steps.get(lab) is not None]
    if len(known) >= 2 and any(b < a for a, b in zip(known, known[1:])):
        top = max(len(order) - 1, 1)
        steps.update({lab: 4.0 * i / top for i, lab in enumerate(order)})
        return
    last = None
    seen_named = False
    for lab in order:
        if steps.get(lab) is None and (lab in named or seen_named) and (last is not None or lab in named):
            steps[lab] = (last if last is not None else 0.5) + 0.5
        seen_named = seen_named or lab in named
        last = steps.get(lab) if steps.get(lab) is not None else last


def _interpolated(labels: Sequence[str], steps: dict[str, float | None], families: Mapping[str, str | None]) -> None:
    """Give a label with no known step the middle of its known neighbours' steps, in the labels'
    order (an enum lists a lifecycle in order); the cancel / refund families stay apart."""
    order = [lab for lab in labels if families.get(lab) is None]
    for i, lab in enumerate(order):
        if steps.get(lab) is not None:
            continue
        before = [steps[x] for x in order[:i] if steps.get(x) is not None]
        after = [steps[x] for x in order[i + 1:] if steps.get(x) is not None]
        if before and after and before[-1] < after[0]:
            steps[lab] = (before[-1] + after[0]) / 2


#: Words of a moment that says when the work really happened (beside a planned or scheduled one).
_ACTUAL = frozenset(("actual", "real", "effective"))


def _actuals_as_steps(role: Callable[[str], tuple[str, object]]) -> Callable[[str], tuple[str, object]]:
    """``actual_start`` / ``actual_end`` are steps of the row's life (under way: 2, done: 4), set only
    on the rows whose status got there (were set on planned work orders)."""

    def read(name: str) -> tuple[str, object]:
        r, what = role(name)
        if r in ("start", "end") and set(tokens(name)) & _ACTUAL:
            return "step", 2.0 if r == "start" else 4.0
        return r, what

    return read


def interpolated_steps(labels: Sequence[str]) -> dict[str, float | None]:
    """Each label's step in the row's life, a label no list knows placed between its known
    neighbours (``released`` between ``planned`` and ``in_progress``); None for the cancel and
    refund families and for labels with no known neighbour on both sides."""
    staged = {lab: status_stage(lab) for lab in labels}
    steps = {lab: s for lab, (s, _f) in staged.items()}
    families = {lab: f for lab, (_s, f) in staged.items()}
    _interpolated(labels, steps, families)
    return {lab: (None if families[lab] is not None else steps[lab]) for lab in labels}


def status_gates(table: Table, temporal: Sequence[str], known: Sequence[str], anchor: str | None,
                 usable: Mapping[str, bool], nullable: Mapping[str, bool],
                 status_labels: Mapping[str, tuple[str, ...]],
                 role: Callable[[str], tuple[str, object]],
                 not_events: frozenset[str]) -> tuple[str | None, list[Gate]]:
    """The status column that gates moments of ``table`` and its gates (see the module docstring).

    ``role`` is timeline's reading of a moment's name (``('step', 3)``, ``('ending', 'cancel')``).
    """
    role = _actuals_as_steps(role)
    candidates = [n for n in temporal if nullable.get(n) and not set(tokens(n)) & not_events]
    explains = [c.name for c in table.columns if c.type.kind is TypeKind.TEXT and not c.type.is_array
                and usable.get(c.name) and nullable.get(c.name) and tokens(c.name)[-1:]
                and tokens(c.name)[-1] in _EXPLAINS and role(c.name)[0] == "ending"]  # cancellation_reason
    words = tokens(table.name.name)
    noun = singular(words[-1]) if words else ""
    own = {("status",), ("state",), ("lifecycle",), (noun, "status"), (noun, "state")}
    due = any("due" in tokens(n) for n in known)
    for col, labels in status_labels.items():
        toks = tuple(tokens(col))
        named = {n: lab for n in candidates for lab in [_named_label(n, labels)] if lab is not None}
        if not toks or (toks[-1] not in _STATUS and not named):  # a phase or an outcome naming the row's moments
            continue
        mine = toks in own
        staged = {lab: status_stage(lab) for lab in labels}
        if due and any(set(tokens(lab)) & {"paid", "unpaid"} for lab in labels):
            # a bill is sent, then paid (an order is paid, then sent); a rental due back is not a bill
            staged = {lab: (0.5, None) if set(tokens(lab)) & _BILL_SENT else st for lab, st in staged.items()}
        steps = {lab: s for lab, (s, _f) in staged.items()}
        families = {lab: f for lab, (_s, f) in staged.items()}
        for n, lab in named.items():  # picked_up beside picked_up_at: the label is at the moment's step
            r, what = role(n)
            if steps.get(lab) is None and families.get(lab) is None and r == "step":
                steps[lab] = float(what)  # type: ignore[arg-type]
        _interpolated(labels, steps, families)
        _ordered_by_list(labels, steps, families, tuple(named.values()))
        last = None
        for lab in labels:  # two labels naming moments at one step follow the enum's order (approved, paid)
            if lab in named.values() and steps.get(lab) is not None:
                if last is not None and steps[lab] == last:
                    steps[lab] = last + 0.01
                last = steps[lab]
        # the row's own moment only where a label names it (an invoice's issued_at, NULL on drafts)
        gated = [n for n in candidates if n in named or n != anchor and role(n)[0] in ("step", "ending")] + explains
        if not mine:
            gated = [n for n in gated if n in named]
        if not gated or sum(s is not None or f is not None for s, f in zip(steps.values(), families.values())) < 2:
            continue
        gates = []
        for n in gated:
            r, what = role(n)
            lab = named.get(n)
            if lab is not None and families.get(lab) is not None:  # cancelled_at <- 'cancelled'
                r, what = "ending", families[lab]
            elif lab is not None and steps.get(lab) is not None:
                r, what = "step", steps[lab]
            if r == "step":
                keep = {x for x, s in steps.items() if s is not None and s >= what}  # type: ignore[operator]
                if set(tokens(n)) & _ENDED:  # a row ended either way: done, or cancelled / expired
                    keep |= {x for x, f in families.items() if f == "cancel"}
            elif r == "ending" and what is not None:
                keep = {x for x, f in families.items() if f == what}
                if lab is not None and families.get(lab) == "cancel":  # canceled_at: not on expired rows
                    keep = {x for x in keep if _verb(tokens(x)) == _verb(tokens(lab))}
            else:
                continue
            gates.append(Gate(column=n, labels=frozenset(keep)))
        if gates:
            return col, gates
    return None, []


def explained_endings(table: Table, temporal: Sequence[str], usable: Mapping[str, bool],
                      nullable: Mapping[str, bool], gated: set[str]) -> list[Gate]:
    """A text explaining a moment (``cancel_reason`` of ``cancelled_on``, ``rejection_note`` of
    ``rejected_at``), where no status gates it: set exactly on the rows whose moment is set."""
    moments = {_verb(tokens(n)): n for n in temporal if nullable.get(n)}
    out = []
    for c in table.columns:
        toks = tokens(c.name)
        if (c.type.kind is not TypeKind.TEXT or c.type.is_array or c.name in gated or not usable.get(c.name)
                or not nullable.get(c.name) or not toks or toks[-1] not in _EXPLAINS):
            continue
        verb = _verb([w for w in toks if w not in _EXPLAINS])
        if verb and verb in moments:
            out.append(Gate(column=c.name, labels=frozenset(), source=moments[verb]))
            continue
        # deferral_reason beside deferred_until, suspension_note beside suspended_on: one word, inflected
        words = [w for w in toks if w not in _EXPLAINS]
        near = [n for n in temporal if nullable.get(n) and len(words) == 1
                and [w for w in tokens(n) if w not in _WHEN and w not in _BOUNDS_OF_TIME] and
                all(same_word(words[0], w) for w in tokens(n) if w not in _WHEN and w not in _BOUNDS_OF_TIME)]
        if len(near) == 1:
            out.append(Gate(column=c.name, labels=frozenset(), source=near[0]))
    return out


#: Words of a moment that bound a state in time (``deferred_until``, ``suspended_since``).
_BOUNDS_OF_TIME = frozenset("until till since from".split())
