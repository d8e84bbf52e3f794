"""What a row's outcome implies for the rest of it (issue 10, round 7): a detail that only makes
sense for some outcomes is filled only on those rows.

``failure_code`` is a failed inspection's: NULL where ``passed`` is true. ``hold_reason`` is set
exactly where ``on_hold`` is, ``adverse_notes`` where ``adverse_event`` is, ``out_of_tolerance_note``
where ``in_tolerance`` is false. Found from names alone: a nullable detail column (its head a reason,
a code, a note, a message...) beside a boolean of the same table, when

* a word of the detail is a word of the flag (``hold`` of ``on_hold``, up to inflection:
  ``escalated`` / ``escalation``): set where the flag is true, or where it is false when one of the
  two is a good outcome and the other an adverse one (``in_tolerance`` / ``out_of_tolerance_note``);
* else the detail names an adverse outcome (``failure_code``, ``error_message``) and exactly one
  flag names a good one (``passed``, ``success``; a plain outcome before a bound such as
  ``in_spec``, the row's own before a step's such as ``three_ds_passed``): set where that flag is
  false.

Statuses with labels are ``labelled``'s (``cancel_reason`` where status is ``cancelled``). A result in
words agrees with a flag that says the same outcome (``agreeing_outcomes``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from seedbed.generate.intent.outcomes import good_word, polarity
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived
from seedbed.planning.labelled import same_word

__all__ = ["DETAIL_HEADS", "agreeing_outcomes", "flagged_problem_counts", "labelled_flags", "outcome_details",
           "outcome_labels"]

#: Heads of a column that tells more about one outcome of its row.
DETAIL_HEADS = frozenset("""reason reasons cause code codes note notes comment comments message detail details
description explanation remark remarks text type kind category""".split())
#: Words of a flag's name that are no part of its state.
_FLAG_WORDS = frozenset("is has was did can should flag bool boolean yn on in of at the a an".split())
_TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME, TypeKind.INTERVAL)
#: Heads that need an outcome word beside them (a ``defect_type`` is every defect's, a
#: ``failure_type`` only a failure's).
_LOOSE_HEADS = frozenset("type kind category text description code codes".split())


def _side(found: tuple[str, str] | None) -> str | None:
    return None if found is None else ("good" if found[0] == "good" else "bad")


def _gate(detail: tuple[str, ...], flags: Mapping[str, tuple[str, ...]],
          context: frozenset[str]) -> tuple[str, str] | None:
    """(the flag, ``true`` or ``false``) on which a detail so named is set, or None."""
    words = [w for w in detail if w not in DETAIL_HEADS and w not in _FLAG_WORDS and len(w) >= 3]
    mine = _side(polarity(detail, context))
    for flag, ftoks in flags.items():
        state = [w for w in ftoks if w not in _FLAG_WORDS]
        if any(same_word(w, f) for w in words for f in state):
            theirs = _side(polarity(ftoks, context))
            return flag, "false" if mine and theirs and mine != theirs else "true"
    if mine != "bad":
        return None
    good = [f for f, ftoks in flags.items() if _side(polarity(ftoks, context)) == "good"]
    if len(good) > 1:  # passed beside in_spec: the plain outcome, not the bound
        good = [f for f in good if good_word(polarity(flags[f], context)[1])]
    if len(good) > 1:  # authorized beside three_ds_passed: the row's own outcome, not a step's
        good = [f for f in good if len([w for w in flags[f] if w not in _FLAG_WORDS]) == 1]
    return (good[0], "false") if len(good) == 1 else None


def outcome_details(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                    taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(detail, flag, "only_if:true|false")`` per nullable detail column of one outcome of
    a boolean flag of the table (see the module docstring)."""
    flags = {c.name: tokens(c.name) for c in table.columns if c.type.kind is TypeKind.BOOL and not c.type.is_array}
    if not flags:
        return ()
    context = frozenset(tokens(table.name.name))
    out: list[Derived] = []
    for c in table.columns:
        toks = tokens(c.name)
        if not toks or c.name in flags or c.name in taken or not usable.get(c.name) or not nullable.get(c.name) \
                or c.type.kind in _TEMPORAL or c.type.is_array or toks[-1] not in DETAIL_HEADS:
            continue
        if toks[-1] in _LOOSE_HEADS and polarity(toks, context) is None:
            continue
        found = _gate(toks, flags, context)
        if found is not None:
            out.append(Derived(column=c.name, source=found[0], op="only_if:" + found[1]))
    return tuple(out)


#: Heads of a column that says how a row came out in words (``result``, ``qc_status``).
_OUTCOME_HEADS = frozenset("status state outcome result verdict decision disposition".split())
#: Heads whose every row has come out one way or the other (a status may still be on its way).
_VERDICTS = frozenset("outcome result verdict decision".split())


