"""Issue 10, round 4 (helper r2): JSON that fits the column, and values that follow their
siblings (bench/REALISM.md, "Round 4 (r2)"), each on a small synthetic schema with invented
names (no database: plan + engine)."""

from __future__ import annotations

import json
from dataclasses import replace

from seedbed.model import Check, ColumnType, TypeKind, UniqueKey
from tests.test_realism_units import generate, table

_JSONB = ColumnType(kind=TypeKind.JSONB, sql_name="jsonb")


def _json_table(name: str, *cols: str, defaults: dict | None = None, checks: tuple = ()) -> object:
    t = table(name, *((c, "text") for c in cols))
    defaults = defaults or {}
    columns = tuple(replace(c, type=_JSONB, default=defaults.get(c.name)) if c.name in cols else c for c in t.columns)
    return replace(t, columns=columns, checks=checks)


def _docs(got: dict, column: str) -> list:
    return [json.loads(v) for v in got[column] if v is not None]


# ------------------------------------------------------------------ JSON shaped by declaration and name
def test_a_json_column_declared_an_array_holds_arrays() -> None:
    """``CHECK (jsonb_typeof(x) = 'array')`` or ``DEFAULT '[]'`` on a name that says nothing more:
    every document is a list (the CHECK used to fail the whole run)."""
    t = _json_table("gizmo_boards", "payload_blob", "widgets", "extras_blob",
                    defaults={"widgets": "'[]'::jsonb", "extras_blob": "'{}'::jsonb"},
                    checks=(Check(name="gizmo_boards_payload_blob_check", expression="(jsonb_typeof(payload_blob) = 'array'::text)",
                                  columns=("payload_blob",)),))
    got = generate(t)["gizmo_boards"]
    assert all(isinstance(d, list) and d for d in _docs(got, "payload_blob"))
    assert all(isinstance(d, list) for d in _docs(got, "widgets"))
    assert all(isinstance(d, dict) for d in _docs(got, "extras_blob"))


def test_a_plural_noun_is_a_list_of_that_nouns_items() -> None:
    """``rooms`` a list of rooms, ``triggers`` / ``actions`` small typed objects, ``photos`` image
    URLs, ``perks`` perks, a ``changelog`` changes; items distinct within a row."""
    t = _json_table("cottages", "rooms", "triggers", "actions", "photos", "perks", "changelog", "quirks")
    got = generate(t)["cottages"]
    rooms = _docs(got, "rooms")
    assert all(isinstance(d, list) and all(isinstance(r, str) for r in d) for d in rooms)
    assert "Kitchen" in {r for d in rooms for r in d}
    assert all(len(set(d)) == len(d) for d in rooms)
    assert all(isinstance(i, dict) and "type" in i for d in _docs(got, "triggers") for i in d)
    assert all(isinstance(i, dict) and "type" in i for d in _docs(got, "actions") for i in d)
    assert all(i.startswith("http") for d in _docs(got, "photos") for i in d)
    assert all(isinstance(d, list) for d in _docs(got, "perks") + _docs(got, "changelog"))
    quirks = _docs(got, "quirks")  # an unknown plural: neutral labels named by the noun, distinct
    assert all(isinstance(d, list) and all(q.startswith("Quirk ") for q in d) and len(set(d)) == len(d) for d in quirks)


def test_schedules_hours_and_state_have_their_shapes() -> None:
    """``schedule``: weekdays and a time of day; ``opening_hours``: an object per weekday; a
    thing's ``state`` is no region kept per language (was ``{"en": "New South Wales"}``)."""
    t = _json_table("kiosks", "schedule", "opening_hours", "state")
    got = generate(t)["kiosks"]
    for d in _docs(got, "schedule"):
        assert set(d["days"]) <= {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}
        assert ("at" in d) or (d["start"] < d["end"])
    for d in _docs(got, "opening_hours"):
        assert list(d) == ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        assert d["mon"]["open"] < d["mon"]["close"]
    assert all("en" not in d and "status" in d and "step" in d for d in _docs(got, "state"))  # a kiosk is no device
    lamps = generate(_json_table("lamps", "state"))["lamps"]
    assert all(d["status"] in ("on", "off", "idle", "active", "standby") and "level" in d for d in _docs(lamps, "state"))


