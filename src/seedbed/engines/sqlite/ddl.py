"""Read what SQLite's pragmas do not say from the stored CREATE statements (``sqlite_master.sql``).

A small tokenizer (strings, the four identifier quotings ``"x"`` ``[x]`` `` `x` `` and bare words,
comments, parentheses) is enough for the three things needed: the CHECK constraints of a table,
the WHERE predicate of a partial index and the expressions of an expression index.

Expressions leave here in a form both SQLite and seedbed's CHECK folder (which parses PostgreSQL
syntax) read with the same meaning: identifiers that name a column are double-quoted with the
column's own spelling (SQLite matches them case-insensitively, PostgreSQL does not), ``[x]`` and
`` `x` `` become ``"x"``, a double-quoted word that names no column becomes the string literal it
is in SQLite, ``==`` becomes ``=`` and the postfix ``x NOTNULL`` / ``x ISNULL`` / ``x NOT NULL``
become ``IS [NOT] NULL``. What PostgreSQL cannot parse (``GLOB``, SQLite-only functions) stays
as it is: the folder leaves such a CHECK to the database, which is SQLite itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


__all__ = ["Token", "expression", "from_postgres", "index_parts", "quote", "table_checks", "tokens"]

_TOKEN = re.compile(r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|$))
  | (?P<str>'(?:[^']|'')*')
  | (?P<dq>"(?:[^"]|"")*")
  | (?P<br>\[[^\]]*\])
  | (?P<bt>`(?:[^`]|``)*`)
  | (?P<blob>[xX]'[0-9a-fA-F]*')
  | (?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F]+)
  | (?P<word>[A-Za-z_\x80-\U0010ffff][\w$\x80-\U0010ffff]*)
  | (?P<op>!~~\*?|~~\*?|==|!=|<>|<=|>=|\|\||<<|>>|[-+*/%<>=~&|(),;.?:@$\[\]])
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # 'str', 'ident' (quoted), 'word' (bare), 'num', 'blob', 'op'
    text: str  # as written
    start: int
    end: int

    @property
    def name(self) -> str:
        """The identifier a quoted or bare token names."""
        if self.kind == "ident":
            body = self.text[1:-1]
            return body.replace('""', '"') if self.text[0] == '"' else body.replace("``", "`")
        return self.text

    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokens(text: str, *, brackets: bool = True) -> list[Token]:
    """The tokens of ``text``; ``brackets=False`` reads ``[`` and ``]`` as operators (PostgreSQL's
    ``ARRAY[...]``) instead of SQLite's ``[identifier]``."""
    out: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos) if brackets or text[pos] != "[" else None
        if m is None and not brackets and text[pos] == "[":
            out.append(Token("op", "[", pos, pos + 1))
            pos += 1
            continue
        if m is None:  # a character SQLite accepted and we do not model: keep it as an operator
            out.append(Token("op", text[pos], pos, pos + 1))
            pos += 1
            continue
        kind = m.lastgroup or "op"
        if kind != "space":
            kind = "ident" if kind in ("dq", "br", "bt") else kind
            out.append(Token(kind, m.group(), m.start(), m.end()))
        pos = m.end()
    return out


def quote(name: str) -> str:
    """A SQLite identifier, quoted as SQLite's documentation says (in double quotes, an inner
    double quote doubled: ``"a""b"``; the same text as psycopg's ``sql.Identifier``). Written out
    so that a SQLite run does not import a PostgreSQL driver for it (about 0.2 s at start-up)."""
    return '"' + name.replace('"', '""') + '"'



