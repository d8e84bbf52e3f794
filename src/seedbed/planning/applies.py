"""Values that belong to one kind of row (issue 10, round 9): NULL on the other rows.

A container's ``set_temperature_c`` was filled on 89% of rows though 8% were reefers; a petrol
car had a ``battery_kwh``, a private customer a ``company_name``, a quote without a discount a
``discount_reason``. Found from the names alone, for a nullable column not already derived:

* a word of the column is one of a kind's (``data/vocab/follows.json``'s ``kinds``: a reefer's
  ``temperature``, a dangerous good's ``un`` number, a vehicle's ``plate``, an electric car's
  ``battery``) and some labels of a sibling category have a word of that kind (``fuel_type IN
  ('petrol', 'electric', ...)``, ``cargo_type IN ('general', 'reefer', 'hazardous')``), not all:
  ``only_if:<those labels>``; a boolean flag naming the kind or the column's own word
  (``is_reefer``, ``is_business``, ``allergen_flag`` of ``allergens``): ``only_if:true``;
* a reason, a note or a code of a number (``discount_reason`` of ``discount_pct``): set only where
  the number is above zero (``when_positive``);
* a detail of a thing whose kind is a nullable category of the row (``id_doc_no`` and ``id_doc_expiry``
  of ``id_doc_type``, ``permit_ref`` of ``permit_kind``): set exactly where the kind is, so that a
  document's type, number and expiry are present together or absent together (round 13, r44).

A person's name part is not a kind's word (``surname`` is a ``last`` name, not a card's last digits).

A category named after one label (``cancel_reason`` of ``cancelled``) is ``planning.labelled``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.derived import Derived
from seedbed.planning.labelled import near_stems, same_word, stem
from seedbed.planning.parties import NAME_PARTS, party_part

__all__ = ["kind_columns"]

_TEMPORAL = (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.TIME, TypeKind.INTERVAL)
_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
#: Words of a flag's name that are no part of what it says.
_FLAG_WORDS = frozenset("is has was did can should flag bool boolean yn requires needs with".split())
#: Heads of a column that tells why about a number of its row, and words of a number that is mostly 0.
_WHY = frozenset("reason reasons note notes comment comments explanation justification".split())
_AMOUNTS = frozenset("amount pct percent percentage value total minutes hours days qty quantity".split())
#: Heads of a column that details a one-word flag (``discount_amount`` of ``has_discount``).
_DETAILS = _WHY | _AMOUNTS | frozenset("fee name number code type details detail date rate list".split())
_PARTIES = frozenset("person individual people natural_person sole_trader".split())
#: Words too common to tie a column to a flag by themselves.
_PLAIN = frozenset("""name number code date amount value type status id count total price cost notes note level
class size""".split())


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    from seedbed.generate.realistic.vocab import load

    return tuple((frozenset(e["labels"]), frozenset(e["columns"])) for e in load("follows")["kinds"])


def _label_words(label: str) -> set[str]:
    return set(tokens(label)) | {label.lower()}


def kind_columns(table: Table, usable: Mapping[str, bool], nullable: Mapping[str, bool],
                 categories: Mapping[str, tuple[str, ...]], taken: frozenset[str]) -> tuple[Derived, ...]:
    """``Derived(column, kind, "only_if:...")`` / ``Derived(column, number, "when_positive")`` per
    nullable column of one kind of row (see the module docstring)."""
    out: list[Derived] = []
    flags = {c.name: [w for w in tokens(c.name) if w not in _FLAG_WORDS] for c in table.columns
             if c.type.kind is TypeKind.BOOL}
    numbers = {c.name: tokens(c.name) for c in table.columns if c.type.kind in _NUMERIC}
    for c in table.columns:
        if not usable.get(c.name) or not nullable.get(c.name) or c.name in taken or c.name in categories \
                or c.type.kind in _TEMPORAL or c.type.kind is TypeKind.BOOL:
            continue
        words = set(tokens(c.name))
        own = words - NAME_PARTS if party_part(table, c.name) == "person" else words
        kinds = [labels for labels, cols in _kinds() if own & cols]
        found = _by_category(c.name, kinds, categories) or _by_flag(tokens(c.name), kinds, flags) \
            or _by_number(c.name, words, numbers) or _by_kind_of(table, c.name, categories, nullable)
        if found is not None:
            out.append(Derived(column=c.name, source=found[0], op=found[1]))
    return tuple(out)


def _by_category(name: str, kinds: list[frozenset[str]], categories: Mapping[str, tuple[str, ...]]):
    for cat, labels in categories.items():
        if cat == name or not kinds or {str(x).lower() for x in labels} & _PARTIES:
            continue  # a party's kind is planning.parties' (a company's name on a company's rows)
        have = [str(lab) for lab in labels if any(_label_words(str(lab)) & k for k in kinds)]
        if have and len(have) < len(labels):
            return cat, "only_if:" + "|".join(have)
    return None


def _by_flag(toks: tuple[str, ...], kinds: list[frozenset[str]], flags: Mapping[str, list[str]]):
    """The flag of the column's kind (``is_reefer`` of a ``set_temperature_c``), or the flag the column
    details (``allergens`` of ``allergen_flag``, ``discount_reason`` of ``has_discount``, ``grant_ref`` of
    ``has_grant``, ``copy_order_ref`` of ``is_copy_ordered``, ``ga_claim_batch`` of ``gift_aid_claimable``)."""
    for flag, state in flags.items():
        if not state or toks == tuple(state):
            continue
        if len(state) == 1 and any(set(state) & k for k in kinds) or _details(toks, state):
            return flag, "only_if:true"
    return None


#: Heads of a reference a flag's thing has only when the flag is set (``grant_ref``, ``cod_receipt_no``).
_REFERENCES = frozenset("ref reference no nr num batch receipt description desc".split())


def _details(toks: tuple[str, ...], state: list[str]) -> bool:
    """Whether a column is a detail of what a flag says (r47): it is one word, or its last word is a
    detail's or a reference's; every word of the flag is a word of the column's lead (up to inflection:
    ``ordered`` / ``order``, ``claimable`` / ``claim``; a run of them by its initials: ``ga`` of ``gift
    aid``), and the column begins with one of them (not ``copy_invoice_no`` of ``is_copy_ordered``, which
    says nothing of the order; nor ``insurer_claim_no`` of ``is_insured``: an insurer is no insured)."""
    if len(toks) > 1 and toks[-1] not in _DETAILS | _REFERENCES:
        return False
    body = toks if len(toks) == 1 else toks[:-1]
    matched: set[int] = set()
    for w in body:
        hits = {i for i, s in enumerate(state) if len(s) >= 3 and (_one_word(w, s) or _base_of(w, s))}
        if not hits and 2 <= len(w) <= 3 and w.isalpha():  # an initialism of a run of the flag's words
            hits = next((set(range(i, i + len(w))) for i in range(len(state) - len(w) + 1)
                         if "".join(x[0] for x in state[i:i + len(w)]) == w), set())
        if not hits and w is body[0]:
            return False
        matched |= hits
    return len(matched) == len(state) and any(len(s) >= 4 or len(state) == 1 for s in state)


#: Endings that make a flag's word of a column's (``claim`` -> ``claimable``, ``order`` -> ``ordered``).
_FLAG_ENDINGS = ("able", "ible", "ed", "d")


def _base_of(word: str, flag_word: str) -> bool:
    """``claim`` of ``claimable`` (not ``teama`` of ``teamawin``, nor ``subscribable`` of ``subscribed``)."""
    return len(word) >= 4 and any(flag_word == word + e for e in _FLAG_ENDINGS)


def _one_word(a: str, b: str) -> bool:
    """``allergens`` / ``allergen``, ``locked`` / ``locked``, ``discounted`` / ``discount`` (not
    ``subscribable`` / ``subscribed``)."""
    return a.rstrip("s") == b.rstrip("s") or near_stems(stem(a), stem(b))


def _by_number(name: str, words: set[str], numbers: Mapping[str, tuple[str, ...]]):
    toks = tokens(name)
    if not toks or toks[-1] not in _WHY or name in numbers:
        return None
    own = {w for w in toks[:-1] if len(w) >= 4 and w not in _PLAIN}
    hits = [n for n, t in numbers.items() if own and any(same_word(w, x) for w in own for x in t)
            and (len(t) == 1 or set(t) & _AMOUNTS) and not {"id", "count", "number"} & set(t)]
    return (hits[0], "when_positive") if len(hits) == 1 else None


#: Last words of a category that names the kind of a thing (``id_doc_type``, ``permit_kind``).
_KIND_HEADS = frozenset("type kind class category".split())


def _by_kind_of(table: Table, name: str, categories: Mapping[str, tuple[str, ...]], nullable: Mapping[str, bool]):
    """The nullable kind of the thing ``name`` details (``id_doc_type`` of ``id_doc_no``): every word
    of the kind's name but its head leads ``name``, and the thing is not the table's own row."""
    toks = tokens(name)
    own = set(tokens(table.name.name)) | {w.rstrip("s") for w in tokens(table.name.name)}
    for cat, labels in categories.items():
        head = tokens(cat)
        if cat == name or not nullable.get(cat) or len(head) < 2 or head[-1] not in _KIND_HEADS or not labels:
            continue
        thing = head[:-1]
        if len(toks) > len(thing) and toks[:len(thing)] == thing and not set(thing) <= own \
                and toks[len(thing)] not in _KIND_HEADS:
            return cat, "only_if:" + "|".join(str(x) for x in labels)
    return None
