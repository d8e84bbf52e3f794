"""Scope text -> ``Scope``: deterministic, rule-based, no schema, no network, no model.

The text is cut into clauses (at ``;``, sentence ends and commas that do not sit inside a
number or a list), each clause is normalised (``seedbed.scope.lexicon.normalise``) and split
into tokens, and the rules of ``seedbed.scope.rules`` run over it in order. A rule's match
claims its tokens, so a later, more general rule cannot read them again ("1-5 orders" is a
fan-out, not a count of 5 orders). Words no rule claimed and that are not filler are quoted
back as unplaced fragments: never silently dropped.
"""

from __future__ import annotations

import re

from seedbed.model import Schema
from seedbed.scope.clause import CLAIMED, Build, Clause, Context, Rule, Token, rule, tokenize
from seedbed.scope.clause import apply as _apply
from seedbed.scope.periods import glued
from seedbed.scope.chatter import antecedent, asides, counted_after, referred, retold, tables_named, unframed
from seedbed.scope.framing import about_request, lifted, pointed_back
from seedbed.scope.compounds import said_number_columns, said_tables
from seedbed.scope.verbcols import verb_columns
from seedbed.scope.coordinate import coordinated
from seedbed.scope.childverbs import child_verbs
from seedbed.scope.inflect import singular
from seedbed.scope.joins import has_column, joined
from seedbed.scope.rephrase import fractions
from seedbed.scope.units import named_units
from seedbed.scope.respectively import counted_next, everything_else, respective_text, respectively
from seedbed.scope.remarks import bracket_remarks, without_remarks
from seedbed.scope.rowsagain import rows_again
from seedbed.scope.ground import Grounding
from seedbed.scope.labelspell import says_label
from seedbed.scope.values import LEVELS
from seedbed.scope.idents import dotted, spelled, unseparated
from seedbed.scope.layout import laid_out, unpacked
from seedbed.scope.lexicon import FILLER, FUZZY_SHARES, corrected, mark_keys, normalise
from seedbed.scope.modality import column_again, each_counted, obliged, split_asked
from seedbed.scope.numbers import HEDGE, hedged
from seedbed.scope.orders import reordered
from seedbed.scope.model import Scope
from seedbed.scope.phrasings import WHO_EACH
from seedbed.scope.plainer import article_head, each_share, for_parents, on_share, possessive, ranges_said, rest_anyone, split_each
from seedbed.scope.perunit import per_said
from seedbed.scope.ratios import share_after_some, split_across
from seedbed.scope.restrict import excluded_too, nothing_else, split_nothing_else
from seedbed.scope.sayings import joined_clause, rare_then_share
from seedbed.scope.states import complements, misread, rows_as_value, shared_after, stated

__all__ = ["CLAIMED", "Build", "Clause", "Context", "Rule", "Token", "clauses", "parse", "rule", "tokenize"]

_LIST_HEAD = re.compile(r"(?:^|\s)(?:only|just|skip|exclude|excluding|except|without|ignore|ignoring|omit|but)\s|:")
_SEED_HEAD = re.compile(r"^(?:seed|fill|populate|generate)(?: the)? [a-z_]+$")
_NOUN_ONLY = re.compile(r"^(?:(?:and|&|or) )?[a-z_][a-z0-9_.]*(?: [a-z_][a-z0-9_.]*){0,2}$")
#: "rest% medium or low": the rest may go to several values, evenly.
_REST_MORE = r"(?: (?:or|and|,|, or|, and) [a-z_][\w-]*)*"
_PAIR = (r"(?:(?:\d+(?:\.\d+)?|rest)% (?:of (?:them|those|these) )?(?:(?:are|is|as|via|by|with|in|using|being|were) )?[a-z_][\w-]*"
         rf"|[a-z_][\w-]* \d+(?:\.\d+)?%|rest% [a-z_][\w-]*{_REST_MORE})")
_PAIRS_ONLY = re.compile(rf"^(?:(?:and|&) )?{_PAIR}(?:,? (?:and )?{_PAIR})*(?: [a-z_]+)?$")


#: "a few developers", "many viewers": a vague share and one word (a list of them goes on after a comma).
_VAGUE_PAIR = re.compile(r"^(?:(?:and|but) )?(?P<q>" + "|".join(sorted((re.escape(k) for k in FUZZY_SHARES if FUZZY_SHARES[k] < 1),
                                                                   key=len, reverse=True)) + r") [a-z_][\w-]*$")