def _closing(toks: Sequence[Token], i: int) -> int:
    """Index of the ``)`` matching the ``(`` at ``i``."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == "(":
            depth += 1
        elif toks[j].text == ")":
            depth -= 1
            if depth == 0:
                return j
    return len(toks) - 1


def glob_regex(pattern: str) -> str:
    """A GLOB pattern (``*``, ``?``, ``[...]`` with ``^`` negating; case-sensitive, whole value)
    as the anchored POSIX regex PostgreSQL's ``~`` reads with the same meaning."""
    out = ["^"]
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        close = pattern.find("]", i + 2) if ch == "[" else -1
        if ch == "*":
            out.append(".*")
        elif ch == "?":
            out.append(".")
        elif ch == "[" and close > 0:
            body = pattern[i + 1:close]
            neg = body.startswith("^")
            body = body[1:] if neg else body
            out.append("[" + ("^" if neg else "") + body.replace("\\", "\\\\") + "]")
            i = close
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out) + "$"


def expression(text: str, columns: Iterable[str], *, postgres: bool = False) -> tuple[str, tuple[str, ...]]:
    """An expression in the dialect both SQLite and the CHECK folder read (module docstring), and
    the columns it reads (their own spelling, in order of first use).

    ``postgres``: for the CHECK folder only, also ``x [NOT] GLOB 'p'`` as ``x [!]~ '^regex$'``
    (SQLite has no ``~``: such a text is never run on SQLite).
    """
    by_lower = {c.lower(): c for c in columns}
    toks = tokens(text)
    parts: list[str] = []
    used: list[str] = []
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        prev = toks[i - 1] if i else None
        if postgres and tok.upper() == "GLOB" and nxt is not None and nxt.kind == "str":
            negated = bool(parts) and parts[-1].upper() == "NOT"
            if negated:
                parts[-1] = ""
            parts.append("!~" if negated else "~")
            continue
        if postgres and prev is not None and prev.upper() == "GLOB" and tok.kind == "str":
            parts.append("'" + glob_regex(tok.text[1:-1].replace("''", "'")).replace("'", "''") + "'")
            continue
        column = by_lower.get(tok.name.lower()) if tok.kind in ("ident", "word") else None
        calls = nxt is not None and nxt.text == "(" and tok.kind == "word"
        dotted = prev is not None and prev.text == "."
        if column is not None and not calls and (tok.kind == "ident" or not dotted):
            parts.append(quote(column))
            if column not in used:
                used.append(column)
        elif tok.kind == "ident" and tok.text[0] == '"':
            parts.append("'" + tok.name.replace("'", "''") + "'")  # SQLite's fallback: a string literal
        elif tok.kind == "ident":
            parts.append(quote(tok.name))
        elif tok.text == "==":
            parts.append("=")
        elif tok.upper() == "NOTNULL":
            parts.append("IS NOT NULL")
        elif tok.upper() == "ISNULL":
            parts.append("IS NULL")
        elif (tok.upper() == "NOT" and nxt is not None and nxt.upper() == "NULL"
              and (prev is None or prev.upper() != "IS")):
            parts.append("IS NOT")
        else:
            parts.append(tok.text)
    out = ""
    for i, (tok, part) in enumerate(zip(toks, parts, strict=True)):
        gap = text[toks[i - 1].end:tok.start] if i else ""
        if part:
            out += (" " if gap and out else "") + part  # whitespace and comments between tokens: one space
    return out, tuple(used)


def table_checks(create_sql: str) -> list[tuple[str | None, str]]:
    """The CHECK constraints of a CREATE TABLE, column and table level: ``(name or None, text)``."""
    toks = tokens(create_sql)
    try:
        open_at = next(i for i, t in enumerate(toks) if t.text == "(")
    except StopIteration:
        return []  # CREATE TABLE ... AS SELECT
    end = _closing(toks, open_at)
    out: list[tuple[str | None, str]] = []
    depth = 0
    i = open_at
    while i < end:
        tok = toks[i]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth -= 1
        elif depth == 1 and tok.upper() == "CHECK" and toks[i + 1].text == "(":
            close = _closing(toks, i + 1)
            name = toks[i - 1].name if i >= 2 and toks[i - 2].upper() == "CONSTRAINT" else None
            out.append((name, create_sql[toks[i + 1].end:toks[close].start].strip()))
            i = close + 1
            continue
        i += 1
    return out


