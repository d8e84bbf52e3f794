"""Bounds on the work a request may ask for, checked before the work starts or while it runs.

- Rows: a run (CLI ``seed`` / ``generate``, MCP, the Python API) refuses a plan of more than
  ``max_rows`` rows in all before a single row is generated (``--max-rows`` raises it; default
  :data:`DEFAULT_MAX_ROWS`). A count of 10^12 is a typo or an attack, not a seed.
- Time: :func:`deadline` sets a bound for the work of the current context (an HTTP request);
  the loops that do user-sized work call :func:`check_deadline` and stop there. The work stops
  itself, so no lock or half-built cache is left behind.
- JSON: :func:`loads` parses spec text with every failure mode (a 5,000-digit number, nesting
  deeper than the parser's recursion, bad UTF-8) turned into one ValueError.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import time
from collections.abc import Iterator
from typing import Any

from seedbed.errors import LimitExceeded

__all__ = ["DEFAULT_MAX_ROWS", "MAX_JSON_DEPTH", "check_deadline", "check_plan_rows", "deadline", "json_depth",
           "loads"]

#: Rows one run may generate in all tables unless ``--max-rows`` says otherwise.
DEFAULT_MAX_ROWS = 50_000_000
#: Nesting a spec never needs; deeper JSON is refused before anything recurses over it.
MAX_JSON_DEPTH = 64

_deadline: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar("seedbed_deadline",
                                                                                      default=None)


def check_plan_rows(plan: Any, max_rows: int | None, *, option: str = "--max-rows") -> None:
    """Refuse a plan of more than ``max_rows`` rows (None: no limit) before generating any."""
    total = sum(tp.rows for tp in plan.tables.values())
    if max_rows is not None and total > max_rows:
        raise LimitExceeded(f"the plan asks for {total:,} rows in all; the limit is {max_rows:,}",
                            subject="rows", hint=f"lower the counts, or raise the limit ({option} N)")


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Bound the work done in this context to ``seconds`` (None: unbounded)."""
    token = _deadline.set(None if not seconds else (time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def check_deadline() -> None:
    """Raise LimitExceeded when the current context's deadline has passed (cheap: call in loops)."""
    bound = _deadline.get()
    if bound is not None and time.monotonic() > bound[0]:
        raise LimitExceeded(f"the request took longer than {bound[1]:g} seconds", subject="time",
                            hint="ask for fewer rows or smaller values, or raise the limit "
                                 "(seedbed serve --timeout / SEEDBED_API_TIMEOUT)")


def json_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """Nesting depth of a parsed JSON value, counted without recursion; stops past ``limit``."""
    depth = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list | tuple):
            depth = max(depth, level)
            if depth > limit:
                return depth
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children if isinstance(child, dict | list | tuple))
    return depth


def _text_depth(text: str, limit: int) -> int:
    """Bracket nesting of JSON text (strings skipped), without parsing it."""
    depth = top = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            top = max(top, depth)
            if top > limit:
                return top
        elif ch in "]}":
            depth -= 1
    return top


def loads(data: str | bytes | bytearray, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` whose every failure is a ValueError with a message fit for the user."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    if _text_depth(text, max_depth) > max_depth:
        raise ValueError(f"nested deeper than {max_depth} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(str(exc)) from None
    except (ValueError, RecursionError) as exc:  # a number of more than 4,300 digits, ...
        raise ValueError(str(exc).split(";")[0]) from None
