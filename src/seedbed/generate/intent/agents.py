"""Who did it: a text column called by an agent noun names a person or an organisation (issue 10, r33).

On unseen schemas the commonest zeros among text columns were roles no list knew, drawn as
placeholders or codes: a firm's ``founder`` 'FN-380', a restoration's ``restorer`` 'RS-530',
its ``funder`` 'FN-450', a casting's ``maker`` 'MK-310', a church's ``dedication`` 'DD-170', a
statue's ``commissioned_by`` a login. What transfers between domains is the word's form, not a
list of columns:

* **an agent noun** (a verb's doer: ``-er`` / ``-or`` / ``-eer``, a practice's ``-ist`` / ``-ian``,
  a receiver's ``-ee``) holds a person's name; the roles of ``agents.json``'s ``organisations``
  (``funder``, ``sponsor``, ``publisher``, ``manufacturer``, ...) an organisation's, of its kind
  where one is known (a funder's trust); a ``maker`` or ``builder`` is as often one person as a
  firm, so a person's. Words of those forms that name things (a
  ``filter``, a ``sensor``, an ``error``, a ``meter``) are listed in ``things`` and stay as they were;
* **a tribute** (``dedication``, ``dedicated_to``, ``in_memory_of``) names the person honoured;
* **"<done> by"** (``excavated_by``, ``unveiled_by``) outside software, in a schema that has no
  logins at all, is the name of who did it (an organisation for ``funded_by``, ``published_by``):
  with no users table there is no login it could be.

Consulted where no phrase matched (``matching._person_by_role`` through ``heads.headed_rule``
and ``computing.by_rule``), so a word with a rule of its own keeps it.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["agent_kind", "done_by", "has_logins", "organisation", "tribute_rule"]

Cand = tuple[str, dict, str]

#: Endings of a doer's noun, longest first; the shortest stem each leaves.
_ENDINGS = (("eer", 3), ("ier", 3), ("er", 3), ("or", 3), ("ist", 4), ("ian", 4), ("ee", 4))


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    from seedbed.generate.realistic.vocab import load

    return {k: frozenset(v.split()) for k, v in load("agents").items() if isinstance(v, str) and not k.startswith("_")}


def agent_kind(word: str) -> str | None:
    """``"organisation"`` for an organisational role (``funder``), ``"person"`` for any other
    agent noun (``founder``, ``engraver``, ``determiner``, ``auctioneer``, ``consignee``), else None."""
    v = _vocab()
    if word in v["organisations"]:
        return "organisation"
    if word in v["things"] or word in v["not_people"] or not word.isalpha():
        return None
    for end, stem in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= stem:
            return "person"
    return None


def organisation(word: str, own: bool = False) -> Cand:
    """An organisation's name for an organisational role or participle: of its kind where
    ``org_kinds`` names one (a funder is a foundation: 'The Harlow Trust'), else a company's; ``own``
    when the column names its own table's rows (a carriers table's ``carrier_name``: each row its own)."""
    from seedbed.generate.realistic.vocab import load

    kind = load("agents")["org_kinds"].get(word)
    if kind:
        return "org.name", {"kind": kind, **({"own": True} if own else {})}, f"'{word}': an organisation, a {kind}"
    return "company.name", {}, f"'{word}': an organisation by its role"


def tribute_rule(ctx: Ctx) -> list[Cand]:
    """The person a thing honours (``dedication``, ``dedicated_to``): a name, someone else's."""
    key = "_".join(ctx.toks)
    if not ctx.is_text or (ctx.length is not None and ctx.length < 12):
        return []
    if key in _vocab()["tributes"] or ctx.toks[-1] in _vocab()["tributes"]:
        return [("person.full_name", {"other": True}, f"'{key}': the person it honours")]
    return []


def has_logins(ctx: Ctx) -> bool:
    """Whether the schema has logins a "<done> by" could hold (a users table, a password)."""
    return bool(set(ctx.schema_terms) & _vocab()["logins"]) or not ctx.schema_terms


def done_by(ctx: Ctx, verb: str) -> list[Cand]:
    """The name of who did ``verb`` where the schema has no logins: an organisation's for the
    participles of ``org_done`` (``funded_by``), a person's otherwise; [] where logins exist."""
    if ctx.code_context or has_logins(ctx):
        return []
    if verb in _vocab()["org_done"]:
        return [organisation(verb)]
    return [("person.full_name", {}, f"'{verb} by' with no logins in the schema: who did it")]