#: A clause that is only a hedge ("roughly", "give or take", "more or less", "approximately").
_HEDGE_ALONE = re.compile(r"^(?:(?:but |and )?(?:roughly|approximately|about|around|give or take|or so|more or less|"
                          r"on average|ish|approx\.?|or thereabouts|thereabouts))$")
#: A clause that is only a vague share ("payments settled by wallet, mostly"): the share of the value before it.
_SHARE_ALONE = re.compile(r"^(?:but |and )?(mostly|mainly|largely|primarily|predominantly|usually)$")
_EACH_HEAD = re.compile(r"^(?:(?:and|also|then|plus|but) )?(?:for|in|on|with) (?:each|every|every single) [a-z_]+(?: [a-z_]+)?$")
#: A number alone after a comma, maybe with a hedge ("like 2000", "about 300", "300 or so").
_ABOUT_N = re.compile(r"^(?:(?:like|about|around|roughly|approximately|maybe|say|some|ish) )?(\d+)(?: (?:or so|ish|give or take))?$")


#: A bullet or a number that starts a line of a pasted list ("- 500 users", "2. 3 plans", "* ...").
_LIST_MARK = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[ \t]+")
#: Abbreviations whose full stop ends no sentence.
_ABBREVIATION = re.compile(r"(?i)(?<![\w.])(?:approx|appx|ca|e\.g|i\.e|etc|vs|min|max|no|incl|excl|avg|est)\.$")


#: "a few issues, between 5 and 12", "some reviews (10 to 20)": a vague count, then the range it means
#: ("5-12 issues"), read as the range alone (the vague word is no count of its own).
_VAGUE_RANGE = re.compile(
    r"(?i)\b(?:a few|few|some|several|a handful of|a couple of|a bunch of|many|lots of|a number of|a small number of)"
    r" ([a-z_]+(?: (?!(?:between|from|per|each|for|in|on)\b)[a-z_]+)?)\s*(?:,\s*|\(\s*|\s+-\s+|\s+)"
    r"(?:(?:between|from|anywhere from|somewhere between|usually|typically|say|like|roughly|about|around) )?"
    r"(\d+)\s*(?:-|\u2013|to|and)\s*(\d+)(?:\s*\)|\s*,(?=\s*(?:per|each|for each|for every|in each|on each)\b))?"
    r"(?=\s*(?:[,;.)]|$|(?:per|each|apiece|for|in|on|a|an)\b))")

#: "tasks: a few urgent ones, mostly normal": the minor value first, then the main one; read as the main
#: one first ("mostly normal, a few urgent"), as the mix rules do (a head or the start before the first).
_MINOR_FIRST = re.compile(r"(?i)(^|:\s*)(a few|some|few|rarely|occasionally|a handful) ([a-z_][\w-]*)(?: ones)?\s*,\s*"
                          r"(?:but |and |while )?(mostly|mainly|largely|primarily|predominantly|usually) ([a-z_][\w-]*)(?: ones)?"
                          r"(?=\s*(?:[;.]|$))")


