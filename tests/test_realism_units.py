"""Issue 10, mechanism by mechanism, on small synthetic schemas (no database: plan + engine).

Each test names the failure pattern of the issue it guards: a neutral fallback instead of
random words or another domain's vocabulary (1, 7, 9), small domains for integer codes and rare
flags (2, 3, 8), time in the order names imply (4, 5) and derived columns that agree (10).
"""

from __future__ import annotations

from typing import Any

from seedbed.generate.engine import Engine
from seedbed.generate.intent import infer
from seedbed.generate.intent.domain import table_packs
from seedbed.generate.realistic.vocab import load
from seedbed.model import (
    Check,
    Column,
    ColumnDomain,
    ColumnType,
    ForeignKey,
    QualifiedName,
    Schema,
    Table,
    TypeKind,
    UniqueKey,
)
from seedbed.planning.planner import PlanOptions, plan_seed

ROWS = 400

_TYPES = {
    "text": ("text", TypeKind.TEXT, None), "int": ("integer", TypeKind.INTEGER, 32),
    "bigint": ("bigint", TypeKind.INTEGER, 64), "smallint": ("smallint", TypeKind.INTEGER, 16),
    "bool": ("boolean", TypeKind.BOOL, None), "ts": ("timestamp with time zone", TypeKind.TIMESTAMPTZ, None),
    "date": ("date", TypeKind.DATE, None), "numeric": ("numeric", TypeKind.NUMERIC, None),
    "time": ("time without time zone", TypeKind.TIME, None),
}


def ctype(spec: str) -> ColumnType:
    if spec.startswith("varchar("):
        return ColumnType(kind=TypeKind.TEXT, sql_name=spec.replace("varchar", "character varying"),
                          length=int(spec[8:-1]))
    if spec.startswith("numeric("):  # "numeric(10,2)": precision and scale
        precision, scale = (int(x) for x in spec[8:-1].split(","))
        return ColumnType(kind=TypeKind.NUMERIC, sql_name="numeric", precision=precision, scale=scale)
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


def generate(*tables: Table, rows: int = ROWS, seed: int = 3, **options: Any) -> dict[str, dict[str, list[str | None]]]:
    """Every table's values as text (None for NULL), made by the engine without a database (``options``:
    more ``PlanOptions``, ``rows_per_table`` say)."""
    schema = Schema(tables=tables)
    plan = plan_seed(schema, PlanOptions(rows=rows, seed=seed, **options))
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
    assert all(v.startswith("HM-") for v in got["header_match"] if v)  # r30: a code of a series, no 'Header match 4'
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


# ------------------------------------------------------------------ B: scales of numbers (patterns 2, 3, 5, 8)
def _ints(values: list[str | None]) -> list[int]:
    return [int(v) for v in values if v is not None]


def _share(values: list[str | None], true: set[str]) -> float:
    present = [v for v in values if v is not None]
    return sum(v in true for v in present) / len(present)


def test_rare_flags_are_mostly_false_and_their_timestamps_mostly_null() -> None:
    t = table("members", ("is_deleted", "bool"), ("banned", "int"), ("admin", "bool"), ("sticky", "smallint"),
              ("active", "int"), ("is_enabled", "bool"), ("deleted_at", "ts"), ("archived_on", "date"))
    got = generate(t)["members"]
    for col in ("is_deleted", "banned", "admin", "sticky"):
        assert 0 < _share(got[col], {"t", "1"}) < 0.2, col
    for col in ("active", "is_enabled"):
        assert _share(got[col], {"t", "1"}) > 0.6, col
    assert set(got["banned"]) - {None} <= {"0", "1"} and set(got["active"]) - {None} <= {"0", "1"}
    for col in ("deleted_at", "archived_on"):
        assert sum(v is None for v in got[col]) / ROWS > 0.8, col


def test_integer_codes_levels_and_priorities_get_small_domains() -> None:
    t = table("tickets", ("kind", "int"), ("level", "smallint"), ("priority", "int"), ("status", "int"),
              ("position", "int"), ("attempts", "int"))
    got = generate(t)["tickets"]
    limits = {"kind": (1, 8), "level": (1, 10), "priority": (1, 5), "status": (0, 5), "position": (0, 50),
              "attempts": (0, 5)}
    for col, (lo, hi) in limits.items():
        vals = _ints(got[col])
        assert lo <= min(vals) and max(vals) <= hi, (col, min(vals), max(vals))
        assert len(set(vals)) >= 2, col


