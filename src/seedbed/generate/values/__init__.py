"""Vectorised, type-correct, constraint-respecting column values and their COPY text encoding.

``generate(GenRequest, rng) -> ColumnData`` makes one chunk of one column; ``cardinality``
says how many distinct values a column can take (the planner's capacity check for unique
columns); ``encode(ColumnType, ColumnData)`` writes PostgreSQL COPY text cells.

Modules, one noun each: ``data`` (the records), ``ordinal`` (ordered kinds as integer units),
``numbers``, ``temporal``, ``text`` + ``patterns`` + ``words``, ``network``, ``geometry``,
``misc`` (uuid, bool, bytea, bit, enum, json, hstore, text search, xml), ``compound`` (ranges,
multiranges, arrays), ``encode``, ``strings`` (vectorised formatting) and ``dispatch``.
"""

from __future__ import annotations

from seedbed.generate.values.data import ColumnData, GenRequest
from seedbed.generate.values.dispatch import cardinality, generate, merge_domains
from seedbed.generate.values.encode import NULL, array_literal, copy_escape, encode, literals
from seedbed.generate.values.misc import seeded_uuids

__all__ = [
    "NULL", "ColumnData", "GenRequest", "array_literal", "cardinality", "copy_escape", "encode",
    "generate", "literals", "merge_domains", "seeded_uuids",
]