def _split(text: str, ground: Grounding | None = None) -> list[str]:
    """Raw fragments: at ``;``, new lines, sentence ends and commas outside numbers and ID lists."""
    out, start = [], 0
    if ground is not None:  # "0 to 40 (some new guys haven't done any yet)": a remark, shown aside (``remarks``)
        text = without_remarks(text, lambda words: _reads_alone(words, ground))
        text = named_units(text, ground.number_columns)  # "80 to 140 m" on hub_height_m: metres (``units``)
        # "pony club and group lessons at 25% each": 25% of each value (``plainer``)
        text = each_share(text, lambda w: ground.is_label(w) or says_label(w.replace("-", " ").split(), ground.labels, ground.coded))
        from seedbed.scope.rowscore import apposed
        text = apposed(text, ground)  # "30 media owners / vendors": 30 vendors (``rowscore``)
    text = split_each(ranges_said(rest_anyone(text)))  # "20 until 30", "10 technician and for each one ..." (``plainer``)
    text = each_counted(split_asked(split_across(share_after_some(rare_then_share(split_nothing_else(unframed(corrected(retold(
        _LIST_MARK.sub("", laid_out(spelled(unpacked(text), ground), ground)))), ground)))))))  # chatty requests (``chatter``)
    text = re.sub(r"(?<![\w#])#(?=\d)", "", text)  # "students #12, #15": the keys 12 and 15
    text = glued(text)  # "the first quarter, 2025": one period (``periods``)
    # "patients=500 appointments=2000": one clause per pair, as with commas
    text = re.sub(r"(=\s*\d[\d.,]*[km]?)\s+(?=[A-Za-z_]+\s*=)", r"\1, ", text)
    text = _VAGUE_RANGE.sub(r"\2-\3 \1", text)
    text = _MINOR_FIRST.sub(r"\1\4 \5, \2 \3", text)
    text = WHO_EACH.sub(", each ", text)  # "50 actors who each play in 5-15 films"
    # "24 courses (3 per teacher)": the bracket is a clause of its own, about the table before it
    text = re.sub(r"\s*\((\s*\d+(?:\s*(?:-|to)\s*\d+)?\s+(?:per|for each|for every|in each|each)\s+[\w ]+?)\)", r", \1,", text)
    for i, ch in enumerate(text):
        # A sentence ends at a full stop, "?" or "!" before a space ("2.5k" and "auth.users" go on,
        # and so do "approx. 400" and "e.g. users").
        cut = ch in ";\n|" or (ch == "/" and text[i - 1:i] == " " and text[i + 1:i + 2] == " ") or (ch in ".?!" and (i + 1 == len(text) or text[i + 1].isspace())
                              and not (ch == "." and _ABBREVIATION.search(text, 0, i + 1)))
        if ch == ",":
            prev = text[:i].rstrip()[-1:]
            nxt = text[i + 1:].lstrip()[:1]
            word = (text[start:i].split() or [""])[-1]
            # "1,000" and "$1,000" (no space), "3, 5" and "0.99, 2.99" (a list of numbers): not a clause end
            in_number = prev.isdigit() and nxt.isdigit() and (text[i + 1].isdigit()
                                                              or word.replace(",", "").replace(".", "", 1).isdigit()
                                                              and not _RANGE_NEXT.match(text, i + 1))
            cut = not in_number and not _in_keys(text[start:i], text[i + 1:])
        if cut:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [f.strip() for f in out if f.strip()]


#: A range after a comma ("harvests dated in 2025, 1 to 4 per hive"): a clause of its own, not a list of numbers.
_RANGE_NEXT = re.compile(r"\s+\d+(?:\.\d+)?\s*(?:-|\u2013|to|until)\s*\d")
_KEYS_SO_FAR = re.compile(r"(?i)\b(?:ids?|keys?)\b\s*(?::|=|in|of)?\s*(?:['\"]?[\w.@-]+['\"]?\s*,\s*(?:and\s+)?)*"
                          r"['\"]?[\w.@-]+['\"]?\s*$")
_KEY_NEXT = re.compile(r"\s*(?:and\s+)?(?:'[^']*'|\"[^\"]*\"|[\w.@-]*\d[\w.@-]*)(?:[\s,;.]|$)")


def _in_keys(before: str, after: str) -> bool:
    """A comma inside a list of keys ("IDs: 3f2a..., 9b1c...") does not end the clause."""
    return _KEYS_SO_FAR.search(mark_keys(before)) is not None and _KEY_NEXT.match(after) is not None


#: A clause that is only the condition of the next one ("if an order is cancelled", "when a ticket is VIP").
_CONDITION_HEAD = re.compile(r"^(?:if|when|whenever|once) (?:an? |the )?\S+(?: \S+)? (?:is|are|was|were|gets?|has been) \S+$")


