"""Conditions across columns (issue 11): what some rows are, said of what they have or are.

"shipped orders have a tracking number", "cancelled orders have no shipped date", "orders over $100 are
never cancelled", "VIP tickets cost at least 150", "if a reservation is cancelled, it has no check-in".
Each is an implication over one table's columns: WHEN a condition holds (a value, a flag, a bound on a
number), THEN another does (a value or not, set or NULL, a bound). It becomes a rule of the seed
(``seedbed.rules``): ``NOT when OR then`` as a CHECK the database does not declare, folded with the
schema's own, so the rows the condition does not touch keep their mix, and verify asks it of the data.

Both sides are grounded in the table: a value word through the columns that hold it (enum and CHECK
labels, boolean flags and the moments a row reaches: "shipped" of ``shipped_at``), column words
through their stems and meaning (``seedbed.scope.ground``), amounts with their units ("$100" on a
``*_cents`` column is 10000). A side that names nothing of the table is not read here (the other rules
then quote it back), never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from seedbed.errors import ScopeError
from seedbed.model import Column, Table, TypeKind
from seedbed.scope.model import Implies, Item, Mix, Range
from seedbed.scope.parse import Context, Rule, rule
from seedbed.scope.verbs import PRONOUNS, VERB_RE, negated_cmp, reach, reached

__all__ = ["implication_rules", "resolve_implies"]


_CMP = {"over": "gt", "above": "gt", "more than": "gt", "greater than": "gt", "higher than": "gt",
        "exceeding": "gt", "under": "lt", "below": "lt", "less than": "lt", "lower than": "lt", "at least": "ge",
        "no less than": "ge", "a minimum of": "ge", "min": "ge", "at most": "le", "no more than": "le", "up to": "le",
        "not more than": "le", "a maximum of": "le", "max": "le"}
_CMP_RE = "|".join(sorted(_CMP, key=len, reverse=True))
#: A unit after a number; any other word there names the column ("at least 5000 miles": ``miles``).
_UNITS = (r"dollars?|usd|euros?|eur|pounds?|gbp|bucks|cents?|minutes?|hours?|days?|nights?|years?|stars?|points?|people|"
          r"guests?|seats?|kg|km|items?|units?|percent|%")
_UNIT = "(?: (?P<{0}>" + _UNITS.replace("{", "{{").replace("}", "}}") + "|{1}))?"
_ART = r"(?:(?:an?|the|any|some|their|its|his|her) )?"
_NOT = (r"(?:never|not|don't|do not|doesn't|does not|didn't|must not|mustn't|should not|shouldn't|cannot|can't|"
        r"won't|will not|may not)")
_MODAL = r"(?:(?:must|should|will|would|can|do|does|always|all|also|then|need to|have to|has to|are to) )*"
#: How a value is said after a verb of coming ("never through the phone channel", "always via paypal"),
#: maybe with the column that holds it after it (checked: a word of a column's name).
_BY = r"(?:(?:through|via|by|using|with|in|from|on) )?(?:(?:an?|the) )?"
_VCOL = r"(?: (?P<vcol>[a-z_][\w-]*))?"


def implication_rules() -> Iterable[Rule]:
    """First of all rules: a clause read whole as WHEN -> THEN, or left to the others."""
    from seedbed.scope.lexicon import PARTICIPLES
    from seedbed.scope.rules import LABEL, NOUN, W

    col = rf"(?P<col>{W}(?: {W}){{0,2}})"
    ANY = r"[a-z_][\w-]*"  # a column's word, keywords too ("a max occupancy of at least 3")
    pre = rf"(?:(?:all|every|each|any) )?(?P<lab>{LABEL}) (?P<t>{NOUN})"
    post_value = rf"(?:(?:all|every|each|any) )?(?P<t>{NOUN}) (?:that|which|who) (?:are|is|were|was|have been|got|get) (?P<lab>{LABEL})"
    post_cmp = (rf"(?:(?:all|every|each|any) )?(?P<t>{NOUN}) (?:(?:with|whose|where|having) (?:an? |the )?(?P<wcol>{W}(?: {W})?) "
                rf"(?:is |are |of )?)?(?:worth |costing |priced |of )?(?P<wcmp>{_CMP_RE}) (?P<wn>\d+(?:\.\d+)?)" + _UNIT.format("wunit", W))
    # "invoices paid by insurance", "reservations booked through a travel agent", "payments via paypal": a value
    # said with a verb of how the row came and a preposition (maybe with its column: "the phone channel")
    post_prep = (rf"(?:(?:all|every|each|any) )?(?P<t>{NOUN}) (?:(?:that|which) (?:are|were|was|is|get|got) )?"
                 rf"(?:(?:[a-z]+ed|{PARTICIPLES}) )?(?:by|via|through|using|with|from|in|on) {_ART}(?P<lab>{LABEL})(?: (?P<lcol>{W}))?")
    iff = rf"(?:if|when|whenever|once) (?:an? |the )?(?P<t>{NOUN}) (?:is|are|was|were|gets?|has been) (?P<lab>{LABEL})(?: ,)?(?: then)?(?: (?:it|they))?"
    has = r"(?:have|has|get|gets|come with|carry|carries|include|includes|need|needs|require|requires|contain|contains|hold|holds)"
    predicates = (
        # "must have a received_at date", "must have received_at filled in": a value in the column
        ("set", rf"{_MODAL}{has} {_ART}{col}(?: (?:filled in|filled|set|populated|recorded|present|provided))?"),
        ("unset", rf"{_MODAL}(?:{has}|are|is) (?:no|without(?: any)?) {col}"),
        ("unset", rf"{_MODAL}(?:have|has) (?:got )?no {col}"),
        ("unset", rf"{_NOT} (?:(?:ever|always) )?(?:have|has|get|carry|come with|include|need) {_ART}{col}"),
        ("unset", rf"(?:lack|lacks|are missing|is missing) {_ART}{col}"),
        ("not", rf"(?:(?:are|is|get|gets|can be|will be|should be|must be|should|must|will|can|would) )?(?:never|not|no longer) (?:be )?{_BY}(?P<val>{LABEL}){_VCOL}"),
        ("not", rf"{_NOT} (?:be |get |become )?{_BY}(?P<val>{LABEL}){_VCOL}"),
        ("is", rf"(?:are|is|get|gets|must be|should be|will be|have to be|has to be)(?: always| all)? {_BY}(?P<val>{LABEL}){_VCOL}"),
        # a verb of the lexicon (``seedbed.scope.verbs``: "need", "hold", "last", "earn", "weigh", ...), maybe
        # negated ("never last more than 30 minutes": at most 30)
        ("cmp", rf"{_MODAL}(?:(?P<neg>{_NOT}) (?:(?:ever|always) )?)?(?P<verb>{VERB_RE}|are|is|have|has|with) "
                rf"(?:(?:an?|the|their|its) (?P<tcol>{ANY}(?: {ANY})?) (?:of )?)?(?P<tcmp>{_CMP_RE}) "
                rf"(?P<tn>\d+(?:\.\d+)?)" + _UNIT.format("tunit", W)),
        ("between", rf"{_MODAL}(?P<verb>{VERB_RE}|are|is|have|has|with) "
                    rf"(?:(?:an?|the|their|its) (?P<tcol>{ANY}(?: {ANY})?) (?:of )?)?(?:between )?(?P<tlo>\d+(?:\.\d+)?)-"
                    rf"(?P<thi>\d+(?:\.\d+)?)" + _UNIT.format("tunit", W)),
    )
    # "orders with a promotion", "sales carrying a coupon", "orders that have a promotion": rows whose reference
    # (or any column) is set
    with_ref = (rf"(?:(?:all|every|each|any) )?(?P<t>{NOUN}) (?:with|having|carrying|(?:that|which|who) (?:have|has|carry|"
                rf"carries|come with|comes with)) (?:an?|some|any) (?P<ref>{W}(?: {W})?)")
    alone = rf"(?:(?:all|every|each|any|the) )?(?P<lab>{LABEL})"  # "suites cost at least 300": the table that holds it
    for subject in (iff, pre, post_value, post_cmp, post_prep, with_ref, alone):
        for op, pred in predicates:
            yield rule("implication", rf"^{subject} {pred}$", _builder(op))


#: Words before a table that say every row, never a value of the row, whatever label a column holds.
_QUANTIFIERS = frozenset("all every each any".split())


def _builder(op: str):
    def build(m: Any, ctx: Context) -> list[Item] | None:
        g = ctx.ground
        groups = m.groupdict()
        table = groups.get("t")
        if table in PRONOUNS:  # "every received one must have ...": the table said before
            table = ctx.subject
        if g is None or (table is not None and not g.is_table(table)) or (table is None and g.is_table(groups["lab"])):
            return None
        if groups.get("verb") and g.is_table(groups["verb"]):
            return None  # "minibar charges under $30": the verb is a table's noun, the clause a range of it
        if any(groups.get(k) is not None and not g.is_column(groups[k]) for k in ("lcol", "vcol")):
            return None  # "the phone channel": the word after a value is its column, or this is no reading
        if groups.get("ref") is not None:
            if g.is_table(groups["ref"]) and not g.refers(table or "", groups["ref"]):
                return None  # "users with an order": children of the row, no column of it
            when = f"set|{groups['ref']}||"
        elif groups.get("lab") is not None:
            if not g.is_label(groups["lab"]) or g.is_table(groups["lab"]) or groups["lab"].lower() in _QUANTIFIERS:
                return None  # "each PO has 2-8 lines": 'each' says every row, not the unit of measure 'each'
            when = f"is|{groups['lab']}||"
        else:
            when = f"{_CMP[groups['wcmp']]}|{groups.get('wcol') or ''}|{groups['wn']}|{groups.get('wunit') or ''}"
        if op in ("set", "unset"):
            words = groups["col"]
            reference = table is not None and g.is_table(words) and g.refers(table, words)  # "... have a voucher"
            if not reference and (g.is_table(words) or not any(g.is_column(w) or g.explains(w) for w in words.split())):
                return None  # "inactive users have no orders": a count of children, read elsewhere
            then = f"{op}|{words}||"
        elif op in ("is", "not"):
            if not g.is_label(groups["val"]):
                return None
            then = f"{op}|{groups['val']}||"
        elif op == "between":
            then = f"between|{groups.get('tcol') or _said_by(groups)}|{groups['tlo']}-{groups['thi']}|{groups.get('tunit') or ''}"
        else:
            cmp = _CMP[groups["tcmp"]]
            cmp = negated_cmp(cmp) if groups.get("neg") else cmp
            then = f"{cmp}|{groups.get('tcol') or _said_by(groups)}|{groups['tn']}|{groups.get('tunit') or ''}"
        return [Implies(phrase=ctx.phrase, table=table or "", when=when, then=then)]
    return build


def _said_by(groups: dict) -> str:
    """The column a bound's verb reaches when no column is named ("cost": a price, "last": a length), as the
    words ``_side`` tries in turn (``seedbed.scope.verbs``); none for a verb of having."""
    return reach(groups.get("verb"))


# ------------------------------------------------------------------ resolving
_NEGATE = {"=": "<>", "<>": "=", ">": "<=", ">=": "<", "<": ">=", "<=": ">", "IS NULL": "IS NOT NULL",
           "IS NOT NULL": "IS NULL"}
_OPS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def resolve_implies(st: Any, item: Implies) -> tuple[str, bool]:
    """The rule ``NOT when OR then`` on the table, as ``PlanOptions.rules`` carries it."""
    if not item.table:  # a value alone: the one table some column of which holds it
        held = [t for t in st.concerned() if _side(st, st.schema.table(t), item.when, item.phrase) is not None]
        if len(held) != 1:
            where = ", ".join(map(str, held)) or "no table"
            return f"{item.when.split('|')[1]!r} is a value of {where}: name the table", False
        name = held[0]
    else:
        name = st.table(item.table)
    table = st.schema.table(name)
    when = _side(st, table, item.when, item.phrase)
    then = _side(st, table, item.then, item.phrase)
    if when is None or then is None:
        side = item.when if when is None else item.then
        return f"{name}: {side.split('|')[1]!r} names nothing of {name} this can hold", False
    if then is not None and when is not None and {c for c, _, _ in when} & {c for c, _, _ in then}:
        then = _moment_side(table, item.then) or then  # "refunded orders are never shipped": shipped_at, not status
    if {c for c, _, _ in when} & {c for c, _, _ in then}:
        return f"{name}: the condition and what it implies are about the same column", False
    for col, op, _ in then:
        if op == "IS NULL" and not table.column(col).nullable:
            raise ScopeError(f"{name}.{col} is NOT NULL: {item.phrase!r} asks it empty", subject=f"{name}.{col}",
                             hint="the schema requires a value in every row")
    negated = " OR ".join(_sql(*_negated(atom)) for atom in when)
    does = " AND ".join(_sql(*atom) for atom in then)
    st.rules.append((str(name), f"{negated} OR {does}" if len(then) == 1 else f"{negated} OR ({does})"))
    said = " AND ".join(_sql(*atom) for atom in when)
    return f"{name}: every row where {said} has {does} (a rule of the seed, checked like a CHECK)", True


def _side(st: Any, table: Table, side: str, phrase: str) -> list[tuple[str, str, Any]] | None:
    """One side as (column, operator, value) atoms ANDed; None when it names nothing of the table."""
    from seedbed.scope import values
    from seedbed.scope.ground import ground_columns
    from seedbed.scope.names import column_matches

    op, words, number, unit = side.split("|")
    if unit and not re.fullmatch(_UNITS, unit):  # "at least 5000 miles": the word after the number is the column
        words, unit = words or unit, ""
    if op in ("is", "not"):
        try:
            found, _ = values.mix_columns(Mix(phrase=phrase, table=table.name.name, weights=((words, 1.0),)),
                                          st.schema, [table.name], st.fold)
        except ScopeError:
            return None
        if len(found) != 1:
            return None
        (_, col), spec = next(iter(found.items()))
        atom = _atom(table.column(col), spec)
        if atom is None:
            return None
        return [atom if op == "is" else _negated(atom)]
    if op in ("set", "unset"):  # a reference too: "have a shipping address" is shipping_address_id
        cols = column_matches(table, words) or ground_columns(table, words)
        if not cols:
            return None
        col = table.column(cols[0])
        zero = (col.default or "").split("::")[0].strip("'() ") == "0"
        if not col.nullable and col.type.kind in values.NUMERIC and (op == "set" or zero):
            # "orders over $50 get a tip": a tip of NOT NULL tip_cents is one above 0; "inactive members never have
            # guest passes left": none of a counter that starts at 0 (its DEFAULT) is 0 ("no total": an error)
            return [(col.name, ">", 0) if op == "set" else (col.name, "=", 0)]
        return [(cols[0], "IS NOT NULL" if op == "set" else "IS NULL", None)]
    lo, _, hi = number.partition("-")
    found: dict = {}
    # the words said (or the ones the verb reaches: "cost" a price), else the unit's ("1000 points"), else the
    # row's own amount ("orders over $50", "purchase orders above 50000": its total, not its tip or fee)
    said_words = reached(words) if words else ()
    for said in said_words or (*((unit,) if unit else ()), "", *values.OWN_AMOUNT):
        # a bare amount on a column kept in cents is said in the currency ("orders over 500": 50000 cents)
        cents = not words and not unit and said in values.OWN_AMOUNT and any(
            "cents" in c.name.lower().split("_") for c in table.columns if said in c.name.lower().split("_"))
        rng = Range(phrase=phrase, table=table.name.name, column=said, low=float(lo), high=float(hi) if hi else None,
                    unit="dollars" if cents else unit or None)
        try:
            found, _ = values.range_columns(rng, st.schema, [table.name], st.fold)
        except ScopeError:
            continue
        if len(found) == 1:
            break
    if len(found) != 1:
        return None
    (_, col), spec = next(iter(found.items()))
    dom = spec.domain
    if dom is None or dom.low is None:
        return None
    if op == "between":
        return [(col, ">=", dom.low.value), (col, "<=", dom.high.value)] if dom.high is not None else None
    return [(col, _OPS[op], dom.low.value)]


def _moment_side(table: Table, side: str) -> list[tuple[str, str, Any]] | None:
    """A value word's moment instead ("shipped" -> ``shipped_at`` set), when its status column is the
    condition's own ("refunded orders are never shipped")."""
    from seedbed.scope.ground import ground_columns

    op, words, _number, _unit = side.split("|")
    if op not in ("is", "not"):
        return None
    cols = [c for c in ground_columns(table, words, kinds=(TypeKind.TIMESTAMP, TypeKind.TIMESTAMPTZ, TypeKind.DATE))
            if table.column(c).nullable]
    return [(cols[0], "IS NOT NULL" if op == "is" else "IS NULL", None)] if len(cols) == 1 else None


