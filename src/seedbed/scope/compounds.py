"""Tables said in several words, clipped, or by a synonym of one of their words (brief s15 of session 9).

People name a schema's things loosely: "depts", "appts", "txns" (a clipped word of a table's or a column's
name), "repair jobs" / "parts vendors" / "purchase requests" (a table of several words with one word swapped
for a synonym: ``repair_orders``, ``part_suppliers``, ``procurement_requests``), "staff members" (a noun
that adds nothing after one that names a table), "open repair orders" / "platinum tier members" / "brake
parts" (a value of a column before its table of several words, its column's word or its singular between), "on-hand
quantity" (a column's words hyphenated or turned round). ``said_tables`` spells each of these the way the rules read a table, before they run
(``Grounding.rewrite``), from what the schema names and ``data/vocab/clipped.json``: a word is only ever
replaced by a word of the schema's own names, and only when it names nothing itself; anything else is left
as typed (the rules quote back what they do not read).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from seedbed.generate.realistic.vocab import load
from seedbed.scope.inflect import SYNONYMS, inflections, plural, singular

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["GENERIC_HEADS", "said_number_columns", "said_tables", "table_said"]

_VOCAB = load("clipped")
#: A clipped word and the word it stands for ("dept" -> "department"): the clips of the one table (r45) a scope
#: spells out, not those too short or too common in speech ('names_only': "no", "dt").
CLIPPED: dict[str, str] = {k: v for k, v in _VOCAB["clipped"].items() if k not in _VOCAB["names_only"]}
#: Nouns after a noun that add nothing to it ("staff members", "customer records").
GENERIC_HEADS = frozenset(f for w in _VOCAB["generic"] for f in (w, plural(w)))


def _both_ways(pairs: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, others in pairs.items():
        for other in others:
            out.setdefault(word, set()).add(other)
            out.setdefault(other, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


_HEADS = _both_ways(_VOCAB["heads"])
_MODIFIERS = _both_ways(_VOCAB["modifiers"])


def _forms(word: str, swaps: dict[str, frozenset[str]], *, groups: bool) -> set[str]:
    """A word of a table's name as it may be said: any inflection, a synonym's (``swaps``, and the lexicon's
    groups of nouns for the last word)."""
    base = singular(word)
    said = {base, *swaps.get(base, ())}
    if groups:
        for group in SYNONYMS:
            if base in group:
                said |= {w for w in group if "_" not in w}
    return {f for w in said for f in inflections(w)}


@lru_cache(maxsize=64)
def _patterns(names: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], tuple[str, ...], str], ...]:
    """For each table of several words (longest first): the pattern of its words as said, its own words, its name."""
    from seedbed.scope.mentions import initialisms

    # "purchase order lines" of ``po_lines``: a word that is another table's initialism, said as that table's words
    spelled = {a: " ".join(singular(w) for w in n.split("_") if w) for n in names for a in initialisms(n) if not a.endswith("s")}
    out = []
    for name in sorted((n for n in names if "_" in n.strip("_")), key=lambda n: (-n.count("_"), n)):
        words = tuple(w for w in name.split("_") if w)
        alts = [_forms(w, _MODIFIERS, groups=False) | ({spelled[w]} if w in spelled else set()) for w in words[:-1]]
        alts.append(_forms(words[-1], _HEADS, groups=True))
        body = r"[ -]".join("(" + "|".join(sorted(map(re.escape, a), key=lambda s: (-len(s), s))) + ")" for a in alts)
        out.append((re.compile(rf"(?<![\w-]){body}(?![\w-])"), words, name))
    return tuple(out)


def table_said(words: str, names: tuple[str, ...]) -> str | None:
    """The table of several words that ``words`` name with a synonym of one of its words ("parts vendors" ->
    ``part_suppliers``; ``_own_words``), when exactly one does."""
    said = words.replace("_", " ")
    hits = {name for pattern, _w, name in _patterns(tuple(sorted(names))) if pattern.fullmatch(said)}
    return next(iter(hits)) if len(hits) == 1 else None


def _spell_clipped(norm: str, ground: Grounding) -> str:
    """"depts" -> "departments", "appt" -> "appointment": a clipped word spelled out when the word it stands for is
    a word of a table's or a column's name, and no other word of those names starts with it ("inv" of
    ``invoices`` and ``inventory``: left as typed)."""
    words = ground.parts | ground.columns
    kinds = (ground.parts, ground.columns)

    def spell(m: re.Match[str]) -> str:
        said = m.group(0)
        if said in ground.tables or said in ground.columns or said in ground.labels or said in ground.parts:
            return said
        many = said not in CLIPPED and said.endswith("s") and said[:-1] in CLIPPED
        base = said[:-1] if many else said
        full = CLIPPED.get(base)
        if full is None:  # "dmg claims", "5 dpts": letters of one word of the tables' names
            own = frozenset(singular(p) for n in ground.names for p in n.split("_") if p)
            many = said.endswith("s") and _abbreviated(said, own) is None
            base = said[:-1] if many else said
            full = _abbreviated(base, own)
        if full is None or not set(inflections(full)) & words:
            return said
        spelled = set(inflections(full))
        kind = next(k for k in kinds if spelled & k)  # a table's word before a column's
        others = {w for w in kind if w.startswith(base) and " " not in w and not w.startswith(singular(full))}
        if others:
            return said
        return plural(full) if many else full
    return re.sub(r"(?<![\w'.-])[a-z]{2,6}(?![\w'-])", spell, norm)


def _abbreviated(said: str, words: frozenset[str]) -> str | None:
    """The one word of the tables' names (``words``, singular) ``said`` abbreviates by its consonants in order, the
    first letter kept ("dmg": damage, "mgr": manager, "bldg": building), when ``said`` is no English word; else None.
    The reading of a clip by the schema's own words that names read too (``clips.the_one``)."""
    from seedbed.clips import the_one
    from seedbed.scope.lexicon import FILLER, MEASURE_UNITS
    from seedbed.thesaurus import senses

    if (not 2 <= len(said) <= 5 or set(said[1:]) & set("aeiouy") or said in FILLER or said in MEASURE_UNITS
            or any(senses(said, pos) for pos in ("n", "v", "a"))):
        return None  # a consonant skeleton only, and no word ("per", "and", "kg" are words or units, no abbreviations)
    return the_one(said, words)


