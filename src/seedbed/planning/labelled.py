"""Columns named after one label of a sibling category (issue 10, pattern 10): set only on the
rows that have that label.

``flat_fee_amount`` beside ``billing_type IN ('hourly', 'flat_fee', 'contingency')`` is a flat
fee's amount: NULL on hourly matters; ``contingency_pct`` likewise; ``write_off_amount`` is set
where the state is ``written_off``, ``cancel_reason`` where the status is ``cancelled``. Found
from the names alone: every word of the label is a word of the column (up to its inflection:
``written`` / ``write``, ``cancelled`` / ``cancel``); a ``rejection_reason`` with labels of its own
too. Only nullable, non-temporal columns (the
timeline gates moments by the status already); the column is set on every row with the label.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived

__all__ = ["PROBLEM_WORDS", "labelled_columns", "near_stems", "played_results", "problem_counts",
           "process_moments", "same_word", "stem", "unstarted_quantities"]

_SUFFIXES = ("ation", "ion", "al", "ing", "led", "ed", "ten", "en", "s", "e", "d")
_TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME, TypeKind.INTERVAL)
#: Labels that name no particular kind of row (``other``, ``none``): no column is theirs.
#: Words of a moment's name that say only "when".
_WHEN = frozenset("at on date time ts timestamp datetime when".split())
_VAGUE = frozenset("other none unknown default standard na misc general".split())
#: Heads of a category that says why a row reached a state (``rejection_reason IN ('spam', 'abuse')``):
#: gated by that state like any column named after it, though it has labels of its own.
_WHY = frozenset("reason reasons cause explanation motive why".split())


def stem(word: str) -> str:
    """``word`` without an inflection (``written`` -> ``writ``, ``write`` -> ``writ``), keeping four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def same_word(a: str, b: str) -> bool:
    """Whether two words are one up to inflection: ``escalated`` / ``escalation``, ``deferral`` /
    ``deferred``, ``suspension`` / ``suspended`` (their stems share five letters and most of the
    shorter one)."""
    if a == b:
        return True
    sa, sb = stem(a), stem(b)
    n = 0
    while n < min(len(sa), len(sb)) and sa[n] == sb[n]:
        n += 1
    return n >= 4 and (n == min(len(sa), len(sb)) or n >= 5 and n >= 0.75 * min(len(sa), len(sb)))


def _owner(name: str, labels: tuple[str, ...]) -> str | None:
    """The one label all of whose words are words of ``name`` (by stem), if exactly one is."""
    stems = {stem(t) for t in tokens(name)}  # refund / refunded, cancellation / cancelled: stems a letter apart
    hits = []
    for label in labels:
        words = tokens(str(label))
        if words and not set(words) & _VAGUE and max(map(len, words)) >= 4 \
                and all(any(near_stems(stem(w), s) for s in stems) for w in words):
            hits.append(str(label))
    return hits[0] if len(hits) == 1 else None


def near_stems(a: str, b: str) -> bool:
    """One stem, or one a letter or two longer than the other (``refun`` / ``refund``)."""
    x, y = sorted((a, b), key=len)
    return a == b or (len(x) >= 5 and y.startswith(x) and len(y) - len(x) <= 1)


