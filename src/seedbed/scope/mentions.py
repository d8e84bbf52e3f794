"""The words people use for a schema's things rather than its names (brief s12, session 8).

Users name tables, columns and values in their own words. What is read here, from the schema alone:

- ``initialisms``: a table of several words by its initials ("POs" of ``purchase_orders``, "SKUs" of
  ``stock_keeping_units``, "BOMs" of ``bills_of_materials``), read by ``names.match_table`` before a
  partial match of the same letters (``po_lines`` are the lines of a PO); "PO's" is their plural
  (``said_initialisms``);
- ``row_children``: a child table by a plain noun for rows under its parent ("each order has 1-6 lines" of
  ``order_items``, "each PO has 2-8 lines" of ``po_lines``): the one child of the parent whose last word is
  such a noun, several quoted back by ``names.match_table``;
- ``names_column``: words a rule left over that say again the column it read ("stock on hand from 0 to 500":
  "hand" read, "stock on" left; "0-50 units in stock"), by their stems or one concept of ``ground.CONCEPTS``;
- ``said_columns``: a column's name of several words typed with spaces as the subject of a value mix
  ("payment terms mostly net 30", "payment terms: 50% net 30"), as its name (a table's, a time's, a key's or
  a flag's name is left to its own rules);
- ``said_values``: a value said after a known verb or participle that is no word of the schema ("couriers
  mostly riding scooters", "POs placed by phone", "tasks flagged urgent"), as the rules read a value
  said with a preposition ("via phone") or alone ("scooters"); and a value followed by a word of its own column's name
  ("20% failed inspection" of ``inspection_result``), as the value alone.

A verb that is a word of the schema ("orders placed by card" where ``placed_at`` is a column, "shipped")
is left to the rules that read it; nothing here drops a word that names something.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seedbed.scope.lexicon import FILLER, PARTICIPLES, RELATION_VERBS, VALUE_VERBS, inflections

if TYPE_CHECKING:
    from seedbed.model import QualifiedName, Schema, Table
    from seedbed.scope.ground import Grounding

__all__ = ["CHILD_NOUNS", "PEOPLE_NOUNS", "ROW_NOUNS", "any_children", "any_verb", "held_by_said", "initialisms",
           "names_column", "row_children", "said_columns", "said_initialisms", "said_values"]

#: Nouns that say "rows" without naming anything ("order entries", "inventory items"); the last word of a
#: child table named after its parent (``order_items``, ``po_lines``) is one.
ROW_NOUNS = frozenset("row rows record records entry entries item items line lines data table tables".split())
#: Nouns that say "rows of some table" without naming one, where children are counted ("each player bought
#: 0-5 things", "band members: 30 people"): which table is for the parent (or the context) to say.
PEOPLE_NOUNS = frozenset("people persons individuals folks".split())
CHILD_NOUNS = (ROW_NOUNS - {"data", "table", "tables"}) | frozenset("things thing ones pieces".split()) | PEOPLE_NOUNS

#: Small words an initialism leaves out: ``bills_of_materials`` is a BOM.
_LINKS = frozenset("of and the for to in on at by".split())
#: Prepositions between a verb and the value it gives ("sent by EDI", "made through travel agents"); after any
#: verb (brief s19: "unlocked with the app", "coming from ios", "signed up at a kiosk") when the value is one a
#: column of the table said before holds (``held_by_said``).
_OLD_PREPS = frozenset("by via through using on over as with".split())
_PREPS = r"(?:(?P<prep>by|via|through|using|on|over|as|with|from|at|in|into|to|under) )?(?:(?:an?|the) )?"
_PREPS_ALONE = "(?:by|via|through|using|on|over|as|with|from|at|in|into|to|under)"
#: The particle of a phrasal verb ("signed up via the app", "handed out at the kiosk").
_PARTICLES = "up|down|out|off|back"
_VERB = rf"[a-z]{{3,}}(?:ed|ing)|{PARTICIPLES}"
#: Words that end like a verb's form and are none ("nothing via paypal": a zero share, read by the rules).
_NOT_VERBS = frozenset("nothing something anything everything during morning evening string ceiling".split())


def initialisms(name: str) -> frozenset[str]:
    """The initialisms of a table of several words, each with its plural: ``purchase_orders`` -> ``po``,
    ``pos``; ``stock_keeping_units`` -> ``sku``, ``skus``; ``bills_of_materials`` -> ``bom``, ``boms``
    (and ``bofm``). None that is a word of the scope language ("on" of ``order_notes``), which is read
    as that word."""
    words = [w for w in name.lower().split("_") if w]
    if len(words) < 2:
        return frozenset()
    kept = [w for w in words if w not in _LINKS]
    spelled = {"".join(w[0] for w in words), *(("".join(w[0] for w in kept),) if len(kept) >= 2 else ())}
    taken = FILLER | VALUE_VERBS | RELATION_VERBS
    return frozenset(f for a in spelled if a not in taken for f in (a, a + "s"))


#: Little words around a column's words ("units in stock", "stock on hand").
_AROUND = frozenset("in on of at the a an".split())


def names_column(words: str, column: str) -> bool:
    """Whether every word of ``words`` (left over by the rules) names what ``column`` (the words a rule read as
    a column) names: a stem of it, or a word of a concept the column's words say too (``ground.CONCEPTS``)."""
    from seedbed.scope.ground import CONCEPTS, stem

    said = {stem(w) for w in re.split(r"[\s_]+", words.lower()) if w and w not in _AROUND}
    read = {stem(w) for w in re.split(r"[\s_]+", column.lower()) if w and w not in _AROUND}
    if not said or not read:
        return False
    if said <= read:
        return True
    for user, parts in CONCEPTS.values():
        words_of = {stem(w) for w in user | {p for part in parts for p in part.split("_")}}
        if said <= words_of and read & words_of:
            return True
    return False


