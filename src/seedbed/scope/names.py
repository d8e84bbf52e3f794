"""Loose matching of the names a scope uses to the schema's tables and columns.

Case, spaces / hyphens / underscores, singular / plural and synonyms ("customers" is ``users``
when only one of the group exists) all match; a name that matches nothing is a ``ScopeError``
with a did-you-mean hint.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from seedbed.errors import AmbiguousWord, ScopeError
from seedbed.model import ForeignKey, QualifiedName, Schema, Table
from seedbed.scope.compounds import GENERIC_HEADS, table_said
from seedbed.scope.lexicon import SYNONYMS, inflections, singular
from seedbed.scope.mentions import any_children, initialisms, row_children

__all__ = ["column_matches", "fk_between", "match_table", "norm", "tables_named_after", "table_hint"]

def _initialism(word: str) -> str:
    """A word as an initialism is typed: "PO's" and "POs" are ``pos``."""
    return word[:-2] + "s" if word.endswith("'s") else word


def norm(word: str) -> str:
    """``"Order Items"`` -> ``order_items``, ``"cart-items"`` -> ``cart_items``."""
    return re.sub(r"[\s-]+", "_", word.strip().strip("'\"").lower())


def _by_name(schema: Schema, forms: Iterable[str], schema_name: str | None = None) -> list[QualifiedName]:
    wanted = set(forms)
    return [t.name for t in schema.tables if t.name.name.lower() in wanted
            and (schema_name is None or t.name.schema.lower() == schema_name)]


def _one(found: list[QualifiedName], word: str) -> QualifiedName | None:
    found = list(dict.fromkeys(found))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        public = [f for f in found if f.schema == "public"]
        if len(public) == 1:
            return public[0]
        raise ScopeError(f"{word!r} could mean {', '.join(map(str, found))}", subject=word,
                         hint=f"name one of them, e.g. {found[0].schema}.{found[0].name}")
    return None


def _related(schema: Schema, a: QualifiedName, b: QualifiedName) -> bool:
    return (any(fk.ref_table == b for fk in schema.table(a).foreign_keys)
            or any(fk.ref_table == a for fk in schema.table(b).foreign_keys))


def table_hint(schema: Schema, word: str) -> str:
    """A did-you-mean hint for an unknown table name."""
    known = {t.name.name.lower(): str(t.name) for t in schema.tables}
    w = norm(word)
    close = difflib.get_close_matches(w, list(known), n=3, cutoff=0.6)
    if not close:
        close = difflib.get_close_matches(singular(w), [singular(k) for k in known], n=3, cutoff=0.6)
        close = [k for k in known if singular(k) in close]
    if close:
        return "did you mean " + " or ".join(repr(known[c]) for c in close) + "?"
    return "tables: " + ", ".join(sorted(known.values())[:20])


def _owner(schema: Schema, table: QualifiedName, forms: Iterable[str]) -> QualifiedName | None:
    """The table a word names when the one table it is part of only begins with it: ``case_note`` are notes of a case,
    so "cases" are the one table ``case_note`` refers to whose name begins with the word (``casework``), if any."""
    name = table.name.lower()
    if not any(name.startswith(f + "_") for f in forms) or any(name.endswith("_" + f) for f in forms):
        return None
    owners = {fk.ref_table for fk in schema.table(table).foreign_keys if fk.ref_table != table
              and any(fk.ref_table.name.lower().startswith(f) for f in forms)}
    return next(iter(owners)) if len(owners) == 1 else None


def match_table(schema: Schema, word: str, *, related: QualifiedName | None = None) -> tuple[QualifiedName, str | None]:
    """The table a scope word names, and how it was matched when not by its own name.

    Args:
        schema: the schema.
        word: as typed: ``"customers"``, ``"Order Items"``, ``"auth.users"``, ``"items"``.
        related: a table the wanted one has an FK to or from; it decides between partial
            matches (``"items"`` next to ``orders`` is ``order_items``, not ``cart_items``).
    """
    w = norm(word)
    schema_name = None
    if "." in w:
        schema_name, _, w = w.partition(".")
    forms = inflections(w)
    found = _one(_by_name(schema, forms, schema_name), word)
    if found:
        return found, None
    base = singular(w)
    for group in SYNONYMS:
        if base in group or w in group:
            hits = [t.name for t in schema.tables if singular(t.name.name.lower()) in group
                    and (schema_name is None or t.name.schema.lower() == schema_name)]
            if len(set(hits)) == 1:
                return hits[0], f"{word!r} is {hits[0]} (synonym)"
    # "POs" are purchase_orders before po_lines (lines of a PO, a partial match of the same letters)
    said = _initialism(w)
    spelled = [t.name for t in schema.tables if (schema_name is None or t.name.schema.lower() == schema_name)
               and said in initialisms(t.name.name)]
    if spelled:
        found = _one(spelled, word)
        if found:
            return found, f"{word!r} is {found} (initialism)"
    partial = [t.name for t in schema.tables if (schema_name is None or t.name.schema.lower() == schema_name)
               and any(t.name.name.lower().endswith("_" + f) or t.name.name.lower().startswith(f + "_") for f in forms)]
    if related is not None and len(partial) > 1:
        partial = [p for p in partial if _related(schema, p, related)]
    if len(set(partial)) == 1:
        owner = _owner(schema, partial[0], forms)
        if owner is not None:  # "150 cases" beside case_note and casework: the cases the notes are of
            return owner, f"{word!r} is {owner} (the {partial[0].name.lower().partition('_')[2]}s of {owner.name} are "\
                          f"{partial[0].name})"
        return partial[0], f"{word!r} is {partial[0]}"
    # a compound's head is its last word: "classes" are fitness_classes, not class_ratings (ratings of classes)
    heads = {p for p in partial if any(p.name.lower().endswith("_" + f) for f in forms)}
    if len(partial) > 1 and len(heads) == 1:
        head = next(iter(heads))
        return head, f"{word!r} is {head}"
    if "_" in w:  # "user accounts": try the last word alone; "inventory items": the first
        parts = (w.rpartition("_")[2], w.partition("_")[0])
        if singular(parts[0]) in GENERIC_HEADS:  # "staff members": staff, a noun the generic one adds nothing to
            parts = parts[::-1]
        swapped = table_said(w, tuple(t.name.name.lower() for t in schema.tables if schema_name is None
                                      or t.name.schema.lower() == schema_name))
        if swapped is not None:  # "parts vendors": part_suppliers (a word of its name said by a synonym)
            found = _one(_by_name(schema, [swapped], schema_name), word)
            if found:
                return found, f"{word!r} is {found}"
        # a part that is a table's own name wins over a synonym of the other ("staff members" -> staff)
        for part in parts:
            own = _one(_by_name(schema, inflections(part), schema_name), word)
            if own:
                return own, f"{word!r} is {own}"
        for part in parts:
            try:
                return match_table(schema, part, related=related)
            except ScopeError:
                pass
    if len(set(partial)) > 1 and schema_name is None:  # "200 parts": spare_parts, whose part_no names its rows
        from seedbed.scope.tablescore import scored_table
        scored = scored_table(schema, w, among=frozenset(p.name.lower() for p in partial))
        if scored is not None:
            return scored
    if len(set(partial)) > 1:
        raise ScopeError(f"{word!r} could mean {', '.join(map(str, partial))}", subject=word,
                         hint="name the table exactly")
    kids = row_children(schema, w, related) if related is not None else []
    if kids:  # "each order has 1-6 lines": order_items, the rows of an order
        found = _one(kids, word)
        if found:
            return found, f"{word!r} is {found} (the {w} of {related.name})"
    anyone = any_children(schema, w, related) if related is not None and not kids else []
    if len(anyone) == 1:  # "every statement lists 4-10 items": the one table under statements
        return anyone[0], f"{word!r} is {anyone[0]} (the one table that refers to {related.name})"
    if anyone:
        raise ScopeError(f"{word!r} could mean any of the tables under {related.name}: {', '.join(map(str, anyone))}",
                         subject=word, hint="name the table the rows are in")
    if len(base) >= 3 and "_" not in w:  # "subs" -> subscriptions, "orgs" -> organizations: an abbreviation
        short = [t.name for t in schema.tables if (schema_name is None or t.name.schema.lower() == schema_name)
                 and t.name.name.lower().startswith(base)]
        if len(short) == 1:
            return short[0], f"{word!r} is {short[0]} (abbreviation)"
    # "each technician has 3-12 repair orders": the rows a reference's role names (``technician_id`` -> employees)
    roles = {fk.ref_table for t in schema.tables for fk in t.foreign_keys if len(fk.columns) == 1
             and fk.columns[0].lower() in {f + "_id" for f in forms} and fk.ref_table != t.name}
    if len(roles) == 1 and "_" not in w:
        found = next(iter(roles))
        return found, f"{word!r} is {found} (the rows a reference names {word!r})"
    # "jobs" where visits and repairs are both done by technicians: the tables the grounding found (``rowwords``)
    from seedbed.scope.ground import grounding
    from seedbed.scope.wordnet_words import said_tables, told

    related_wn = said_tables(schema, w.replace("_", " ")) if schema_name is None else ()
    if len(related_wn) == 1:  # "headhunters": recruiters, a kind of recruiter in WordNet (``wordnet_words``)
        name, head, how = related_wn[0]
        found = next(t.name for t in schema.tables if t.name.name == name)
        return found, told(word, str(found), head, how)
    if related_wn:
        raise ScopeError(f"{word!r} could mean {' or '.join(n for n, _h, _r in related_wn)} (WordNet relates it to "
                         f"{', '.join(h for _n, h, _r in related_wn)})", subject=word, hint="name the table the rows are in")

    key = singular(w.replace("_", " "))
    fits = next((found for said, found, *_ in grounding(schema).row_words if said in (w.replace("_", " "), key)), ())
    if len(fits) > 1 and related is not None:  # "each move gets 2 to 4 guys": the ones under the move (job_crew)
        under = tuple(f for f in fits if any(fk.ref_table == related for t in schema.tables if t.name.name == f
                                             for fk in t.foreign_keys))
        fits = under if len(under) == 1 else fits
    if len(fits) > 1:
        raise ScopeError(f"{word!r} could mean {' or '.join(fits)}", subject=word, hint="name the table the rows are in")
    if len(fits) == 1 and schema_name is None:  # "companies" for clients(company_name), "roles" for searches
        found = next(t.name for t in schema.tables if t.name.name == fits[0])
        return found, f"{word!r} is {found}"
    if schema_name is None:  # "moves" for jobs(move_date): the schema's evidence (``rowevidence``), one table or ask
        from seedbed.scope.rowevidence import ambiguous, tables_of
        by_columns = tables_of(grounding(schema).evidence, w)
        if len(by_columns) > 1:
            raise ambiguous(word, by_columns)
        if by_columns:
            found = next(t.name for t in schema.tables if t.name.name == by_columns[0][0])
            return found, f"{word!r} is {found} (its column {by_columns[0][1][0]})"
        from seedbed.scope.tablescore import scored_table
        scored = scored_table(schema, w)
        if scored is not None:  # "**Temps:** 300", "| vehicles | 40 |": the table the whole request points to
            return scored
        from seedbed.scope.wordnet_words import later_tables
        weak = later_tables(tuple(t.name.name for t in schema.tables), w.replace("_", " "))
        if weak:  # "40 lorries": a truck in a later sense only, with no table beside it to confirm: asked back
            raise AmbiguousWord(f"{word!r} may be {' or '.join(t for t, _h, _r in weak)} (WordNet: in a later sense, a "
                                f"{singular(w)} is {' or '.join('a kind of ' + h if r == 'kind' else 'a ' + h for _t, h, r in weak)})",
                                subject=word, hint=f"say which table: {', '.join(t for t, _h, _r in weak)}")
    raise ScopeError(f"no table matches {word!r}", subject=word, hint=table_hint(schema, word))


def tables_named_after(schema: Schema, word: str) -> list[QualifiedName]:
    """Every table a loose word stands for: its exact match, else tables whose name has the word
    as a part (``audit`` -> ``audit_logs``, ``audit_events``) or that live in a schema of that name."""
    try:
        return [match_table(schema, word)[0]]
    except ScopeError:
        pass
    w = norm(word)
    forms = set(inflections(w))
    hits = [t.name for t in schema.tables
            if forms & set(t.name.name.lower().split("_")) or t.name.schema.lower() in forms
            or any(t.name.name.lower().startswith(f + "_") for f in forms)]
    if not hits:
        raise ScopeError(f"no table matches {word!r}", subject=word, hint=table_hint(schema, word))
    return hits


def column_matches(table: Table, word: str, *, exact_only: bool = False) -> list[str]:
    """Columns of ``table`` a word names: exactly (``prices`` -> ``price``, ``user`` -> ``user_id``),
    else by a name part (``price`` -> ``unit_price_cents``) unless ``exact_only``."""
    w = norm(word)
    forms = set(inflections(w))
    forms |= {f + "_id" for f in list(forms)} | {f[:-3] + "_id" for f in list(forms) if f.endswith("_ids")}
    exact = [c.name for c in table.columns if c.name.lower() in forms]
    if exact or exact_only:
        return exact
    parts = {singular(p) for p in w.split("_")}
    return [c.name for c in table.columns if parts <= {singular(p) for p in c.name.lower().split("_")}]


def column_hint(names: Iterable[str], word: str) -> str:
    names = list(names)
    close = difflib.get_close_matches(norm(word), names, n=3, cutoff=0.5)
    if close:
        return "did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "columns: " + ", ".join(names[:20]) if names else "no such columns in the tables concerned"


def fk_between(schema: Schema, child: QualifiedName, parent: QualifiedName, word: str) -> ForeignKey:
    """The FK from ``child`` to ``parent`` a phrase means: the one named after the word, else a required one."""
    fks = [fk for fk in schema.table(child).foreign_keys if fk.ref_table == parent]
    if not fks:
        targets = sorted({str(fk.ref_table) for fk in schema.table(child).foreign_keys})
        raise ScopeError(f"{child} has no foreign key to {parent}", subject=f"{child} -> {parent}",
                         hint=f"{child} refers to: {', '.join(targets)}" if targets else f"{child} has no foreign keys")
    named = [fk for fk in fks if norm(fk.columns[0]).startswith(singular(norm(word)))]
    table = schema.table(child)
    required = [fk for fk in fks if not all(table.column(c).nullable for c in fk.columns)]
    return (named or required or fks)[0]
