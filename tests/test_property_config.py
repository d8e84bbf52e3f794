"""Property: any config file, however wrong, is accepted and usable or refused with a coded
error (SB160 / SB1xx) — never a traceback later (issue 12, item 8)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seedbed.config import column_overrides
from seedbed.errors import SeedbedError
from seedbed.scope.config import dumps, load_scope
from seedbed.scope.model import ITEM_KINDS

KEYS = ["columns", "scope", "provider", "params", "weights", "null_rate", "unique", "items", "text", "unplaced",
        "kind", "rows", "table", "column", "low", "high", "rate", "share", "tables", "keys", "parents", "child",
        "parent", "average", "start", "end", "locale", "pack", "categories", "size", "users.bio", "x"]
scalars = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
                    st.text(max_size=12), st.sampled_from(list(ITEM_KINDS)))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)), max_leaves=20)
item = st.fixed_dictionaries({"kind": st.sampled_from(list(ITEM_KINDS))},
                             optional={k: values for k in KEYS[11:]})
documents = st.fixed_dictionaries({}, optional={
    "columns": st.one_of(values, st.dictionaries(st.sampled_from(["users.bio", "orders.status", "x"]),
                                                 st.dictionaries(st.sampled_from(KEYS[2:7] + ["bogus"]), values,
                                                                 max_size=4), max_size=3)),
    "scope": st.one_of(values, st.fixed_dictionaries({}, optional={
        "text": values, "items": st.one_of(values, st.lists(item, max_size=4)), "unplaced": values})),
})


def _load(path: Path) -> None:
    try:
        column_overrides(path)
        load_scope(path)
    except SeedbedError as exc:
        assert exc.code.startswith("SB1") and exc.exit_code == 2, exc.code


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_any_toml_document_is_usable_or_a_coded_error(doc: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seedbed.toml"
        try:
            path.write_text(dumps(doc), encoding="utf-8")
        except TypeError:
            return  # not expressible in TOML (the writer refuses it)
        _load(path)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_are_usable_or_a_coded_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seedbed.toml"
        path.write_bytes(raw)
        _load(path)
