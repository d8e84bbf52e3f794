"""The scope language without a database: phrases -> structured scope -> plan options.

``tests/data/scope_phrases.txt`` is table-driven (sqlglot style): each ``> phrase`` is followed
by the expected structured items (``= ...``, exactly, in order), optionally lines the resolved
options must contain (``~ ...``), a warning they must produce (``? ...``) or the error resolving
must raise (``! ...``). Resolution runs against ``SCHEMA``, a hand-built model of a shop with
checkout, blog, audit, billing and HR tables.
"""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from seedbed.errors import ScopeError, UsageError
from seedbed.model import (
    Check,
    Column,
    ColumnType,
    ForeignKey,
    QualifiedName,
    Schema,
    Table,
    TypeKind,
    UniqueKey,
)
from seedbed.planning.options import FkSpec, PlanOptions
from seedbed.planning.planner import plan_seed
from seedbed.scope import Scope, combine, explain, explain_lines, load_scope, parse, resolve, save_scope
from seedbed.scope.config import dumps
from seedbed.scope.lexicon import normalise, parse_number, plural, singular

PHRASES = Path(__file__).parent / "data" / "scope_phrases.txt"


# ----------------------------------------------------------------- the schema
def _type(kind: str, **kw) -> ColumnType:
    k = TypeKind(kind)
    bits = {"integer": 64, "float": 64}.get(kind)
    return ColumnType(kind=k, sql_name=kw.pop("sql", kind), bits=kw.pop("bits", bits), **kw)


def col(name: str, kind: str = "text", *, null: bool = True, **kw) -> Column:
    return Column(name=name, type=_type(kind, **kw), nullable=null)


def table(name: str, *columns: Column, fks: tuple[tuple[str, str], ...] = (), checks: tuple[str, ...] = (),
          uniques: tuple[tuple[str, ...], ...] = (), schema: str = "public", pk: tuple[str, ...] = ("id",)) -> Table:
    qn = QualifiedName(schema=schema, name=name)
    foreign = []
    for column, target in fks:
        ts, _, tn = target.rpartition(".")
        foreign.append(ForeignKey(name=f"{name}_{column}_fkey", columns=(column,),
                                  ref_table=QualifiedName(schema=ts or "public", name=tn), ref_columns=("id",)))
    cks = tuple(Check(name=f"{name}_check{i}", expression=e,
                      columns=tuple(c.name for c in columns if c.name in e)) for i, e in enumerate(checks))
    return Table(name=qn, columns=columns, primary_key=UniqueKey(name=f"{name}_pkey", columns=pk, primary=True),
                 uniques=tuple(UniqueKey(name=f"{name}_{'_'.join(u)}_key", columns=u) for u in uniques),
                 foreign_keys=tuple(foreign), checks=cks)


