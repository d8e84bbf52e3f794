"""How often an outcome comes out each way: a polarity lexicon of outcome words with a severity
order (issue 10, round 7).

Real data is lopsided: most inspections pass, most payments succeed, most screenings are clear; a
failure is uncommon, a rejection rarer, a fraud or a fatal error rarer still. A coin flip on
``passed`` (45% of a blood bank's screenings) or ``reactive`` (22% of its tests) reads wrong to any
expert. The lexicon below says, for a word of a flag's or a label's name, which way it leans and
how far:

* good outcomes (``passed``, ``success``, ``valid``, ``delivered``, ``in_tolerance``) are true on
  ~93% of rows;
* adverse ones by severity: ``mild`` (overdue, expired, escalated, on hold: ~8%), ``adverse``
  (failed, rejected, defective, bounced, error: ~3%), ``severe`` (fraud, fatal, stolen: ~0.8%);
* a negation before the word (``not_delivered``, ``non_conforming``, ``out_of_tolerance``) turns it
  over;
* ``positive`` / ``detected`` are adverse only on a test (a screening's ``positive`` is a finding;
  a review's ``is_positive`` is no outcome), ``negative`` then good.

Read by ``numbers._flag`` (booleans and 0/1 flags), by ``realistic.quantities`` (the skew of a
status's labels) and by ``planning.outcomes`` (a failure's code or reason is filled only on failed
rows). Words only: no domain's vocabulary, so it transfers to schemas nobody wrote for.
"""

from __future__ import annotations

__all__ = ["GOOD_SHARE", "LABEL_FACTOR", "SEVERITY_SHARE", "adverse_word", "good_word", "label_factors",
           "outcome_share", "polarity"]

#: True share of a good outcome (``passed``) and of each severity of an adverse one.
GOOD_SHARE = 0.93
SEVERITY_SHARE = {"mild": 0.08, "adverse": 0.03, "severe": 0.008}

_GOOD = frozenset("""pass passed passing success successful succeeded ok okay valid validated delivered compliant
conforming conform conformant healthy reachable reconciled intact granted authorized authorised settled attended
""".split())
_SEVERITY: dict[str, str] = {
    **dict.fromkeys("""overdue late expired escalated delayed deferred retried hold warning warned partial unpaid
outstanding disputed dispute stale lapsed missed degraded quarantined quarantine retest noshow""".split(), "mild"),
    **dict.fromkeys("""fail failed failing failure rejected reject rejection declined decline defective defect error
errored erroneous bounced bounce flagged churned complained complaint invalid nonconforming noncompliant
nonconformance reactive adverse recalled breached breach damaged contaminated outlier anomaly anomalous
suspicious unreachable crashed lost faulty fault broken voided abandoned critical denied deny denial refused
refusal""".split(), "adverse"),
    **dict.fromkeys("""fraud fraudulent stolen fatal chargeback compromised catastrophic lethal death
counterfeit""".split(), "severe"),
}
#: Words that say a limit or a specification; ``in``/``within`` one is good, ``out of`` one mild.
_BOUNDS = frozenset("tolerance spec specification range limit limits threshold sla budget control".split())
#: Words before an outcome word that turn it over.
_NEGATIONS = frozenset("not non no un out outside without never beyond exceeds exceeded over".split())
#: Words of a test (a screening, an assay) on which ``positive`` / ``detected`` are findings.
_TESTS = frozenset("""test tested testing screen screening assay lab laboratory sample specimen swab culture pcr
antigen antibody serology pathogen virus infection marker result diagnostic diagnosis""".split())
_FINDINGS = {"positive": "adverse", "detected": "adverse", "negative": "good", "nonreactive": "good"}


def good_word(word: str) -> bool:
    """Whether ``word`` names a good outcome (``passed``, ``valid``)."""
    return word in _GOOD


def adverse_word(word: str) -> str | None:
    """The severity (``mild``, ``adverse``, ``severe``) of an adverse outcome word, or None."""
    return _SEVERITY.get(word)


def polarity(toks: tuple[str, ...], context: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(``good`` or a severity, the word that decides) for a name's tokens, or None when no outcome
    word is in it. ``context`` holds the table's words (``positive`` is a finding on a test).

    The last outcome word decides (``failed_retry_ok``: ok); a negation just before it, or an
    ``out of`` before a bound, turns it over (a good one becomes ``mild``: the share it misses; an
    adverse one becomes good)."""
    tested = bool((context | set(toks)) & _TESTS)
    for i in range(len(toks) - 1, -1, -1):
        word = toks[i]
        before = toks[max(0, i - 2):i]
        if word in _BOUNDS and i > 0:
            if toks[i - 1] in ("in", "within") or before == ("in", "of"):
                return "good", word
            if set(before) & _NEGATIONS:
                return "mild", word
            continue
        side = "good" if word in _GOOD else _SEVERITY.get(word)
        if side is None and tested and word in _FINDINGS:
            side = _FINDINGS[word]
        if side is None:
            continue
        if i > 0 and toks[i - 1] in _NEGATIONS:
            return ("mild" if side == "good" else "good"), word  # not delivered: the share a good one misses
        return side, word
    return None


def outcome_share(toks: tuple[str, ...], context: frozenset[str] = frozenset()) -> tuple[float, str] | None:
    """(the share of rows where a flag so named is true, why) or None when the name has no outcome."""
    found = polarity(toks, context)
    if found is None:
        return None
    side, word = found
    if side == "good":
        return GOOD_SHARE, f"'{word}' is a good outcome: mostly true"
    return SEVERITY_SHARE[side], f"'{word}' is a {side} outcome: rarely true"


#: How much likelier than a neutral label (a step on the way: pending, in review) a label is, by
#: its outcome: the settled good one most, the worse the rarer.
LABEL_FACTOR = {"good": 3.0, "mild": 0.3, "adverse": 0.25, "severe": 0.05}


def label_factors(labels: list[str] | tuple[str, ...], context: frozenset[str] = frozenset(), *,
                  settled: frozenset[str] = frozenset(), ended: frozenset[str] = frozenset()) -> list[float] | None:
    """Per label of a list of outcomes (``passed, pending, failed, on_hold, quarantined``), how much
    likelier than a neutral one it is; None when the list has no good outcome (a list of kinds of
    failure is not an outcome: its labels keep their usual skew). ``settled``: labels of a state
    most rows end in (approved, paid), good too; ``ended``: labels of a bad end (cancelled,
    deleted), mild where the lexicon says nothing."""
    sides = []
    for label in labels:
        key = str(label).lower().replace("-", "_").replace(" ", "_")
        found = polarity(tuple(key.split("_")), context)
        if found is None and key in settled:
            found = ("good", key)
        elif found is None and key in ended:
            found = ("mild", key)
        sides.append(found)
    if not any(s is not None and s[0] == "good" for s in sides):
        return None
    return [1.0 if s is None else LABEL_FACTOR[s[0]] for s in sides]
