"""Reading a column's name against the rule table (``seedbed.generate.intent.rules.PHRASES``).

``match`` tries the longest phrase that ends the column's tokens, then "strong" words anywhere in the
name (``email_change`` is still an email), "X of Y" names by their head (``head_of_state`` is a person),
other people of the row by their role (``emergency_contact``), the latest of many moments
(``last_seen_at``). Candidates come best first; ``infer`` keeps the first one whose generator can fill
the column's type.
"""

from __future__ import annotations

from seedbed.generate.intent.computing import by_rule
from seedbed.generate.intent.context import AMBIGUOUS_PERSON, PERSON_NOUNS, STAT_WORDS, Ctx
from seedbed.generate.intent.heads import headed_rule
from seedbed.generate.intent.agents import tribute_rule
from seedbed.generate.intent.names import OTHER_PEOPLE, role_person_rule
from seedbed.generate.intent.resolvers import Cand, cands, stat_rule, stats_table
from seedbed.generate.intent.rules import PHRASES
from seedbed.model import TypeKind

__all__ = ["MODIFIERS", "STRONG", "match"]

#: First words of a moment that is the latest of many (``last_pm_date``, ``last_seen_at``, ``latest_reading_on``).
_LATEST = frozenset(("last", "latest", "lastest", "recent", "most"))

#: Words that decide the intent wherever they stand in the name (``email_change`` -> email).
STRONG = ("email", "phone", "url", "uuid", "guid", "ip", "password", "token", "iban", "isbn", "slug",
          "avatar", "timezone", "currency", "locale", "bio", "sku", "latitude", "longitude", "mime",
          "review", "salary", "price", "secret", "certificate", "cert", "hostname", "domain", "username",
          "city", "country", "postal", "address", "description", "comment", "message", "note", "title",
          "name", "path", "file", "json", "yaml", "version", "error", "reason", "label", "key", "code")

#: Trailing words that qualify a head rather than replace it (``title_html``, ``email_new``).
MODIFIERS = frozenset("""new old current previous original default primary secondary raw edited localized
plain formatted override custom cached confirmed unconfirmed verified pending temp tmp full short long
text str string value html digest encrypted crypted enc cent iv salt array est estimated approx approximate
circa""".split())
#: Words after a number that say when it was read, not what it is (``balance_after``, ``stock_before``).
_AT_A_MOMENT = frozenset(("after", "before"))
_KEEP_HEAD = frozenset({"digest", "iv", "salt", "text", "value", "html", "long", "full", "short"})


def _lookup(toks: tuple[str, ...], ctx: Ctx) -> list[Cand] | None:
    for size in (4, 3, 2, 1):
        if len(toks) >= size and toks[-size:] in PHRASES:
            rule = PHRASES[toks[-size:]]
            sub = ctx.with_toks(toks=toks)
            return rule(sub) if callable(rule) else cands(rule)
    return None


#: Heads of "X of Y" names that are people (``head_of_state``, ``chief_of_staff``).
_PERSON_HEADS = frozenset("head chief president leader director minister secretary commander captain".split())


def _of_phrase(toks: tuple[str, ...], ctx: Ctx) -> list[Cand] | None:
    """"X of Y": the meaning is X's (``head_of_state`` is a person, not a state), unless the
    whole phrase is known (``date_of_birth``)."""
    if "of" not in toks[1:-1]:
        return None
    for size in (4, 3):
        if len(toks) >= size and toks[-size:] in PHRASES and "of" in toks[-size:]:
            return None  # date_of_birth, title_of_courtesy: the phrase table knows it
    head = toks[: toks.index("of")]
    if head[-1] in _PERSON_HEADS or head[-1] in PERSON_NOUNS:
        return cands("person.full_name", f"'{' '.join(toks)}' is a person") if ctx.is_text else []
    sub = ctx.with_toks(toks=head)
    return _lookup(head, sub)


