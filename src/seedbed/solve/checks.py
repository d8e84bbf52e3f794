"""Fold a table's CHECK constraints, domain CHECKs and partition bounds into column domains.

DESIGN.md principle 3: constraints by construction first, the database as oracle second.
:func:`fold_table` turns what it can into :class:`ColumnDomain` / :class:`ColumnOrder` and
lists the rest as residual (validated by the database on candidate rows) or unsatisfiable
(refused before generating).

How a CHECK is folded (see :mod:`seedbed.solve.predicates` for the atoms):

1. Parse with PostgreSQL's parser (pglast) and expand into a disjunction of conjunctions.
2. Conjunctions whose facts contradict are dropped; none left means *unsatisfiable*.
3. A branch ``x IS NULL`` is redundant next to a branch made only of conditions on ``x``
   that are NULL when ``x`` is (``x IS NULL OR x >= y``): it is dropped and ``x`` is
   remembered as explicitly nullable (``ColumnOrder.nullable_left``).
4. One branch left: its facts are applied. Several branches on one column: their union
   (a merged ``allowed`` set, or ``alternatives``). Several branches over different columns:
   one branch is *chosen* — the feasible one that narrows the current domains least
   (``NOT NULL`` on a nullable column is cheap, a single allowed value or ``always_null`` is
   dear, ``always_null`` on a NOT NULL column impossible); the union of the single-column
   branches of one column is a candidate too, and ``x IS NULL OR (...)`` may be taken as
   "x nullable, else (...)". Choosing is exact (stricter than the CHECK, never looser).
5. A branch holding an unmodelled condition makes the CHECK *residual*. If it is the only
   branch, its modelled conditions still narrow the domains (they are necessary), which
   raises the oracle's hit rate.

Checks that need a choice are folded after all others, so choices see every definite fact,
and together: the choice checks that share columns form a group, solved as one row-level
problem (:mod:`seedbed.solve.cases`). The feasible combinations of their branches are the
*cases* a row may take (``(a IS NULL) <> (b IS NULL)``: a set and b NULL, or the reverse);
each row draws one, so every branch shows up in the data and the conjunction holds on every
row. A group with no feasible combination is unsatisfiable, with the reason.
Checks are applied in order; one whose facts empty a domain already narrowed by earlier
checks is reported unsatisfiable (together with them) and not applied.

Column orders are normalised so that ``left`` is derived from ``right``: the operator is
``>`` or ``>=`` (left is the greater, e.g. ``shipped_at >= placed_at``), except that a column
the CHECK lets be NULL is kept on the left whatever the operator (``nullable_left``); ``<>``
keeps its textual order.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

import pglast
from pglast import ast, visitors
from pglast.stream import RawStream

from seedbed.model.domain import CaseGroup, ColumnDomain, ColumnOrder, TableDomains
from seedbed.model.schema import Check, Column, ColumnType, QualifiedName, Table
from seedbed.solve.algebra import intersect, normalize, union
from seedbed.solve.cases import components, solve_group
from seedbed.solve.generated import generated_bounds
from seedbed.solve.literals import NotFoldable
from seedbed.solve.propagate import narrow_by_orders
from seedbed.solve.predicates import DNF, Fact, Opaque, Order, Scope, parse_expression, to_dnf
from seedbed.solve.shapes import SHAPED

__all__ = ["fold_expression", "fold_table"]

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "<>": "<>", "=": "="}


def fold_table(table: Table) -> TableDomains:
    """Fold every CHECK that constrains ``table``'s rows.

    Args:
        table: the table; its ``checks``, its columns' domain CHECKs and NOT NULLs, and (for a
            partitioned table without a default partition) its leaves' partition constraints.

    Returns:
        The column domains, column orders, residual and unsatisfiable CHECKs.
    """
    domains = _Folder(table).run()
    if any(c.generated for c in table.columns):  # bounds a generated column puts on its inputs
        extra = generated_bounds(table, domains)
        if extra:
            domains = _Folder(replace(table, checks=table.checks + extra)).run()
    return domains


def fold_expression(expression: str, columns: dict[str, ColumnType],
                    nullable: frozenset[str] = frozenset()) -> TableDomains:
    """Fold one CHECK expression over ad-hoc columns (tests, previews, the JSON spec)."""
    cols = tuple(Column(name=n, type=t, nullable=n in nullable) for n, t in columns.items())
    return fold_table(Table(name=_ANON, columns=cols,
                            checks=(Check(name="check", expression=expression),)))


@dataclass(slots=True)
class _Conj:
    facts: dict[str, ColumnDomain]
    orders: tuple[Order, ...]
    opaque: bool
    shaped: bool = False  # opaque only through comparisons values are built to (``seedbed.solve.shapes``)

    @property
    def is_true(self) -> bool:
        return not self.facts and not self.orders and not self.opaque

    def null_only(self) -> str | None:
        if not self.opaque and not self.orders and len(self.facts) == 1:
            (col, d), = self.facts.items()
            return col if d.always_null else None
        return None

    def mentions(self, col: str) -> bool:
        return col in self.facts or any(col in (o.left, o.right) for o in self.orders)

    def strict_in(self, col: str) -> bool:
        """Every condition is NULL when ``col`` is NULL (so the branch never fails then)."""
        if self.opaque or not (self.facts or self.orders):
            return False
        facts_ok = all(c == col and not d.not_null and not d.always_null
                       for c, d in self.facts.items())
        return facts_ok and all(col in (o.left, o.right) for o in self.orders)


@dataclass(slots=True)
class _Outcome:
    status: str  # exact | residual | unsat | choice
    facts: dict[str, ColumnDomain] = field(default_factory=dict)
    orders: tuple[ColumnOrder, ...] = ()


_CHOICE = _Outcome("choice")


class _Folder:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.types = {c.name: c.type for c in table.columns if c.writable}
        self.nullable = frozenset(c.name for c in table.columns if c.nullable)
        self.state: dict[str, ColumnDomain] = {}
        self.orders: list[ColumnOrder] = []
        self.residual: list[Check] = []
        self.unsat: list[Check] = []
        self.groups: list[CaseGroup] = []
        self.why = ""

    def run(self) -> TableDomains:
        pending = []
        for check, dnf in self._sources():
            outcome = self._resolve(dnf, choose=False)
            if outcome is _CHOICE:
                pending.append((check, dnf))
            else:
                self._apply(check, outcome)
        for group in components(pending):
            if not solve_group(self, group):
                for check, dnf in group:  # too many combinations: one branch per check
                    self._apply(check, self._resolve(dnf, choose=True))
        narrow_by_orders(self.state, self.orders, self.types)  # target_fg below target_og's top
        columns = {c.name: self.state[c.name] for c in self.table.columns
                   if c.name in self.state and self.state[c.name] != ColumnDomain()}
        return TableDomains(columns=columns, orders=_aligned(self.orders),
                            residual=tuple(self.residual), unsatisfiable=tuple(self.unsat),
                            groups=tuple(self.groups), why_unsatisfiable=self.why)

    # -- sources ------------------------------------------------------------------------------

    def _sources(self) -> list[tuple[Check, DNF]]:
        out: list[tuple[Check, DNF]] = []
        scope = Scope(types=self.types)
        for col in self.table.columns:
            domain = col.type.domain
            if domain is None or not col.writable:
                continue
            if domain.not_null:
                self.state[col.name] = ColumnDomain(not_null=True)
            col_scope = Scope(types={col.name: col.type}, alias={"value": col.name})
            for check in domain.checks:
                out.append(self._parse(check, col_scope, rename=col.name))
        partition = self._partition_check()
        if partition is not None:
            out.append(self._parse(partition, scope))
        out.extend(self._parse(check, scope) for check in self.table.checks)
        return out

    def _parse(self, check: Check, scope: Scope, rename: str | None = None
               ) -> tuple[Check, DNF]:
        text = _strip_check(check.inlined or check.expression)
        try:
            node = parse_expression(text)
        except ValueError:
            return check, ((Opaque("unparsable"),),)
        if rename is not None:
            check = Check(name=check.name, expression=_rename_value(_strip_check(check.expression), rename),
                          columns=(rename,))
        try:
            return check, to_dnf(node, scope)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            # an expression shape the translator does not expect: the oracle still checks it
            return check, ((Opaque("unexpected expression shape"),),)

    def _partition_check(self) -> Check | None:
        leaves = self.table.partitions
        if not leaves or any(p.is_default or not p.constraint for p in leaves):
            return None
        expression = " OR ".join(f"({p.constraint})" for p in leaves)
        return Check(name=f"{self.table.name.name}_partition_bounds", expression=expression)

    # -- resolution ---------------------------------------------------------------------------

    def _conj(self, atoms: tuple[Any, ...]) -> _Conj | None:
        facts: dict[str, ColumnDomain] = {}
        orders: list[Order] = []
        opaque = False
        unshaped = False  # an opaque atom nothing builds values for
        for atom in atoms:
            if isinstance(atom, Fact):
                ctype = self.types[atom.column]
                try:
                    cur = facts.get(atom.column)
                    merged = normalize(atom.domain, ctype) if cur is None \
                        else intersect(cur, atom.domain, ctype)
                except NotFoldable:
                    opaque = unshaped = True
                    continue
                if merged is None:
                    return None
                facts[atom.column] = merged
            elif isinstance(atom, Order):
                if atom not in orders:
                    orders.append(atom)
            else:
                opaque = True
                unshaped |= getattr(atom, "reason", "") != SHAPED
        nulls = {c for c, d in facts.items() if d.always_null}
        kept = tuple(o for o in orders if o.left not in nulls and o.right not in nulls)
        return _Conj(facts, kept, opaque, opaque and not unshaped)

    def branches(self, dnf: DNF) -> tuple[list[_Conj], set[str]]:
        """The feasible conjunctions of ``dnf`` and the columns hinted nullable (step 3)."""
        conjs = [c for c in (self._conj(atoms) for atoms in dnf) if c is not None]
        hints: set[str] = set()
        kept = []
        for c in conjs:
            y = c.null_only()
            if y is not None and any(o is not c and o.strict_in(y) for o in conjs):
                hints.add(y)
                continue
            kept.append(c)
        return kept, hints

    def _resolve(self, dnf: DNF, *, choose: bool) -> _Outcome:
        conjs, hints = self.branches(dnf)
        if not conjs:
            return _Outcome("unsat")
        if any(c.is_true for c in conjs):
            return _Outcome("exact")
        if len(conjs) == 1:
            c = conjs[0]
            orders = self._orient(c.orders, hints)
            # a copied column (x = y) is checked by the database too: other facts may bind x
            oracle = c.opaque or any(o.op == "=" for o in orders)
            return _Outcome("residual" if oracle else "exact", dict(c.facts), orders)
        columns = {col for c in conjs for col in c.facts}
        if len(columns) == 1 and all(not c.opaque and not c.orders for c in conjs):
            col = columns.pop()
            try:
                merged = union([c.facts[col] for c in conjs], self.types[col])
            except NotFoldable:
                return _Outcome("residual")
            return _Outcome("unsat") if merged is None else _Outcome("exact", {col: merged})
        return self._choose(conjs, hints) if choose else _CHOICE

    def _choose(self, conjs: list[_Conj], hints: set[str]) -> _Outcome:
        candidates: list[tuple[float, int, dict[str, ColumnDomain], tuple[ColumnOrder, ...]]]
        candidates = []
        shaped: set[int] = set()  # candidates whose values are built to an opaque part: the database checks
        for i, c in enumerate(conjs):
            if not c.opaque or c.shaped:
                orders = self._orient(c.orders, hints)
                candidates.append((self._cost(c.facts, orders), i, c.facts, orders))
                if c.shaped:
                    shaped.add(i)
        singles: dict[str, list[_Conj]] = {}
        for c in conjs:
            if not c.opaque and not c.orders and len(c.facts) == 1:
                singles.setdefault(next(iter(c.facts)), []).append(c)
        for col, group in singles.items():
            if len(group) > 1:
                try:
                    merged = union([g.facts[col] for g in group], self.types[col])
                except NotFoldable:
                    continue
                if merged is not None:
                    facts = {col: merged}
                    candidates.append((self._cost(facts, ()) - 0.5, -1, facts, ()))
        for null_conj in conjs:
            y = null_conj.null_only()
            if y is None:
                continue
            for c in conjs:
                if c is null_conj or c.opaque or not c.mentions(y):
                    continue
                facts = dict(c.facts)
                if y in facts:
                    facts[y] = replace(facts[y], not_null=False)
                orders = self._orient(c.orders, hints | {y})
                candidates.append((self._cost(facts, orders) - 0.25, -1, facts, orders))
        candidates.sort(key=lambda t: (t[0], t[1]))
        for cost, i, facts, orders in candidates:
            if cost < math.inf:
                return _Outcome("residual" if i in shaped else "exact", dict(facts), orders)
        return _Outcome("residual") if any(c.opaque for c in conjs) else _Outcome("unsat")

    def cost(self, facts: dict[str, ColumnDomain], orders: tuple[ColumnOrder, ...]) -> float:
        return self._cost(facts, orders)

    def orient(self, orders: tuple[Order, ...], nullable: set[str]) -> tuple[ColumnOrder, ...]:
        return self._orient(orders, nullable)

    def order_conflict(self, o: ColumnOrder, state: dict[str, ColumnDomain]) -> bool:
        return self._order_conflict(o, state)

    def _cost(self, facts: dict[str, ColumnDomain], orders: tuple[ColumnOrder, ...]) -> float:
        total = 0.0
        for col, d in facts.items():
            cur = self.state.get(col, ColumnDomain())
            try:
                merged = intersect(cur, d, self.types[col])
            except NotFoldable:
                return math.inf
            if merged is None or (merged.always_null and col not in self.nullable):
                return math.inf
            if merged == cur:
                continue
            if merged.always_null:
                total += 4
            elif d == ColumnDomain(not_null=True):
                total += 0.5 if col in self.nullable else 0
            elif merged.allowed is not None:
                total += 3 if len(merged.allowed) == 1 else 2
            else:
                total += 1
        for o in orders:
            if self._order_conflict(o, self.state):
                return math.inf
            total += 0 if o in self.orders else 1
        return total

    def _orient(self, orders: tuple[Order, ...], nullable: set[str]) -> tuple[ColumnOrder, ...]:
        out = []
        for o in orders:
            left, op, right, offset = o.left, o.op, o.right, o.offset
            keep = left in nullable and right not in nullable
            flip = right in nullable and left not in nullable
            if flip or (not keep and op in ("<", "<=")):
                left, op, right = right, _FLIP[op], left
                offset = None if offset is None else -offset
            out.append(ColumnOrder(left=left, op=op, right=right,
                                   nullable_left=left in nullable, offset=offset))
        return tuple(out)

    # -- application --------------------------------------------------------------------------

    def _apply(self, check: Check, outcome: _Outcome) -> None:
        if outcome.status == "unsat":
            self.unsat.append(check)
            return
        state = dict(self.state)
        try:
            for col, d in outcome.facts.items():
                merged = intersect(state.get(col, ColumnDomain()), d, self.types[col])
                if merged is None or (merged.always_null and col not in self.nullable):
                    self.unsat.append(check)
                    return
                state[col] = merged
        except NotFoldable:
            self.residual.append(check)
            return
        for o in outcome.orders:
            if self._order_conflict(o, state):
                self.unsat.append(check)
                return
        self.state = state
        self.orders.extend(o for o in outcome.orders if o not in self.orders)
        if outcome.status == "residual":
            self.residual.append(check)

    def _order_conflict(self, o: ColumnOrder, state: dict[str, ColumnDomain]) -> bool:
        """Whether ``o`` cannot hold for non-NULL values (only judged for NOT NULL columns)."""
        if o.op in ("<>", "=") or o.nullable_left or o.offset is not None:
            return False
        if any(c in self.nullable and not state.get(c, ColumnDomain()).not_null
               for c in (o.left, o.right)):
            return False
        big, strict, small = (o.left, o.op in (">", "<"), o.right)
        if o.op in ("<", "<="):
            big, small = small, big
        for e in self.orders:
            if e.op == "=" or e.offset is not None:
                continue
            e_big, e_small = (e.left, e.right) if e.op in (">", ">=") else (e.right, e.left)
            if e.op != "<>" and (e_big, e_small) == (small, big) and (strict or e.op in ("<", ">")):
                return True
        high = state.get(big, ColumnDomain()).high
        low = state.get(small, ColumnDomain()).low
        try:
            if high is not None and low is not None:
                if high.value < low.value:
                    return True
                if high.value == low.value and (strict or not (high.inclusive and low.inclusive)):
                    return True
        except TypeError:
            return False
        return False


_ANON = QualifiedName(schema="public", name="expression")


def _aligned(orders: list[ColumnOrder]) -> tuple[ColumnOrder, ...]:
    """Orders between the same two columns turned the same way (``e > s`` and
    ``e <= s + 30 days``: both derive ``e`` from ``s``), so that neither column waits for the
    other; the way of the first order without an offset wins."""
    way: dict[frozenset[str], str] = {}
    for o in sorted(orders, key=lambda o: o.offset is not None):
        way.setdefault(frozenset((o.left, o.right)), o.left)
    out = []
    for o in orders:
        if way[frozenset((o.left, o.right))] != o.left and not o.nullable_left:
            o = ColumnOrder(left=o.right, op=_FLIP[o.op], right=o.left,
                            offset=None if o.offset is None else -o.offset)
        if o not in out:
            out.append(o)
    return tuple(out)


def _strip_check(text: str) -> str:
    """Accept ``CHECK (...)`` / ``... NOT VALID`` forms as well as the bare expression."""
    t = text.strip()
    if t.upper().endswith(" NOT VALID"):
        t = t[: -len(" NOT VALID")].rstrip()
    if t.upper().startswith("CHECK") and t[5:].lstrip().startswith("("):
        t = t[5:].strip()
    return t


def _rename_value(text: str, column: str) -> str:
    """A domain CHECK with ``VALUE`` replaced by the column, as SQL the oracle can run."""

    class _Rename(visitors.Visitor):
        def visit_ColumnRef(self, ancestors: Any, node: ast.ColumnRef) -> Any:
            if len(node.fields) == 1 and getattr(node.fields[0], "sval", None) == "value":
                return ast.ColumnRef(fields=(ast.String(sval=column),))
            return None

    tree = pglast.parse_sql("SELECT " + text)
    _Rename()(tree)
    return RawStream()(tree[0].stmt.targetList[0].val)