ID = col("id", "integer", null=False)
STATUS = ("pending", "processing", "completed", "shipped", "cancelled")
SCHEMA = Schema(tables=(
    table("users", ID, col("email", null=False), col("full_name"), col("country", "text", length=2, fixed_length=True),
          col("created_at", "timestamptz", null=False), col("updated_at", "timestamptz"), col("birth_date", "date")),
    table("addresses", ID, col("user_id", "integer", null=False), col("city"), col("country", length=2),
          fks=(("user_id", "users"),)),
    table("categories", ID, col("name", null=False), col("parent_id", "integer"), fks=(("parent_id", "categories"),)),
    table("products", ID, col("name", null=False), col("category_id", "integer", null=False),
          col("price", "numeric", null=False, precision=10, scale=2), col("created_at", "timestamptz"),
          fks=(("category_id", "categories"),), checks=("price > 0 AND price < 10000",)),
    table("orders", ID, col("user_id", "integer", null=False), col("status", "enum", enum_labels=STATUS, null=False),
          col("total_cents", "integer"), col("placed_at", "timestamptz", null=False), col("shipped_at", "timestamptz"),
          fks=(("user_id", "users"),)),
    table("order_items", ID, col("order_id", "integer", null=False), col("product_id", "integer", null=False),
          col("quantity", "integer", null=False), col("unit_price_cents", "integer", null=False),
          fks=(("order_id", "orders"), ("product_id", "products")), checks=("quantity BETWEEN 1 AND 10",)),
    table("payments", ID, col("order_id", "integer", null=False), col("status", null=False), col("method", null=False),
          col("paid_at", "timestamptz"), fks=(("order_id", "orders"),), uniques=(("order_id",),),
          checks=("status IN ('captured', 'authorized', 'refunded', 'failed')",
                  "method IN ('card', 'paypal', 'bank_transfer')")),
    table("reviews", ID, col("product_id", "integer", null=False), col("user_id", "integer", null=False),
          col("rating", "integer", bits=16), col("created_at", "timestamptz"),
          fks=(("product_id", "products"), ("user_id", "users")), checks=("rating BETWEEN 1 AND 5",)),
    table("carts", ID, col("user_id", "integer", null=False), col("created_at", "timestamptz"), fks=(("user_id", "users"),)),
    table("cart_items", ID, col("cart_id", "integer", null=False), col("product_id", "integer", null=False),
          col("quantity", "integer"), fks=(("cart_id", "carts"), ("product_id", "products"))),
    table("posts", ID, col("user_id", "integer", null=False), col("title"), col("created_at", "timestamptz"),
          fks=(("user_id", "users"),)),
    table("comments", ID, col("post_id", "integer", null=False), col("body"), fks=(("post_id", "posts"),)),
    table("audit_logs", ID, col("user_id", "integer"), col("action"), col("created_at", "timestamptz")),
    table("audit_events", ID, col("kind"), col("occurred_at", "timestamptz")),
    table("system_events", ID, col("user_id", "integer"), col("kind"), col("occurred_at", "timestamptz")),
    table("billing_invoices", ID, col("amount_cents", "integer"), col("issued_on", "date")),
    table("billing_accounts", ID, col("name")),
    table("departments", ID, col("name"), schema="hr"),
    table("employees", ID, col("department_id", "integer", null=False), col("hired_on", "date"),
          col("salary", "numeric"), fks=(("department_id", "hr.departments"),), schema="hr"),
))


# ----------------------------------------------------------- the phrase file
def schema_of(dsn: str, ddl: str) -> Schema:
    """A test's own synthetic schema: DDL run in the database at DSN (a module's), then read back."""
    import psycopg

    from seedbed import service

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(ddl)
        return service.load_schema(conn)


def schemas_of(server_dsn: str, **ddls: str):
    """A module's synthetic schemas by name, each in a database of its own, dropped when the generator is closed:
    ``yield from schemas_of(server_dsn, shop=SHOP, lab=LAB)`` in a module fixture."""
    from tests.conftest import _new_database

    gens, out = [], {}
    for name, ddl in ddls.items():
        gen = _new_database(server_dsn)
        out[name] = schema_of(next(gen), ddl)
        gens.append(gen)
    yield out
    for gen in gens:
        next(gen, None)


def brief(text: str, schema: Schema) -> list[str]:
    """What a phrase resolves to on SCHEMA, one options_brief line per thing; it must warn of nothing."""
    res = resolve(parse(text, schema), schema)
    assert not res.warnings, res.warnings
    return options_brief(res.options)