def clauses(text: str, ground: Grounding | None = None) -> list[tuple[str, str]]:
    """(original, normalised) clauses, with list continuations and mix pairs merged back."""
    merged: list[tuple[str, str]] = []
    rows: str | None = None  # the rows said last, for "each of them", "their orders" (``chatter.referred``)
    for frag in _split(text, ground):
        norm = normalise(frag)
        if ground is not None:
            norm = on_share(norm, lambda w: ground.is_label(w) or says_label([w], ground.labels, ground.coded)
                            or w in LEVELS)  # "severity low on 60%": the value is low (``plainer``)
            norm = ground.said_rows(norm)  # "200 jobs for the techs": visits, technicians (``rowwords``)
            # "10 technicians and for each one 3-8 visits", "each property visited 2-6 times" (``rowsagain``, ``childverbs``)
            norm = child_verbs(rows_again(norm, ground, lambda said: _unread(said, ground)), ground)
            norm = _plainer(norm, ground)  # "the visits duration", "200 visits for the technicians"
            norm = _verbs_said(_schema_words(norm, ground, first=not merged), ground)
        if merged:
            prev_orig, prev_norm = merged[-1]
            if _CONDITION_HEAD.match(prev_norm) and " , " not in prev_norm:  # "if an order is cancelled, it has no ..."
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
            joined = joined_clause(prev_norm, norm)
            if joined is not None:  # "one review per product, never more than four"; "30 doctors, all cardiologists"
                if joined[1] is None:
                    merged[-1] = (f"{prev_orig}, {frag}", joined[0])
                    continue
                norm = joined[1]
            # ("skip X, and Y too" goes on the list after "skip", merged below: read as one exclusion, as before)
            too = excluded_too(prev_norm, norm, ground.is_table) if ground is not None and not _LIST_HEAD.search(prev_norm) else None
            if too is not None:  # "drop repair tickets completely, payments as well": left out too
                norm = too
            alone = nothing_else(prev_norm, norm, ground.is_table if ground is not None else lambda w: True)
            if alone is not None:  # "seed items and copies, nothing else": only what was said
                merged[-1] = (f"{prev_orig}, {frag}", alone)
                continue
            is_list = (_NOUN_ONLY.match(norm) and (_LIST_HEAD.search(prev_norm) or prev_norm.endswith(" ,")
                                                    or _SEED_HEAD.match(prev_norm)))
            is_pairs = (_PAIRS_ONLY.match(norm) and re.search(r"(?:\d|rest)%", prev_norm)
                        or _VAGUE_PAIR.match(norm) and _VAGUE_PAIR.match(prev_norm.split(" : ")[-1])
                        and FUZZY_SHARES[_VAGUE_PAIR.match(prev_norm.split(" : ")[-1]).group("q")] != 0.8)
            # "for each user, generate 3-7 orders": the parent said first, the rest after the comma
            continues = _SEED_HEAD.match(prev_norm) is not None or _EACH_HEAD.match(prev_norm) is not None
            if ground is not None and complements(prev_norm, norm, ground, rows):  # "one in three properties has pets,
                # the rest don't": the rest of a flag said in a clause (``states``) is its complement, read with it
                merged[-1] = (f"{prev_orig}, {frag}", prev_norm)
                continue
            if ground is not None and shared_after(prev_norm, norm, ground, rows):  # "members with key cards, like 70%"
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} {norm}")
                continue
            if _REST_OPEN.search(prev_norm) and _LABEL_LIST.match(norm):  # "the rest among G, PG and NC-17"
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
            if _N_EACH.match(norm) and ground is not None and ground.is_table(prev_norm):  # "artists, one profile each"
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
            # "12 projects, each with ~40 issues" (not "60 artists, each with a nationality": a column, ``joins``)
            if _EACH_WITH.match(norm) and re.search(r"\d+ [a-z_]+$", prev_norm) \
                    and not (ground is not None and has_column(norm, ground)):
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
            every = _EVERY_BOUND.match(norm)
            if every:  # "products, all below $25": a bound on the rows just named
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} {norm[every.end():]}")
                continue
            if ground is not None and _counted_values(prev_norm, norm, ground):
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
            if _SHARE_ALONE.match(norm) and not _SHARE_ALONE.match(prev_norm):  # "payments by wallet, mostly"
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} {_SHARE_ALONE.match(norm).group(1)}")
                continue
            if _HEDGE_ALONE.match(norm):  # "3 orders per user, roughly": the hedge of the clause before
                merged[-1] = (f"{prev_orig}, {frag}", hedged(f"{prev_norm} {HEDGE}"))
                continue
            if _ABOUT_N.match(norm):  # "lots of issues, like 2k": a count said after the table, as in brackets
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} ( {_ABOUT_N.match(norm).group(1)} )")
                continue
            if ground is not None and _headed(prev_norm, norm, ground):  # "patients, 70% men": as "patients: 70% men"
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} : {norm}")
                continue
            if is_list and about_request(frag, ground):  # "only depots and trucks, fleet module tests": an aside
                is_list = False
            if (is_list and not _understood_alone(norm)) or is_pairs or continues:
                merged[-1] = (f"{prev_orig}, {frag}", f"{prev_norm} , {norm}")
                continue
        if ground is not None:  # a clause of its own: "them", "their" are the rows said before it
            said = column_again(merged[-1][1], referred(norm, rows, ground), ground) if merged else norm
            norm = _plainly(norm if said == norm else _schema_words(said, ground, first=False), ground, rows)
            rows = antecedent(norm, ground) or rows
        merged.append((frag, norm))
    return merged if ground is None else [(o, counted_after(n, ground)) for o, n in coordinated(merged, ground)]


