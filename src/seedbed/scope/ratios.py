"""Shares said as ratios and counted words (brief s19): "one out of every five riders is a student", "nobody on
staff is certified", "none of the staff are certified", "some trainers not certified, say 10%".

The numbers are shares already (``numbers``: "one out of every five" is "20%", "a third" is "33.3333%"); what is
left is the wording around them, spelled the way the share rules read it:

- ``said_shares`` (in ``lexicon.normalise``): "20% riders is a student" -> "20% of riders are student" (the
  article before a value or a flag goes, as in "25% of riders are students"); "nobody on staff is certified" /
  "none of the staff are certified" / "not one of the riders is a student" -> "no staff certified" (no row with
  that value or flag: the rules of "no X Y" read it, a value of that table or quoted back);
- ``split_across`` (on the raw text, before clauses are cut at commas): "60 patrons from Canada, 40 from Mexico",
  "50 payments by card, 20 by wallet and 10 by voucher", "30 farms in Kenya, 20 in Ethiopia": counts of one table
  split across values (or places), said with a preposition each, as the total and each one's share
  (``sayings.split_counts``' spellings, which read two of them joined by "and");
- ``share_after_some`` (on the raw text, before clauses are cut at commas): "some staff not certified, say 10%"
  -> "10% of staff not certified": the vague "some" is the share said after it.
"""

from __future__ import annotations

import re

__all__ = ["said_shares", "share_after_some", "split_across"]

_BE = r"(?:is|are|was|were|should be|will be|gets?|get|got)"
#: "20% riders is a student", "25% of the staff are an apprentice": a share, its rows, then the article.
_SHARE_ARTICLE = re.compile(rf"\b(\d+(?:\.\d+)?%)(?: of)?( (?:the |our )?[a-z_]+(?: [a-z_]+)?) {_BE} (?:an?) (?=[a-z_])")
#: "nobody on staff is certified", "no one among the riders is a student", "none of the staff are certified",
#: "not one of the riders is a student", "not a single rider is a student".
_NOBODY = re.compile(rf"\b(?:(?:nobody|no one|no-one) (?:on|in|among|from) |(?:none|not one|not a single one|neither) of )"
                     rf"(?:the |our )?(?!(?:them|those|these|which|whom)\b)([a-z_]+(?: [a-z_]+)?) {_BE} (?:(?:an?) )?(?=[a-z_])")
_NOT_A_SINGLE = re.compile(rf"\bnot (?:a single|one) ([a-z_]+(?: [a-z_]+)?) {_BE} (?:(?:an?) )?(?=[a-z_])")
#: "some staff not certified, say 10%", "a few riders are students (about 5%)": the share said after "some".
_SOME_SAY = re.compile(r"(?i)\b(?:some|a few|a handful of|a number of|certain)\s+([a-z][^,;.()\n]*?)\s*(?:,|\(|-)\s*"
                       r"(?:say|like|about|around|roughly|maybe|approximately|approx\.?|~|perhaps|i'd say)?\s*"
                       r"(\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b)(?: of (?:them|those))?\s*\)?(?=\s*(?:[,;.!?]|$))")


def said_shares(s: str) -> str:
    """The wordings of a share around its number, as the rules read them (module docstring)."""
    s = _SHARE_ARTICLE.sub(lambda m: f"{m.group(1)} of{m.group(2).replace(' of ', ' ')} are ", s)
    s = _NOBODY.sub(r"no \1 ", s)
    return _NOT_A_SINGLE.sub(r"no \1 ", s)


def share_after_some(text: str) -> str:
    """"some staff not certified, say 10%": "10% of staff not certified" (module docstring)."""
    return _SOME_SAY.sub(lambda m: f"{m.group(2)}% of {m.group(1).strip()}", text)


_PREP = r"(?:in|from|by|via|with|through|using|on|at|as)"
_WORD = (r"(?!(?:least|most|all|once|first|last|random|times?|a|an|each|every|average|minimum|maximum)\b)"
         r"[a-z_][\w-]*(?: (?!and\b|or\b|in\b|from\b|by\b|via\b|with\b|at\b)[a-z_][\w-]*)?")
_PART = rf"(\d+) (?:more )?{_PREP} (?:the )?({_WORD})"
_SPLIT_ACROSS = re.compile(rf"(?i)\b(?:(\d+) ([a-z_][\w-]*(?: [a-z_][\w-]*)?)|(?P<head>[a-z_][\w-]*(?: [a-z_][\w-]*)?) ?[:-] "
                           rf"(?P<n>\d+)) ({_PREP}) (?:the )?({_WORD})"
                           rf"((?:\s*(?:,|and|, and|&)\s*{_PART})+)(?=\s*(?:[,;.)]|$))")


def split_across(text: str) -> str:
    """"60 patrons from Canada, 40 from Mexico": the total and the shares (module docstring)."""
    from seedbed.scope.lexicon import LOCALE_WORDS

    def one(m: re.Match[str]) -> str:
        first, table = (m.group(1), m.group(2)) if m.group(1) else (m.group("n"), m.group("head"))  # "crossings - 60 by app"
        parts = [(int(first), m.group(6).lower())] + [(int(n), w.lower()) for n, w in re.findall(_PART, m.group(7), re.I)]
        total = sum(n for n, _ in parts)
        places = [w in LOCALE_WORDS for _, w in parts]
        if total == 0 or len(parts) < 2 or any(places) != all(places) or len({w for _, w in parts}) < len(parts):
            return m.group(0)
        shares = [round(100 * n / total, 4) for n, _ in parts]
        if all(places):  # the locale rule's spelling: "100 patrons from canada ( 60% ) and mexico ( 40% )"
            said = " and ".join(f"{w} ( {p:g}% )" for (_, w), p in zip(parts, shares))
            return f"{total} {table} from {said}"
        return f"{total} {table}, " + " and ".join(f"{p:g}% {w}" for (_, w), p in zip(parts, shares))
    return _SPLIT_ACROSS.sub(one, text)
