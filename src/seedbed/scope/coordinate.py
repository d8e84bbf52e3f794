"""Coordination and ellipsis (brief s13, session 8): siblings joined by "and", "or", commas and "too"
share what one of them says, and the words one of them leaves out are read from the other.

``coordinated`` runs once over the normalised clauses of a request (``parse.clauses``), after the
schema's words are grounded, and rewrites each group of siblings to the one clause the rules read:

- shares of places ("mostly from China, some from Vietnam", "60 patrons from Canada and 40 from
  Mexico", "200 patrons, 150 from Canada and the rest from Mexico"): the second share reuses the
  first's table and its "from"; counts become the total (or the count said before them) and each
  place's share ("100 patrons from canada (60%) and mexico (40%)"); shares past the whole are left
  to the rules, which quote them back;
- an elided predicate ("shipped orders must have a shipped_at, and pending orders must not", "... and
  so do shipped ones", "drafts don't"): the sibling gets the object of the first, its own polarity;
- a value said before its vague share ("faculty mostly", "delivered mostly"): the share first;
- values with no table or column word ("only electronics and toys", "journals and maps only"): the
  table whose one column holds them all is named; values held in several places stay as typed (the
  resolver quotes them back);
- a negated state (a value or flag of the schema) after a table ("coffees, none sold out", "equipment:
  nothing out of stock", "and none of them vegetarian"): "no coffees sold out";
- a list of tables left out, split by an extent word or ended by an additive one ("skip reviews
  entirely, and payments too", "we don't need courses or course reserves at all"): one list, "or"
  read as "and" under the negation.

Only words the schema grounds (tables, labels, places) are moved; anything else is left where it
stands, so the rules still quote it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from seedbed.scope.ground import Grounding
from seedbed.scope.lexicon import FUZZY_SHARES, LOCALE_WORDS, singular
from seedbed.scope.restrict import EXCLUDE_VERBS

__all__ = ["coordinated"]

Clauses = list[tuple[str, str]]

_PLACE = "|".join(sorted((re.escape(k) for k in LOCALE_WORDS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(k) for k, v in FUZZY_SHARES.items() if 0 < v < 1), key=len, reverse=True))
#: A share of rows: a vague word, a percentage or a count.
_SHARE = rf"(?:{_VAGUE}|\d+(?:\.\d+)?%|\d+|rest%)"
#: What joins siblings.
_AND = r"(?: , (?:and |but |while |or |plus )?| and | but | or | plus | ; |, (?:and |but )?)"
_FROM = r"(?:from|in|based in|located in|living in)"
_PART = re.compile(rf"(?P<q>{_SHARE}) (?:of them )?(?:(?:are|is) )?(?:{_FROM} )?(?:the )?(?P<p>{_PLACE})(?![\w-])")
_PLACES_HEAD = re.compile(rf"^(?:(?P<n>\d+) )?(?P<t>[a-z_]+(?: (?!(?:{_SHARE}|{_FROM}|are|is|who)\b)[a-z_]+)?)(?: ?:| ,| -)? (?:(?:are|is|who are) )?(?=(?:{_SHARE}) |{_FROM} )")
_ADDITIVE = r"(?: (?:too|as well|also|either))?"


def coordinated(merged: Clauses, ground: Grounding) -> Clauses:
    """The clauses with each group of coordinate siblings read as one (the module's docstring)."""
    out = _elided(_split_ellipsis(merged, ground), ground)
    out = _runs(_runs(out, ground, _places_said), ground, _values_named)
    out = [(o, _share_first(n, ground)) for o, n in out]
    out = _negated_states(out, ground)
    return [(o, _left_out(_added(n, ground), ground)) for o, n in out]


#: "and no void invoices either", "and payments too": the sibling's additive word says only that it is one.
_ADDED = re.compile(r"^(?P<head>(?:.+ )?(?:and|but|or|nor) )(?P<rest>.+) (?:too|as well|also|either)$")


def _added(norm: str, ground: Grounding) -> str:
    """The additive word dropped where the sibling says its own negation ("and no void invoices either") or is
    tables alone, sharing the verb before it ("and payments too"); elsewhere it stays, and is quoted back
    ("and users with orders too" after "skip ...": what it shares is not read)."""
    m = _ADDED.match(norm)
    if m is None:
        return norm
    rest = m.group("rest")
    own = re.match(r"(?:no|none|not|zero|never)\b", rest) is not None
    if own or all(ground.is_table(t) for t in re.split(r" (?:,|and|or) ", rest)):
        return m.group("head") + rest
    return norm


# ---- shares of places -------------------------------------------------------------------------------

def _runs(merged: Clauses, ground: Grounding, said: Callable[[str, Grounding], str | None]) -> Clauses:
    """Runs of clauses that ``said`` reads as one list (the longest first), each run one clause."""
    out: Clauses = []
    i = 0
    while i < len(merged):
        for j in range(len(merged), i, -1):
            one = said(" , ".join(n for _, n in merged[i:j]), ground)
            if one is not None:
                out.append((", ".join(o for o, _ in merged[i:j]), one))
                i = j
                break
        else:
            out.append(merged[i])
            i += 1
    return out


def _places_said(text: str, ground: Grounding) -> str | None:
    """"100 cafes , mostly from japan , some from korea" -> "100 cafes from japan (80%) and korea (20%)";
    "60 cafes from canada and 40 from mexico" -> "100 cafes from canada (60%) and mexico (40%)"."""
    text = re.sub(rf"^(?P<n>\d+) (?P<t>[a-z_]+(?: [a-z_]+)?) (?={_FROM} )", r"\g<t> \g<n> ", text)  # the first count
    head = _PLACES_HEAD.match(text)
    if head is None or not ground.is_table(head.group("t")):
        return None
    parts, pos = [], head.end()
    while True:
        part = _PART.match(text, pos)
        if part is None:
            return None
        parts.append(part)
        pos = part.end()
        if pos == len(text):
            break
        sep = re.compile(_AND).match(text, pos)
        if sep is None:
            return None
        pos = sep.end()
    if len(parts) < 2:
        return None
    said = [p.group("q") for p in parts]
    rest = [i for i, q in enumerate(said) if q == "rest%"]  # "and the rest from mexico": what the others leave
    if len(rest) > 1 or (rest and rest[0] != len(said) - 1):
        return None
    if rest and all(q.isdigit() for q in said[:-1]) and head.group("n"):
        said[-1] = str(int(head.group("n")) - sum(int(q) for q in said[:-1]))
    elif rest and not any(q.isdigit() for q in said[:-1]):
        left = 1 - sum(float(q[:-1]) / 100 if q.endswith("%") else FUZZY_SHARES[q] for q in said[:-1])
        said[-1] = f"{100 * left:.6g}%"
    elif rest:
        return None
    if any(q.startswith("-") for q in said):
        return None
    if all(q.isdigit() for q in said):
        # "100 cafes: 60 from a, 40 from b" (counts of the count said, never more than it), else their sum
        total = int(head.group("n")) if head.group("n") else sum(int(q) for q in said)
        shares = [int(q) / total for q in said] if total else []
        count = f"{total} "
    else:
        if any(q.isdigit() for q in said):
            return None
        shares = [float(q[:-1]) / 100 if q.endswith("%") else FUZZY_SHARES[q] for q in said]
        count = f"{head.group('n')} " if head.group("n") else ""
    if not shares or sum(shares) > 1 + 1e-9:
        return None
    places = " and ".join(f"{p.group('p')} ( {100 * s:.6g}% )" for p, s in zip(parts, shares))
    return f"{count}{head.group('t')} from {places}"


# ---- elided predicates ------------------------------------------------------------------------------

_NOT = r"(?:must not|mustn't|should not|shouldn't|don't|do not|doesn't|does not|cannot|can't|won't|will not|never)"
_HAVE = r"(?:have|has|need|needs|get|gets|carry|carries|require|requires|include|includes)"
#: The first sibling: its subject, its verb of having (maybe negated) and the object.
_FULL = re.compile(rf"^(?:and |but )?(?P<s>[a-z_][\w-]*(?: [a-z_][\w-]*)?) (?P<vp>(?:(?:must|should|will|always|need to|needs to|"
                   rf"have to|has to|{_NOT}) )*{_HAVE}) (?P<o>(?:an? |the |their |its )?[a-z_][\w-]*(?: [a-z_][\w-]*)?)$")
#: The sibling that leaves the predicate out: "pending orders must not", "so do shipped ones", "drafts don't".
_ELIDED = re.compile(rf"^(?:and |but |while |whereas |yet )?(?:(?P<so>so|neither|nor|as) (?:do|does|must|should|will) "
                     rf"(?P<s1>[a-z_][\w-]*(?: [a-z_][\w-]*)?)|(?P<s2>[a-z_][\w-]*(?: [a-z_][\w-]*)?) (?P<aux>{_NOT}|must|should|"
                     rf"always do|always|do|does|will|too|as well|also)(?: (?:{_HAVE}) (?:one|1|it|them|any|either|too|as well))?{_ADDITIVE})$")


def _split_ellipsis(merged: Clauses, ground: Grounding) -> Clauses:
    """"delivered orders need a tracking code and so do shipped ones": two siblings in one clause, cut."""
    out: Clauses = []
    for orig, norm in merged:
        for m in re.finditer(r" and ", norm):
            head, tail = norm[:m.start()], norm[m.start() + 1:]
            if _FULL.match(head) and _ELIDED.match(tail) and _subject(_ELIDED.match(tail), head, ground):
                out += [(orig, head), (orig, tail)]
                break
        else:
            out.append((orig, norm))
    return out


def _subject(m: re.Match[str], first: str, ground: Grounding) -> str | None:
    """The sibling's subject as the rules read it: "shipped ones" -> "shipped orders", "drafts" ->
    "draft invoices" (the first's table); None when it names no value of the schema."""
    full = _FULL.match(first)
    said = (m.group("s1") or m.group("s2")).split()
    table = full.group("s").split()[-1] if full else None
    if table is None or not ground.is_table(table):
        return None
    if said[-1] in ("ones", "one"):
        said[-1] = table
    elif len(said) == 1 and ground.is_label(said[0]) and not ground.is_table(said[0]):
        said = [singular(said[0]) if ground.is_label(singular(said[0])) else said[0], table]
    if len(said) != 2 or not ground.is_label(said[0]) or not ground.is_table(said[1]):
        return None
    return " ".join(said)


def _elided(merged: Clauses, ground: Grounding) -> Clauses:
    out: Clauses = []
    for orig, norm in merged:
        m = _ELIDED.match(norm)
        full = _FULL.match(out[-1][1]) if out and m else None
        subject = _subject(m, out[-1][1], ground) if full else None
        if m and full and subject:
            # "have no shipped_at" is as negative as "must not have a shipped_at"
            obj = re.sub(r"^(?:no|not an?|not any|zero) ", "", full.group("o"))
            first_neg = re.search(rf"\b{_NOT}\b", full.group("vp")) is not None or obj != full.group("o")
            if m.group("so"):
                neg = first_neg or m.group("so") in ("neither", "nor")
            else:
                neg = re.fullmatch(_NOT, m.group("aux")) is not None
            norm = f"{subject} {'must not have' if neg else 'must have'} {obj}"
        out.append((orig, norm))
    return out


# ---- a value before its share, values with no table --------------------------------------------------

_LATE_SHARE = re.compile(r"(?P<pre>^|:|, |and )(?P<v> ?[a-z_][\w-]*)(?P<c> [a-z_][\w-]*)? "
                         r"(?P<q>mostly|mainly|largely|primarily|predominantly|for the most part)(?=$| ,)")


def _share_first(norm: str, ground: Grounding) -> str:
    """"faculty mostly", "partner tier mostly": "mostly faculty" (a value, maybe its column's word, then the share)."""
    def one(m: re.Match[str]) -> str:
        v, c = m.group("v").strip(), (m.group("c") or "").strip()
        if not ground.is_label(v) or ground.is_table(v) or (c and not ground.is_column(c)):
            return m.group(0)
        return f"{m.group('pre')}{' ' if m.group('v').startswith(' ') else ''}mostly {v}{' ' + c if c else ''}"
    return _LATE_SHARE.sub(one, norm)


_LIST_SEP = r" (?:, and|, or|,|and|or|&) "
_VALUES = rf"[a-z_][\w-]*(?:{_LIST_SEP}[a-z_][\w-]*)+"
#: "only espresso and filter", "journals and maps only", "restaurants : italian and indian only".
_ONLY_VALUES = re.compile(rf"^(?:(?P<t>[a-z_]+) ?:? )?(?:(?P<only>only|just) )?(?P<vals>{_VALUES})(?: (?P<w>[a-z_]+))?"
                          rf"(?(only)|(?: only))(?: please)?$")


def _values_named(norm: str, ground: Grounding) -> str | None:
    """The table of values said with no table: the one place that holds them all, else None (the text stays
    as typed, and the resolver quotes it back)."""
    m = _ONLY_VALUES.match(norm)
    if m is None:
        return None
    vals = re.split(_LIST_SEP, m.group("vals"))
    if any(ground.is_table(v) or not ground.holders_of(v) for v in vals):
        return None
    common = set.intersection(*(set(ground.holders_of(v)) for v in vals))
    if m.group("t"):
        if not ground.is_table(m.group("t")):
            return None
        common = {h for h in common if ground.is_table(h[0]) and singular(h[0]) == singular(m.group("t").replace(" ", "_"))}
        table = m.group("t")
    else:
        table = next(iter(common))[0] if len(common) == 1 else None
    w = m.group("w")
    if len(common) != 1 or table is None or (w and not ground.is_table(w) and not ground.explains(w)):
        return None
    if w and ground.is_table(w):
        table = w
    vals = [v if ground.is_label(v) and v in {label for label, _ in ground.holders} else singular(v) for v in vals]
    return f"only {' , '.join(vals[:-1])} and {vals[-1]} {table}"  # "or" in a list of what is allowed is "and"


# ---- a negated state after a table ------------------------------------------------------------------

_TABLE_ALONE = re.compile(r"^(?:(?P<n>\d+) )?(?P<t>[a-z_]+(?: [a-z_]+)?)$")
_NONE = re.compile(r"^(?:and |but )?(?:none|nothing|not one|not a single one|no one)(?: of them| of those)? "
                   r"(?:(?:is|are|being|should be|may be|can be) )?(?P<state>[a-z_][\w-]*(?: [a-z_][\w-]*){0,2})$")


def _negated_states(merged: Clauses, ground: Grounding) -> Clauses:
    """"coffees , none sold out" -> "no coffees sold out" (a count before the table stays its own clause)."""
    split: Clauses = []
    for orig, norm in merged:  # "equipment : nothing out of stock", "30 coffees and none of them sold out"
        m = re.match(r"^(?P<a>(?:\d+ )?[a-z_]+(?: [a-z_]+)?)(?: ?:| ,| and) (?P<b>(?:none|nothing|not one|no one)\b.*)$", norm)
        if m and _NONE.match(m.group("b")) and ground.is_label(_NONE.match(m.group("b")).group("state")):
            split += [(orig, m.group("a")), (orig, m.group("b"))]
        else:
            split.append((orig, norm))
    out: Clauses = []
    for orig, norm in split:
        m = _NONE.match(norm)
        head = _TABLE_ALONE.match(out[-1][1]) if out and m else None
        if m and head and ground.is_table(head.group("t")) and ground.is_label(m.group("state")):
            said = f"no {head.group('t')} {m.group('state')}"
            if head.group("n"):
                out.append((orig, said))
            else:
                out[-1] = (f"{out[-1][0]}, {orig}" if out[-1][0] != orig else orig, said)
            continue
        out.append((orig, norm))
    return out


# ---- tables left out --------------------------------------------------------------------------------

_EXCLUDE = rf"(?:skip|exclude|omit|ignore|leave out|{EXCLUDE_VERBS})"
_EXTENT_WORDS = r"(?:entirely|completely|altogether|totally|at all|for now)"
_LEFT_OUT = re.compile(rf"^(?P<v>{_EXCLUDE}) (?P<a>[a-z_]+(?: (?!{_EXTENT_WORDS}\b)[a-z_]+)?)(?: (?P<x>{_EXTENT_WORDS}))?(?: , (?:and |or )?| (?:and|or) )"
                       rf"(?P<b>[a-z_]+(?: (?!{_EXTENT_WORDS}\b|too\b|as\b|also\b|either\b)[a-z_]+)?)(?: (?P<y>{_EXTENT_WORDS}))?{_ADDITIVE}$")


def _left_out(norm: str, ground: Grounding) -> str:
    """"skip reviews entirely , and payments too" -> "skip reviews and payments entirely"; "or" under a
    negation ("we don't need courses or course_reserves at all") is "and"."""
    m = _LEFT_OUT.match(norm)
    if m is None or not (ground.is_table(m.group("a")) and ground.is_table(m.group("b"))):
        return norm
    extent = m.group("x") or m.group("y")
    return f"skip {m.group('a')} and {m.group('b')}{' ' + extent if extent else ''}"
