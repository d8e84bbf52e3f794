"""The scope language: say what a seed should look like in plain English (issue 4).

``parse(text, schema)`` reads a scope into a structured ``Scope`` (deterministic, rule-based; the
schema grounds the words first, and is optional); ``resolve(scope, schema)`` matches it to tables and columns and turns it into
``PlanOptions``, saying how each phrase was understood; ``scope_options(conn, schema, text,
base)`` (in ``seedbed.scope.apply``) is what the interfaces call. ``save_scope`` / ``load_scope``
keep the structured form in ``seedbed.toml``.
"""

from seedbed.scope.config import load_scope, save_scope
from seedbed.scope.explain import Explanation, explain, explain_lines
from seedbed.scope.model import Scope
from seedbed.scope.parse import parse
from seedbed.scope.combine import combine
from seedbed.scope.resolve import Resolution, resolve

__all__ = ["Explanation", "Resolution", "Scope", "combine", "explain", "explain_lines", "load_scope", "parse",
           "resolve", "save_scope"]