def index_parts(create_sql: str) -> tuple[str, str | None]:
    """The parenthesised key list of a CREATE INDEX and its WHERE predicate (None: not partial)."""
    toks = tokens(create_sql)
    on = next(i for i, t in enumerate(toks) if t.upper() == "ON")
    open_at = next(i for i in range(on, len(toks)) if toks[i].text == "(")
    close = _closing(toks, open_at)
    keys = create_sql[toks[open_at].end:toks[close].start].strip()
    where = next((i for i in range(close + 1, len(toks)) if toks[i].upper() == "WHERE"), None)
    if where is None:
        return keys, None
    tail = toks[where + 1:]
    while tail and tail[-1].text == ";":
        tail = tail[:-1]
    return keys, create_sql[tail[0].start:tail[-1].end].strip() if tail else None


_MULTIWORD = {"character": ("varying",), "double": ("precision",), "bit": ("varying",),
              "timestamp": ("with", "without"), "time": ("with", "without")}
_OPS = {"~~": "LIKE", "~~*": "LIKE", "!~~": "NOT LIKE", "!~~*": "NOT LIKE"}  # SQLite's LIKE ignores ASCII case


def _skip_type(toks: Sequence[Token], j: int) -> int:
    """Index after the type name of a ``::`` cast starting at ``j`` (``numeric(10,2)``,
    ``character varying[]``, ``timestamp with time zone``, ``public.mood``)."""
    first = toks[j].text.lower() if j < len(toks) else ""
    j += 1
    while j + 1 < len(toks) and toks[j].text == "." and toks[j + 1].kind in ("word", "ident"):
        j += 2
    follow = _MULTIWORD.get(first, ())
    if j < len(toks) and toks[j].text.lower() in follow:
        j += 3 if toks[j].text.lower() in ("with", "without") else 1  # with time zone
    if j < len(toks) and toks[j].text == "(":
        j = _closing(toks, j) + 1
    while j + 1 < len(toks) and toks[j].text == "[" and toks[j + 1].text == "]":
        j += 2
    return j


def from_postgres(text: str) -> str:
    """A CHECK or predicate as PostgreSQL deparses it, in SQLite's syntax where only spelling
    differs: casts ``x::type`` dropped, ``= ANY (ARRAY[...])`` / ``<> ALL (ARRAY[...])`` as
    ``[NOT] IN (...)``, ``~~`` as LIKE. What has no SQLite spelling (``~`` regexes) stays, and
    SQLite then refuses it."""
    toks = tokens(text, brackets=False)
    out: list[str] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        ahead = [t.text.upper() for t in toks[i:i + 5]]
        if tok.text == ":" and i + 1 < len(toks) and toks[i + 1].text == ":":
            i = _skip_type(toks, i + 2)
            continue
        if ahead[:1] in (["="], ["<>"]) and ahead[1:5] in (["ANY", "(", "ARRAY", "["], ["ALL", "(", "ARRAY", "["]):
            close = next(k for k in range(i + 4, len(toks)) if toks[k].text == "]" and _balanced(toks, i + 4, k))
            inner = from_postgres(text[toks[i + 4].end:toks[close].start])
            out.append(("IN" if ahead[0] == "=" else "NOT IN") + f" ({inner})")
            i = _closing(toks, i + 2) + 1
            continue
        out.append(_OPS.get(tok.text, tok.text))
        i += 1
    return " ".join(out).replace("( ", "(").replace(" )", ")").replace(" ,", ",")


def _balanced(toks: Sequence[Token], start: int, end: int) -> bool:
    depth = 0
    for t in toks[start:end + 1]:
        depth += {"[": 1, "]": -1}.get(t.text, 0)
    return depth == 0
