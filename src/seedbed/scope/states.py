"""A state of a table's rows said in a clause, with a share: rewritten into the form the rules read.

People say a column's state with a verb or a noun phrase, not as "status X" (brief s24, session 11):

- a boolean by its meaning: "one in three properties has pets" (``has_pets``), "flag 1 in 5 visits as needing a
  follow-up" (``follow_up_needed``), "a fifth of quotes require financing", and its negation ("without");
- a value of a column as a modifier of the rows' noun or in a relative clause: "mostly bed bug visits" (``pest``
  ``bed_bugs``), "30 properties that are restaurants or warehouses only", "all of them monthly or quarterly";
- a missing value of a nullable column in any order: "phone missing for 10%", "no plan has an end date yet".

``stated`` finds the rows' table, the share (before the table: "20% of the", "one in three", "mostly", "no"; or
after: "for 10%", "say 5%", "all", "only") and reads every other content word against that table's columns (name
parts by stem, CHECK / enum labels by singular). Only when every content word is explained is the clause rewritten,
as "<prefix> <table> : <share>% <flag word>", "<table> : a or b only", "<table> : <column> null for <share>%" (forms
the rules read); else it is left as typed, and what no rule reads is quoted back as before. ``parse.clauses`` uses
the rewriting only where the words as typed are misread (some left unread, or a value no column holds).
"""

from __future__ import annotations

import re
from seedbed.model import Schema, TypeKind
from seedbed.scope.inflect import inflections, singular
from seedbed.scope.lexicon import FILLER

__all__ = ["REST_NOT", "complements", "misread", "rows_as_value", "shared_after", "stated", "state_columns"]

#: Words that carry no state of their own between a share, the rows and their state ("properties that are ...",
#: "flag ... as needing a ...", "has an end date yet"). A verb of marking or having says the state is set.
_LIGHT = frozenset("""
a an the is are was were be being been has have had having with as to of for that which who whose where in on by
yet still already please pls only ones one them they they're their all each every do does did should must will would or
get gets got flag flagged mark marked set put create make give generate want need would like tag tagged
label labelled labeled
say like about around roughly approximately maybe just so then also and , : -
""".split())
#: Words that negate the state ("without pets", "the rest don't", "not connected").
_NEGATORS = frozenset("no not without don't doesn't didn't never non aren't isn't haven't hasn't none lacking lack".split())
#: Words that say a value is missing ("phone missing for 10%", "no email", "end date left blank").
_ABSENT = frozenset("missing no without empty blank unknown absent null none unset left out lacking".split())
#: Words of a flag said as the people who have it ("pet owners": ``has_pets``).
_OWNERS = frozenset("owner owners holder holders".split())
#: A word that says a column of time has no end yet ("open-ended": no ``end_date``, ``ends_on``).
_OPEN = {"open-ended": "end", "openended": "end", "ongoing": "end", "unending": "end", "endless": "end",
         "undated": "date"}
#: Name parts of a boolean column that say it is one, not what it is ("is_active", "has_pool").
_FLAG_PARTS = frozenset("is has was flag can does".split())
#: Participles of a flag's name that say it is set, not what it is: "lessons with homework" (``homework_set``).
_PARTICIPLES = frozenset("set given done provided enabled added attached included".split())
#: Words of needing: a flag's part or a word said with it that says what it is no more than its other words
#: ("flagged for follow-up" / "needing a follow-up" of ``follow_up_needed``, "require financing" of ``financing_required``).
_MODAL = frozenset("need needs needed needing require requires required requiring want wants wanted".split())
#: The shares said in words, before the rows ("most visits", "no plan").
_WORD_SHARES = {"all": 1.0, "every": 1.0, "each": 1.0, "none": 0.0, "no": 0.0, "most": 0.8, "mostly": 0.8,
                "few": 0.1, "some": 0.2, "many": 0.6, "only": 1.0}
_WORD = re.compile(r"\d+(?:,\d+)+|[^\s,:;()=]+|[,:;()=]")  # as ``parse.tokenize`` cuts words
_AROUND = re.compile(r"\b(\d+) ([a-z_]+) (?:in|out of) (?:every )?(\d+)\b")
_FRACTION = re.compile(r"(?<![\w/.-])(\d{1,2})/(\d{1,3})(?= of\b)")
_PCT = re.compile(r"^(\d+(?:\.\d+)?)%$")
#: "the rest don't", "the others not", "rest without": the complement of a state said just before.
REST_NOT = re.compile(r"^(?:and |but |while )?(?:rest%|the rest|the others|others|a few|few|some|a handful)(?: of them)? "
                      r"(?:don't|do not|doesn't|not|aren't|are not|haven't|have not|don't have|without|no|none|isn't)"
                      r"(?: (?:any|one|ones|it|them))?$")
