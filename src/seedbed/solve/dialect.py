"""Translate PostgreSQL pattern dialects (ARE regexes, LIKE) into Python ``re`` syntax.

PostgreSQL's advanced regular expressions (ARE, the default flavour of ``~``) are close to
Python's syntax but differ in a few places that matter for CHECKs: POSIX bracket classes
(``[[:alpha:]]``), ``\\b`` meaning backspace, ``\\m``/``\\M``/``\\y`` word boundaries,
``\\xhhh`` with any number of hex digits, leading ``***=`` / ``***:`` directors and embedded
option letters Python does not know. :func:`are_to_python` rewrites what it can and raises
``ValueError`` for what the generator cannot honour (word boundaries, back-references,
collating elements); the caller then leaves the constraint to the database.

Both functions are pure string transformations; nothing is compiled here.
"""

from __future__ import annotations

import re

__all__ = ["are_to_python", "like_to_regex"]

# POSIX classes as explicit ASCII ranges (PostgreSQL's are locale-aware; generation stays ASCII).
_POSIX_CLASSES = {
    "alpha": "a-zA-Z",
    "upper": "A-Z",
    "lower": "a-z",
    "digit": "0-9",
    "alnum": "a-zA-Z0-9",
    "word": "a-zA-Z0-9_",
    "xdigit": "0-9A-Fa-f",
    "space": r" \t\n\r\f\v",
    "blank": r" \t",
    "punct": re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").replace("\\ ", " "),
    "print": r"\x20-\x7e",
    "graph": r"\x21-\x7e",
    "cntrl": r"\x01-\x1f\x7f",
}
# PostgreSQL escapes whose meaning differs from Python's, outside and inside brackets.
_CHAR_ESCAPES = {"a": r"\x07", "b": r"\x08", "B": r"\\", "e": r"\x1b", "f": r"\f", "n": r"\n",
                 "r": r"\r", "t": r"\t", "v": r"\v"}
_CLASS_ESCAPES = frozenset("dDsSwW")
_UNSUPPORTED_ESCAPES = {"m": "word start", "M": "word end", "y": "word boundary",
                        "Y": "non-boundary", "c": "control escape"}
_OPTION_LETTERS = frozenset("bceimnpqstwx")


def are_to_python(pattern: str) -> str:
    """Rewrite a PostgreSQL ARE so that Python's ``re`` parses it with the same meaning.

    Args:
        pattern: the regex text as it appears in the CHECK (after SQL string unquoting).

    Returns:
        An equivalent Python pattern (ASCII approximations for POSIX classes).

    Raises:
        ValueError: for constructs seedbed cannot generate from (back-references, word
            boundaries, collating elements, the BRE/ERE flavours).
    """
    if pattern.startswith("***="):
        return re.escape(pattern[4:])
    if pattern.startswith("***:"):
        pattern = pattern[4:]
    prefix = ""
    m = re.match(r"\(\?([a-z]+)\)", pattern)
    if m:
        letters = m.group(1)
        if set(letters) - _OPTION_LETTERS or set(letters) & set("beq"):
            raise ValueError(f"unsupported regex options (?{letters})")
        keep = "".join(ch for ch in letters if ch in "ix")
        prefix = f"(?{keep})" if keep else ""
        pattern = pattern[m.end():]
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            text, i = _escape(pattern, i, in_class=False)
            out.append(text)
        elif ch == "[":
            text, i = _bracket(pattern, i)
            out.append(text)
        else:
            out.append(ch)
            i += 1
    return prefix + "".join(out)


def _escape(pattern: str, i: int, *, in_class: bool) -> tuple[str, int]:
    """Translate the escape starting at ``pattern[i] == '\\'``; returns (text, next index)."""
    if i + 1 >= len(pattern):
        raise ValueError("regex ends with a backslash")
    ch = pattern[i + 1]
    if ch in _CHAR_ESCAPES:
        return _CHAR_ESCAPES[ch], i + 2
    if ch in _UNSUPPORTED_ESCAPES:
        raise ValueError(f"unsupported regex escape \\{ch} ({_UNSUPPORTED_ESCAPES[ch]})")
    if ch in _CLASS_ESCAPES:
        return "\\" + ch, i + 2
    if ch in "AZ" and not in_class:
        return "\\" + ch, i + 2
    if ch in "xuU":
        width = {"x": None, "u": 4, "U": 8}[ch]
        j = i + 2
        limit = len(pattern) if width is None else j + width
        while j < min(limit, len(pattern)) and pattern[j] in "0123456789abcdefABCDEF":
            j += 1
        digits = pattern[i + 2:j]
        if not digits or (width is not None and len(digits) != width):
            raise ValueError(f"malformed escape \\{ch}{digits}")
        return _literal(chr(int(digits, 16))), j
    if ch == "0":
        j = i + 2
        while j < min(i + 4, len(pattern)) and pattern[j] in "01234567":
            j += 1
        return _literal(chr(int(pattern[i + 1:j], 8))), j
    if ch.isdigit():
        raise ValueError("back-references are not supported")
    if ch.isalnum():
        raise ValueError(f"unknown regex escape \\{ch}")
    return _literal(ch), i + 2