def labelled_columns(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                     categories: Mapping[str, tuple[str, ...]], taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(column, category, "only_if:<label>")`` per nullable column named after one label
    of a category column (``categories``: column -> its labels, an enum's or a CHECK list's)."""
    out: list[Derived] = []
    for c in table.columns:
        if not usable.get(c.name) or not nullable.get(c.name) or c.name in taken \
                or (c.name in categories and not set(tokens(c.name)[-1:]) & _WHY) \
                or c.type.kind in _TEMPORAL or c.type.kind is TypeKind.BOOL:
            continue
        for cat, labels in categories.items():
            if cat == c.name:
                continue
            label = _owner(c.name, labels)
            if label is not None:
                out.append(Derived(column=c.name, source=cat, op="only_if:" + label))
                break
    return tuple(out)


#: Counts of what went wrong (``defects_found``, ``error_count``, ``failed_checks``) and the outcome
#: labels that agree with them: none on a pass, at least one on a fail.
PROBLEM_WORDS = frozenset("""defect defects error errors failure failures fault faults issue issues nonconformance
nonconformances deviation deviations finding findings violation violations reject rejects""".split())
_PASSED = frozenset("pass passed ok accepted approved compliant conforming clean good".split())
_FAILED = frozenset("fail failed nok rejected noncompliant nonconforming bad".split())


def problem_counts(table: Table, usable: Mapping[str, bool], categories: Mapping[str, tuple[str, ...]],
                   taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(count, outcome, "problems:<passing>|<failing>")``: an integer count of problems
    (``defects_found``) is 0 on a row whose outcome passed and at least 1 where it failed (an
    inspection passed with 8 defects, failed with none)."""
    out: list[Derived] = []
    for cat, labels in categories.items():
        passing = [str(x) for x in labels if set(tokens(str(x))) & _PASSED]
        failing = [str(x) for x in labels if set(tokens(str(x))) & _FAILED]
        if not passing or not failing:
            continue
        for c in table.columns:
            if c.type.kind is TypeKind.INTEGER and usable.get(c.name) and c.name not in taken \
                    and set(tokens(c.name)) & PROBLEM_WORDS:
                out.append(Derived(column=c.name, source=cat, op=f"problems:{','.join(passing)}|{','.join(failing)}"))
        break
    return tuple(out)


#: Quantities of work done or goods moved: none yet on a row whose status has not got under way.
_DONE_QTY = frozenset("""completed produced good made finished built shipped delivered picked packed received output
yielded scrapped rejected reject scrap""".split())
_QTY_WORDS = frozenset("quantity qty count unit units piece pieces pcs item items".split())


def unstarted_quantities(table: Table, usable: Mapping[str, bool], categories: Mapping[str, tuple[str, ...]],
                         taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(qty, status, "zero_on:<labels>")``: a quantity done (``qty_completed``,
    ``units_shipped``) is 0 on the rows whose own status is before the work got under way
    (planned, released, approved; were 403 completed of a planned work order)."""
    from seedbed.planning.gates import interpolated_steps

    own = next((c for c in categories if tokens(c)[-1:] and tokens(c)[-1] in ("status", "state")), None)
    if own is None:
        return ()
    steps = interpolated_steps([str(x) for x in categories[own]])
    before = [lab for lab, step in steps.items() if step is not None and step < 2]
    if not before or len(before) == len(categories[own]):
        return ()
    out = []
    for c in table.columns:
        words = set(tokens(c.name))
        if c.type.kind in (TypeKind.INTEGER, TypeKind.NUMERIC) and usable.get(c.name) and c.name not in taken \
                and words & _DONE_QTY and words & _QTY_WORDS:
            out.append(Derived(column=c.name, source=own, op="zero_on:" + ",".join(before)))
    return tuple(out)


def _same_verb(a: str, b: str) -> bool:
    """``moderation`` / ``moderated``, ``approval`` / ``approved``, ``verification`` / ``verified``."""
    x, y = sorted((stem(a), stem(b)), key=len)
    return len(x) >= 4 and y.startswith(x)


def process_moments(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                    categories: Mapping[str, tuple[str, ...]], taken: frozenset[str]) -> tuple[Derived, ...]:
    """A nullable moment named by the verb of a category's name (``moderated_at`` beside ``moderation
    IN ('pending', 'approved', 'rejected')``, ``reviewed_on`` beside ``review``): the process happened
    on every row past its waiting labels (``pending``, ``queued``), so the moment is set exactly there."""
    from seedbed.planning.gates import status_stage

    out: list[Derived] = []
    for c in table.columns:
        if not usable.get(c.name) or not nullable.get(c.name) or c.name in taken or c.type.kind not in _TEMPORAL[:3]:
            continue
        verbs = [t for t in tokens(c.name) if t not in _WHEN]
        if len(verbs) != 1:
            continue
        for cat, labels in categories.items():
            words = tokens(cat)
            if not words or not _same_verb(words[-1] if words[-1] not in ("status", "state") or len(words) < 2
                                           else words[-2], verbs[0]):
                continue
            done = [str(lab) for lab in labels if status_stage(str(lab))[0] != 0]
            if done and len(done) < len(labels):
                out.append(Derived(column=c.name, source=cat, op="only_if:" + "|".join(done)))
                break
    return tuple(out)
#: Labels of a match or a game that has been played (its score and attendance are known).
_PLAYED = frozenset("played completed complete finished final full_time fulltime ft result resulted".split())
#: Words of what only a played match has (``home_score``, ``goals_away``, ``attendance``).
_RESULTS = frozenset("score goal point run attendance spectator crowd".split())


def played_results(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                   categories: Mapping[str, tuple[str, ...]], taken: frozenset[str]) -> tuple[Derived, ...]:
    """A match's nullable score and attendance are set exactly where its status says it was played
    (``home_score`` NULL on 'scheduled' and 'postponed' fixtures): ``only_if:played|completed``."""
    from seedbed.generate.intent.matches import match_table

    status = [(c, [str(v) for v in labels if str(v).lower() in _PLAYED]) for c, labels in categories.items()]
    status = [(c, played) for c, played in status if played]
    if len(status) != 1 or not match_table(table):
        return ()
    cat, played = status[0]
    return tuple(Derived(column=c.name, source=cat, op="only_if:" + "|".join(played)) for c in table.columns
                 if usable.get(c.name) and nullable.get(c.name) and c.name not in taken and c.name not in categories
                 and c.type.kind in (TypeKind.INTEGER, TypeKind.NUMERIC) and set(tokens(c.name)) & _RESULTS)