#: A clause this module wrote for a boolean: its complement may follow ("the rest don't").
_STATE_SAID = re.compile(r" : \d+(?:\.\d+)?% [a-z_]+$")


def state_columns(schema: Schema) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]:
    """Per table (lower case): its boolean columns and its nullable columns, for ``Grounding``."""
    return tuple((t.name.name.lower(), tuple(c.name.lower() for c in t.columns if c.type.kind is TypeKind.BOOL),
                  tuple(c.name.lower() for c in t.columns if c.nullable and not c.name.lower().endswith("_id")))
                 for t in schema.tables)


def _same(said: str, part: str) -> bool:
    """A word said as a label's part, in any number ("warehouses" of ``warehouse``, "bug" of ``bugs``)."""
    return said == part or said in inflections(part) or part in inflections(said)


def _like(a: str, b: str) -> bool:
    """Two words of one meaning: the same stem, or one the start of the other ("certified" / "certification")."""
    from seedbed.scope.ground import stem

    a, b = a.lower(), b.lower()
    if _same(a, b) or singular(a) == singular(b):
        return True
    sa, sb = stem(a), stem(b)
    if sa == sb or (len(sa) >= 4 and sb.startswith(sa)) or (len(sb) >= 4 and sa.startswith(sb)):
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 6


def _table_of(word: str, ground) -> str | None:
    """The table a word names (any inflection of its name or of its last word), when one."""
    w = word.lower()
    if not ground.is_table(w):
        return None
    hits = [n for n in ground.names if w in inflections(n) or w.replace(" ", "_") in inflections(n)]
    hits = hits or [n for n in ground.names if w in inflections(n.rpartition("_")[2])]
    return hits[0] if len(hits) == 1 else None


def _share(words: list[str]) -> tuple[float | None, bool, list[str]]:
    """The share said in ``words`` (None: none), whether it was a vague word, and the words without it."""
    out, share, vague = [], None, False
    i = 0
    while i < len(words):
        w = words[i]
        m = _PCT.match(w)
        if m and share is None:
            share = float(m.group(1)) / 100
        elif w == "a" and i + 1 < len(words) and words[i + 1] in ("few", "handful") and share is None:
            share, vague = (0.1 if words[i + 1] == "few" else 0.05), True
            i += 1
            if i + 1 < len(words) and words[i + 1] == "of":
                i += 1
        elif w == "not" and words[i + 1:i + 2] == ["one"] and share is None:  # "not one booking needs ..."
            share = 0.0
            i += 1
        elif w in _WORD_SHARES and share is None and not (w == "no" and out):
            share, vague = _WORD_SHARES[w], w in ("most", "mostly", "few", "some", "many")
        else:
            out.append(w)
        i += 1
    return share, vague, out


def _flag(table: str, words: list[str], ground, light: list[str] = ()) -> str | None:
    """The boolean column of ``table`` whose name every content word says, and all its parts said (by a content word,
    or by a light word of the clause: "homework set on most lessons" of ``homework_set``); a participle of a state
    ("set", "given") may go unsaid ("lessons with homework")."""
    hits = []
    words = [p for w in words for p in w.split("_") if p]
    for col in dict((t, b) for t, b, _n in ground.states).get(table, ()):
        parts = [p for p in col.split("_") if p and p not in _FLAG_PARTS and p not in _MODAL]
        said = [w for w in words if (w not in _OWNERS or not col.startswith("has_")) and w not in _MODAL]
        needed = [p for p in parts if p not in _PARTICIPLES or any(_like(w, p) for w in light)] if len(parts) > 1 else parts
        if parts and all(any(_like(w, p) for p in parts) for w in said) and all(any(_like(w, p) for w in said + list(light))
                                                                                for p in needed):
            hits.append(col)
    return hits[0] if len(hits) == 1 else None


def _absent(table: str, words: list[str], ground) -> str | None:
    """The nullable column of ``table`` every content word names (all its parts said)."""
    opened = [_OPEN[w] for w in words if w in _OPEN]
    words = [w for w in words if w not in _OPEN]
    if len(words) > 1:  # "email address", "phone number": the column's word and a word of what any value is
        words = [w for w in words if w not in _GENERIC] or words
    hits = []
    for col in dict((t, n) for t, _b, n in ground.states).get(table, ()):
        parts = [p for p in col.split("_") if p]
        if opened:  # "open-ended": the one nullable column of its word (``end_date``), nothing else said
            if not words and all(any(_like(o, p) for p in parts) for o in opened):
                hits.append(col)
            continue
        if words and all(any(_like(w, p) or _when(w, p) for p in parts) for w in words) and all(
                any(_like(w, p) or _when(w, p) for w in words) for p in parts if len(parts) == 1 or p not in _UNIT_PARTS):
            hits.append(col)
    return hits[0] if len(hits) == 1 else None


