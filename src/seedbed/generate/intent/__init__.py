"""Column intent: what a column means (``internet.email``, ``money.price``) and why we think so.

``infer(schema, table, column, domain)`` reads the table and column names (tokenised), the type,
length, comment, enum labels and the folded CHECK domain; ``detect_domain(schema)`` picks the
domain pack (e-commerce, SaaS, fintech, ...) from the table names. The values themselves come
from ``seedbed.generate.realistic``.
"""

from __future__ import annotations

from seedbed.generate.intent.domain import DOMAINS, detect_domain
from seedbed.generate.intent.infer import infer
from seedbed.generate.intent.model import CATALOG, Intent, Spec, fits
from seedbed.generate.intent.tokens import meaningful, tokens

__all__ = ["CATALOG", "DOMAINS", "Intent", "Spec", "detect_domain", "fits", "infer", "meaningful", "tokens"]
