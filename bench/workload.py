"""The benchmark workload of issue 6: four tables, their constraints and their sizes.

One description of the schema yields the three forms the harness needs: the constrained DDL (every
constraint inline, what seedbed and the Faker scripts load into), the bare DDL (columns and NOT NULL
only, for the bare-then-constraints limit) and the ``ALTER TABLE ... ADD CONSTRAINT`` statements that
turn the bare tables into the constrained ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import sql

#: Row counts of the full workload (issue 6).
FULL_SIZES: dict[str, int] = {"users": 100_000, "products": 10_000, "orders": 300_000, "order_items": 1_000_000}

#: ``--quick`` divides every count by this (a CI smoke size).
QUICK_DIVISOR = 100

#: Values allowed by the CHECK on ``orders.status``.
ORDER_STATUSES: tuple[str, ...] = ("pending", "paid", "shipped", "delivered", "cancelled", "refunded")


@dataclass(frozen=True, slots=True, kw_only=True)
class Constraint:
    """One table constraint, added inline or by ``ALTER TABLE ... ADD CONSTRAINT``.

    Attributes:
        name: Constraint name (the same in both forms, so the catalogs compare equal).
        kind: ``"p"`` primary key, ``"u"`` unique, ``"c"`` check, ``"f"`` foreign key (pg_constraint.contype).
        definition: The text after ``CONSTRAINT name``, e.g. ``"CHECK (price > 0)"``.
    """

    name: str
    kind: str
    definition: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    """One workload table.

    Attributes:
        name: Table name (schema ``public``).
        columns: ``(name, type and column options)`` pairs; options are limited to NOT NULL and
            defaults, which the bare form keeps.
        constraints: Table constraints, in the order they are added.
    """

    name: str
    columns: tuple[tuple[str, str], ...]
    constraints: tuple[Constraint, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        """Column names in table order."""
        return tuple(c for c, _ in self.columns)


_STATUS_LIST = ", ".join(f"'{s}'" for s in ORDER_STATUSES)

#: The four tables in foreign-key order (parents first).
TABLES: tuple[Table, ...] = (
    Table(
        name="users",
        columns=(
            ("id", "bigserial"),
            ("email", "text NOT NULL"),
            ("full_name", "text NOT NULL"),
            ("country", "char(2) NOT NULL"),
            ("created_at", "timestamptz NOT NULL"),
        ),
        constraints=(
            Constraint(name="users_pkey", kind="p", definition="PRIMARY KEY (id)"),
            Constraint(name="users_email_key", kind="u", definition="UNIQUE (email)"),
        ),
    ),
    Table(
        name="products",
        columns=(
            ("id", "bigserial"),
            ("sku", "varchar(16) NOT NULL"),
            ("name", "text NOT NULL"),
            ("price", "numeric(10, 2) NOT NULL"),
            ("stock", "integer NOT NULL DEFAULT 0"),
        ),
        constraints=(
            Constraint(name="products_pkey", kind="p", definition="PRIMARY KEY (id)"),
            Constraint(name="products_sku_key", kind="u", definition="UNIQUE (sku)"),
            Constraint(name="products_price_check", kind="c", definition="CHECK (price > 0)"),
            Constraint(name="products_stock_check", kind="c", definition="CHECK (stock >= 0)"),
        ),
    ),
    Table(
        name="orders",
        columns=(
            ("id", "bigserial"),
            ("user_id", "bigint NOT NULL"),
            ("status", "text NOT NULL"),
            ("total_cents", "integer NOT NULL"),
            ("placed_at", "timestamptz NOT NULL"),
        ),
        constraints=(
            Constraint(name="orders_pkey", kind="p", definition="PRIMARY KEY (id)"),
            Constraint(name="orders_status_check", kind="c", definition=f"CHECK (status IN ({_STATUS_LIST}))"),
            Constraint(name="orders_total_cents_check", kind="c", definition="CHECK (total_cents >= 0)"),
            Constraint(name="orders_user_id_fkey", kind="f", definition="FOREIGN KEY (user_id) REFERENCES users (id)"),
        ),
    ),
    Table(
        name="order_items",
        columns=(
            ("order_id", "bigint NOT NULL"),
            ("product_id", "bigint NOT NULL"),
            ("quantity", "integer NOT NULL"),
            ("unit_price", "numeric(10, 2) NOT NULL"),
        ),
        constraints=(
            Constraint(name="order_items_pkey", kind="p", definition="PRIMARY KEY (order_id, product_id)"),
            Constraint(name="order_items_quantity_check", kind="c", definition="CHECK (quantity BETWEEN 1 AND 10)"),
            Constraint(name="order_items_unit_price_check", kind="c", definition="CHECK (unit_price > 0)"),
            Constraint(
                name="order_items_order_id_fkey", kind="f", definition="FOREIGN KEY (order_id) REFERENCES orders (id)"
            ),
            Constraint(
                name="order_items_product_id_fkey",
                kind="f",
                definition="FOREIGN KEY (product_id) REFERENCES products (id)",
            ),
        ),
    ),
)

TABLE_NAMES: tuple[str, ...] = tuple(t.name for t in TABLES)


def sizes(*, quick: bool = False, scale: float = 1.0) -> dict[str, int]:
    """Row counts per table.

    Args:
        quick: Use the CI smoke size (the full counts divided by ``QUICK_DIVISOR``).
        scale: A further factor (e.g. 0.1 for the Faker baselines); every count stays at least 1.

    Returns:
        ``{table: rows}`` in foreign-key order.
    """
    div = QUICK_DIVISOR if quick else 1
    return {name: max(1, int(round(n / div * scale))) for name, n in FULL_SIZES.items()}


def rows_option(counts: dict[str, int]) -> str:
    """The ``--rows`` value for seedbed, e.g. ``users=100000,products=10000,...``."""
    return ",".join(f"{t}={n}" for t, n in counts.items())


def _create(table: Table, *, with_constraints: bool) -> sql.Composed:
    parts = [sql.SQL("{} {}").format(sql.Identifier(c), sql.SQL(spec)) for c, spec in table.columns]
    if with_constraints:
        parts += [
            sql.SQL("CONSTRAINT {} {}").format(sql.Identifier(k.name), sql.SQL(k.definition))
            for k in table.constraints
        ]
    return sql.SQL("CREATE TABLE {} (\n    {}\n)").format(sql.Identifier(table.name), sql.SQL(",\n    ").join(parts))


def constrained_ddl() -> list[sql.Composed]:
    """``CREATE TABLE`` statements with every constraint inline, in foreign-key order."""
    return [_create(t, with_constraints=True) for t in TABLES]


def bare_ddl() -> list[sql.Composed]:
    """``CREATE TABLE`` statements without keys, indexes, CHECKs or FKs (NOT NULL and defaults kept)."""
    return [_create(t, with_constraints=False) for t in TABLES]


def add_constraints() -> list[sql.Composed]:
    """``ALTER TABLE`` statements that add every constraint to the bare tables.

    Keys, UNIQUEs and CHECKs come first, one statement per table (a single pass over the table), then
    the foreign keys, one statement per table, once every referenced key exists; the same order as
    pg_restore.

    Returns:
        The statements, to run in order.
    """
    out: list[sql.Composed] = []
    for kinds in (("p", "u", "c"), ("f",)):
        for t in TABLES:
            adds = [
                sql.SQL("ADD CONSTRAINT {} {}").format(sql.Identifier(k.name), sql.SQL(k.definition))
                for k in t.constraints
                if k.kind in kinds
            ]
            if adds:
                out.append(sql.SQL("ALTER TABLE {} {}").format(sql.Identifier(t.name), sql.SQL(", ").join(adds)))
    return out


def constraint_count() -> int:
    """How many constraints the workload has (for the report)."""
    return sum(len(t.constraints) for t in TABLES)


def describe() -> str:
    """A one-paragraph description of the workload for RESULTS.md."""
    kinds = {"p": 0, "u": 0, "c": 0, "f": 0}
    for t in TABLES:
        for k in t.constraints:
            kinds[k.kind] += 1
    return (
        f"{len(TABLES)} tables ({', '.join(TABLE_NAMES)}) with {kinds['p']} primary keys "
        f"(order_items: composite (order_id, product_id)), {kinds['u']} UNIQUEs (users.email, products.sku), "
        f"{kinds['c']} CHECKs (price > 0, stock >= 0, status IN (...), total_cents >= 0, quantity BETWEEN 1 AND 10) "
        f"and {kinds['f']} foreign keys (orders.user_id, order_items.order_id, order_items.product_id)."
    )