#: Words said after a column's word that say nothing more of which one ("phone number", "email address").
_GENERIC = frozenset("number numbers address addresses info details field value values entry".split())
#: Parts of a column's name that say its unit or kind, not what it is: they may go unsaid ("no duration" of
#: ``duration_min``, "no end time" of ``ends_at``) when the other words name one column only.
_UNIT_PARTS = frozenset("at on min mins sec secs ms m2 sqm ml kg km cm mm pct cents usd eur gbp num nr no txt text".split())


def _when(word: str, part: str) -> bool:
    """A word of time said for the part of a time column's name that says it is one ("end time" of ``ends_at``)."""
    return word in ("time", "date", "day", "timestamp", "moment") and part in ("at", "on", "date", "time", "day")


def _labels(table: str, words: list[str], ground) -> tuple[str, list[str]] | None:
    """The column of ``table`` whose labels the words say ("bed bug" -> ``bed_bugs``, "restaurants or warehouses"),
    with the labels; a word naming that column may stand with them ("roof", "status")."""
    cols: dict[str, set[str]] = {}
    for label, holders in ground.holders:
        for t, c in holders:
            if t == table:
                cols.setdefault(c, set()).add(label)
    found = []
    for col, labels in cols.items():
        parts = set(col.split("_")) | ({"state", "stage"} if col == "status" else set())
        said, i, ok = [], 0, True
        rest = [w for w in words if w not in ("or", "and", "nor", ",", "&")]
        while i < len(rest):
            if any(_same(rest[i], label) for label in labels):  # a label already joined ("meeting_room")
                said.append(next(label for label in labels if _same(rest[i], label)))
                i += 1
                continue
            for label in sorted(labels, key=lambda lab: -len(lab.split("_"))):
                lp = [p for p in re.split(r"[_\s-]+", label) if p]
                seg = rest[i:i + len(lp)]
                if len(seg) == len(lp) and all(_same(s, p) for s, p in zip(seg, lp)):
                    said.append(label)
                    i += len(lp)
                    break
            else:
                if any(_like(rest[i], p) for p in parts):
                    i += 1
                    continue
                ok = False
                break
        if ok and said:
            found.append((col, said))
    return found[0] if len(found) == 1 else None


def _unknown_value(table: str, words: list[str], ground) -> str | None:
    """One word no column of ``table`` holds, said with "status" / "state" of a column that holds labels
    ("20% of the visits in rescheduled status"): the word, so the reading quotes it back."""
    if len(words) != 2 or not any(w in ("status", "state", "stage") for w in words):
        return None
    word = next(w for w in words if w not in ("status", "state", "stage"))
    held = any(t == table and c in ("status", "state", "stage") for _l, hs in ground.holders for t, c in hs)
    return word if held and re.fullmatch(r"[a-z][a-z_]+", word) else None


def _pct(share: float) -> str:
    return f"{round(share * 100, 4):g}%"


def stated(norm: str, ground, subject: str | None = None) -> str | None:
    """``norm`` said the way the rules read a state of rows (the module's docstring), or None when some word of it is
    not explained by the rows' table."""
    # "catering on 1 booking in 5": the ratio said around the rows' noun, as a share before it
    norm = _AROUND.sub(lambda m: f"{_pct(int(m.group(1)) / int(m.group(3)))} {m.group(2)}"
                       if 0 < int(m.group(1)) <= int(m.group(3)) else m.group(0), norm)
    # "1/4 of bookings", "blank for 1/3 of members": a fraction as a share
    norm = _FRACTION.sub(lambda m: _pct(int(m.group(1)) / int(m.group(2))) if 0 < int(m.group(1)) < int(m.group(2))
                         else m.group(0), norm)
    if re.search(r"\bnot (?:all|every|each|most|many|always|quite)\b", norm):
        return None  # "not all orders are shipped": how many is not said (quoted back as before)
    words = _WORD.findall(norm)
    at, table, span = None, None, 1
    for i, w in enumerate(words):
        for n in (2, 1):
            t = _table_of(" ".join(words[i:i + n]), ground) if i + n <= len(words) else None
            if t is not None and not (n == 1 and ground.is_label(w) and i + 1 < len(words)):
                at, table, span = i, t, n
                break
        if table is not None:
            break
    if any(w in ("rest%", "rest", "others") for w in words):
        return None
    if table is not None:
        return _said_of(table, words[:at], words[at + span:], ground)
    if subject is not None and (table := _table_of(subject, ground)) is not None:
        return _said_of(table, [], words, ground)
    # no rows said: the one table whose columns explain every word ("70% key-card holders")
    found = [said for t in ground.names if (said := _said_of(t, [], words, ground, known=True)) is not None]
    return found[0] if len(found) == 1 else None


