"""Issue 10, round 5 (r8): the classes a publisher's CMS showed. Each class on a small synthetic schema
with invented names (no database: plan + engine)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from seedbed.model import Check, UniqueKey
from tests.test_realism_units import generate, table


def _ints(values: list[str | None]) -> list[int]:
    return [int(v) for v in values if v is not None]


# ------------------------------------------------------------------ a revision or version within its parent
def test_a_revision_or_version_keyed_with_its_parent_counts_from_one() -> None:
    """``UNIQUE (recipe_id, rev_number)`` and ``UNIQUE (contract_id, version)``: the number is the row's
    place among its parent's rows (1, 2, 3), not a number unique over the whole table (revision 740)."""
    drafts = table("recipe_drafts", ("rev_number", "int", False), fks=(("recipe_id", "recipes"),))
    drafts = replace(drafts, uniques=(UniqueKey(name="rd_uq", columns=("recipe_id", "rev_number")),))
    terms = table("contract_terms", ("version", "int", False), fks=(("contract_id", "recipes"),))
    terms = replace(terms, uniques=(UniqueKey(name="ct_uq", columns=("contract_id", "version")),))
    got = generate(table("recipes", ("title", "varchar(80)")), drafts, terms)
    for name, col, parent in (("recipe_drafts", "rev_number", "recipe_id"), ("contract_terms", "version", "contract_id")):
        rows = got[name]
        per: dict[str, list[int]] = defaultdict(list)
        for p, n in zip(rows[parent], rows[col], strict=True):
            per[p].append(int(n))
        assert all(sorted(ns) == list(range(1, len(ns) + 1)) for ns in per.values()), name
        assert max(_ints(rows[col])) < 40


