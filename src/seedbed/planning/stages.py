"""The stage of a row's life an event word names, whatever the domain's verbs (issue 10, pattern 4).

``timewords._STEPS`` orders a shop's and a help desk's words (paid, shipped, delivered, closed).
Other domains say the same life with other verbs and as nouns as often as participles: a defect is
*raised*, *reported*; a work order *allocated*, given an *assignment_date*, *commenced*,
*rectified*; a part *despatched* then *received*; a job's *completion_time*. This lexicon places
them on the same scale as ``_STEPS`` (0 the request .. 4.6 closed), by stage:

    request / report / raise      0.2   (before anyone acts on it)
    acknowledge / assign          0.5
    approve / confirm / verify    1
    start / commence              2
    dispatch / ship / send        3
    receive / arrive              3.8   (what was dispatched is received before the job completes)
    complete / resolve / fix      4
    invoice / bill                4.5   (a job billed once done)
    close / archive               4.6

``STAGES`` only adds words ``_STEPS`` lacks; ``BORN_STAGES`` places words that may also say when a
row came to be (``received_at`` of a lab sample, ``issued_on`` of a permit) for tables where
another column is the row's birth: a unit requested, dispatched, then received.
"""

from __future__ import annotations

__all__ = ["BORN_STAGES", "STAGES"]


def _table(spec: dict[float, str]) -> dict[str, float]:
    return {w: stage for stage, words in spec.items() for w in words.split()}


#: Participles and nouns of a row's steps, by stage (words of ``_STEPS`` keep their own places).
STAGES: dict[str, float] = _table({
    0.2: """raised raising reported reporting notified notification detected detection discovered discovery
            observed identified request submission enquiry inquiry""",
    0.5: """acknowledgement acknowledgment acked assignment allocated allocation allotted queued triage""",
    1: """approval confirmation authorisation authorization verification validated validation
          endorsed sanctioned diagnosed diagnosis""",
    2: """commenced commencement began begun initiated mobilised mobilized boarded loaded""",
    3: """despatched despatch dispatch shipment shipping mailed forwarded transferred transfer""",
    3.8: """receipt receiving""",
    4: """completion fulfilment fulfillment resolution rectified rectification repaired repair fixed
          remedied finalised finalized executed performed conducted concluded conclusion delivery handover
          handed accomplished""",
    4.5: """invoiced billed""",
    4.6: """closure archival""",
})

#: Words of a row's birth (``timewords._BORN``) that, beside another birth word, are a later step.
BORN_STAGES: dict[str, float] = {"received": 3.8, "issued": 1.5, "signed": 1.2, "recorded": 0.5, "logged": 0.5,
                                 # a booking made once a quote or an estimate was given (r49)
                                 "booked": 1.2, "reserved": 1.2}