def test_quantities_follow_their_unit() -> None:
    t = table("assets", ("population", "int"), ("file_size", "bigint"), ("duration_ms", "int"),
              ("timeout_seconds", "int"), ("lifetime_years", "int"), ("retention_days", "int"))
    img = table("images", ("url", "text"), ("width", "int"), ("height", "int"))
    got = generate(t, img)
    a, i = got["assets"], got["images"]
    median = lambda col: sorted(_ints(col))[len(_ints(col)) // 2]  # noqa: E731
    assert median(a["population"]) > 5_000
    assert median(a["file_size"]) > 10_000
    assert 50 < median(a["duration_ms"]) < 60_000
    assert 10 < median(a["timeout_seconds"]) < 86_400
    assert max(_ints(a["lifetime_years"])) <= 60 and median(a["lifetime_years"]) <= 10
    assert median(a["retention_days"]) < 366
    assert min(_ints(i["width"])) >= 16 and median(i["width"]) > 200 and median(i["height"]) > 200


def test_integer_epoch_times_are_recent_moments() -> None:
    t = table("events", ("created_at", "bigint"), ("updated_at", "int"), ("event_time_ms", "bigint"),
              ("created_timestamp", "bigint"), ("expires_at", "int"))
    got = generate(t)["events"]
    since_1990 = 631_152_000
    for col in ("created_at", "updated_at", "expires_at"):
        vals = _ints(got[col])
        assert min(vals) >= since_1990 and max(vals) < 2_147_483_647, col
    for col in ("event_time_ms", "created_timestamp"):
        vals = _ints(got[col])
        assert min(vals) >= since_1990 * 1000, col


# ------------------------------------------------------------------ C: time as the names say (pattern 4)
def test_every_name_implied_pair_is_ordered_in_every_row() -> None:
    t = table("records", ("valid_from", "date"), ("valid_to", "date"), ("pinned_at", "ts"), ("pinned_until", "ts"),
              ("first_seen_at", "ts"), ("last_seen_at", "ts"), ("check_in", "ts"), ("check_out", "ts"),
              ("birth_date", "date"), ("death_date", "date"), ("scheduled_departure", "ts"),
              ("actual_departure", "ts"), ("scheduled_arrival", "ts"), ("actual_arrival", "ts"),
              ("issued_on", "date"), ("due_on", "date"))
    got = generate(t)["records"]  # a neutral table: its arrival and departure are a trip's (a stay's arrive first)
    pairs = [("valid_from", "valid_to"), ("pinned_at", "pinned_until"), ("first_seen_at", "last_seen_at"),
             ("check_in", "check_out"), ("birth_date", "death_date"), ("scheduled_departure", "actual_departure"),
             ("scheduled_arrival", "actual_arrival"), ("actual_departure", "actual_arrival"),
             ("scheduled_departure", "scheduled_arrival"), ("issued_on", "due_on")]
    for early, late in pairs:
        rows = [(a, b) for a, b in zip(got[early], got[late], strict=True) if a is not None and b is not None]
        assert rows, (early, late)
        assert all(a[:19] <= b[:19] for a, b in rows), (early, late, next((a, b) for a, b in rows if a > b))


def test_a_later_column_follows_a_unique_earlier_one_and_is_no_anchor() -> None:
    t = table("salaries", ("from_date", "date", False), ("to_date", "date"))
    t = Table(name=t.name, columns=t.columns, primary_key=t.primary_key,
              uniques=(UniqueKey(name="salaries_from_key", columns=("from_date",)),))
    got = generate(t)["salaries"]
    assert all(b is None or a <= b for a, b in zip(got["from_date"], got["to_date"], strict=True))


# ------------------------------------------------------------------ D: derived columns agree (pattern 10)
def test_derived_columns_agree_with_their_sources() -> None:
    t = table("accounts", ("email", "text"), ("lower_email", "text"), ("username", "text"),
              ("normalized_username", "text"), ("file_name", "text"), ("extension", "varchar(10)"),
              ("min_price", "numeric"), ("avg_price", "numeric"), ("max_price", "numeric"),
              ("unread_count", "int"), ("total_count", "int"), ("min_age", "int"), ("max_age", "int"))
    got = generate(t)["accounts"]
    for copy, src in (("lower_email", "email"), ("normalized_username", "username")):
        assert all((c is None) == (s is None) and (c is None or c == s.lower())
                   for c, s in zip(got[copy], got[src], strict=True)), copy
    for ext, name in zip(got["extension"], got["file_name"], strict=True):
        if name is not None and "." in name:
            assert ext == name.rsplit(".", 1)[-1].lower(), (ext, name)
    num = lambda v: None if v is None else float(v)  # noqa: E731
    for lo, mid, hi in zip(got["min_price"], got["avg_price"], got["max_price"], strict=True):
        lo, mid, hi = num(lo), num(mid), num(hi)
        if lo is not None and hi is not None:
            assert lo <= hi
        if lo is not None and mid is not None:
            assert lo <= mid
        if mid is not None and hi is not None:
            assert mid <= hi
    for part, whole in zip(got["unread_count"], got["total_count"], strict=True):
        if part is not None and whole is not None:
            assert int(part) <= int(whole)
    for lo, hi in zip(got["min_age"], got["max_age"], strict=True):
        if lo is not None and hi is not None:
            assert int(lo) <= int(hi)


# ------------------------------------------------------------------ JSON and points shaped by the column
def _json_table() -> Table:
    t = table("airports", ("airport_name", "text"), ("contact_data", "text"))
    jsonb = ColumnType(kind=TypeKind.JSONB, sql_name="jsonb")
    point = ColumnType(kind=TypeKind.POINT, sql_name="point")
    cols = tuple(c if c.name == "id" else Column(name=c.name, type=jsonb) for c in t.columns)
    return Table(name=t.name, columns=(*cols, Column(name="coordinates", type=point)), primary_key=t.primary_key)


def test_json_name_is_kept_per_language_and_contact_data_holds_contacts() -> None:
    import json

    got = generate(_json_table())["airports"]
    for doc in got["airport_name"]:
        if doc is not None:
            value = json.loads(doc)
            # a proper name: the same in every language it is kept in
            assert "en" in value and value["en"].endswith("Airport") and len(set(value.values())) == 1, value
    for doc in got["contact_data"]:
        if doc is not None:
            value = json.loads(doc)
            assert set(value) == {"email", "phone"} and "@" in value["email"], value


def test_a_point_named_like_a_place_is_longitude_latitude() -> None:
    got = generate(_json_table())["airports"]
    for p in got["coordinates"]:
        if p is not None:
            lon, lat = map(float, p.strip("()").split(","))
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_actual_times_follow_the_status() -> None:
    base = table("flights", ("scheduled_departure", "ts", False), ("actual_departure", "ts"),
                 ("actual_arrival", "ts"), ("status", "varchar(20)", False))
    labels = ("Scheduled", "On Time", "Delayed", "Departed", "Arrived", "Cancelled")
    check = Check(name="status_check", columns=("status",),
                  expression="status IN (" + ", ".join(f"'{v}'" for v in labels) + ")")
    t = Table(name=base.name, columns=base.columns, primary_key=base.primary_key, checks=(check,))
    got = generate(t)["flights"]
    assert {"Arrived", "Scheduled"} <= set(got["status"])
    for status, dep, arr in zip(got["status"], got["actual_departure"], got["actual_arrival"], strict=True):
        if status in ("Scheduled", "On Time", "Delayed", "Cancelled"):
            assert dep is None and arr is None, (status, dep, arr)
        if status == "Departed":
            assert dep is not None and arr is None


def test_x_of_y_means_x_and_titles_of_title_tables_are_jobs() -> None:
    t = table("countries", ("head_of_state", "text"), ("date_of_birth", "date"), ("life_expectancy", "numeric"))
    assert intent_of(t, "head_of_state") == "person.full_name"
    assert intent_of(t, "date_of_birth") == "date.birth"
    got = generate(t)["countries"]
    assert all(40 <= float(v) <= 90 for v in got["life_expectancy"] if v is not None)
    titles = table("titles", ("title", "varchar(50)"), fks=(("employee_id", "employees"),))
    assert intent_of(titles, "title", table("employees", ("name", "text"))) == "company.job_title"


def test_labelled_heads_stored_as_integers_are_small_codes_and_unknown_categories_are_neutral() -> None:
    t = table("accounts", ("protocol", "int"), ("channel", "smallint"))
    got = generate(t)["accounts"]
    assert max(_ints(got["protocol"])) <= 8 and max(_ints(got["channel"])) <= 8
    cats = table("custom_emoji_categories", ("name", "varchar(100)"))
    names = generate(cats)["custom_emoji_categories"]["name"]
    assert all(v in "ABCDEF" for v in names if v is not None)  # r30: ordered grades, no 'Custom emoji category 3'


def test_a_runtime_in_a_bare_unit_column_and_names_of_type_tables() -> None:
    t = table("tracks", ("milliseconds", "int"))
    m = table("media_types", ("name", "varchar(120)"))
    got = generate(t, m)
    ms = sorted(_ints(got["tracks"]["milliseconds"]))
    assert 60_000 < ms[len(ms) // 2] < 600_000
    assert len({v for v in got["media_types"]["name"] if v}) <= 12


def test_limits_quotas_and_plural_units() -> None:
    t = table("groups", ("max_membership", "int"), ("group_limit", "int"), ("vacation_hours", "smallint"),
              ("metrics_timeout", "int"), ("start_hour", "int"))
    got = generate(t)["groups"]
    median = lambda col: sorted(_ints(col))[len(_ints(col)) // 2]  # noqa: E731
    assert median(got["max_membership"]) < 100 and median(got["group_limit"]) < 100
    assert 1 <= median(got["vacation_hours"]) < 100
    assert 10 <= median(got["metrics_timeout"]) <= 3600
    assert max(_ints(got["start_hour"])) <= 23


def test_a_text_array_of_unknown_meaning_gets_labels_from_its_name() -> None:
    base = table("films", ("title", "text"))
    features = Column(name="special_features", type=ColumnType(kind=TypeKind.TEXT, sql_name="text[]", array_dims=1))
    t = Table(name=base.name, columns=(*base.columns, features), primary_key=base.primary_key)
    got = generate(t)["films"]["special_features"]
    for v in got:
        if v is not None:
            items = v.strip("{}").replace('"', "").split(",")
            assert 1 <= len(items) <= 3 and all(i.startswith("Special feature ") for i in items), v


def test_a_self_referencing_child_comes_after_its_parent() -> None:
    t = table("comments", ("body", "text"), ("created_at", "ts", False))
    parent = Column(name="parent_id", type=ctype("int"), nullable=True)
    t = Table(name=t.name, columns=(*t.columns, parent), primary_key=t.primary_key,
              foreign_keys=(ForeignKey(name="comments_parent_fkey", columns=("parent_id",), ref_table=t.name,
                                       ref_columns=("id",)),))
    got = generate(t, rows=600)["comments"]
    when = dict(zip(got["id"], got["created_at"], strict=True))
    pairs = [(when[p], c) for p, c in zip(got["parent_id"], got["created_at"], strict=True) if p is not None]
    assert len(pairs) > 300
    assert all(p <= c for p, c in pairs), next((p, c) for p, c in pairs if p > c)


def test_types_of_unknown_nouns_and_loose_json_words_in_text_get_neutral_labels() -> None:
    t = table("plays", ("strike_type", "varchar(40)"), ("drive_result", "varchar(100)"), ("account_type", "text"))
    assert intent_of(t, "strike_type") == "text.neutral"
    assert intent_of(t, "drive_result") == "text.neutral"
    assert intent_of(t, "account_type") == "status.type"  # a known set: standard, premium, ...
    got = generate(t)["plays"]
    assert all(v in ("I", "II", "III", "IV", "V") for v in got["strike_type"] if v is not None)  # r30: no 'Strike type 2'


def test_integer_moments_are_ordered_like_dates() -> None:
    t = table("credentials", ("created_date", "bigint"), ("last_updated_date", "bigint"), ("valid_from_ts", "int"),
              ("valid_to_ts", "int"))
    got = generate(t)["credentials"]
    for a, b in (("created_date", "last_updated_date"), ("valid_from_ts", "valid_to_ts")):
        rows = [(int(x), int(y)) for x, y in zip(got[a], got[b], strict=True) if x is not None and y is not None]
        assert rows and all(x <= y for x, y in rows), (a, b)


def test_one_token_is_read_in_its_table_resolution_domain_and_wallet_addresses() -> None:
    wallet = table("wallet_transactions", ("from_address", "varchar(42)"), ("to_address", "varchar(42)"))
    repos = table("repositories", ("name", "varchar(80)"))  # r32: an issue tracker's issues, not any field's
    issues = table("issues", ("resolution", "varchar(30)"), ("title", "text"), fks=(("repository_id", "repositories"),))
    videos = table("videos", ("resolution", "varchar(20)"), ("url", "text"))
    metrics = table("metrics", ("domain", "varchar(40)"), ("value", "numeric"))
    accounts = table("accounts", ("domain", "varchar(100)"), ("username", "text"))
    got = generate(wallet, repos, issues, videos, metrics, accounts)
    assert all(v.startswith("0x") and len(v) == 42 for v in got["wallet_transactions"]["from_address"] if v)
    assert set(got["issues"]["resolution"]) - {None} <= set(load("misc")["types"]["issue_resolution"])
    assert set(got["videos"]["resolution"]) - {None} <= set(load("misc")["types"]["resolution"])
    assert all("." not in v for v in got["metrics"]["domain"] if v)
    assert all("." in v for v in got["accounts"]["domain"] if v)


def test_a_rare_flag_with_a_check_list_is_still_mostly_false() -> None:
    base = table("posts", ("is_deleted", "smallint", False), ("title", "text"))
    check = Check(name="is_deleted_check", columns=("is_deleted",), expression="is_deleted IN (0, 1)")
    t = Table(name=base.name, columns=base.columns, primary_key=base.primary_key, checks=(check,))
    got = generate(t)["posts"]["is_deleted"]
    assert set(got) <= {"0", "1"} and 0 < _share(got, {"1"}) < 0.2


def test_a_rows_continent_agrees_with_its_country_and_currency() -> None:
    t = table("offices", ("country_code", "varchar(2)"), ("continent", "varchar(20)"), ("currency", "varchar(3)"))
    got = generate(t)["offices"]
    europe = {"AT", "BE", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GB", "IE", "IT", "NL", "PL", "PT", "SE"}
    euro = {"AT", "BE", "DE", "ES", "FI", "FR", "IE", "IT", "NL", "PT"}
    rows = [r for r in zip(got["country_code"], got["continent"], got["currency"], strict=True) if None not in r]
    assert len(rows) > ROWS // 2
    for cc, continent, currency in rows:
        assert (continent == "Europe") == (cc in europe), (cc, continent)
        if cc in euro:
            assert currency == "EUR", (cc, currency)


def test_an_ip_address_next_to_a_token_is_still_an_ip() -> None:
    t = table("ci_runners", ("ip_address", "varchar(45)"), ("token", "varchar(64)"))
    assert intent_of(t, "ip_address") == "internet.ipv4"


def test_a_note_of_a_patient_is_clinical_and_an_issue_has_ticket_statuses() -> None:
    patients = table("patients", ("first_name", "text"), ("last_name", "text"))
    visits = table("visits", ("notes", "text"), fks=(("patient_id", "patients"),))
    issues = table("issues", ("status", "varchar(20)"), ("summary", "text"))
    got = generate(patients, visits, issues, table("appointments"), table("prescriptions"))
    shop_notes = set(load("misc")["notes"])
    assert not shop_notes & set(got["visits"]["notes"])
    tickets = {s for s, _w in load("misc")["statuses"]["ticket"]}
    assert set(got["issues"]["status"]) - {None} <= tickets


def test_body_measures_issue_keys_and_story_points() -> None:
    import re

    patients = table("patients", ("weight_kg", "numeric"), ("height_cm", "smallint"))
    issues = table("issues", ("key", "varchar(20)"), ("story_points", "smallint"))
    got = generate(patients, issues)
    assert all(2.5 <= float(v) <= 250 for v in got["patients"]["weight_kg"] if v is not None)
    assert all(45 <= int(v) <= 220 for v in got["patients"]["height_cm"] if v is not None)
    assert all(re.fullmatch(r"[A-Z]+-\d+", v) for v in got["issues"]["key"] if v is not None)
    assert max(_ints(got["issues"]["story_points"])) <= 13


# ------------------------------------------------------------------ unique codes from their meaning (pattern 9)
def test_unique_travel_codes_come_from_their_meaning_not_letter_enumeration() -> None:
    """A unique airport code, flight number or seat takes real-shaped distinct values (IATA codes
    from the curated list, then from ``airportsdata``), not AAA, AAB, ... (the uniqueness fallback)."""
    import re

    from seedbed.generate.realistic.places import airport_codes

    def coded(name: str, col: str, spec: ColumnType) -> Table:
        return Table(name=qn(name), columns=(Column(name=col, type=spec, nullable=False),),
                     primary_key=UniqueKey(name=f"{name}_pkey", columns=(col,)))

    char3 = ColumnType(kind=TypeKind.TEXT, sql_name="character(3)", length=3, fixed_length=True)
    char6 = ColumnType(kind=TypeKind.TEXT, sql_name="character(6)", length=6, fixed_length=True)
    airports = generate(coded("airports_data", "airport_code", char3), rows=300)["airports_data"]["airport_code"]
    codes, head = airport_codes()
    assert len(set(airports)) == 300 and set(airports) <= set(codes.tolist())
    assert set(codes[:head].tolist()) <= set(airports)  # the busy airports first
    flights = [v.strip() for v in generate(coded("flights", "flight_no", char6), rows=500)["flights"]["flight_no"]]
    airlines = set(load("misc")["airline_codes"])
    assert len(set(flights)) == 500 and all(f[:2] in airlines and re.fullmatch(r"\d{1,4}", f[2:]) for f in flights)
    seats = generate(coded("seats", "seat_no", ctype("varchar(4)")), rows=200)["seats"]["seat_no"]
    assert len(set(seats)) == 200 and all(re.fullmatch(r"\d{1,2}[A-F]", s) for s in seats)