def options_brief(opts: PlanOptions) -> list[str]:
    """A canonical line per thing the resolved options ask for."""
    out = []
    if opts.rows is not None:
        out.append(f"rows * {opts.rows}")
    out += [f"rows {t} {n}" for t, n in opts.rows_per_table.items()]
    if opts.tables:
        out.append("tables " + ",".join(opts.tables))
    if opts.exclude:
        out.append("exclude " + ",".join(opts.exclude))
    for key, fk in opts.fks.items():
        if fk.fanout:
            out.append(f"fk {key} fanout {fk.fanout[0]}-{fk.fanout[1]}")
        if fk.parents:
            out.append(f"fk {key} parents {fk.parents}")
        if fk.parent_keys is not None:
            keys = fk.parent_keys
            out.append(f"fk {key} keys " + (",".join(keys) if len(keys) <= 5 else f"{keys[0]}..{keys[-1]} ({len(keys)})"))
    out += [f"rule {t}: {e}" for t, e in opts.rules]
    for key, spec in opts.columns.items():
        if spec.weights:
            out.append(f"col {key} mix " + " ".join(f"{k}={round(v, 4):g}" for k, v in spec.weights.items()))
        if spec.domain is not None:
            lo = spec.domain.low.value if spec.domain.low else "-"
            hi = spec.domain.high.value if spec.domain.high else "-"
            lo = lo.isoformat() if hasattr(lo, "isoformat") else lo
            hi = hi.isoformat() if hasattr(hi, "isoformat") else hi
            out.append(f"col {key} range {lo}..{hi}")
        if spec.provider == "ref":
            p = dict(spec.params)
            keys = p.get("keys")
            extra = f" keys {','.join(keys)}" if keys else ""
            extra += f" orphans {p['orphan_rate']:g}" if "orphan_rate" in p else ""
            out.append(f"col {key} ref {p['table']}.{p['column']}{extra}")
        if spec.null_rate is not None:
            out.append(f"col {key} nulls {round(spec.null_rate, 4):g}")
        if spec.provider and spec.provider != "ref":
            out.append(f"col {key} provider {spec.provider}")
    if opts.locale:
        out.append(f"locale {opts.locale}")
    if opts.theme:
        out.append("theme " + ",".join(opts.theme))
    out += [f"after {child}.{col} > {parent}" for child, parent, col in opts.after]
    out += [f"within {t}.{c} <= {o} + {h:g}h" for t, c, o, h in opts.within]
    out += [f"span {t}.{c} - {o} {lo:g}h..{'-' if hi is None else f'{hi:g}h'}" for t, c, o, lo, hi in opts.spans]
    if opts.domain_pack:
        out.append(f"domain {opts.domain_pack}")
    return out


def read_cases(path: Path = PHRASES) -> list[dict]:
    """The cases of a phrase file; ``@ schema NAME`` says which schema the cases below it are about
    (none: ``SCHEMA`` here; others: tests/test_scope_phrases.py)."""
    cases: list[dict] = []
    schema = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag == "@":
            kind, _, name = rest.partition(" ")
            assert kind == "schema", f"{path.name}:{n}: '@ schema NAME' expected"
            schema = name.strip() or None
        elif tag == ">":  # a literal "\\n" in a phrase is a line break (a pasted bullet list)
            cases.append({"phrase": rest.replace("\\n", "\n"), "line": n, "schema": schema, "=": [], "~": [], "?": [], "!": [], "x": []})
        else:
            assert tag in ("=", "~", "?", "!", "x"), f"{path.name}:{n}: unknown tag {tag!r}"
            cases[-1][tag].append(rest)
    return cases


ALL_CASES = read_cases()
CASES = [c for c in ALL_CASES if c["schema"] is None]


#: Every example of issue 4, word for word: each must be in the phrase file.
ISSUE_EXAMPLES = (
    "1,000 users with 1-5 orders each, 200 products across 10 categories",
    "seed only the checkout flow: carts, cart_items, products, users", "HR schema only",
    "everything except the audit and billing tables", "skip audit_logs and system_events", "1,000 users", "5k orders",
    "seed the users and posts tables with 1000 rows each", "200 products across 15 categories",
    "at least 500 orders, keep everything else the same", "with 1-5 items per order", "3 reviews per product on average",
    "enough orders across 50 customers", "10 users with addresses",
    "status distribution of 60% completed 25% shipped 10% processing 5% cancelled",
    "90% captured 5% authorized 3% refunded 2% failed", "orders should be mostly completed or shipped",
    "prices ranging from 5 to 500 dollars", "quantities between 1 and 3", "spread across the last 12 months", "in 2024",
    "created in the last 30 days", "timestamps after the corresponding order dates",
    "an e-commerce store with electronics products", "make customers US-based enterprise companies", "German customers",
    "Japanese users", "orders for user IDs 1-1000", "200 orders for users with IDs: 3,5,8",
    "100 orders, 10% with user IDs that don't exist",
)


def test_phrase_file_size() -> None:
    assert len(CASES) >= 80 and len(ALL_CASES) >= 400
    keys = [(c["schema"], c["phrase"]) for c in ALL_CASES]
    assert len(set(keys)) == len(keys), "a phrase is listed twice"
    assert not set(ISSUE_EXAMPLES) - {c["phrase"] for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['line']}:{c['phrase'][:50]}" for c in CASES])
def test_phrase(case: dict) -> None:
    check_case(case, SCHEMA)


