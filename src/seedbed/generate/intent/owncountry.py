"""Columns whose name says a person, a bank, a mobile-money number or a district of the business's own country
(issue 10, r52).

A blind review (session 16) read ``company_man`` 'CM-450' (an oil company's man on the rig: a person), a
grower's ``bank`` 'BN-170' and ``ecocash_no`` '8514306' (a mobile-money wallet is a mobile number), and a
farmer's ``district`` 'Market Quarter' beside his province (a district under a province is a rural area named
for its town, not a city's quarter). The phrases here go into ``rules.PHRASES``:

* ``company_man``, ``duty_woman``: a word for a person at its end (``man``, ``woman``) names a person;
* ``bank``, ``bank_name``, ``bank_nm``: a bank of the row's country (``company.bank``), where text is wide enough;
* ``bank_acc``, ``bank_account`` (text): the account's number, as ``account_no``;
* ``ecocash_no``, ``mpesa_number``, ``momo_no``: the wallet's mobile number (``phone_rule``);
* ``district``: the row's town where a sibling names the level above (``province``, ``state``, ``region``,
  ``county``); a city's district where the table is about cities; else a neighbourhood, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.names import role_person_rule
from seedbed.generate.intent.resolvers import cands, phone_rule

__all__ = ["district_rule", "own_country_phrases"]

#: Mobile-money wallets whose account is the holder's mobile number (Zimbabwe, Kenya, Ghana, the Philippines...).
_WALLETS = ("ecocash", "mpesa", "momo", "onemoney", "telecash", "gcash", "paytm", "airtel", "mtn", "wave", "bkash")
#: A person's word at the end of a name (``company_man``, ``duty_woman``).
_PERSON_ENDS = ("man", "woman")
#: Nouns of tables about cities: their district is a city's (an ``address.region``, as before).
_CITY_NOUNS = frozenset("city cities town municipality locality".split())
#: Siblings that name the level above a district: the district is then a town's area, not a city's quarter.
_ABOVE = ("province", "state", "region", "county", "prefecture")


def _person_end(ctx: Ctx) -> list:
    if len(ctx.toks) < 2:  # a bare 'man' is no role
        return []
    return role_person_rule(ctx)


def _bank(fallback: object) -> Callable[[Ctx], list]:
    def rule(ctx: Ctx) -> list:
        if ctx.is_text and (ctx.length is None or ctx.length >= 12) and not ctx.prefix[-1:] == ("sort",):
            return cands("company.bank", "a bank of the row's country")
        return fallback(ctx) if callable(fallback) else []

    return rule


def _wallet(fallback: object) -> Callable[[Ctx], list]:
    def rule(ctx: Ctx) -> list:
        if ctx.is_text and (ctx.length is None or ctx.length >= 9):
            return phone_rule(ctx)
        return fallback(ctx) if callable(fallback) else []

    return rule


def district_rule(ctx: Ctx) -> list:
    if ctx.noun in _CITY_NOUNS:
        return cands("address.region")
    if ctx.has_sibling(*_ABOVE):
        return cands("address.city", "a district under its region: the row's town")
    return cands("address.neighborhood")


def own_country_phrases(phrases: Mapping[tuple[str, ...], object]) -> dict[tuple[str, ...], object]:
    """The phrases to add to ``rules.PHRASES`` (given, for the rules a narrow column falls back on)."""
    out: dict[tuple[str, ...], object] = {(w,): _person_end for w in _PERSON_ENDS if (w,) not in phrases}
    for phrase in (("bank",), ("bank", "name")):
        out[phrase] = _bank(phrases.get(phrase))
    number = phrases.get(("number",))
    if callable(number):  # bank_acc, bank_account: the account's number, as account_no
        for phrase in (("bank", "acc"), ("bank", "account")):
            out.setdefault(phrase, lambda ctx, number=number: number(ctx.with_toks(toks=("bank", "account", "number")))
                           if ctx.is_text else [])
    for w in _WALLETS:
        for phrase in ((w,), (w, "number"), (w, "phone")):
            out[phrase] = _wallet(phrases.get(phrase) or phrases.get(phrase[-1:]))
    return out
