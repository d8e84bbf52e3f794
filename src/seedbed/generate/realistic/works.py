"""``text.work_title``: titles and subtitles of books, articles, papers, talks, exhibitions,
artworks and plays from ``data/vocab/works.json`` (see ``seedbed.generate.intent.works``)."""

from __future__ import annotations

import numpy as np

from seedbed.generate.realistic.fit import Call
from seedbed.generate.realistic.registry import register
from seedbed.generate.realistic.vocab import compose, load, title_case


def _slot(name: str) -> list[str] | None:
    slots = load("works")["slots"]
    return slots.get(name) or slots.get(name[:1].upper() + name[1:])


@register("text.work_title", unique="suffix", cut="words")
def _work_title(call: Call) -> np.ndarray:
    templates = load("works")["templates"]
    kind = templates.get(str(call.p("kind") or "any"), templates["any"])
    chosen = kind.get(str(call.p("role") or "title")) or templates["any"]["subtitle"]
    return title_case(compose(chosen, _slot, call.rng, call.n))  # "{Place} in Colour": the North -> The North