def _said_of(table: str, before: list[str], after: list[str], ground, *, known: bool = False) -> str | None:
    """The state of rows of ``table`` the words before and after its noun say, rewritten (``stated``); with ``known``,
    only a flag, a missing value or labels the table holds (no unknown value to quote)."""
    # the words before the rows: a count (kept, said before the rows), a share, modifiers of the rows' noun ("bed bug")
    prefix = [w for w in before if w.isdigit()]
    share, vague, said = _share([w for w in before if not w.isdigit() and w not in FILLER or w in _WORD_SHARES] + after)
    content = [p for w in said if w not in _LIGHT for p in ([w] if w in _OPEN else w.split("-") if "-" in w else [w])]
    # "windowless": the flag's word and a suffix that negates it
    content = [p for w in content for p in (["without", w[:-4]] if w.endswith("less") and len(w) > 7 else [w])]
    negated = any(w in _NEGATORS for w in content)
    content = [w for w in content if w not in _NEGATORS and w != "n't"]
    if share is None and ("only" in after or "only" in before):
        share = 1.0
    if share is None or not content:
        return None
    head = " ".join([*prefix, table])
    absent = negated or any(w in _ABSENT or w in _OPEN for w in said)
    flag = _flag(table, content, ground, [w for w in said if w in _LIGHT])
    if flag is not None and not any(w in _ABSENT - _NEGATORS for w in said):
        word = "_".join(p for p in flag.split("_") if p not in _FLAG_PARTS) or flag
        return f"{head} : {_pct(1 - share if negated else share)} {word}"
    col = _absent(table, [p for w in content if w not in _ABSENT for p in w.split("_") if p], ground)
    if col is not None:  # "no plan has an end date": none set; "a fifth of them with no email": a fifth missing
        return f"{head} : {col} null for {_pct(share if absent else 1 - share)}"
    if negated:
        return None
    labels = _labels(table, content, ground)
    if labels is not None:
        _col, said_labels = labels
        if share == 1.0:
            return f"{head} : {' or '.join(said_labels)} only"
        if len(said_labels) == 1:
            return f"{head} : {'mostly ' if vague and share == 0.8 else _pct(share) + ' '}{said_labels[0]}"
        return None
    word = None if known else _unknown_value(table, content, ground)
    return f"{head} : {_pct(share)} {word}" if word is not None else None


def misread(clause, ctx, first: int) -> bool:
    """Whether the rules misread a clause (its items ``ctx.items[first:]``): some words left unread, nothing read, or
    a value read that no column holds and that names no table ("mostly bed bug visits": 'bed')."""
    if clause.leftover() or ctx.unread or len(ctx.items) == first:
        return True
    ground = ctx.ground
    def wrong(it) -> bool:  # a value no column holds; or the rows' name as the value of a word that is neither
        said = [str(k) for k, _v in getattr(it, "weights", ()) or ()]
        odd = it.table is not None and not ground.is_table(it.table) and not ground.is_label(it.table)
        return any(not ground.is_label(k) and (not ground.is_table(k) or odd) for k in said)
    return any(type(it).__name__ == "Mix" and wrong(it) for it in ctx.items[first:])


def rows_as_value(norm: str, clause, ctx, first: int) -> str | None:
    """A share read as a value that is the rows' own name ("33.3333% spaces has a balcony": 'spaces') with words left
    unread: the clause with "of" after its share, which the rules leave unread as a whole, so all of it is quoted back
    rather than an error about the rows' name."""
    ground = ctx.ground
    mixes = [it for it in ctx.items[first:] if type(it).__name__ == "Mix"]
    if not clause.leftover() or not mixes or not all(
            all(ground.is_table(str(k)) and not ground.is_label(str(k)) for k, _v in it.weights) for it in mixes):
        return None
    said = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?%) (?!of\b)", r"\1 of ", norm, count=1)
    return said if said != norm else None


_SHARE_ALONE = re.compile(r"^(?:(?:like|about|around|roughly|say|maybe|approximately|approx) )?\d+(?:\.\d+)?%$")


def shared_after(prev_norm: str, norm: str, ground, rows: str | None) -> bool:
    """Whether ``norm`` is only a share ("like 70%") of the state of rows the clause before it says without one
    ("we want members with key cards"): read with it."""
    return (_SHARE_ALONE.match(norm) is not None and "%" not in prev_norm
            and stated(f"{prev_norm} {norm}", ground, rows) is not None)


def complements(prev_norm: str, norm: str, ground, rows: str | None) -> bool:
    """Whether ``norm`` only says the rest of the rows are not in the flag's state ``prev_norm`` says (as ``stated``
    rewrites it): "one in three properties has pets", "the rest don't"."""
    if REST_NOT.match(norm) is None:
        return False
    said = stated(prev_norm, ground, rows)
    return said is not None and _STATE_SAID.search(said) is not None
