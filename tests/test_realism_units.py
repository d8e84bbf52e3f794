"""Issue 10, mechanism by mechanism, on small synthetic schemas (no database: plan + engine).

Each test names the failure pattern of the issue it guards: a neutral fallback instead of
random words or another domain's vocabulary (1, 7, 9), small domains for integer codes and rare
flags (2, 3, 8), time in the order names imply (4, 5) and derived columns that agree (10).
"""

from __future__ import annotations

from seedbed.generate.engine import Engine
from seedbed.generate.intent import infer
from seedbed.generate.intent.domain import table_packs
from seedbed.generate.realistic.vocab import load
from seedbed.model import Column, ColumnDomain, ColumnType, ForeignKey, QualifiedName, Schema, Table, TypeKind, UniqueKey
from seedbed.planning.planner import PlanOptions, plan_seed

ROWS = 400

_TYPES = {
    "text": ("text", TypeKind.TEXT, None), "int": ("integer", TypeKind.INTEGER, 32),
    "bigint": ("bigint", TypeKind.INTEGER, 64), "smallint": ("smallint", TypeKind.INTEGER, 16),
    "bool": ("boolean", TypeKind.BOOL, None), "ts": ("timestamp with time zone", TypeKind.TIMESTAMPTZ, None),
    "date": ("date", TypeKind.DATE, None), "numeric": ("numeric", TypeKind.NUMERIC, None),
}


def ctype(spec: str) -> ColumnType:
    if spec.startswith("varchar("):
        return ColumnType(kind=TypeKind.TEXT, sql_name=spec.replace("varchar", "character varying"),
                          length=int(spec[8:-1]))
    sql_name, kind, bits = _TYPES[spec]
    return ColumnType(kind=kind, sql_name=sql_name, bits=bits)


def qn(name: str) -> QualifiedName:
    return QualifiedName(schema="public", name=name)


def table(name: str, *cols: tuple[str, str] | tuple[str, str, bool], fks: tuple[tuple[str, str], ...] = ()) -> Table:
    """A table with an ``id`` primary key, the given ``(name, type[, nullable])`` columns and
    ``(column, parent table)`` foreign keys (to the parent's ``id``)."""
    columns = [Column(name="id", type=ctype("int"), nullable=False)]
    for c in cols:
        columns.append(Column(name=c[0], type=ctype(c[1]), nullable=c[2] if len(c) > 2 else True))
    for col, _parent in fks:
        if all(c.name != col for c in columns):
            columns.append(Column(name=col, type=ctype("int"), nullable=False))
    return Table(name=qn(name), columns=tuple(columns), primary_key=UniqueKey(name=f"{name}_pkey", columns=("id",)),
                 foreign_keys=tuple(ForeignKey(name=f"{name}_{col}_fkey", columns=(col,), ref_table=qn(parent),
                                               ref_columns=("id",)) for col, parent in fks))


def generate(*tables: Table, rows: int = ROWS, seed: int = 3) -> dict[str, dict[str, list[str | None]]]:
    """Every table's values as text (None for NULL), made by the engine without a database."""
    schema = Schema(tables=tables)
    plan = plan_seed(schema, PlanOptions(rows=rows, seed=seed))
    engine = Engine(schema, plan)
    out: dict[str, dict[str, list[str | None]]] = {}
    for name in plan.tables:
        cols: dict[str, list[str | None]] = {}
        for chunk in engine.chunks(name):
            for c, cells in chunk.columns.items():
                cols.setdefault(c, []).extend(None if v == "\\N" else v for v in cells)
        out[name.name] = cols
    return out


def intent_of(t: Table, column: str, *others: Table) -> str | None:
    schema = Schema(tables=(t, *others))
    got = infer(schema, t, t.column(column), ColumnDomain())
    return got.name if got else None


# ------------------------------------------------------------------ A: neutral fallback (patterns 1, 7, 9)
def test_a_text_column_without_a_meaning_gets_labels_from_its_name_not_random_words() -> None:
    t = table("feeds", ("header_match", "varchar(255)"), ("exectype", "varchar(10)"), ("fare_conditions", "varchar(10)"))
    got = generate(t)["feeds"]
    assert all(v.startswith("Header match ") for v in got["header_match"] if v)
    assert len({v for v in got["exectype"] if v}) <= 6
    assert all(len(v) <= 10 for v in got["exectype"] if v)
    fares = set(load("misc")["types"]["fare"])
    assert {v for v in got["fare_conditions"] if v} <= {f[:10].upper() for f in fares} | fares


def test_a_status_with_a_known_fixed_set_uses_it() -> None:
    t = table("patients", ("marital_status", "varchar(20)"), ("blood_type", "varchar(3)"))
    got = generate(t)["patients"]
    assert {v for v in got["marital_status"] if v} <= set(load("misc")["types"]["marital"])
    assert {v for v in got["blood_type"] if v} <= set(load("misc")["types"]["blood"])


def test_a_table_uses_its_own_domain_vocabulary_not_the_schemas() -> None:
    shop = [table(n, ("name", "text")) for n in ("products", "carts", "orders", "customers", "coupons")]
    film = table("films", ("title", "text"))
    category = table("categories", ("name", "text"))
    link = table("film_categories", fks=(("film_id", "films"), ("category_id", "categories")))
    tasks = table("tasks", ("title", "text"))
    schema = Schema(tables=(*shop, film, category, link, tasks))
    packs = table_packs(schema, "ecommerce")
    assert packs["films"] == "media" and packs["categories"] == "media" and packs["products"] == "ecommerce"
    assert packs["tasks"] == "generic"
    bank = Schema(tables=(*(table(n) for n in ("accounts", "transactions", "merchants", "cards")), tasks))
    assert table_packs(bank, "fintech")["tasks"] == "generic"


def test_a_film_in_a_shop_is_titled_like_a_film() -> None:
    shop = [table(n, ("name", "text")) for n in ("products", "carts", "orders", "customers", "coupons", "inventory")]
    film = table("films", ("title", "text"), ("description", "text"))
    got = generate(*shop, film)["films"]
    shop_titles = [t.split("{")[0] for t in load("packs")["packs"]["ecommerce"]["title"]]
    shop_lines = load("packs")["packs"]["ecommerce"]["description"]
    for v in got["title"]:
        assert v is None or not any(v.startswith(p) for p in shop_titles if p), v
    for v in got["description"]:
        assert v is None or not any(line in v for line in shop_lines), v