#: "each with", "each having": the rows counted just before the comma have children.
_EACH_WITH = re.compile(r"^(?:each|every one)(?: of (?:them|which|whom))? (?:with|having)\b"
                        r"(?!.* (?:filled in|filled|set|populated|present|provided|on file|recorded|given|entered)$)")
#: "one profile each", "2-3 tracks apiece": children per row of the table said alone before the comma.
_N_EACH = re.compile(r"^(?:(?:about|around|roughly|approximately) )?(?:\d+(?:-\d+)?|one|a single) [a-z_]+(?: [a-z_]+)? (?:each|apiece|a piece)$")
#: A list of values "the rest" goes to, cut at its commas: the rest of it goes on.
_REST_OPEN = re.compile(r"rest% [a-z_][\w-]*(?: (?:,|or|and) [a-z_][\w-]*)*$")
_LABEL_LIST = re.compile(r"^(?:(?:and|or) )?[a-z_][\w-]*(?: (?:,|and|or|, and|, or) [a-z_][\w-]*)*$")
#: "all" / "each" before a bound after a comma: the rows of the clause before ("products, all below $25").
_EVERY_BOUND = re.compile(r"^(?:all|each|every one|each one)(?: of them)? (?=(?:(?:priced|costing|being|are|is|should be|of|with) )?"
                          r"(?:below|under|above|over|at most|at least|up to|less than|more than|between|from)\b)")
#: Counts of values, a list going on after a comma: "20 developers and the rest reporters".
_VALUE_COUNT = r"(?:\d+|rest%) [a-z_][\w-]*"
_VALUE_COUNTS = re.compile(rf"^(?:and )?{_VALUE_COUNT}(?:(?: ,| and| , and) {_VALUE_COUNT})*(?:(?: or| and| ,) [a-z_][\w-]*)*$")


def _headed(prev_norm: str, norm: str, ground: Grounding) -> bool:
    """Whether a clause that names no table goes with a table said alone before its comma ("patients, 70%
    men", "members, mostly women"): read as the table's head and what follows its colon, never as every
    table whose column holds the value."""
    head = prev_norm.strip()
    if not ground.is_table(head):
        return False
    words = re.findall(r"[a-z_][\w-]*", norm)
    return bool(words) and not any(ground.is_table(w) for w in words) and not any(
        ground.is_table(f"{a} {b}") for a, b in zip(words, words[1:]))


def _counted_values(prev_norm: str, norm: str, ground: Grounding) -> bool:
    """Whether ``norm`` goes on a list of counted values that ``prev_norm`` ends with ("30 accounts:
    2 admins", then "20 developers and the rest reporters"): every word a value the schema knows."""
    # (or the rows alone: "400 invoices, 100 denied and the rest paid")
    if not _VALUE_COUNTS.match(norm) or not re.search(rf"(?:^|\d+ )[a-z_]+(?: [a-z_]+)? ?(?::|-|with|including) {_VALUE_COUNT}$"
                                                      rf"|, {_VALUE_COUNT}$"
                                                      r"|^\d+ [a-z_]+(?: [a-z_]+)?$", prev_norm):
        return False
    words = [w for w in re.findall(r"[a-z_][\w-]*%?", norm) if w not in ("and", "or", "rest%")]
    return all(ground.is_label(w) and not ground.is_table(w) for w in words)


