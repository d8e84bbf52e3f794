"""A party's kind decides which of its name parts it has (round 5 of issue 10, helper r9).

A table of parties (donors, customers, account holders, suppliers) often keeps people and
organisations side by side, told apart by a kind column (``donor_type IN ('individual',
'organisation')``, ``party_kind`` enum ``person, company, trust``). A person has a first and a
last name, a title, a birth date and a gender; an organisation has a name of its own and a
registration number. Drawn independently, every organisation got a "Mr." and a birth date.

Each such part, when nullable, becomes a gate (``seedbed.planning.gates.Gate`` with the kind column
as ``source``): person parts are NULL on organisation rows, organisation parts NULL on person rows.
A gate that would empty a column a CHECK's row case requires (``type = 'organisation' AND
last_name IS NOT NULL``) is not made.
"""

from __future__ import annotations

from collections.abc import Mapping

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TableDomains, TypeKind
from seedbed.planning.gates import Gate

__all__ = ["NAME_PARTS", "party_gates", "party_part"]

#: Words of a kind label that make the row a person, or an organisation.
_PERSON_KINDS = frozenset("individual person personal private natural consumer human".split())
_ORG_KINDS = frozenset("""organisation organization org company business corporate corporation trust
foundation charity institution institutional government agency partnership enterprise legal nonprofit
church school club association society firm entity juridical""".split())
#: Words that make a "person" of the law an organisation (``legal_person``, ``juridical_person``), and
#: those that make it a human (``natural_person``, ``physical_person``): one family in every civil code.
_LEGAL, _NATURAL = frozenset("legal juridical artificial".split()), frozenset("natural physical".split())
#: A person's own parts: a name qualified by these words (``first_name``, ``family_name``), or a
#: column holding one of the others (``surname``, ``date_of_birth``, ``salutation``, ``gender``).
NAME_PARTS = frozenset("first given fore last family sur middle maiden".split())
_PERSON_PARTS = frozenset("forename forenames surname salutation honorific dob birthday birth gender sex".split())
#: Words of an organisation's own parts (``organisation_name``, ``company_number``, ``charity_no``), its entry
#: in a trade or commercial register (``trade_reg_no``, ``chamber_of_commerce_no``) and its incorporation.
_ORG_PARTS = frozenset("""organisation organization org company business charity trading corporate firm trade
commercial chamber incorporation incorporated""".split())
#: A person's identity document (``passport_no``, ``id_doc_type``, ``identity_document_expiry``): a word
#: of one alone, or ``id`` before a document or a card (not a ``card_id``).
_IDENTITY = frozenset("passport visa identity identification".split())
_ID_PAPERS = frozenset("doc docs document documents card paper papers".split())
_NAMES = frozenset("title prefix".split())  # a bare title or prefix beside a first name is a person's


def _side(label: str) -> str | None:
    words = set(tokens(str(label)))
    if words & _LEGAL or words & _NATURAL:
        return "org" if words & _LEGAL and not words & _NATURAL else "person" if not words & _LEGAL else None
    person, org = bool(words & _PERSON_KINDS), bool(words & _ORG_KINDS)
    return "person" if person and not org else "org" if org and not person else None


def party_part(table: Table, name: str) -> str | None:
    """``person`` for a part only a person has (``first_name``, ``surname``, ``date_of_birth``, ``gender``),
    ``org`` for an organisation's (``company_number``), else None."""
    toks = tokens(name)
    words = set(toks)
    if words & _ORG_PARTS:
        return "org"
    if words & _PERSON_PARTS or "name" in words and words & NAME_PARTS or toks in (("first",), ("last",)) \
            or words & _IDENTITY or any(a == "id" and b in _ID_PAPERS for a, b in zip(toks, toks[1:])) \
            or (toks in (("title",), ("prefix",)) and any(party_part(table, c.name) == "person" for c in table.columns
                                                          if tokens(c.name) not in (("title",), ("prefix",)))):
        return "person"
    return None


def _required_elsewhere(domains: TableDomains | None, column: str, kind: str, keep: frozenset[str]) -> bool:
    """Whether some row case asks ``column`` to be set on rows whose kind may lie outside ``keep``."""
    for group in domains.groups if domains else ():
        for case in group.cases:
            dom = case.columns.get(column)
            if dom is None or not dom.not_null:
                continue
            kinds = case.columns.get(kind)
            if kinds is None or kinds.allowed is None or not {str(v) for v in kinds.allowed} <= keep:
                return True
    return False


def party_gates(table: Table, labels: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool],
                nullable: Mapping[str, bool], domains: TableDomains | None, gated: frozenset[str]) -> list[Gate]:
    """Gates that keep a person's parts off organisation rows and back (see the module docstring)."""
    for kind, values in labels.items():
        sides = {str(v): _side(v) for v in values}
        if "person" not in sides.values() or "org" not in sides.values():
            continue
        keep = {side: frozenset(v for v, s in sides.items() if s != other)
                for side, other in (("person", "org"), ("org", "person"))}
        out = []
        for c in table.columns:
            if c.name == kind or c.name in gated or not usable.get(c.name) or not nullable.get(c.name) \
                    or c.type.kind is TypeKind.BOOL:
                continue
            side = party_part(table, c.name)
            if side is not None and not _required_elsewhere(domains, c.name, kind, keep[side]):
                out.append(Gate(column=c.name, labels=keep[side], source=kind))
        return out
    return []