#: Roles beyond ``names.ROLE_PEOPLE`` a text column may name a person by (``trip_mentor``).
_MORE_ROLES = frozenset("""mentor coordinator organiser organizer caretaker clinician practitioner pharmacist
midwife examiner lecturer professor presenter speaker""".split())
#: "In X of": a tribute names the person it honours (``in_memory_of``, ``in_honour_of``).
_TRIBUTES = frozenset("memory honor honour tribute".split())


def _person_role(core: tuple[str, ...], ctx: Ctx) -> list[Cand]:
    """A text column whose head is another person of the row (``emergency_contact``, ``next_of_kin``
    words of ``names.OTHER_PEOPLE``) or a tribute's "in memory of": someone else's full name, never
    "Emergency contact 3" nor the row's own person; a role of ``_MORE_ROLES``: a person's name
    (``names.role_person_rule``) (round 5, r9)."""
    if not ctx.is_text or ctx.column.type.is_array:
        return []
    if core[-1] in OTHER_PEOPLE or (core[-1] == "of" and len(core) > 1 and core[-2] in _TRIBUTES):
        return cands("person.full_name", f"'{' '.join(core)}' names another person", other=True)
    return role_person_rule(ctx) if core[-1] in _MORE_ROLES else []


def match(ctx: Ctx) -> list[Cand]:
    """Candidate intents for a column, best first (may be empty)."""
    toks = ctx.toks
    if not toks:
        return []
    html = "html" in toks[1:]
    cents = toks[-1] == "cent"
    # a security qualifier at the end is the head itself (password_salt, encrypted_token_iv)
    if toks[-1] in ("iv", "salt") or toks[-1] == "digest" and "password" in toks:
        ctx = ctx.with_toks(toks=toks, html=html, cents=cents)
        return (_lookup(toks[-1:], ctx) or []) if toks[-1] != "digest" else cands("security.password_hash")
    if toks[0] in ("encrypted", "crypted", "enc") and "password" not in toks and len(toks) > 1:
        return cands("security.base64", "an encrypted value", nbytes=48)
    if ctx.kind in (TypeKind.DATE, TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ) and toks[0] in _LATEST and len(toks) > 1:
        return cands("date.recent", "the latest time it happened: mostly weeks ago")
    core = toks
    while len(core) > 1 and (core[-1] in MODIFIERS or ctx.numeric and core[-1] in _AT_A_MOMENT):
        core = core[:-1]  # balance_after is a balance, stock_before a stock
    ctx = ctx.with_toks(toks=core, html=html, cents=cents)
    found = _of_phrase(core, ctx)
    if found is None:
        found = _lookup(core, ctx)
    if found is None and core != toks:
        found = _lookup(toks, ctx.with_toks(toks=toks, html=html, cents=cents))
    if found:
        return found
    found = _person_role(core, ctx)
    if found:
        return found
    if ctx.is_text and STAT_WORDS & set(core) and stats_table(ctx):
        stat = stat_rule(ctx)
        if stat:
            return stat
    for i in range(len(core) - 2, -1, -1):
        if core[i] in STRONG:
            found = _lookup(core[: i + 1], ctx)
            if found:
                return found
    if ctx.numeric and core[0] in ("number", "total", "count") and len(core) > 1:
        return cands("number.count", f"'{core[0]} of ...'")
    return _person_by_role(core, ctx)


def _person_by_role(core: tuple[str, ...], ctx: Ctx) -> list[Cand]:
    """A text column no phrase knew that is called by a person's role (``technician``,
    ``lead_inspector``) holds that person's name; one called "<done> by" (``created_by``,
    ``signed_off_by``) the login of who did it (were neutral labels 'Technician 12', 'Created by 1')."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 8):
        return []
    if core[-1] in PERSON_NOUNS and core[-1] not in AMBIGUOUS_PERSON:
        return cands("person.full_name", f"'{core[-1]}' is a person")
    if core[-1] == "by" and len(core) > 1:
        return by_rule(ctx)  # a participle before it (created_by, signed_off_by), not sort_by
    return tribute_rule(ctx) or headed_rule(ctx)  # a depot, an insurer, a phlebotomist: a site, a company of a trade, a person