def _negated(atom: tuple[str, str, Any]) -> tuple[str, str, Any]:
    """The atom's negation; a flag's is its other value (``is_active = TRUE``, not ``<> FALSE``)."""
    col, op, value = atom
    if isinstance(value, bool) and op in ("=", "<>"):
        return col, "=", (not value) if op == "=" else value
    return col, _NEGATE[op], value


def _atom(col: Column, spec: Any) -> tuple[str, str, Any] | None:
    """A value mix of one value (``values.mix_columns``) as an equality; a moment's "set" as IS NOT NULL."""
    if spec.weights:
        chosen = [k for k, v in spec.weights.items() if v >= 0.999]
        return (col.name, "=", chosen[0]) if len(chosen) == 1 else None
    if spec.null_rate is not None:
        return (col.name, "IS NOT NULL" if spec.null_rate == 0.0 else "IS NULL", None) \
            if spec.null_rate in (0.0, 1.0) else None
    return None


def _sql(col: str, op: str, value: Any) -> str:
    """``col op value`` in SQL every engine reads; a column name outside [a-z_0-9] double-quoted."""
    name = col if col.replace("_", "").isalnum() and col.islower() and not col[0].isdigit() else \
        '"' + col.replace('"', '""') + '"'
    if op in ("IS NULL", "IS NOT NULL"):
        return f"{name} {op}"
    if isinstance(value, bool):
        lit = "TRUE" if value else "FALSE"
    elif isinstance(value, int | float | Decimal):
        lit = format(value, "f") if isinstance(value, Decimal) else repr(value) if isinstance(value, float) else str(value)
    elif isinstance(value, dt.date | dt.datetime):
        lit = "'" + value.isoformat() + "'"
    else:
        lit = "'" + str(value).replace("'", "''") + "'"
    return f"{name} {op} {lit}"