def _own_words(norm: str, ground: Grounding) -> str:
    """"repair jobs" -> "repair orders", "parts vendors" -> "part suppliers": a table of several words said with a
    synonym of one of them, spelled with its own words (the plural when its last word was said in the plural)."""
    for pattern, words, _name in _patterns(ground.names):
        def own(m: re.Match[str], words: tuple[str, ...] = words) -> str:
            said = m.group(0).replace("-", " ").split()
            if [singular(w) for w in said] == [singular(w) for w in words]:
                return m.group(0)  # its own words: the rules read them as they are
            head = plural(singular(words[-1])) if singular(said[-1]) != said[-1] else singular(words[-1])
            return " ".join((*words[:-1], head))
        norm = pattern.sub(own, norm)
    return norm


def _generic_heads(norm: str, ground: Grounding) -> str:
    """"staff members" -> "staff", "customer records" -> "customers": a noun adding nothing after a table's word,
    when the two together name no table."""
    def drop(m: re.Match[str]) -> str:
        noun, head = m.group(1), m.group(2)
        if ground.is_table(f"{noun} {head}") or ground.is_label(noun) or not ground.is_table(noun) \
                or any(n in ground.names for n in inflections(noun)):  # a table's own name: read as it is
            return m.group(0)
        if singular(head) == head:  # "customer record" -> "customer"
            return noun
        return plural(noun) if singular(noun) == noun else noun  # "customer records" -> "customers"
    heads = "|".join(sorted(GENERIC_HEADS, key=lambda s: (-len(s), s)))
    return re.sub(rf"(?<![\w-])([a-z]+) ({heads})(?![\w-])", drop, norm)


