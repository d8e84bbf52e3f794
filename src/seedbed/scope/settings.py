"""What a scope says of the data as a whole rather than of rows (issue 11): a locale ("Japanese
users", "users mostly from France"), a domain ("an e-commerce store"), a product theme ("a shop
selling electronics"), what kind of rows a table holds ("enterprise companies") and "keep the rest
as is". ``seedbed.scope.rules`` runs ``setting_rules`` at its place in its order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from seedbed.scope.lexicon import BUSINESS_NOUNS, BUSINESS_SIZES, DOMAIN_WORDS, FUZZY_SHARES, LOCALE_WORDS, THEME_WORDS
from seedbed.scope.model import Business, Domain, Item, Keep, Locale, Theme, Unsupported
from seedbed.scope.parse import CLAIMED, Context, Rule, rule
from seedbed.scope.rules import NOUN, NOUNS, SEP, W, _g, names

__all__ = ["setting_rules"]

_LOCALES = "|".join(sorted((re.escape(k) for k in LOCALE_WORDS), key=len, reverse=True))
_DOMAINS = "|".join(sorted((re.escape(k) for k in DOMAIN_WORDS), key=len, reverse=True))
_THEME = "|".join(sorted((re.escape(k) for k in THEME_WORDS), key=len, reverse=True))
_SIZES = "|".join(sorted((re.escape(k) for k in BUSINESS_SIZES), key=len, reverse=True))
_BIZ_NOUNS = "|".join(sorted((re.escape(k) for k in BUSINESS_NOUNS), key=len, reverse=True))
#: What rows are: "enterprise companies", "small businesses", "startups", "companies".
_BUSINESS = rf"(?:(?P<size>{_SIZES}) )?(?P<biz>{_BIZ_NOUNS})"
#: Customer-like nouns an adjective size can stand before ("500 enterprise customers").
_CUSTOMERS = r"customers?|clients?|users?|accounts?|buyers?|members?|tenants?|subscribers?|organi[sz]ations?|orgs?"
_UNAMBIGUOUS_DOMAINS = "e-commerce|ecommerce|e commerce|saas|b2b saas|fintech|healthcare|health care|e-learning"

def _locale(m: re.Match[str], ctx: Context) -> list[Item]:
    word = _g(m, "adj")
    if _g(m, "t"):
        ctx.subject = m.group("t")  # "users in Japan, with addresses"
    code = LOCALE_WORDS[word] if word else _code(m.group("code"))
    q, pct = _g(m, "q"), _g(m, "pct")
    share = float(pct) / 100 if pct else (FUZZY_SHARES[q] if q else None)
    said = re.findall(rf"(?<![a-z])(?:{_LOCALES})(?![a-z])", _g(m, "more") or "")
    others = tuple(dict.fromkeys(LOCALE_WORDS[w] for w in said if w in LOCALE_WORDS))
    others = tuple(c for c in others if c != code)
    # "from Germany (60%) and France (40%)": each country its share (all said, else none)
    shares = tuple(float(p) / 100 for p in re.findall(r"(\d+(?:\.\d+)?)%", f"{_g(m, 'first') or ''}{_g(m, 'more') or ''}"))
    if len(shares) != 1 + len(others) or not others:
        shares = ()
    out: list[Item] = [Locale(phrase=ctx.phrase, locale=code, table=_g(m, "t"), share=share, others=others, shares=shares)]
    rest = _g(m, "rest")
    if rest:
        found = re.fullmatch(_BUSINESS, rest)
        item = _business_item(ctx, _g(m, "t") or "", found) if found else None
        out.append(item or Unsupported(phrase=ctx.phrase, text=rest,
                                       reason="what kind of rows these are is not understood (companies, enterprise "
                                              "companies, small businesses and startups are); only the locale is applied"))
    return out


def _business_item(ctx: Context, table: str, m: re.Match[str]) -> Business | None:
    """"enterprise companies", "small businesses", "startups": rows that are companies (a size
    word, or a noun that means companies: "enterprise customers" yes, "customers" alone no)."""
    size_word, noun = _g(m, "size"), m.group("biz")
    if size_word is None and noun in ("customers", "clients", "accounts"):
        return None
    size = (BUSINESS_SIZES.get(size_word or "") or BUSINESS_NOUNS.get(noun) or None)
    return Business(phrase=ctx.phrase, table=table, size=size)


def _business(m: re.Match[str], ctx: Context) -> list[Item] | None:
    item = _business_item(ctx, m.group("t"), m)
    if item is None:
        return None
    ctx.subject = m.group("t")
    return [item]


def _code(text: str) -> str:
    lang, _, region = text.partition("_")
    return f"{lang}_{region.upper()}"


def _domain(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Domain(phrase=ctx.phrase, pack=DOMAIN_WORDS[m.group("d")])]


def _theme(m: re.Match[str], ctx: Context) -> list[Item]:
    """Product categories as typed ("electronics", "clothing"); resolving matches them to the
    vocabulary and quotes the words it does not know."""
    out: list[Item] = [Theme(phrase=ctx.phrase, categories=names(m.group("what")))]
    if _g(m, "store"):  # "an electronics store": a shop, too
        out.insert(0, Domain(phrase=ctx.phrase, pack="ecommerce"))
    return out


def _keep(m: re.Match[str], ctx: Context) -> list[Item]:
    return [Keep(phrase=ctx.phrase)]



def setting_rules() -> Iterable[Rule]:
    """The locale, domain, theme, business and keep rules, in their order."""
    adj = rf"(?P<adj>{_LOCALES})"
    yield rule("locale", rf"make (?:(?:the|all|our) )?(?P<t>{NOUN}) (?:(?:be|all) )?{adj}(?: (?P<rest>{W}(?: {W})*))?",
               _locale)
    codes = "|".join(sorted({c.lower() for c in LOCALE_WORDS.values()}))
    yield rule("locale", r"(?:locale|with locale|in locale|use locale) (?:: )?(?P<code>[a-z]{2}_[a-z]{2})", _locale)
    yield rule("locale", rf"(?:(?:in|with) )?(?P<code>{codes})(?: locale)?", _locale)
    yield rule("locale", rf"{adj} (?:locale|language|names|people|data|addresses|phone numbers)", _locale)
    mostly = r"(?P<q>mostly|mainly|largely|primarily|predominantly|most|half|(?P<pct>\d+(?:\.\d+)?)%)"
    yield rule("locale", rf"(?P<t>{NOUN}) (?:(?:are|is|should be|who are) )?{mostly} (?:of them )?(?P<where>(?:from|in|based in|"
                         rf"located in|living in) (?:the )?{adj})", _locale, keep=("t",), hide=("where",))
    yield rule("locale", rf"{mostly} of (?:the |our )?(?P<t>{NOUN}) (?:(?:are|is|should be) )?(?P<where>(?:from|in|based in|"
                         rf"located in|living in) (?:the )?{adj})", _locale, keep=("t",), hide=("where",))
    pct = r"(?: \( \d+(?:\.\d+)?% \))"  # "from Germany (60%) and France (40%)"
    yield rule("locale", rf"(?P<t>{NOUN}) (?P<where>(?:from|in|based in|located in|living in|who live in|who are from) "
                         rf"(?:the )?{adj}(?P<first>{pct})?(?P<more>(?:(?: ,| and| or|, and|, or) (?:from |in )?(?:the )?"
                         rf"(?:{_LOCALES}){pct}?)*))",
               _locale, keep=("t",), hide=("where",))
    yield rule("locale", rf"{adj} (?P<t>{NOUN})", _locale, keep=("t",), hide=("adj",))
    kind = r"(?: (?:store|shop|app|application|platform|site|website|company|business|system|startup|product|" \
           r"database|db|schema|data|marketplace|service|tool|network))"
    article = r"(?:an?|the|for an?|like an?)"
    yield rule("domain", rf"(?:{article} )?(?P<d>{_UNAMBIGUOUS_DOMAINS}){kind}?", _domain)
    yield rule("domain", rf"{article} (?P<d>{_DOMAINS}){kind}?", _domain)
    yield rule("domain", rf"(?P<d>{_DOMAINS}){kind}", _domain)
    themes = rf"(?P<what>(?:{_THEME})(?:{SEP}(?:{_THEME}))*)"
    goods = r"(?P<noun>products|items|goods|catalog|catalogue|merchandise|inventory)"
    sells = r"(?:with|selling|sells|that sells|which sells|stocking|of|for)"
    shop = r"(?P<store>store|shop|retailer|outlet|boutique|marketplace|webshop|e-commerce store|online store|online shop)"
    a_shop = rf"(?:(?:{article} )?(?:online )?{shop} )?"
    yield rule("product theme", rf"{a_shop}{sells} (?:only )?{themes} {goods}", _theme)
    yield rule("product theme", rf"(?:with|selling|of|for) (?P<what>{NOUNS}) "
                                rf"(?P<noun>products|goods|catalog|catalogue|merchandise)", _theme)
    yield rule("product theme", rf"{a_shop}(?:selling|sells|that sells|which sells|stocking) (?:only )?{themes}", _theme)
    yield rule("product theme", rf"(?<={CLAIMED} )(?:with|for|of) (?:only )?{themes}", _theme)
    yield rule("product theme", rf"(?:{article} )?(?:online )?{themes} {shop}", _theme)
    yield rule("product theme", r"(?:(?:an?|the) )?(?:online )?(?P<store>(?P<what>book)(?:store|shop))", _theme)
    # ---- what the rows are: companies
    yield rule("business", rf"make (?:(?:the|all|our) )?(?P<t>{NOUN}) (?:(?:be|all|into) )?(?:(?:an?|all) )?{_BUSINESS}",
               _business)
    yield rule("business", rf"(?P<t>{NOUN}) (?:are|is|should be|must be|being|as) (?:(?:all|an?) )?{_BUSINESS}",
               _business)
    yield rule("business", rf"(?P<size>{_SIZES}) (?P<t>{_CUSTOMERS})(?P<biz>)", _business, keep=("t",), hide=("size",))
    yield rule("keep the rest", r"(?:and )?(?:keep|leave) (?:everything|all|the rest|all other tables|other tables|others)"
                                r"(?: else)?(?: (?:the same|unchanged|as is|as it is|alone|untouched))?", _keep)