def said_initialisms(norm: str, ground: Grounding) -> str:
    """"40 RFQ's", "PO's": the plural of a table's initialism written with an apostrophe, as its plural."""
    return re.sub(r"(?<![\w-])([a-z]{2,6})'s(?![\w-])",
                  lambda m: m.group(1) + "s" if m.group(1) + "s" in ground.tables and m.group(1) in ground.tables else m.group(0), norm)


#: Column names not joined: times, keys and flags, read by their own rules.
_UNJOINED = re.compile(r"^(?:is|has|was|can)_|_(?:at|on|id|ids|by|date|time)$")
#: What follows the subject of a value mix of words ("payment terms mostly net 30", "payment terms: 50% net 30"); a mix
#: of numbers ("story points mostly 3 or 5") is read by the rules of numbers.
_MIX_NEXT = r"(?= (?:mostly|mainly|largely|usually|typically) (?!\d)|\s*:\s*\d+(?:\.\d+)?%| \d+(?:\.\d+)?%)"


def said_columns(norm: str, ground: Grounding) -> str:
    """A column's name of several words typed with spaces before a value mix, as its name (module docstring)."""
    for name in sorted((c for c in ground.columns if "_" in c and " " not in c), key=lambda c: (-len(c), c)):
        spaced = name.replace("_", " ")
        if spaced in norm and not _UNJOINED.search(name) and not ground.is_table(spaced):
            norm = re.sub(rf"(?<![\w-]){re.escape(spaced)}{_MIX_NEXT}", name, norm)
    return norm


def row_children(schema: Schema, word: str, parent: QualifiedName) -> list[QualifiedName]:
    """The children of ``parent`` a plain noun for rows names ("lines", "items", "entries"): tables with a
    foreign key to it whose name ends in such a noun (``order_items``); none when the word is no such noun."""
    if word.lower() not in ROW_NOUNS:
        return []
    return [t.name for t in schema.tables if "_" in t.name.name and t.name.name.lower().rpartition("_")[2] in ROW_NOUNS
            and any(fk.ref_table == parent for fk in t.foreign_keys)]


#: Words between a parent and its children that take away or are no verb of having: quoted back.
_NOT_HAVING = frozenset("""never not no lost lose loses losing lacks lack lacking lacked misses missing missed cancelled canceled
cancels deleted deletes removed removes returned returns refunded rejected dropped drops failed fails skipped skips left
leaves quit quits refused refuses declined declines sold sells gave gives""".split())
#: Verbs of having said in the past (irregular): "every author wrote 1-3 books", "each player bought 0-5 items".
_PAST = frozenset("wrote bought took made held got ran led kept put saw won built drew grew brought caught taught "
                  "found read had did".split())


def any_verb(word: str) -> bool:
    """A word shaped like a verb of having between a parent and its children ("holds", "offered", "hosting",
    "wrote"), not one that takes away ("lost", "cancelled"): the schema grounds the parent and the child."""
    w = word.lower()
    if w in _NOT_HAVING or not re.fullmatch(r"[a-z]{3,}", w):
        return False
    return w in _PAST or re.search(r"(?:[^s]s|ed|ing)$", w) is not None


def any_children(schema: Schema, word: str, parent: QualifiedName) -> list[QualifiedName]:
    """The tables a plain noun for children may be under ``parent`` ("each player bought 0-5 things"): every
    table with a foreign key to it (one: that table; several: said back, never one picked); none when the
    word is no such noun."""
    if word.lower() not in CHILD_NOUNS:
        return []
    return sorted({t.name for t in schema.tables if t.name != parent and any(fk.ref_table == parent for fk in t.foreign_keys)},
                  key=str)