def test_qualified_settings_keep_their_keys_and_metadata_has_no_ip_outside_traffic() -> None:
    t = _json_table("pond_owners", "notification_settings", "metadata")
    got = generate(t)["pond_owners"]
    assert all(all("notification" in k for k in d) for d in _docs(got, "notification_settings"))
    assert all("ip" not in d for d in _docs(got, "metadata"))


# ------------------------------------------------------------------ device telemetry at its scale and sign
def test_signal_battery_uptime_energy_and_scaled_coordinates() -> None:
    """RSSI / dBm negative, battery 0-100 skewed high, uptime days of seconds, a day's kWh a few
    units; ``latitude integer`` commented ``degrees * 10^7`` is a real latitude x 10^7."""
    t = table("gadgets", ("wifi_rssi", "smallint"), ("link_dbm", "smallint"), ("battery_pct", "smallint"),
              ("uptime_seconds", "bigint"), ("kwh", "numeric"), ("latitude", "int"), ("longitude", "int"),
              ("rounding_digits", "smallint"))
    t = replace(t, columns=tuple(replace(c, comment="degrees * 10^7") if c.name in ("latitude", "longitude") else c
                                 for c in t.columns))
    got = generate(t)["gadgets"]

    def nums(col: str) -> list[float]:
        return [float(v) for v in got[col] if v is not None]

    assert all(-100 <= v <= -28 for v in nums("wifi_rssi") + nums("link_dbm"))
    battery = nums("battery_pct")
    assert all(0 <= v <= 100 for v in battery) and sum(battery) / len(battery) > 40
    assert sorted(nums("uptime_seconds"))[len(nums("uptime_seconds")) // 2] > 86_400
    assert all(0 < v <= 150 for v in nums("kwh"))
    lat, lon = nums("latitude"), nums("longitude")
    assert all(-90e7 <= v <= 90e7 for v in lat) and max(abs(v) for v in lat) > 1e8
    assert all(-180e7 <= v <= 180e7 for v in lon) and max(abs(v) for v in lon) > 1e8
    assert all(0 <= v <= 4 for v in nums("rounding_digits"))


# ------------------------------------------------------------------ values that follow their siblings
def test_sub_scores_take_the_overall_scores_scale() -> None:
    """``sound_rating`` beside ``overall_rating CHECK (BETWEEN 1 AND 10)``: 1-10 too (was 1-5)."""
    t = table("gig_reviews", ("overall_rating", "smallint"), ("sound_rating", "smallint"), ("value_rating", "smallint"))
    t = replace(t, checks=(Check(name="gig_reviews_overall_rating_check",
                                 expression="((overall_rating >= 1) AND (overall_rating <= 10))", columns=("overall_rating",)),))
    got = generate(t)["gig_reviews"]
    for col in ("sound_rating", "value_rating"):
        vals = [int(v) for v in got[col] if v is not None]
        assert all(1 <= v <= 10 for v in vals) and max(vals) > 5


def test_a_lower_case_code_default_sets_the_columns_case() -> None:
    """``currency DEFAULT 'usd'``: the other rows ``eur``, not ``EUR``; ``DEFAULT 'UTC'`` of a time
    zone leaves ``Europe/Rome`` alone."""
    t = table("tip_jars", ("currency", "varchar(3)"), ("timezone", "varchar(40)"))
    t = replace(t, columns=tuple(replace(c, default={"currency": "'usd'::bpchar", "timezone": "'UTC'::character varying"}
                                         .get(c.name, c.default)) for c in t.columns))
    got = generate(t)["tip_jars"]
    cur = [v for v in got["currency"] if v]
    assert all(v == v.lower() for v in cur) and len(set(cur)) > 1
    assert any("/" in v for v in got["timezone"] if v)


def test_width_and_height_are_one_real_resolution() -> None:
    """``screen_width`` / ``screen_height`` and an image's ``width`` / ``height``: a real pair."""
    t = table("page_hits", ("screen_width", "smallint"), ("screen_height", "smallint"))
    p = table("snapshots", ("image_url", "text"), ("width", "int"), ("height", "int"))
    got = generate(t, p)
    pairs = {(int(w), int(h)) for w, h in zip(got["page_hits"]["screen_width"], got["page_hits"]["screen_height"], strict=True)
             if w and h}
    assert pairs <= {(1920, 1080), (1366, 768), (1536, 864), (1440, 900), (1280, 720), (2560, 1440), (390, 844), (414, 896),
                     (375, 667), (360, 800), (412, 915), (768, 1024), (3840, 2160), (1680, 1050), (393, 852)}
    assert len(pairs) > 5
    shots = [(int(w), int(h)) for w, h in zip(got["snapshots"]["width"], got["snapshots"]["height"], strict=True) if w and h]
    assert all(w * h >= 512 * 512 for w, h in shots) and len(set(shots)) > 5


def test_a_unit_follows_what_its_sibling_measures_and_hashes_macs_offsets_look_real() -> None:
    """``unit`` beside a ``kind`` naming quantities: ``°C`` for temperature, ``ppm`` for co2 (was
    ``pack``); ``sha256 char(64)`` hex (was ``Sha256 4``); unique MACs without zero runs in the
    middle; a ``calibration_offset`` small either side of zero (was 406.42)."""
    t = table("probes", ("kind", "varchar(20)"), ("unit", "varchar(10)"), ("sha256", "text"), ("mac_address", "varchar(17)"),
              ("calibration_offset", "numeric"))
    t = replace(t, checks=(Check(name="probes_kind_check", columns=("kind",),
                                 expression="((kind)::text = ANY ((ARRAY['temperature'::character varying, 'co2'::character varying, "
                                            "'humidity'::character varying])::text[]))"),),
                uniques=(*t.uniques, UniqueKey(name="probes_mac_key", columns=("mac_address",))))
    got = generate(t)["probes"]
    units = {"temperature": "°C", "co2": "ppm", "humidity": "%"}
    pairs = [(k, u) for k, u in zip(got["kind"], got["unit"], strict=True) if k and u]
    assert pairs and all(units[k] == u for k, u in pairs)
    assert all(len(v) == 64 and int(v, 16) >= 0 for v in got["sha256"] if v)
    assert all(":00:00:" not in v for v in got["mac_address"] if v)
    offsets = [float(v) for v in got["calibration_offset"] if v is not None]
    assert all(-5 <= v <= 5 for v in offsets) and min(offsets) < 0 < max(offsets)


def test_steps_in_order_layouts_on_a_grid_and_an_organisations_settings() -> None:
    """A funnel's ``steps`` consecutive in their usual order; a dashboard's ``layout`` widgets on a
    12-column grid (was ``{"en": "grid"}``); a club's ``settings`` the account's (time zone,
    currency), a worker's a configuration."""
    from seedbed.generate.realistic.vocab import load

    t = _json_table("trail_clubs", "steps", "layout", "settings")
    w = _json_table("sync_workers", "settings")
    got = generate(t, w)
    order = [json.dumps(i) for i in load("documents")["items"]["step"]]
    for d in _docs(got["trail_clubs"], "steps"):
        idx = [order.index(json.dumps(i)) for i in d]
        assert idx == list(range(idx[0], idx[0] + len(idx)))
    for d in _docs(got["trail_clubs"], "layout"):
        assert all(0 <= w["x"] and w["x"] + w["w"] <= 12 for w in d)
    assert all("timezone" in d and "log_level" not in d for d in _docs(got["trail_clubs"], "settings"))
    assert all("timezone" not in d for d in _docs(got["sync_workers"], "settings"))


def test_configured_durations_are_round_values() -> None:
    """A polling interval, a timeout, a retention in days: 60, 300, 900, 30, 90 (was 1470, 844);
    a measured latency stays any value."""
    t = table("feeders", ("sampling_interval_sec", "int"), ("request_timeout_ms", "int"), ("retention_days", "smallint"),
              ("latency_ms", "int"), ("sampling_rate", "numeric"))
    t = replace(t, columns=tuple(replace(c, type=replace(c.type, precision=4, scale=3)) if c.name == "sampling_rate" else c
                                 for c in t.columns))
    got = generate(t)["feeders"]
    from seedbed.generate.realistic.measures import _NICE

    for col, unit in (("sampling_interval_sec", "s"), ("request_timeout_ms", "ms"), ("retention_days", "d")):
        vals = {int(v) for v in got[col] if v is not None}
        assert vals <= {int(x) for x in _NICE[unit]} and len(vals) > 2, col
    nice = {int(x) for ladder in _NICE.values() for x in ladder}
    assert len({v for v in got["latency_ms"] if v} - {str(n) for n in nice}) > 10
    assert len({v for v in got["sampling_rate"] if v}) > 5  # a share of one is no duration (was all 1.000)


def test_list_items_are_distinct_and_sizes_are_objects() -> None:
    """``languages`` / ``currencies`` without repeats (was ``["English", "English"]``), ``emails``
    real addresses (was ``Email 39``), ``dimensions`` a size object (was ``Dimension 3``)."""
    t = _json_table("crew_members", "languages", "emails", "dimensions")
    got = generate(t)["crew_members"]
    assert all(len(set(d)) == len(d) for d in _docs(got, "languages"))
    assert all("@" in e for d in _docs(got, "emails") for e in d)
    assert all({"width", "height", "unit"} <= set(d) for d in _docs(got, "dimensions"))


def test_properties_and_metadata_fit_the_tables_entity() -> None:
    """A tracked event's ``props``: path, referrer, browser; a device's ``metadata``: firmware,
    location (was ``{"ip": ..., "tags": ...}``); a person's ``attributes``: plan, signup source."""
    e = _json_table("page_events", "props")
    d = _json_table("meters", "metadata")
    p = _json_table("members", "attributes")
    got = generate(e, d, p)
    assert all("path" in x for x in _docs(got["page_events"], "props"))
    keys = {"firmware", "location", "installed_by", "power_source", "hardware_revision", "paired_via", "tamper_alerts"}
    assert all(set(x) <= keys for x in _docs(got["meters"], "metadata"))
    person = {"plan", "signup_source", "country", "language", "company_size", "newsletter", "beta_tester", "lifetime_orders"}
    assert all(set(x) <= person for x in _docs(got["members"], "attributes"))


def test_translations_are_a_name_per_language() -> None:
    """``translations`` / ``name_translations`` / ``title_i18n``: ``{"en": ..., "de": ...}`` of the
    same text (was a list of ``Translation 6`` and the metadata document)."""
    t = _json_table("ferry_routes", "translations", "name_translations", "title_i18n")
    got = generate(t)["ferry_routes"]
    for col in ("translations", "name_translations", "title_i18n"):
        docs = _docs(got, col)
        assert docs and all(isinstance(d, dict) and "en" in d and len(set(d.values())) == 1 for d in docs), col


def test_a_derived_maximum_keeps_the_columns_decimals() -> None:
    """``max_value`` reflected above ``avg_value``: ``14.9``, never ``14.900000000000002``."""
    t = table("buoy_days", ("min_value", "numeric"), ("avg_value", "numeric"), ("max_value", "numeric"))
    got = generate(t)["buoy_days"]
    assert all(len(v.split(".")[-1]) <= 6 for col in ("avg_value", "max_value") for v in got[col] if v and "." in v)


def test_ambient_temperatures_and_humidity_at_their_scale() -> None:
    """``min_temp`` / ``max_temp`` of a weather or sensor table: -10..45 °C (was 963.01);
    ``humidity_min`` a percentage (was 826.22); a patient's ``temperature`` stays a body's."""
    t = table("field_readings", ("min_temp", "numeric"), ("max_temp", "numeric"), ("humidity_min", "numeric"))
    v = table("triage_vitals", ("temperature", "numeric"), ("heart_rate", "smallint"))
    got = generate(t, v)
    for col in ("min_temp", "max_temp"):
        assert all(-10 <= float(x) <= 45 for x in got["field_readings"][col] if x is not None)
    assert all(5 <= float(x) <= 100 for x in got["field_readings"]["humidity_min"] if x is not None)
    assert all(35 <= float(x) <= 41.5 for x in got["triage_vitals"]["temperature"] if x is not None)


def test_scales_in_names_and_thumbnail_sizes() -> None:
    """``lat_e7`` is degrees x 10^7, ``longitude_e6`` x 10^6; a thumbnail's width/height a small pair."""
    t = table("waypoints", ("lat_e7", "int"), ("longitude_e6", "bigint"), ("thumbnail_url", "text"), ("thumbnail_width", "int"),
              ("thumbnail_height", "int"))
    got = generate(t)["waypoints"]
    lat = [abs(float(v)) for v in got["lat_e7"] if v is not None]
    lon = [abs(float(v)) for v in got["longitude_e6"] if v is not None]
    assert max(lat) > 1e8 and max(lat) <= 90e7 and max(lon) > 1e6 and max(lon) <= 180e6
    assert all(int(w) <= 480 for w in got["thumbnail_width"] if w)


def test_a_unique_declared_list_stays_a_list() -> None:
    t = _json_table("pin_boards", "pins", defaults={"pins": "'[]'::jsonb"})
    t = replace(t, uniques=(UniqueKey(name="pin_boards_pins_key", columns=("pins",)),))
    docs = _docs(generate(t)["pin_boards"], "pins")
    assert all(isinstance(d, list) for d in docs) and len({json.dumps(d) for d in docs}) == len(docs)


def test_a_pair_is_missing_in_the_same_rows() -> None:
    """``screen_width`` NULL where ``screen_height`` is (was independent: 5 and 11 NULLs apart);
    a latitude where its longitude is."""
    t = table("visits", ("screen_width", "smallint"), ("screen_height", "smallint"), ("lat", "numeric"), ("lng", "numeric"))
    got = generate(t)["visits"]
    for a, b in (("screen_width", "screen_height"), ("lat", "lng")):
        both = [(x is None, y is None) for x, y in zip(got[a], got[b], strict=True)]
        assert any(x for x, _ in both) and sum(x != y for x, y in both) <= len(both) // 20, (a, b)


def test_counters_limits_and_shapes_on_a_map() -> None:
    """``stats`` counters that shrink one into the next, ``limits`` a plan's quotas, ``geometry`` a
    GeoJSON point, ``bbox`` a box with north above south (all were the metadata document or
    ``Limit 34`` labels)."""
    t = _json_table("campaign_plans", "stats", "limits", "geometry", "bbox")
    got = generate(t)["campaign_plans"]
    for d in _docs(got, "stats"):
        values = list(d.values())
        assert len(values) == 3 and values[0] >= values[1] >= values[2]
    assert all("users" in d for d in _docs(got, "limits"))
    assert all(d["type"] == "Point" and -180 <= d["coordinates"][0] <= 180 for d in _docs(got, "geometry"))
    assert all(d["north"] > d["south"] for d in _docs(got, "bbox"))


def test_social_links_are_profiles_on_social_networks() -> None:
    """``social_links`` a list of profiles (instagram.com/..., x.com/...), ``twitter_url`` an x.com
    profile (were company web pages); a person's LinkedIn is /in/, a company's /company/."""
    t = _json_table("promoters", "social_links")
    p = table("customers", ("linkedin_url", "text"))
    c = table("agencies", ("twitter_url", "text"), ("linkedin_url", "text"))
    got = generate(t, p, c)
    hosts = ("x.com", "instagram.com", "facebook.com", "linkedin.com", "youtube.com", "tiktok.com")
    assert all(any(h in u for h in hosts) for d in _docs(got["promoters"], "social_links") for u in d)
    assert all(u.startswith("https://x.com/") for u in got["agencies"]["twitter_url"] if u)
    assert all("/company/" in u for u in got["agencies"]["linkedin_url"] if u)
    assert all("/in/" in u for u in got["customers"]["linkedin_url"] if u)


def test_a_text_array_of_a_known_plural_holds_its_items() -> None:
    """``amenities text[]`` / ``permissions varchar(12)[]``: the items a JSON list of the noun
    holds, within the element width (was ``{"Amenity 1","Amenity 4"}``)."""
    from seedbed.generate.realistic.jsonitems import item_labels

    arr = ColumnType(kind=TypeKind.TEXT, sql_name="text[]", array_dims=1)
    short = ColumnType(kind=TypeKind.TEXT, sql_name="character varying(12)[]", array_dims=1, length=12)
    t = table("chalets", ("amenities", "text"), ("permissions", "text"))
    t = replace(t, columns=tuple(replace(c, type={"amenities": arr, "permissions": short}.get(c.name, c.type)) for c in t.columns))
    got = generate(t)["chalets"]
    amenities = set(item_labels("amenity"))
    cells = [v.strip("{}").replace('"', "").split(",") for v in got["amenities"] if v]
    assert cells and all(set(c) <= amenities for c in cells)
    assert all(len(p) <= 12 for v in got["permissions"] if v for p in v.strip("{}").replace('"', "").split(","))


def test_a_devices_config_is_a_devices() -> None:
    """``config`` of a table of devices: reporting interval, LED, sensitivity; of an integration: timeouts."""
    got = generate(_json_table("smoke_detectors", "config"), _json_table("sync_jobs", "config"))
    device_keys = {"reporting_interval_seconds", "led_indicator", "auto_off_minutes", "sensitivity", "power_on_behavior",
                   "temperature_offset", "child_lock", "ota_auto_update"}
    assert all(set(d) <= device_keys for d in _docs(got["smoke_detectors"], "config"))
    assert all("enabled" in d for d in _docs(got["sync_jobs"], "config"))