def _columns_said(norm: str, ground: Grounding) -> str:
    """``norm``, or with a number column of several words joined into its name (``compounds.said_number_columns``:
    "vehicle model year 2010-2025") when the words as typed leave some unread and the joined ones none."""
    joined = said_number_columns(norm, ground)
    return joined if joined != norm and _unread(norm, ground) and not _unread(joined, ground, plain=True) else norm


def _verbs_said(norm: str, ground: Grounding) -> str:
    """``norm``, or with a number column said by a verb, a unit or a clause said the way the rules read
    (``verbcols.verb_columns``: "parcels weighing over 5 kg" -> "parcels with a weight of over 5 kg") when the words as
    typed leave some unread and the new ones none (what the rules read already keeps its reading)."""
    said = verb_columns(norm)
    if said == norm or not _unread(norm, ground):
        return norm
    said = _grounded(said, ground)
    return said if not _unread(said, ground) else norm


def _unread(norm: str, ground: Grounding, *, plain: bool = False) -> bool:
    """Whether the rules leave some words of ``norm`` unread (read alone, without the clauses before it); with
    ``plain``, a reading as a window of time counts as unread too ("release years from 2000 to 2010")."""
    from seedbed.scope.leftover import settle
    from seedbed.scope.rules import RULES

    ctx = Context(ground=ground)
    clause = Clause(original=norm, tokens=tokenize(norm))
    for r in RULES:
        _apply(r, clause, ctx)
    settle(clause, ctx, 0)
    windows = plain and any(type(item).__name__ == "Window" for item in ctx.items)
    return bool(clause.leftover() or ctx.unread or not ctx.items or windows)


def _grounded(norm: str, ground: Grounding) -> str:
    """``norm`` in the schema's words: tables and columns of several words joined, said as tables."""
    return unseparated(_columns_said(tables_named(said_tables(ground.rewrite(norm), ground), ground), ground), ground)


def _schema_words(norm: str, ground: Grounding, *, first: bool) -> str:
    """``norm`` grounded (``_grounded``), its words in the order the grounding reads too (``orders.reordered``)."""
    norm = _grounded(norm, ground)
    moved = reordered(norm, ground, first=first)
    return norm if moved == norm else _grounded(moved, ground)


def _plainly(norm: str, ground: Grounding, rows: str | None) -> str:
    """``norm`` with its obligations said plainly (``modality.obliged``: "they should all be from 2025" ->
    "they are all from 2025"), the reading that leaves fewest words unread, when fewer than as written."""
    best, left = norm, None
    for plain in obliged(norm):
        if plain == norm or not plain:
            continue
        if left is None:
            left = _unread_words(norm, ground, rows)
            if not left:
                return norm
        plain = _schema_words(normalise(plain), ground, first=False)
        now = _unread_words(plain, ground, rows)
        if now < left:
            best, left = plain, now
    return best


def _unread_words(norm: str, ground: Grounding, subject: str | None) -> int:
    """How many words of ``norm`` the rules leave unread, read alone after rows ``subject`` were said."""
    from seedbed.scope.leftover import settle
    from seedbed.scope.rules import RULES

    ctx = Context(ground=ground, subject=subject)
    clause = Clause(original=norm, tokens=tokenize(norm))
    for r in RULES:
        _apply(r, clause, ctx)
    settle(clause, ctx, 0)
    left = [w for run in clause.leftover() for w in run.split() if w not in FILLER] + ctx.unread
    return len(left) if left or ctx.items else len(norm.split())


def _reads_alone(words: str, ground: Grounding) -> bool:
    """Whether ``words`` said alone name a table or a column by its whole name, or a value, or the rules read anything
    from them (a remark reads nothing: ``remarks``)."""
    from seedbed.scope.rules import RULES

    norm = _schema_words(normalise(words), ground, first=False)
    said = re.findall(r"[a-z_][\w.-]*", norm)
    tables = {singular(n) for n in ground.names}  # a table's whole name ("plan" of service_plans names none alone)
    pairs = [f"{a}_{b}" for a, b in zip(said, said[1:])]
    if any(singular(w) in tables or ground.is_label(w) or ("_" in w and ground.is_column(w)) for w in said + pairs):
        return True
    ctx = Context(ground=ground)
    clause = Clause(original=norm, tokens=tokenize(norm))
    for r in RULES:
        _apply(r, clause, ctx)
    return bool(ctx.items)