def _values_before(norm: str, ground: Grounding) -> str:
    """"open repair orders" -> "open repair_orders", "platinum tier members" -> "platinum members", "tyre parts" ->
    "tyres parts": a value of a column of a table before it, said as the rules read a value before a table's one word
    (the table's name of several words joined, its column's word between left out, the value's own spelling)."""
    from seedbed.scope.ground import stem

    holders = dict(ground.holders)
    tables = {f.replace("_", " "): f for name in ground.names for f in inflections(name)}
    toks = norm.split(" ")
    out: list[str] = []
    i = 0
    while i < len(toks):
        done = False
        for mid in (0, 1):
            for n in (3, 2, 1):
                said = " ".join(toks[i + 1 + mid:i + 1 + mid + n])
                if len(toks) < i + 1 + mid + n or said not in tables:
                    continue
                own = next((t for t in ground.names if tables[said] in inflections(t)), None)
                label = next((f for f in (toks[i], plural(toks[i])) if any(t == own for t, _c in holders.get(f, ()))), None)
                if label is None and not mid and n > 1 and stem(toks[i]) in ground.flags:
                    label = toks[i]  # "vegetarian menu items": a flag's word (which table holds it, the rules say)
                if label is None:
                    continue
                cols = {c for t, c in holders.get(label, ()) if t == own}
                if mid and (not any(singular(toks[i + 1]) in c.split("_") for c in cols)
                            or not (out and re.fullmatch(r"\d[\d.,]*k?", out[-1]) or i + 1 + mid + n < len(toks))):
                    continue  # "120 platinum tier members", "gold tier members need ...": "high priority issues" as it is
                if n == 1 and not mid and label == toks[i]:
                    continue  # "40 enterprise customers": read as it is
                if not mid and n > 1 and not (out and re.fullmatch(r"\d[\d.,]*k?|no|only", out[-1])):
                    continue  # a rule's subject ("urgent housekeeping tasks must ...") is read as it is
                out += [label, tables[said]]
                i += 1 + mid + n
                done = True
                break
            if done:
                break
        if not done:
            out.append(toks[i])
            i += 1
    return " ".join(out)


def said_tables(norm: str, ground: Grounding) -> str:
    """The scope's words for tables as the rules read them (the module's docstring)."""
    norm = _spell_clipped(norm, ground)
    norm = _whole_names(_own_words(norm, ground), ground)
    norm = _generic_heads(_reordered(_hyphenated(norm, ground), ground), ground)
    return _values_before(norm, ground)


#: A bound right after a table's words ("claim payments over 2,500", "premium invoices 100-900").
_BOUND_AFTER = (r"(?= (?:of )?(?:(?:over|under|above|below|between|from|at least|at most|up to|no more than|no less than|more than|"
                r"less than) )?\d)")


#: A count of children after the bound ("usage records >= 100 per subscription"): the words stay the rules'
#: (a fan-out of that table), not one name read as a column.
_NOT_PER = r"(?!.*\b(?:per|each|apiece|every)\b)"


def _whole_names(norm: str, ground: Grounding) -> str:
    """"claim payments over 2,500" -> "claim_payments over 2,500": a table's name of several words said in full before a
    bound is that table, never its first word's table and a column said by the rest (``claims`` and "payments": a
    silent misreading, brief s18); the longest name the words make wins."""
    for name in sorted((n for n in ground.names if "_" in n.strip("_")), key=lambda n: (-n.count("_"), n)):
        words = name.split("_")
        if not all(words):
            continue
        last = "|".join(map(re.escape, sorted(set(inflections(words[-1])), key=len, reverse=True)))
        body = r"[ -]".join(map(re.escape, words[:-1]))
        norm = re.sub(rf"(?<![\w-]){body}[ -](?:{last}){_BOUND_AFTER}{_NOT_PER}", name, norm)
    return norm


