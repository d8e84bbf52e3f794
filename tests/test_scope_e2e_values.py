"""The classes of brief s1 (session 5) end to end: sets of numbers and shares on numbers, counts
of values inside a count, "the rest" over several values, "each X has A and B", a locale for a
share of the rows, a bound with its unit and a row's time after its parent's said with verbs."""

from __future__ import annotations

import psycopg
import pytest

from tests.test_scope_e2e import counts, one, scoped, shares
from tests.test_scope_e2e_more import per_parent, shop, tracker  # noqa: F401 (fixtures)


def test_number_sets_value_counts_and_the_rest(tracker: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "3 projects; every project has 1-3 sprints and a dozen labels; 300 issues, story points "
                                "1, 2, 3, 5, 8 or 13; priorities: 10% urgent, 30% high, the rest medium or low; "
                                "400 accounts: 40 admins, 240 developers and the rest reporters; "
                                "attachments no bigger than 2 MB; comments posted after the issue was opened")
    assert not expl.warnings
    assert {int(v) for v in shares(tracker, "issues", "story_points")} <= {1, 2, 3, 5, 8, 13}
    assert per_parent(tracker, "labels", "project_id", "projects") == (12, 12, 3)
    prio = shares(tracker, "issues", "priority")
    assert abs(prio.get("medium", 0) - prio.get("low", 0)) < 0.12 and prio.get("urgent", 0) < 0.2
    assert counts(tracker, "accounts")["accounts"] == 400
    assert shares(tracker, "accounts", "role").get("admin", 0) == pytest.approx(0.1, abs=0.05)
    assert "viewer" not in shares(tracker, "accounts", "role")
    assert one(tracker, "SELECT max(size_bytes) FROM attachments")[0] <= 2 * 1024 * 1024
    assert one(tracker, "SELECT count(*) FROM comments c JOIN issues i ON i.id = c.issue_id "
                        "WHERE c.posted_at < i.opened_at")[0] == 0


def test_shares_on_numbers_and_a_locale_share(shop: psycopg.Connection, fresh_dsn: str) -> None:
    _, expl = scoped(fresh_dsn, "200 users mostly from France; 600 reviews: mostly 4 and 5 stars; "
                                "payments: nothing by bank transfer")
    assert not expl.warnings
    assert shares(shop, "users", "country").get("FR", 0) == pytest.approx(0.8, abs=0.08)
    stars = shares(shop, "reviews", "rating")
    assert stars.get("4", 0) + stars.get("5", 0) == pytest.approx(0.8, abs=0.08) and len(stars) == 5
    assert "bank_transfer" not in shares(shop, "payments", "method")