def check_case(case: dict, schema: Schema) -> None:
    """A phrase file case against ``schema``: its items, options, warnings or error, exactly."""
    scope = parse(case["phrase"], schema)
    assert scope.brief() == case["="], f"parsed as {scope.brief()}"
    if case["!"]:
        with pytest.raises(ScopeError) as exc:
            resolve(scope, schema)
        text = f"{exc.value.message} | {exc.value.hint}"
        for want in case["!"]:
            assert want in text, text
        return
    res = resolve(scope, schema)
    got = options_brief(res.options)
    for want in case["~"]:
        assert want in got, f"{want!r} not in {got}"
    for want in case["?"]:
        assert any(want in w for w in res.warnings), f"{want!r} not in warnings {res.warnings}"
    if not case["?"]:
        assert not res.warnings, res.warnings
    # Every phrase says how it was understood.
    assert len(res.understood) == len(scope.items)


# ----------------------------------------------------------------- lexicon
@pytest.mark.parametrize(("text", "value"), [
    ("1,000", 1000), ("5k", 5000), ("2.5k", 2500), ("1_000", 1000), ("ten", 10), ("two hundred", 200),
    ("twenty-five", 25), ("a dozen", 12), ("1m", 1_000_000), ("seven", 7), ("12", 12),
])
def test_numbers(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_normalise() -> None:
    assert normalise("1,000 Users with 1 to 5 orders") == "1000 users with 1-5 orders"
    assert normalise("60 percent completed, $5 to $500") == "60% completed, 5-500 dollars"
    assert normalise("IDs: 3, 5 and 8") == "ids 3,5,8"
    assert normalise("ids 100,200,300") == "ids 100,200,300"  # a list, not 100200300
    assert normalise("a hundred users and one thousand two hundred posts") == "100 users and 1200 posts"


@pytest.mark.parametrize(("one", "many"), [
    ("user", "users"), ("category", "categories"), ("address", "addresses"), ("status", "statuses"),
    ("person", "people"), ("order_item", "order_items"), ("box", "boxes"), ("key", "keys"),
])
def test_inflection(one: str, many: str) -> None:
    if "_" not in one:
        assert plural(one) == many
    assert singular(many.rpartition("_")[2]) == one.rpartition("_")[2]


# ------------------------------------------------------------ resolving
def test_combined_issue_example_resolves_and_plans() -> None:
    scope = parse("1,000 users with 1-5 orders each, 200 products across 10 categories")
    res = resolve(scope, SCHEMA)
    assert res.options.rows_per_table == {"users": 1000, "products": 200, "categories": 10}
    assert res.options.fks == {"orders.user_id": FkSpec(fanout=(1, 5)), "products.category_id": FkSpec(parents=10)}
    plan = plan_seed(SCHEMA, res.options)
    orders = plan.tables[QualifiedName(schema="public", name="orders")]
    assert 1000 <= orders.rows <= 5000 and "1-5 per users" in orders.rows_reason


def test_selection_names_pulled_in_parents() -> None:
    res = resolve(parse("seed only the checkout flow: carts, cart_items, products, users"), SCHEMA)
    assert res.options.tables == ("carts", "cart_items", "products", "users")
    assert "required parents pulled in: categories (products.category_id -> categories)" in res.understood[0].meaning
    plan = plan_seed(SCHEMA, res.options)
    assert {str(t) for t in plan.tables} == {"carts", "cart_items", "products", "users", "categories"}
    assert plan.tables[QualifiedName(schema="public", name="categories")].pulled_in


def test_at_least_counts_only_what_is_missing() -> None:
    orders = QualifiedName(schema="public", name="orders")
    res = resolve(parse("at least 500 orders, keep everything else the same"), SCHEMA, existing={orders: 200})
    assert res.options.rows_per_table == {"orders": 300}
    assert res.options.tables == ("orders",)
    assert "200 exist, 300 more" in res.understood[0].meaning


def test_values_have_the_column_types() -> None:
    res = resolve(parse("prices ranging from 5 to 500 dollars; employees hired in 2024; created in the last 30 days"),
                  SCHEMA)
    price = res.options.columns["products.price"].domain
    assert price.low.value == Decimal(5) and price.high.value == Decimal(500)
    created = res.options.columns["users.created_at"].domain
    assert created.low.value == datetime(2025, 12, 2, tzinfo=UTC)
    assert created.high.value == datetime(2026, 1, 1, tzinfo=UTC) and created.high.inclusive is False
    hired = res.options.columns["hr.employees.hired_on"].domain
    assert hired.low.value == date(2024, 1, 1) and hired.high.value == date(2025, 1, 1)
    assert isinstance(res.options.columns["order_items.quantity"].domain.low.value, int) if \
        "order_items.quantity" in res.options.columns else True


def test_time_windows_leave_non_event_dates_alone() -> None:
    res = resolve(parse("spread across the last 12 months"), SCHEMA)
    cols = res.options.columns
    assert "users.birth_date" not in cols and "users.created_at" in cols and "hr.employees.hired_on" in cols
    assert "left alone: users.birth_date" in res.understood[0].meaning
    assert cols["billing_invoices.issued_on"].domain.low.value == date(2025, 1, 1)
    # Only the selected tables and their required parents are concerned.
    res = resolve(parse("only reviews; in 2024"), SCHEMA)
    assert {k.rpartition(".")[0] for k in res.options.columns} == {"reviews", "products", "users"}


def test_contradicting_wishes_are_an_error() -> None:
    with pytest.raises(ScopeError, match="leave no value"):
        resolve(parse("created in the last 30 days; created in 2024"), SCHEMA)
    with pytest.raises(ScopeError, match="leaves no value"):
        resolve(parse("quantities between 20 and 30"), SCHEMA)


def test_flags_win_and_say_so() -> None:
    res = resolve(parse("1000 users, only users and posts, locale de_DE"), SCHEMA)
    base = PlanOptions(rows_per_table={"users": 5}, tables=("users",), locale="ja_JP", seed=3)
    merged, notes = combine(SCHEMA, base, res.options)
    assert merged.rows_per_table == {"users": 5} and merged.tables == ("users",) and merged.seed == 3
    assert merged.locale == "ja_JP"
    assert any("--rows users=5 wins" in n for n in notes)
    assert any("--tables users wins" in n for n in notes)
    assert any("locale ja_JP wins" in n for n in notes)
    merged, notes = combine(SCHEMA, PlanOptions(rows=50, exclude=("posts",)), res.options)
    assert merged.rows == 50 and merged.rows_per_table == {"users": 1000} and merged.exclude == ("posts",)
    assert any("--exclude posts wins" in n for n in notes)


def test_unplaced_fragment_is_a_warning_quoting_it() -> None:
    scope = parse("1000 users, with a sprinkle of fairy dust")
    assert scope.unplaced == ("sprinkle fairy dust (in 'with a sprinkle of fairy dust')",) or \
        any("fairy dust" in u for u in scope.unplaced)
    res = resolve(scope, SCHEMA)
    assert any("fairy dust" in w for w in res.warnings)


def test_did_you_mean() -> None:
    with pytest.raises(ScopeError) as exc:
        resolve(parse("1000 usres"), SCHEMA)
    assert "did you mean 'users'" in exc.value.hint
    with pytest.raises(ScopeError) as exc:
        resolve(parse("orders should be mostly completed or deliverd"), SCHEMA)
    assert "deliverd" in exc.value.message and "completed" in exc.value.hint


def test_explanation_text_and_json() -> None:
    scope = parse("1,000 users with 1-5 orders each, timestamps before the corresponding order dates, blorp")
    res = resolve(scope, SCHEMA)
    expl = explain(scope, res, ["--rows users=5 wins over the scope's 1000 rows for users"])
    text = "\n".join(explain_lines(expl))
    assert '"1,000 users with 1-5 orders each"' in text
    assert "orders: 1-5 per users row" in text
    assert "(not applied yet)" in text and "warning: could not place 'blorp'" in text
    doc = json.loads(json.dumps(expl.to_dict()))
    assert doc["structured"]["items"][0] == {"kind": "count", "phrase": "1,000 users with 1-5 orders each",
                                             "table": "users", "rows": 1000}
    assert doc["unplaced"] == ["blorp"] and doc["notes"]
    assert [p["phrase"] for p in doc["phrases"]][:2] == ["1,000 users with 1-5 orders each",
                                                         "timestamps before the corresponding order dates"]


def test_scope_round_trips_through_json_and_toml(tmp_path: Path) -> None:
    text = ("1,000 users with 1-5 orders each; status distribution of 60% completed 40% shipped; "
            "200 orders for users with IDs: 3,5,8; German customers; in 2024; \"quoted\" \\ blorp")
    scope = parse(text)
    assert Scope.from_dict(json.loads(json.dumps(scope.to_dict()))) == scope
    path = tmp_path / "seedbed.toml"
    path.write_text('[project]\nname = "shop"\n')
    save_scope(path, scope)
    assert load_scope(path) == scope
    data = tomllib.loads(path.read_text())
    assert data["project"] == {"name": "shop"}  # other tables are kept
    assert data["scope"]["items"][2]["weights"] == {"completed": 0.6, "shipped": 0.4}
    # An edited item changes the seed without re-parsing anything.
    edited = path.read_text().replace("rows = 1000", "rows = 10")
    path.write_text(edited)
    assert load_scope(path).items[0].rows == 10


def test_theme_and_business_items_round_trip_and_plan(tmp_path: Path) -> None:
    scope = parse("an e-commerce store with electronics products; make customers US-based enterprise companies")
    assert Scope.from_dict(json.loads(json.dumps(scope.to_dict()))) == scope
    items = scope.to_dict()["items"]
    assert items[1] == {"kind": "theme", "phrase": "an e-commerce store with electronics products",
                        "categories": ["electronics"]}
    assert items[3] == {"kind": "business", "phrase": "make customers US-based enterprise companies",
                        "table": "customers", "size": "enterprise"}
    path = tmp_path / "seedbed.toml"
    save_scope(path, scope)
    assert load_scope(path) == scope
    # Editing the saved item changes the theme without re-parsing any text.
    path.write_text(path.read_text().replace('categories = ["electronics"]', 'categories = ["clothing", "books"]'))
    res = resolve(load_scope(path), SCHEMA)
    assert res.options.theme == ("fashion", "books") and not res.warnings
    assert res.options.columns["users.full_name"].provider == "company.name"
    plan = plan_seed(SCHEMA, res.options)
    assert plan.theme == ("fashion", "books") and plan.to_dict()["theme"] == ["fashion", "books"]
    merged, notes = combine(SCHEMA, PlanOptions(theme=("grocery",)), res.options)
    assert merged.theme == ("grocery",) and any("product theme grocery wins" in n for n in notes)


def test_a_theme_decodes_products_from_its_categories_only() -> None:
    import numpy as np

    from seedbed.generate.realistic.catalog import categories, decode, subcategories, theme_indexes

    index = np.arange(5000)
    keys = [c.key for c in categories()]
    everything = decode(index, 99)
    assert (decode(index, 99, theme_indexes(())).name == everything.name).all()  # no theme: unchanged
    for theme in (("electronics",), ("books",), ("grocery", "beauty")):
        got = decode(index, 99, theme_indexes(theme))
        assert {keys[c] for c in got.category.tolist()} == set(theme)
        assert len(set(got.name.tolist())) == len(index)
        assert not got.edition[:2784].any()  # editions only once the smallest category is used up
    assert "Smartwatch" in subcategories(("electronics",)) and "Oxford Shirt" not in subcategories(("electronics",))
    assert subcategories(("books",))[0] == "Books" and "Thriller" in subcategories(("books",))
    with pytest.raises(KeyError, match="toys"):
        theme_indexes(("toys",))


def test_toml_writer_quotes_what_it_must() -> None:
    doc = {"a": {"weird key": 'x"y\\z\n', "n": 1.5, "ok": True, "xs": [1, 2], "t": [{"w": {"a b": 0.5}}]}}
    assert tomllib.loads(dumps(doc)) == doc


def test_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ScopeError):
        load_scope(tmp_path / "missing.toml")
    (tmp_path / "bad.toml").write_text("[scope]\n[[scope.items]]\nkind = \"nope\"\n")
    with pytest.raises(UsageError, match="unknown scope item kind"):  # the whole file is validated: SB160
        load_scope(tmp_path / "bad.toml")


def test_deterministic() -> None:
    text = "1,000 users with 1-5 orders each, 200 products across 10 categories, spread across the last 12 months"
    assert parse(text) == parse(text)
    assert resolve(parse(text), SCHEMA) == resolve(parse(text), SCHEMA)
