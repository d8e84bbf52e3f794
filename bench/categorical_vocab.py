"""Share of categorical text columns that get a real vocabulary (not a neutral label from their name).

Each ``bench/realism_unseen*.sql`` (or the files given) is loaded into a scratch database, and ``infer``
runs on every written text column with no enum or CHECK list. A column is *categorical* when its name's
last word is a classifier head (``*_type``, ``category``, ``grade``, ``material``, ``weather``, ``reason``,
...: ``neutral.CODE_HEADS`` and ``_MORE`` below). Printed per schema: text columns, categorical ones, and
how many of those got a vocabulary (any intent but a neutral label ``text.neutral``, a class name of a
mistaken polymorphic pair ``tech.class_name`` or free sentences ``text.sentence``); then the others.
A vocabulary of the wrong domain still counts: score the samples for that.

Usage::

    PYTHONPATH=src .venv/bin/python bench/categorical_vocab.py [files...] [--dsn ...]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from intent_coverage import DEFAULT_DSN, _domain, _drop, _fold, _load  # noqa: E402

from seedbed.generate.intent import infer, meaningful  # noqa: E402
from seedbed.generate.intent.neutral import CODE_HEADS  # noqa: E402
from seedbed.generate.intent.tokens import tokens  # noqa: E402
from seedbed.model import TypeKind  # noqa: E402

_MORE = frozenset("""material materials variety technique trade weather reason cause specialism specialty
specialization discipline finish species breed cultivar genre medium period culture purpose outcome result
attribution treatment damage injury part colour color shape pattern style origin nationality profession
occupation""".split())


#: Intents that give a categorical column no vocabulary of its own.
_NONE = frozenset({"text.neutral", "tech.class_name", "text.sentence"})


def measure(path: Path, dsn: str) -> tuple[int, int, int, list[str]]:
    db = f"seedbed_catvocab_{os.getpid()}_{path.stem}"[:63]
    try:
        schema = _load(dsn, path, db)
    finally:
        _drop(dsn, db)
    if schema is None:
        return 0, 0, 0, []
    text = cat = real = 0
    neutral: list[str] = []
    for table in schema.tables:
        folded = _fold(table)
        fk_cols = {c for fk in table.foreign_keys for c in fk.columns}
        for col in table.columns:
            dom = _domain(folded, col.name)
            if (col.type.kind is not TypeKind.TEXT or col.generated or col.name in fk_cols or col.type.is_array
                    or col.type.enum_labels or dom.allowed is not None or not meaningful(col.name)):
                continue
            text += 1
            toks = tokens(col.name)
            if not toks or toks[-1] not in CODE_HEADS | _MORE or toks[-1] in ("code", "flag", "unit", "status", "state"):
                continue
            cat += 1
            intent = infer(schema, table, col, dom)
            if intent is not None and intent.name not in _NONE:
                real += 1
            else:
                neutral.append(f"{table.name.name}.{col.name}")
    return text, cat, real, neutral


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--dsn", default=os.environ.get("SEEDBED_BENCH_DSN", DEFAULT_DSN))
    args = ap.parse_args(argv)
    files = args.files or sorted(Path(__file__).resolve().parent.glob("realism_unseen*.sql"))
    tot = [0, 0, 0]
    for path in files:
        text, cat, real, neutral = measure(path, args.dsn)
        tot = [tot[0] + text, tot[1] + cat, tot[2] + real]
        print(f"{path.stem:24} text {text:4}  categorical {cat:3}  with a vocabulary {real:3}"
              f"  ({100 * real / max(cat, 1):5.1f}%)  neutral: {', '.join(neutral)}")
    print(f"\nall: text {tot[0]}, categorical {tot[1]}, with a vocabulary {tot[2]} "
          f"({100 * tot[2] / max(tot[1], 1):.1f}%), neutral {tot[1] - tot[2]} ({100 * (tot[1] - tot[2]) / max(tot[0], 1):.1f}% of text)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
