"""A small built-in vocabulary for readable filler text (column intent adds realistic pools later).

Lowercase ASCII letters only, so the words never need quoting or escaping in any literal form
(COPY text, arrays, hstore, JSON, tsvector, XML).
"""

from __future__ import annotations

import numpy as np

__all__ = ["KEYS", "WORDS", "WORD_ARRAY"]

WORDS: tuple[str, ...] = tuple("""
amber anchor apple arrow aspen autumn badge bamboo basin beacon berry birch blade bloom border
breeze bridge brook cable candle canyon carbon cedar chalk cherry cinder circle cliff cloud clover
cobalt comet copper coral cotton crane crest crystal dawn delta desert dune eagle echo ember
falcon fern field flame forest fossil frost garden garnet glacier granite harbor hazel heron
hollow honey horizon indigo island ivory jade jasmine juniper kettle lagoon lantern laurel lemon
linen maple marble meadow meteor mist moss nectar nickel oak ocean olive onyx orbit orchid
pebble pepper pine planet plaza prairie quartz quill rain raven reef ridge river robin saffron
sage sand shadow shell silver slate spark spruce stone storm summit swift thistle thunder tide
timber topaz trail tulip valley velvet willow window winter yarrow zephyr
""".split())

#: The vocabulary as a numpy unicode array, for vectorised picks.
WORD_ARRAY = np.array(WORDS)

#: Keys for small JSON objects and hstore values.
KEYS: tuple[str, ...] = ("color", "size", "source", "status", "tier", "region", "channel", "label")
