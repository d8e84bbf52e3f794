"""A detail named after a failure is set on the failing rows only (r38): a delivery attempt's ``fail_note`` beside
``outcome IN ('delivered', 'safe_place', 'no_one_home', 'refused', 'bad_address')`` is written where nobody was
home, the address was wrong or the parcel refused, and NULL where it was delivered; so its note (made of the
row's values, ``planning.remarks``) speaks of that failure, never "Delivered. Follow-up needed."

Found from the names alone: a nullable text detail (its head a note, a reason, a comment...) whose words name a
failure (``fail_note``, ``problem_notes``, ``failure_detail``) beside one outcome category (its head an outcome,
a result, a status) whose labels split into adverse ones (a word of failure or absence: ``no_one_home``,
``refused``, ``bad_address``; or an adverse outcome by ``intent.outcomes.polarity``) and others. Where flags or
a label of its own gate the detail already (``outcomes``, ``labelled``), those stay.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from seedbed.generate.intent.outcomes import polarity
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived
from seedbed.planning.outcomes import DETAIL_HEADS

__all__ = ["adverse_details"]

#: Words of a detail's name that say it is about a failure.
_FAILURE = frozenset("fail failed failure problem refusal exception issue undelivered nondelivery".split())
#: Words of a label that say the row failed or nobody and nothing was there.
_ADVERSE = frozenset("""no not none nobody bad wrong refused refuse failed fail failure missed unable damaged lost
absent closed invalid rejected declined cancelled canceled error noshow undeliverable unreachable incorrect
insufficient blocked denied unsafe""".split())
_OUTCOME_HEADS = frozenset("outcome result status state verdict disposition resolution".split())


def _adverse(label: str, context: frozenset[str]) -> bool:
    toks = tokens(label)
    found = polarity(toks, context)  # the words as written too: the tokenizer reads 'no' as a number
    return bool(set(re.split(r"[^a-z]+", label.lower())) & _ADVERSE) or (found is not None and found[0] != "good")


def adverse_details(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                    categories: Mapping[str, tuple[str, ...]], gated: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(detail, outcome, "only_if:<adverse labels>")`` per failure detail of ``table`` (see the
    module docstring); ``gated`` columns (already set by a flag or a label) are left alone."""
    context = frozenset(tokens(table.name.name))
    outcomes = [(c, labels) for c, labels in categories.items()
                if (tokens(c) or ("",))[-1] in _OUTCOME_HEADS and all(isinstance(v, str) for v in labels)]
    if len(outcomes) != 1:
        return ()
    cat, labels = outcomes[0]
    bad = [str(v) for v in labels if _adverse(str(v), context)]
    if not bad or len(bad) == len(labels):
        return ()
    out = []
    for c in table.columns:
        toks = tokens(c.name)
        if (c.name == cat or c.name in gated or not usable.get(c.name) or not nullable.get(c.name)
                or c.type.kind is not TypeKind.TEXT or c.type.is_array or not toks or toks[-1] not in DETAIL_HEADS
                or not set(toks) & _FAILURE):
            continue
        out.append(Derived(column=c.name, source=cat, op="only_if:" + "|".join(bad)))
    return tuple(out)