#: What follows a number column's words when a bound or a range is said of it.
_BOUND_NEXT = r"(?= (?:between|from|under|over|below|above|up to|at most|at least|no more than|of|around|about)\b| \d)"


def _hyphenated(norm: str, ground: Grounding) -> str:
    """"on-hand stock": words joined by a hyphen that are a column's name (``on_hand``), as that name."""
    return re.sub(r"(?<![\w-])([a-z]+)-([a-z]+)(?![\w-])", lambda m: f"{m.group(1)}_{m.group(2)}"
                  if f"{m.group(1)}_{m.group(2)}" in ground.columns and f"{m.group(1)}_{m.group(2)}" not in ground.labels
                  else m.group(0), norm)


def _reordered(norm: str, ground: Grounding) -> str:
    """"on-hand quantity under 100": a number column named with a preposition (``quantity_on_hand``) said the other
    way round, as its name."""
    for name in sorted(ground.number_columns, key=lambda c: (-len(c), c)):
        words = name.split("_")
        if len(words) == 3 and words[1] in ("on", "in", "of", "per") and all(words):
            last = "|".join(map(re.escape, sorted(set(inflections(words[0])), key=len, reverse=True)))
            norm = re.sub(rf"(?<![\w-]){re.escape(words[1])}[ -]{re.escape(words[2])}[ -](?:{last}){_BOUND_NEXT}", name, norm)
    return norm


def said_number_columns(norm: str, ground: Grounding) -> str:
    """"vehicle model year 2010-2025", "part supplier lead time 3-30 days": a number column's name of several words
    said with spaces or hyphens before a bound, as its name; its unit left off ("lead time" of ``lead_time_days``)
    only right after a table's word and with the unit said after the number, which then goes (the name says it).
    ``parse`` uses it only where the words as typed leave some unread (the rules read most such names as typed)."""
    for name in sorted((c for c in ground.number_columns if "_" in c.strip("_") and not c.endswith(("_id", "_no"))),
                       key=lambda c: (-len(c), c)):
        words = name.split("_")
        if len(words) > 4 or not all(words):
            continue
        body = r"[ -]".join(map(re.escape, words[:-1]))
        last = "|".join(map(re.escape, sorted(set(inflections(words[-1])), key=len, reverse=True)))
        norm = re.sub(rf"(?<![\w-]){body}[ -](?:{last}){_BOUND_NEXT}", name, norm)
        # "timesheets with 1-10 labour hours", "vans with over 3000 payload kg": the name said after the number
        norm = re.sub(rf"(?<=\d )(?:{body})[ -](?:{last})(?![\w-])", name, norm)
        unit = words[-1]
        if len(words) >= 3 and singular(unit) in ("day", "hour", "minute", "week", "month", "year", "km", "kg"):
            body = r"[ -]".join(map(re.escape, words[:-1]))
            norm = re.sub(rf"(?P<t>(?<![\w-])[a-z_]+(?: [a-z_]+)?)(?: (?:with|having|has|have|need|needs|needing)(?: an?)?)? {body}s? "
                          rf"(?:of )?(?P<n>(?:(?:between|from|under|over|up to|at most|at least) )?"
                          rf"\d+(?:\.\d+)?(?:(?: ?- ?| to | and )\d+(?:\.\d+)?)?) {re.escape(unit)}\b",
                          lambda m: f"{m.group('t')} {name} {m.group('n')}" if ground.is_table(m.group("t")) or
                          ground.is_table(m.group("t").rpartition(" ")[2]) else m.group(0), norm)
        norm = re.sub(rf"(?<![\w-]){re.escape(name)} (?P<n>(?:(?:between|from|under|over|up to|at most|at least) )?\d+(?:\.\d+)?"
                      rf"(?:(?: ?- ?| to | and )\d+(?:\.\d+)?)?) {re.escape(unit)}\b", rf"{name} \g<n>", norm) \
            if singular(unit) in ("day", "hour", "minute", "week", "month", "year") else norm
    return norm