def _understood_alone(norm: str) -> bool:
    """Whether a fragment means something by itself ("locale de_DE" after "only users, posts")."""
    from seedbed.scope.rules import RULES

    ctx = Context()
    clause = Clause(original=norm, tokens=tokenize(norm))
    for r in RULES:
        _apply(r, clause, ctx)
    return bool(ctx.items)


def _read(norm: str, original: str, ctx: Context) -> tuple[Clause, str | None]:
    """The rules over one clause (``ctx`` takes its items); when they misread it (``states.misread``: words left
    unread, a value no column holds) and it says a state of rows the way ``states.stated`` rewrites, the rewriting is
    read instead if it leaves nothing unread ("one in three properties has pets" -> "properties : 33.3333% pets"), and
    returned with the clause (None: the words as typed were read)."""
    from seedbed.scope.leftover import settle
    from seedbed.scope.rules import RULES

    first, subject, unread = len(ctx.items), ctx.subject, list(ctx.unread)
    clause = Clause(original=original, tokens=tokenize(norm))
    for r in RULES:
        _apply(r, clause, ctx)
    settle(clause, ctx, first)
    said = stated(norm, ctx.ground, subject) if ctx.ground is not None else None
    quoted = said is None and ctx.ground is not None  # "one in three spaces has a balcony": the share is no value
    if quoted:
        said = rows_as_value(norm, clause, ctx, first)
    if said is None or said == norm or not misread(clause, ctx, first):
        return clause, None
    kept = (ctx.items[first:], ctx.subject, list(ctx.unread))
    del ctx.items[first:]
    ctx.subject, ctx.unread[:] = subject, unread
    again = Clause(original=original, tokens=tokenize(said))
    for r in RULES:
        _apply(r, again, ctx)
    settle(again, ctx, first)
    if quoted and len(ctx.items) == first:  # nothing read: all of it quoted back, no value made of the rows' name
        return again, None
    if not quoted and not (again.leftover() or ctx.unread or len(ctx.items) == first):  # (a value no column holds
        return again, said                                          # is quoted by the resolver: "in rescheduled status")
    ctx.items[first:], ctx.subject, ctx.unread[:] = kept
    return clause, None


#: Words that refer back to rows said before ("they", "each of them", "those bikes", "their"): the clause is shown
#: as read (``Scope.read_as``), so what a pronoun stood for is seen.
_REFERS = re.compile(r"(?i)\b(?:they|them|their|those|these)\b")


def _renamed(original: str, ground: Grounding | None) -> list[str]:
    """How a clause's words for rows were read (``rowwords``, ``plainer``: '"jobs" is visits'), to be shown."""
    if ground is None:
        return []
    notes: list[str] = []
    norm = normalise(original)
    spelled: list[str] = []  # "salary minimum" is salary_min (``columnwords``)
    ground.values_said(ground.columns_said(norm, spelled), spelled)
    return (notes if _plainer(ground.said_rows(norm, notes), ground, notes) != norm else []) + spelled


def _plainer(norm: str, ground: Grounding, notes: list[str] | None = None) -> str:
    """``norm`` in the words the rules read (``plainer``): possessives, heads and parents said plainly, when the
    words as typed leave some unread (what the rules read already keeps its reading); a measure's "per X" (``perunit``)."""
    told: list[str] = []
    plain = article_head(possessive(norm, ground.is_table, ground.is_column, ground.is_label), ground.is_table)
    plain = for_parents(plain, ground.refers, ground.is_table, told)
    plain = per_said(plain, ground, told)  # "unit cost per kg 0.5-400", "price per gallon": ``ppg``
    if plain != norm and _unread(norm, ground):
        (notes if notes is not None else []).extend(told)
        return plain
    return norm


