"""Vocabulary packs (``data/vocab/<name>.d/*.json``) merge into their file: objects key by key, a
pack's lists first, and a pack that would change a base value is an error, never a silent override."""
from importlib import resources

import pytest

from seedbed.generate.realistic.vocab import load, merge


def test_objects_merge_and_lists_go_first():
    base = {"trades": {"rail": {"words": "rail"}}, "typical": [["generic"]], "_doc": "base"}
    merge(base, {"_doc": "pack", "trades": {"astronomy": {"words": "telescope"}}, "typical": [["specific"]]}, "t")
    assert base == {"trades": {"rail": {"words": "rail"}, "astronomy": {"words": "telescope"}},
                    "typical": [["specific"], ["generic"]], "_doc": "base"}


def test_a_pack_never_changes_a_base_value():
    with pytest.raises(ValueError, match="rail"):
        merge({"trades": {"rail": "a"}}, {"trades": {"rail": "b"}}, "t")


def test_every_shipped_pack_loads():
    root = resources.files("seedbed.data").joinpath("vocab")
    for folder in (p for p in root.iterdir() if p.name.endswith(".d") and p.is_dir()):
        data = load(folder.name[:-2])
        for part in folder.iterdir():
            if part.name.endswith(".json"):
                assert isinstance(data, dict), part.name