def _literal(ch: str) -> str:
    """One character as a regex literal valid in both dialects, inside and outside brackets.

    ASCII punctuation is backslash-escaped (a literal in PostgreSQL AREs and in Python); hex
    escapes are avoided because PostgreSQL's ``\\x`` swallows any following hex digits.
    """
    if ch.isalnum() or ch == "_" or not ch.isascii() or ord(ch) < 0x20 or ord(ch) == 0x7F:
        return ch
    return "\\" + ch


def _bracket(pattern: str, i: int) -> tuple[str, int]:
    """Translate the bracket expression opening at ``pattern[i] == '['``."""
    j = i + 1
    negate = j < len(pattern) and pattern[j] == "^"
    if negate:
        j += 1
    items: list[str] = []
    first = True
    while True:
        if j >= len(pattern):
            raise ValueError("unterminated bracket expression")
        ch = pattern[j]
        if ch == "]" and not first:
            break
        first = False
        if pattern.startswith("[:", j):
            end = pattern.find(":]", j + 2)
            name = pattern[j + 2:end] if end >= 0 else ""
            if name not in _POSIX_CLASSES:
                raise ValueError(f"unknown character class [:{name}:]")
            items.append(_POSIX_CLASSES[name])
            j = end + 2
            continue
        if pattern.startswith("[.", j) or pattern.startswith("[=", j):
            close = pattern[j + 1] + "]"
            end = pattern.find(close, j + 2)
            body = pattern[j + 2:end] if end >= 0 else ""
            if len(body) != 1:
                raise ValueError("collating elements are not supported")
            items.append(_literal(body))
            j = end + 2
            continue
        if ch == "\\":
            text, j = _escape(pattern, j, in_class=True)
            items.append(text)
            continue
        if ch == "-" and items and j + 1 < len(pattern) and pattern[j + 1] != "]":
            items.append("-")  # a range operator between two endpoints
        else:
            items.append(_literal(ch))
        j += 1
    return "[" + ("^" if negate else "") + "".join(items) + "]", j + 1


def like_to_regex(pattern: str, escape: str = "\\") -> str:
    """Translate a LIKE pattern (``%`` any run, ``_`` one character) into an anchored ARE.

    The result uses only syntax common to PostgreSQL AREs and Python, so it can be stored in
    a domain's ``patterns`` / ``not_patterns`` and compiled by either.

    Args:
        pattern: the LIKE pattern.
        escape: the escape character (LIKE's default is backslash; empty disables escaping).

    Returns:
        ``^...$`` regex text.
    """
    out = ["^"]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if escape and ch == escape and i + 1 < len(pattern):
            out.append(_literal(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "%" else "." if ch == "_" else _literal(ch))
        i += 1
    out.append("$")
    return "".join(out)


def similar_to_regex(pattern: str, escape: str = "\\") -> str:
    """Translate a SQL ``SIMILAR TO`` pattern into an anchored ARE, as ``similar_to_escape`` does.

    ``%`` is any run, ``_`` one character, ``.`` ``^`` ``$`` are literal outside a bracket
    expression; ``|`` ``*`` ``+`` ``?`` ``{m,n}`` ``(...)`` and ``[...]`` keep their regex meaning.

    Args:
        pattern: the SIMILAR TO pattern (PostgreSQL deparses ``x SIMILAR TO 'p'`` as
            ``x ~ similar_to_escape('p')``).
        escape: the escape character (backslash unless ``ESCAPE`` names another; empty disables).

    Returns:
        ``^(?:...)$`` regex text.
    """
    out = ["^(?:"]
    i, opened = 0, -1  # opened: where the bracket expression being read began
    while i < len(pattern):
        ch = pattern[i]
        if escape and ch == escape and i + 1 < len(pattern):
            out.append(_literal(pattern[i + 1]))
            i += 2
            continue
        if opened >= 0:
            out.append(ch)
            first = i == opened + 1 or (i == opened + 2 and pattern[opened + 1] == "^")
            if ch == "]" and not first:
                opened = -1
        elif ch == "[":
            out.append(ch)
            opened = i
        elif ch == "%":
            out.append(".*")
        elif ch == "_":
            out.append(".")
        elif ch == "(":
            out.append("(?:")
        elif ch in ".^$":
            out.append(_literal(ch))
        else:
            out.append(ch)
        i += 1
    out.append(")$")
    return "".join(out)