def agreeing_outcomes(table: Table, usable: Mapping[str, bool], categories: Mapping[str, tuple[str, ...]],
                      taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(result, flag, "agree:<1|0>:<good labels>|<bad labels>")``: a row's outcome said in
    words agrees with the flag that says it too (``result`` 'passed' where ``passed`` is true,
    'failed' / 'on_hold' where it is false; a blood test 'passed' was ``reactive``). ``1``: the flag
    true is the good outcome (``passed``), ``0``: the bad one (``reactive``). The flag is the one
    that shares a word with the labels, else the only plain good outcome, else the only outcome."""
    context = frozenset(tokens(table.name.name))
    flags = {c.name: polarity(tokens(c.name), context) for c in table.columns
             if c.type.kind is TypeKind.BOOL and not c.type.is_array}
    flags = {f: p for f, p in flags.items() if p is not None}
    out: list[Derived] = []
    for cat, labels in categories.items():
        if not flags or cat in taken or not usable.get(cat) or not set(tokens(cat)[-1:]) & _OUTCOME_HEADS \
                or any("," in str(x) or "|" in str(x) for x in labels):
            continue
        sides = {str(x): polarity(tuple(str(x).lower().replace("-", "_").replace(" ", "_").split("_")), context)
                 for x in labels}
        if tokens(cat)[-1] not in _VERDICTS and None in sides.values():
            continue  # a status with steps on the way (pending, refunded): a flag does not decide it
        good = [x for x, s in sides.items() if s is not None and s[0] == "good"]
        bad = [x for x, s in sides.items() if s is not None and s[0] != "good"]
        if not good or not bad:
            continue
        words = {s[1] for s in sides.values() if s is not None}
        pick = [f for f, p in flags.items() if p[1] in words] or [f for f, p in flags.items() if good_word(p[1])] \
            or list(flags)
        if len(pick) != 1:
            continue
        flag = pick[0]
        true_good = "1" if flags[flag][0] == "good" else "0"
        out.append(Derived(column=cat, source=flag, op=f"agree:{true_good}:{','.join(good)}|{','.join(bad)}"))
    return tuple(out)


def flagged_problem_counts(table: Table, usable: Mapping[str, bool], taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(count, flag, "problems:true|false")``: a count of problems (``defects_found``) is 0
    where the row's one outcome flag says it came out well (``passed``) and at least 1 where not;
    ``labelled.problem_counts`` does the same for an outcome in words."""
    from seedbed.planning.labelled import PROBLEM_WORDS

    context = frozenset(tokens(table.name.name))
    flags = {c.name: polarity(tokens(c.name), context) for c in table.columns
             if c.type.kind is TypeKind.BOOL and not c.type.is_array}
    plain = [(f, p[0]) for f, p in flags.items() if p is not None and (good_word(p[1]) or p[0] == "adverse")]
    if len(plain) != 1:
        return ()
    flag, side = plain[0]
    op = "problems:true|false" if side == "good" else "problems:false|true"
    return tuple(Derived(column=c.name, source=flag, op=op) for c in table.columns
                 if c.type.kind is TypeKind.INTEGER and usable.get(c.name) and c.name not in taken
                 and set(tokens(c.name)) & PROBLEM_WORDS)


def outcome_labels(tp: Any, known: Mapping[str, tuple[str, ...]], *,
                   any_head: bool = False) -> dict[str, tuple[str, ...]]:
    """The labels of an outcome or status column without a CHECK whose intent draws from a list
    (``result`` of an inspection: passed, pending, failed...; ``status`` of a case: open,
    investigating, closed...), so that what follows a state (its moments' gates, ``labelled``,
    ``agreeing_outcomes``) reads them as it reads a CHECK's. ``any_head``: any column drawn from a
    list (a ``severity``: minor, major, critical), for ``labelled_flags``."""
    from seedbed.generate.realistic.quantities import state_list
    from seedbed.planning.model import Gen

    out = {}
    for cp in tp.columns:
        params = cp.intent.params if cp.intent is not None else {}
        given = params.get("labels")
        if cp.name in known or cp.gen is not Gen.VALUE or cp.intent is None or cp.spec is not None \
                or not (any_head or set(tokens(cp.name)[-1:]) & _OUTCOME_HEADS):
            continue
        if cp.intent.name == "status.type" and given:
            out[cp.name] = tuple(str(v) for v in given)
        elif cp.intent.name == "status.state":
            out[cp.name] = tuple(str(t[0]) for t in state_list(str(params.get("noun") or ""), cp.name,
                                                                params.get("language")))
    return out


def labelled_flags(table: Table, usable: Mapping[str, bool], categories: Mapping[str, tuple[str, ...]],
                   derived: tuple[Derived, ...]) -> tuple[Derived, ...]:
    """``Derived(flag, category, "is_label:<label>")``: a boolean named after a label of a category
    of its row is true exactly where the category has that label (``on_hold`` / a status
    'on_hold', ``is_critical`` / a severity 'critical', ``approved`` / an approval status
    'approved'); drawn apart they disagreed (a critical defect not ``is_critical``). Not a flag
    already derived, nor one a category follows (a ``passed`` that a result agrees with)."""
    taken = {d.column for d in derived}
    follows = {(d.column, s) for d in derived for s in d.sources}
    out: list[Derived] = []
    for c in table.columns:
        if c.type.kind is not TypeKind.BOOL or c.type.is_array or c.name in taken or not usable.get(c.name):
            continue
        state = tuple(w for w in tokens(c.name) if w not in _FLAG_WORDS)
        if not state:
            continue
        for cat, labels in categories.items():
            if cat == c.name or (cat, c.name) in follows:
                continue
            hits = [str(x) for x in labels
                    if tuple(w for w in tokens(str(x)) if w not in _FLAG_WORDS) == state]
            if len(hits) == 1 and len(labels) > 2:
                out.append(Derived(column=c.name, source=cat, op="is_label:" + hits[0]))
                break
    return tuple(out)
