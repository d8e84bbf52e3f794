"""No silent misreading (issue 11): a word the scope language does not know is never dropped quietly.

Phrases are built from the grammar the README documents (counts, fan-outs in several word orders,
spreads, mixes, "the rest", negation, zero counts, selections, windows, ranges, relative sizes,
keys, windows between two columns) over the hand-built shop schema of tests/test_scope.py, and a
made-up word ("zorblax") is put at a random place. Then either resolving fails (``ScopeError``:
exit 2), or a warning quotes the made-up word (``--strict`` exits 2 on warnings). Exit 0 with the
word ignored is the bug this test exists for.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedbed.errors import ScopeError
from seedbed.scope import parse, resolve
from tests.test_scope import SCHEMA

#: Phrases of the grammar; ``{n}`` and friends are filled with numbers, ``{t}`` with a table.
TEMPLATES = (
    "{n} users", "{n} orders", "{n} users with {lo}-{hi} orders each", "every user places between {lo} and {hi} orders",
    "each order should contain {lo} to {hi} order items", "{n} products across {m} categories",
    "{m} categories with {lo} products in each", "{n} orders, {p}% cancelled and the rest shipped",
    "{n} orders: half of them completed, the rest pending", "no refunded payments", "without cancelled orders",
    "{n} users, 0 orders", "only users and posts", "skip audit_logs and system_events", "everything except reviews",
    "orders placed in the last {m} days", "users created in 2024", "prices between {lo} and {hi} dollars",
    "quantities between 1 and {lo}", "{n} users and twice as many orders", "orders for user ids {lo},{hi},{m}",
    "orders shipped within {lo} days of being placed", "orders mostly completed or shipped",
    "payments mostly by card", "just reviews ({n} of them) plus whatever they depend on",
    "users from Germany with their addresses", "ratings of 4 or 5 stars only", "{p}% of payments refunded",
    "every product gets at least one review and at most three", "{n} {t}", "{t} only",
    # brief s2: what leans on a reading, signs and hedges, corrections, a second reference
    "each user has {lo}-{hi} addresses and {lo}-{hi} orders", "at most {hi} reviews per product and at least {lo}",
    "orders: no more than {hi} order items each", "prices >= {lo} for every product", "reviews: {lo} to 5 stars",
    "{n} orders, {p}% shipped... I mean cancelled", "payments for orders with ids matching the order service",
    "orders for user ids {lo}-{hi} referencing product ids {lo}-{hi}", "approx. {n} users, ~{m} categories",
    # brief s2 round B: "of which", "every one of them", a negation said again, "with their X and Y",
    # a verb before a value and "the rest", a participle before "in each", an "-ing" time verb
    "{n} orders, of which {p}% are cancelled", "{n} users, every one of them with {lo}-{hi} orders",
    "orders: none cancelled, none shipped", "users with their addresses and orders",
    "most payments billed to card, the rest paypal", "{m} users with {lo} to {hi} orders placed in each",
    "orders shipping in 2024",
)
TABLES = ("users", "orders", "products", "categories", "reviews", "payments", "posts", "comments", "carts")
_CONSONANTS = "bdfgklmnprstvz"


@st.composite
def noise_words(draw: st.DrawFn) -> str:
    """A pronounceable word no dictionary of ours holds: it starts with "zq", "qx" or "xz"."""
    head = draw(st.sampled_from(("zq", "qx", "xz")))
    body = draw(st.lists(st.tuples(st.sampled_from("aeiou"), st.sampled_from(_CONSONANTS)), min_size=2, max_size=3))
    return head + "".join(a + b for a, b in body)


@st.composite
def noisy_phrases(draw: st.DrawFn) -> tuple[str, str]:
    template = draw(st.sampled_from(TEMPLATES))
    lo = draw(st.integers(1, 4))
    text = template.format(n=draw(st.integers(2, 5000)), m=draw(st.integers(2, 60)), lo=lo, hi=lo + draw(st.integers(1, 5)),
                           p=draw(st.integers(5, 60)), t=draw(st.sampled_from(TABLES)))
    words = text.split(" ")
    noise = draw(noise_words())
    at = draw(st.integers(0, len(words)))
    return " ".join(words[:at] + [noise] + words[at:]), noise


@settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_phrases())
def test_noise_is_reported_or_strict_fails(case: tuple[str, str]) -> None:
    text, noise = case
    try:
        res = resolve(parse(text, SCHEMA), SCHEMA)
    except ScopeError:
        return  # exit 2: nothing is written
    assert any(noise in w for w in res.warnings), f"{text!r}: {noise!r} ignored silently ({res.warnings})"


def test_every_template_reads_cleanly_without_noise() -> None:
    """The grammar the noise is put into is understood by itself (else the test above proves nothing)."""
    for template in TEMPLATES:
        text = template.format(n=300, m=12, lo=2, hi=4, p=20, t="orders")
        res = resolve(parse(text, SCHEMA), SCHEMA)
        assert not res.warnings, (text, res.warnings)