def said_values(norm: str, ground: Grounding) -> str:
    """A clause with the values said after a verb, or before a word of their column, as the rules read a
    value (see the module's docstring): "sent by EDI" as "via edi", "riding scooters" as "scooters". Only a
    verb of ``lexicon.VALUE_VERBS`` / ``RELATION_VERBS`` (any inflection): another is quoted back."""
    from seedbed.generate.intent.tokens import english_word
    from seedbed.scope.ground import known_verb

    if not ground.labels:
        return norm
    labels = "|".join(re.escape(lab) for lab in sorted(ground.labels, key=lambda lab: (-len(lab), lab)) if lab.strip())

    def verb(m: re.Match[str]) -> str:
        said = m.group("verb")
        before = m.string[:m.start()]
        if said in _NOT_VERBS or held_by_said(before, said, ground):
            return m.group(0)  # "orders shipped by DHL": the verb is a state of these rows itself
        own = m.group("prep") and held_by_said(before, m.group("lab"), ground) \
            and english_word(said.lower())  # a verb nobody listed, but no word of no language ("zqabed")
        if not own and (m.group("part") or (m.group("prep") or "by") not in _OLD_PREPS or not known_verb(said, None)
                        or _schema_word(said, ground)):
            return m.group(0)  # a word of the schema is read by its rules; a verb no list holds is quoted back
        return f"{via} {m.group('lab')}" if m.group("prep") else m.group("lab")

    # the preposition the rules read before a value, one that is no word of a column's name here ("booked_via")
    via = next((p for p in ("via", "by", "through", "using") if p not in ground.columns), "via")
    norm = re.sub(rf"(?<![\w-])(?P<verb>{_VERB})(?: (?P<part>{_PARTICLES}))? {_PREPS}(?P<lab>{labels})(?:e?s)?(?![\w-])",
                  verb, norm)

    def every(m: re.Match[str]) -> str:
        before = m.string[:m.start()].split()
        said = next((" ".join(before[-k:]) for k in (3, 2, 1) if len(before) >= k and ground.is_table(" ".join(before[-k:]))), None)
        return f"{m.group('rest')} only" if said and held_by_said(said, m.group("lab"), ground) else m.group(0)

    # "orders all placed in EUR", "app events all from ios": "all" right after the rows is every row (a share of 1)
    one = rf"(?:{labels})(?:e?s)?"
    norm = re.sub(rf"(?<=[a-z_] )all (?:(?:are|were|is|being) )?(?P<rest>(?:{_PREPS_ALONE} )?(?:(?:an?|the) )?(?P<lab>{labels})(?:e?s)?"
                  rf"(?:(?: or| and| ,| , or| , and) {one})*)$", every, norm)
    for label, cols in ground.said_with:
        if label not in norm:
            continue
        words = {p for col in cols for p in col.split() if len(p) > 3 and not ground.is_table(p) and not ground.is_label(p)}
        if words:
            alts = "|".join(re.escape(w) for w in sorted(words))
            norm = re.sub(rf"(?<=%) {re.escape(label)} (?:{alts})(?![\w-])", f" {label}", norm)
    return norm


def held_by_said(before: str, label: str, ground: Grounding) -> bool:
    """Whether a column of a table said in ``before`` (one to three words, any inflection) holds ``label``:
    "app events all coming from ios" (``app_events.platform``), "repair tickets mostly raised by riders"
    (``repair_tickets.reported_by``: the value ``rider``). The verb before such a value says nothing more than
    the value does, whatever the verb; a value no column of that table holds leaves the verb to be quoted back."""
    holders = {t for t, _c in ground.holders_of(label)} | {t for t, _c in ground.holders_of(label.rstrip("s"))}
    if not holders:
        return False
    words = re.findall(r"[a-z_][\w-]*", before)
    for i in range(len(words)):
        for j in range(i + 1, min(i + 3, len(words)) + 1):
            said = "_".join(words[i:j]).replace("-", "_")
            if not ground.is_table(said.replace("_", " ")) and not ground.is_table(said):
                continue
            forms = set(inflections(said))
            if any(t in forms or t.rpartition("_")[2] in forms for t in holders):
                return True
    return False


def _schema_word(word: str, ground: Grounding) -> bool:
    """A verb that names something of the schema (a value, a table, a column or a form of one's word)."""
    from seedbed.scope.ground import _related, stem

    s = stem(word)
    return (ground.is_label(word) or ground.is_table(word) or ground.is_column(word)
            or _related(s, ground.column_stems) or _related(s, ground.table_stems))


def role_words(schema: Schema, table: Table) -> frozenset[str]:
    """The words of references' roles that name ``table`` and no other ("technician" of ``technician_id`` ->
    employees, "each technician has 3-12 repair orders"; ``names.match_table`` reads them the same way)."""
    targets: dict[str, set[object]] = {}
    for t in schema.tables:
        for fk in t.foreign_keys:
            if len(fk.columns) == 1 and fk.columns[0].lower().endswith("_id") and fk.ref_table != t.name:
                targets.setdefault(fk.columns[0].lower()[:-3], set()).add(fk.ref_table)
    return frozenset(f for role, refs in targets.items() if refs == {table.name} and "_" not in role
                     for f in inflections(role))