def parse(text: str, schema: Schema | None = None) -> Scope:
    """Read a scope text. Deterministic: the same text (and schema) always gives the same ``Scope``.

    With ``schema``, the words are grounded first (``seedbed.scope.ground``): labels of several
    words are joined ("bank transfer" -> ``bank_transfer``) and rules that must tell a table from
    a value ("no refunded payments" vs "no invoices") ask the schema. Names stay as typed.
    """
    from seedbed.scope.leftover import met_bound
    from seedbed.scope.rowscore import slips

    ground = Grounding.from_schema(schema) if schema is not None else None
    if ground is not None:
        ground.context.append(text)  # the whole request, for a word only it explains (``rowscore``)
    ctx = Context(ground=ground)
    unplaced: list[str] = []
    read_as: list[tuple[str, str]] = []
    kept, aside = lifted(text, ground)  # words about the request, not the data (``framing``)
    if ground is not None:  # "cleints", "job ordres", "cancelld": one slip from a table or a value (``rowscore``)
        kept, read_as = slips(kept, ground)
    pairs = clauses(respective_text(kept, ground) if ground is not None else kept, ground)
    if ground is not None:  # fractions in words, lists said respectively, "skip everything else", a count said after its
        # rows, facts joined in one clause (``rephrase``, ``respectively``, ``joins``): each shown as read
        for reader in (fractions, respectively, everything_else, counted_next, joined):
            pairs, said = reader(pairs, ground)
            read_as = [(a, b) for a, b in read_as if a not in dict(said)] + said
    pairs, pointed = pointed_back(pairs, ground)
    for at, (original, norm) in enumerate(pairs):
        told = _renamed(original, ground)
        if (_REFERS.search(original) or told) and original not in dict(read_as):
            read_as.append((original, norm + (f" ({'; '.join(told)})" if told else "")))
        ctx.phrase = original
        first = len(ctx.items)
        clause, said = _read(norm, original, ctx)
        if said is not None:  # a state said in a clause, shown as read: "properties : 33.3333% pets"
            was = dict(read_as).get(original, "")  # (one fact of a clause read as several, ``joins``: that fact)
            said = was.replace(norm, said) if " | " in was and norm in was.split(" | ") else said
            read_as = [(a, b) for a, b in read_as if a != original] + [(original, said)]
        read = len(ctx.items) > first
        for frag in [*clause.leftover(), *ctx.unread]:
            if read and met_bound(frag):
                continue  # "at least half the orders delivered": half meets it ("more than", "under" are quoted)
            if about_request(frag, ground, pointed=pointed.get(at, frozenset()), part=not read):
                if re.search(r"\w", frag):
                    aside += (frag,)  # "we're rebuilding those", "for the finance dashboard": shown as set aside
                continue
            if not read and _chatter_as_said(original, norm, pairs[at + 1:at + 2], ground):
                aside += (original.strip(" :"),)  # "those come in from the franchise import", "Rehearsals:" as said
                continue
            unplaced.append(frag if frag == original.lower() else f"{frag} (in {original!r})")
        ctx.unread.clear()
    remarks = bracket_remarks(text, lambda words: _reads_alone(words, ground)) if ground else ()
    return Scope(text=text, items=tuple(dotted(ctx.items, schema)), unplaced=tuple(unplaced),
                 aside=_once(asides(text, ground) + aside + remarks), read_as=tuple(read_as))


def _chatter_as_said(original: str, norm: str, after: list[tuple[str, str]], ground: Grounding | None) -> bool:
    """A clause nothing was read from that is chatter as the user said it (brief s31): its rows came only from a pronoun
    ("those come in from the franchise import": the sites said before are named, nothing is asked of them), or it is a
    table's name alone, as a heading, that the next clause names again ("Rehearsals:" over "400 rehearsals ...")."""
    if ground is None:
        return False
    said = original.strip()
    extra = set(re.findall(r"[a-z_][\w-]*", norm)) - set(re.findall(r"[a-z_][\w-]*", said.lower()))
    if re.search(r"\b(?:they|them|those|these|their)\b", said.lower()) and extra \
            and all(ground.is_table(w) for w in extra) and about_request(said, ground):
        return True  # (only the rows the pronoun stands for were put in: "the pupils come from ..." is no such clause)
    name = re.sub(r"[^\w ]+", " ", said.lower()).strip()
    if not name or not ground.is_table(name) or not said.rstrip().endswith(":") or not after:
        return False
    nxt = after[0][1].replace("_", " ")
    return re.search(rf"\b{re.escape(singular(name))}", nxt) is not None


def _once(said: tuple[str, ...]) -> tuple[str, ...]:
    """Each piece set aside once (one said twice, or inside another, is shown once)."""
    out: list[str] = []
    for s in said:
        if not any(s.lower().strip() in o.lower() for o in out):
            out.append(s)
    return tuple(out)