# ------------------------------------------------------------------ engagement counters narrow one into the next
def test_engagement_counters_of_a_row_narrow_one_into_the_next() -> None:
    """A campaign's ``audience_size``-less ladder: ``deliveries`` > ``opens`` >= ``distinct_opens`` >=
    ``link_clicks`` > ``unsubscribed``; a clip's ``play_count`` >= ``unique_viewers`` and its
    ``likes_earned`` <= ``plays_earned``; counters with other words (``max_clicks``) are left alone."""
    blast = table("promo_blasts", ("deliveries", "int", False), ("opens", "int", False),
                  ("distinct_opens", "int", False), ("link_clicks", "int", False), ("unsubscribed", "int", False))
    clip = table("clip_stats", ("play_count", "int", False), ("unique_viewers", "int", False),
                 ("plays_earned", "int", False), ("likes_earned", "int", False))
    got = generate(blast, clip)
    b = got["promo_blasts"]
    rows = list(zip(*(_ints(b[c]) for c in ("deliveries", "opens", "distinct_opens", "link_clicks", "unsubscribed")),
                    strict=True))
    assert all(d >= o >= u >= c >= s for d, o, u, c, s in rows)
    assert sum(d > o for d, o, *_ in rows) > 0.9 * len(rows)  # a share, not the same count
    c = got["clip_stats"]
    assert all(p >= v for p, v in zip(_ints(c["play_count"]), _ints(c["unique_viewers"]), strict=True))
    assert all(p >= v for p, v in zip(_ints(c["plays_earned"]), _ints(c["likes_earned"]), strict=True))
    # the widest counter of a funnel is an audience (hundreds to thousands), not a small count
    assert sorted(_ints(b["deliveries"]))[len(rows) // 2] > 100


# ------------------------------------------------------------------ bylines and credits
def test_a_byline_credits_the_rows_writer_and_a_picture_credit_names_its_maker() -> None:
    """``byline`` is ``By <the row's person>``, even when its comment quotes one example with a comma
    (``e.g. "By Jo Bloggs, Chief Reporter"`` is no list of two values); a ``credit`` of a picture
    table names a maker and an agency; a ``credit`` elsewhere is no picture credit."""
    writers = table("columnists", ("full_name", "varchar(80)", False), ("byline", "varchar(120)", False))
    cols = tuple(replace(c, comment='Shown under the story, e.g. "By Jo Bloggs, Chief Reporter".')
                 if c.name == "byline" else c for c in writers.columns)
    writers = replace(writers, columns=cols)
    shots = table("gallery_shots", ("caption", "text"), ("credit", "varchar(120)"))
    got = generate(writers, shots)
    w = got["columnists"]
    assert all(b == f"By {n}" for n, b in zip(w["full_name"], w["byline"], strict=True))
    credits = [c for c in got["gallery_shots"]["credit"] if c]
    assert len(set(credits)) > 20 and not any(c.startswith("Credit ") for c in credits)
    ledger = table("store_ledgers", ("credit", "varchar(40)"))
    from tests.test_realism_units import intent_of
    assert intent_of(ledger, "credit") != "media.credit"


# ------------------------------------------------------------------ a listed reason belongs to its state
def test_a_reason_with_its_own_labels_is_set_only_on_rows_in_the_state_it_explains() -> None:
    """``refusal_reason IN ('incomplete', 'late', 'duplicate')`` beside ``review IN ('queued', 'accepted',
    'refused')`` is set on refused rows only (it was a reason on queued and accepted rows too)."""
    t = table("grant_bids", ("review", "varchar(10)", False), ("refusal_reason", "varchar(12)"))
    t = replace(t, checks=(Check(name="r", expression="review IN ('queued', 'accepted', 'refused')", columns=("review",)),
                           Check(name="w", expression="refusal_reason IN ('incomplete', 'late', 'duplicate')",
                                 columns=("refusal_reason",))))
    got = generate(t)["grant_bids"]
    pairs = list(zip(got["review"], got["refusal_reason"], strict=True))
    assert all((why is not None) == (state == "refused") for state, why in pairs)
    assert any(why for _, why in pairs)


def test_a_moment_named_by_a_categorys_process_is_set_past_its_waiting_labels() -> None:
    """``vetted_at`` beside ``vetting IN ('queued', 'passed', 'failed', 'escalated')`` is NULL on queued
    rows and set on the others (a queued row was vetted; a failed one was not)."""
    t = table("visa_files", ("vetting", "varchar(10)", False), ("lodged_at", "ts", False), ("vetted_at", "ts"))
    t = replace(t, checks=(Check(name="v", expression="vetting IN ('queued', 'passed', 'failed', 'escalated')",
                                 columns=("vetting",)),))
    got = generate(t)["visa_files"]
    pairs = list(zip(got["vetting"], got["vetted_at"], strict=True))
    assert all((when is None) == (state == "queued") for state, when in pairs)


# ------------------------------------------------------------------ names and units the database folded or abbreviated
def test_folded_camel_case_names_pixel_units_and_opt_ins_read_as_their_words() -> None:
    """An unquoted ``thumbSizeBytes`` / ``archivedAt`` arrives as ``thumbsizebytes`` / ``archivedat``:
    still bytes and a moment; ``banner_width_px`` beside ``banner_height_px`` is a picture's resolution;
    ``sms_opt_in smallint`` is a 0/1 choice, not a count."""
    from seedbed.generate.intent.tokens import tokens

    assert tokens("thumbsizebytes")[-1] == "byte" and tokens("archivedat") == ("archived", "at")
    t = table("ad_slots", ("thumbsizebytes", "bigint", False), ("banner_width_px", "int"), ("banner_height_px", "int"),
              ("sms_opt_in", "smallint", False))
    got = generate(t)["ad_slots"]
    assert sorted(_ints(got["thumbsizebytes"]))[len(got["thumbsizebytes"]) // 2] > 10_000
    dims = [(int(w), int(h)) for w, h in zip(got["banner_width_px"], got["banner_height_px"], strict=True) if w and h]
    assert dims and all(w >= 100 and h >= 100 for w, h in dims)
    assert set(_ints(got["sms_opt_in"])) == {0, 1}


# ------------------------------------------------------------------ a derived text under a regex CHECK
def test_a_slug_whose_check_is_a_regex_still_follows_its_name() -> None:
    """``slug ~ '^[a-z0-9-]+$'`` (UNIQUE) beside ``title``: the slug of the title and the row number
    (a regex CHECK made the derivation give up and draw unrelated slugs)."""
    t = table("zine_issues", ("title", "varchar(80)", False), ("slug", "varchar(90)", False))
    t = replace(t, uniques=(UniqueKey(name="zi_slug", columns=("slug",)),),
                checks=(Check(name="s", expression="slug ~ '^[a-z0-9-]+$'", columns=("slug",)),))
    got = generate(t)["zine_issues"]
    from seedbed.generate.realistic.vocab import ascii_slug
    assert all(s.startswith(ascii_slug(n.replace("'", ""), "-")[:20]) for n, s in zip(got["title"], got["slug"], strict=True))


# ------------------------------------------------------------------ a newsroom writes like one
def test_a_newsroom_schema_reads_like_a_newsroom() -> None:
    """Headlines, a ``dek`` (the summary under it: sentences, not a second headline), bodies of
    paragraphs, writers with beats and newsroom titles, topic tags, newsletters with their own names
    and subject lines, notes on edits that say what changed, captions of news pictures."""
    from seedbed.generate.realistic.vocab import load

    news = load("packs")["packs"]["news"]
    desks = table("bureaus", ("name", "varchar(60)", False))
    writers = table("correspondents", ("full_name", "varchar(80)", False), ("job_title", "varchar(80)"),
                    ("bio", "text"), fks=(("bureau_id", "bureaus"),))
    stories = table("articles", ("headline", "varchar(200)", False), ("dek", "varchar(300)"), ("body", "text", False),
                    fks=(("writer_id", "correspondents"),))
    topics = table("topics", ("label", "varchar(60)", False))
    topics = replace(topics, uniques=(UniqueKey(name="t_label", columns=("label",)),))
    links = table("article_topics", fks=(("article_id", "articles"), ("topic_id", "topics")))
    edits = table("article_edits", ("edit_note", "varchar(200)"), fks=(("article_id", "articles"),))
    pictures = table("article_pictures", ("caption", "text"), fks=(("article_id", "articles"),))
    letters = table("newsletters", ("title", "varchar(80)", False))
    issues = table("newsletter_issues", ("subject_line", "varchar(150)", False), ("preheader", "varchar(200)"),
                   fks=(("newsletter_id", "newsletters"),))
    got = generate(desks, writers, stories, topics, links, edits, pictures, letters, issues, rows=200)
    a = got["articles"]
    assert all(not h.endswith(".") and "{" not in h for h in a["headline"])
    assert all(d.endswith(".") and len(d.split()) >= 5 for d in a["dek"] if d)
    assert sum(b.count(". ") >= 1 for b in a["body"]) > 0.8 * len(a["body"])
    w = got["correspondents"]
    assert all(j in news["job_title"] for j in w["job_title"] if j)
    assert all(b.startswith(n.split()[0]) or f" {n.split()[0]} " in b
               for n, b in zip(w["full_name"], w["bio"], strict=True) if b)
    labels = got["topics"]["label"]
    assert len(set(labels)) == len(labels) and not any(ch.isdigit() for v in labels for ch in v)
    assert all("{" not in v and not v.endswith("explained") for v in got["newsletters"]["title"])
    assert all("{" not in v for v in got["newsletter_issues"]["subject_line"])
    assert all(p.endswith(".") for p in got["newsletter_issues"]["preheader"] if p)
    notes = [n for n in got["article_edits"]["edit_note"] if n]
    assert notes and all(n.endswith(".") and len(n.split()) <= 9 for n in notes)
    assert all(c.endswith(".") and "{" not in c for c in got["article_pictures"]["caption"] if c)


# ------------------------------------------------------------------ counts that measure the row's text
def test_word_and_character_counts_and_reading_times_measure_the_rows_text() -> None:
    """``word_total`` and ``character_count`` are the words and characters of the row's ``body_markdown``,
    ``read_minutes`` its reading time (at least a minute); a ``cable_length`` measures no text."""
    t = table("blog_entries", ("body_markdown", "text", False), ("word_total", "int", False),
              ("character_count", "int", False), ("read_minutes", "smallint", False), ("cable_length", "int", False))
    got = generate(t)["blog_entries"]
    for body, words, chars, minutes in zip(got["body_markdown"], _ints(got["word_total"]),
                                           _ints(got["character_count"]), _ints(got["read_minutes"]), strict=True):
        assert words == len(body.split()) and chars == len(body)
        assert minutes == max(1, -(-words // 230))
    assert any(int(c) != len(b) for b, c in zip(got["body_markdown"], got["cable_length"], strict=True))


# ------------------------------------------------------------------ handles, audiences and round settings
def test_screen_names_are_handles_audiences_are_large_and_trial_days_are_round() -> None:
    """A ``screen_name`` is a handle (``hilda_m``), not ``Hilda Moberg 634``; a podcast's
    ``follower_count`` is an audience (hundreds and up), a plan's ``trial_days`` a round setting."""
    people = table("forum_members", ("screen_name", "varchar(40)", False))
    people = replace(people, uniques=(UniqueKey(name="fm_sn", columns=("screen_name",)),))
    shows = table("podcasts", ("follower_count", "int", False))
    tiers = table("price_tiers", ("trial_days", "smallint", False))
    got = generate(people, shows, tiers)
    assert not any(" " in v for v in got["forum_members"]["screen_name"])
    followers = sorted(_ints(got["podcasts"]["follower_count"]))
    assert followers[len(followers) // 2] > 100
    assert set(_ints(got["price_tiers"]["trial_days"])) == {7, 14, 30}


# ------------------------------------------------------------------ a file is of its row's media kind
def test_a_file_name_takes_an_extension_of_its_rows_media_kind() -> None:
    """``asset_type ENUM ('image', 'clip', 'podcast', 'chart')`` beside ``file_name`` and
    ``content_type``: an image's file is a picture, a clip's a video, and the media type follows."""
    from seedbed.model import Column, ColumnType, TypeKind

    t = table("library_assets", ("file_name", "varchar(120)", False), ("content_type", "varchar(80)"))
    kind = Column(name="asset_type", type=ColumnType(kind=TypeKind.ENUM, sql_name="asset_kind",
                                                      enum_labels=("image", "clip", "podcast", "chart")), nullable=False)
    t = replace(t, columns=(*t.columns[:1], kind, *t.columns[1:]))
    got = generate(t)["library_assets"]
    want = {"image": ("jpg", "png", "webp"), "clip": ("mp4", "mov"), "podcast": ("mp3", "m4a"), "chart": ("png", "svg")}
    rows = list(zip(got["asset_type"], got["file_name"], got["content_type"], strict=True))
    assert all(f.rsplit(".", 1)[-1] in want[k] for k, f, _ in rows)
    assert all(m.split("/")[0] in ("image", "video", "audio") for _, _, m in rows if m)


def test_sizes_and_durations_belong_to_the_media_kinds_that_have_them() -> None:
    """Beside ``asset_type ENUM ('image', 'clip', 'podcast')``, ``pixel_width`` is set on images and
    clips only, ``runtime_seconds`` on clips and podcasts only."""
    from seedbed.model import Column, ColumnType, TypeKind

    t = table("library_assets", ("pixel_width", "int"), ("runtime_seconds", "int"))
    kind = Column(name="asset_type", type=ColumnType(kind=TypeKind.ENUM, sql_name="asset_kind",
                                                      enum_labels=("image", "clip", "podcast")), nullable=False)
    t = replace(t, columns=(*t.columns, kind))
    got = generate(t)["library_assets"]
    rows = list(zip(got["asset_type"], got["pixel_width"], got["runtime_seconds"], strict=True))
    assert all((w is not None) == (k != "podcast") and (r is not None) == (k != "image") for k, w, r in rows)


# ------------------------------------------------------------------ a hold lifts for its release
def test_a_hold_lifts_when_its_row_is_released_or_shortly_before() -> None:
    """``locked_until`` of a row with ``drafted_at`` and ``released_at``: at or up to two hours before
    the release (never after it, never before the draft), and on a minority of rows."""
    import datetime as dt

    t = table("press_notes", ("drafted_at", "ts", False), ("locked_until", "ts"), ("released_at", "ts"))
    got = generate(t)["press_notes"]
    rows = [(dt.datetime.fromisoformat(d), dt.datetime.fromisoformat(h), dt.datetime.fromisoformat(r))
            for d, h, r in zip(got["drafted_at"], got["locked_until"], got["released_at"], strict=True) if h and r]
    assert rows and all(d <= h <= r and r - h <= dt.timedelta(hours=2) for d, h, r in rows)
    assert sum(h is not None for h in got["locked_until"]) < 0.5 * len(got["locked_until"])


# ------------------------------------------------------------------ a JSON breakdown is shares of a whole
def test_a_json_breakdown_is_the_shares_of_its_categories() -> None:
    """``device_split jsonb`` is ``{"mobile": 0.61, "desktop": 0.31, "tablet": 0.08}``: the categories
    its qualifier names, shares summing to 1 (it was an event payload)."""
    import json

    from seedbed.model import Column, ColumnType, TypeKind

    t = table("ad_campaign_days")
    t = replace(t, columns=(*t.columns, Column(name="device_split", nullable=False,
                                               type=ColumnType(kind=TypeKind.JSONB, sql_name="jsonb"))))
    docs = [json.loads(v) for v in generate(t)["ad_campaign_days"]["device_split"]]
    assert all(set(d) == {"mobile", "desktop", "tablet"} and abs(sum(d.values()) - 1) < 0.03 for d in docs)


# ------------------------------------------------------------------ a row's own page
def test_the_url_of_a_rows_own_page_ends_with_its_slug_on_one_site() -> None:
    """``share_url`` beside ``slug`` is ``https://www.<one site>/<the slug>``; a ``logo_url`` is not."""
    t = table("recipe_cards", ("title", "varchar(80)", False), ("slug", "varchar(100)", False),
              ("share_url", "varchar(200)"), ("logo_url", "varchar(200)"))
    got = generate(t)["recipe_cards"]
    urls = [(s, u) for s, u in zip(got["slug"], got["share_url"], strict=True) if u]
    assert urls and all(u.startswith("https://www.") and u.endswith("/" + s) for s, u in urls)
    assert len({u.split("/")[2] for _, u in urls}) == 1
    assert not any(u and u.endswith("/" + s) for s, u in zip(got["slug"], got["logo_url"], strict=True))


# ------------------------------------------------------------------ the last edit comes after every step
def test_a_rows_last_edit_comes_after_every_step_it_took() -> None:
    """``modified_at`` follows ``created_at`` and also ``approved_at`` and ``archived_at`` where the row
    has them (a record modified before it was approved)."""
    import datetime as dt

    t = table("grant_files", ("created_at", "ts", False), ("approved_at", "ts"), ("archived_at", "ts"),
              ("modified_at", "ts", False))
    got = generate(t)["grant_files"]
    for c, a, r, m in zip(got["created_at"], got["approved_at"], got["archived_at"], got["modified_at"], strict=True):
        moments = [dt.datetime.fromisoformat(x) for x in (c, a, r) if x]
        assert dt.datetime.fromisoformat(m) >= max(moments)


def test_rows_numbered_within_their_parent_come_in_that_order() -> None:
    """Revision 2 of a recipe is saved after revision 1: the moments of one parent's numbered rows
    follow their numbers."""
    drafts = table("recipe_drafts", ("rev_number", "int", False), ("saved_at", "ts", False),
                   fks=(("recipe_id", "recipes"),))
    drafts = replace(drafts, uniques=(UniqueKey(name="rd_uq", columns=("recipe_id", "rev_number")),))
    got = generate(table("recipes", ("title", "varchar(80)"), ("created_at", "ts", False)), drafts)["recipe_drafts"]
    per: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for p, n, t in zip(got["recipe_id"], got["rev_number"], got["saved_at"], strict=True):
        per[p].append((int(n), t))
    import datetime as dt
    assert any(len(v) > 2 for v in per.values())
    for rows in per.values():
        times = [dt.datetime.fromisoformat(t) for _, t in sorted(rows)]
        assert times == sorted(times)
