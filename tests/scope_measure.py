"""How a held-out scope phrase is measured (issue 11): ``honoured`` reads the phrase on its schema and says why
it is not honoured (an error, a warning, a "~" line the resolved options do not hold), or None. Shared by
``tests/test_scope_phrases.py``'s floors and per-phrase tests and by ``bench/scope_pool.py``."""

from __future__ import annotations

import re

from seedbed.errors import ScopeError
from seedbed.model import Schema
from seedbed.scope import parse, resolve
from tests.test_scope import options_brief


def _has(want: str, line: set[str]) -> bool:
    """All of a "~" line's words in one options line, in any case ("true=0.2"); a word ending in "-" is a lower bound
    ("fanout 3-": at least 3, any upper bound); one ending in "=" is a value at any share ("mix card="); a range open at
    one end may leave out its "-" ("range ..8" is "range -..8", "range 100.." is "range 100..-")."""
    def open_end(w: str) -> str:
        return "-" + w if w.startswith("..") else w + "-" if w.endswith("..") else w
    line = {f for t in line for f in (t.lower(), _plain(t.lower()))}  # True=0.25 is true=0.25; 1-1 is 1 too
    return all(w in line or _plain(w) in line or open_end(w) in line
               or (w.endswith(("-", "=")) and any(t.startswith(w) for t in line))
               or _share_near(w, line) for w in want.lower().split())


def _plain(word: str) -> str:
    """One spelling for a number, a day or a fan-out, as format only: "1.0" is "1", a midnight in UTC is its day
    ("range 2024-01-01..2024-07-01" for a timestamp column printed "2024-01-01T00:00:00+00:00..", or without
    the zone for a ``timestamp``)."""
    word = re.sub(r"(\d{4}-\d{2}-\d{2})t00:00:00(?:\+00:00)?", r"\1", word)  # with or without a time zone
    word = re.sub(r"^(\d+)-\1$", r"\1", word)  # a fan-out of exactly one: "1-1" is "1"
    try:
        return f"{float(word):g}" if re.fullmatch(r"-?\d+\.\d+", word) else word
    except ValueError:
        return word


def _share_near(want: str, line: set[str]) -> bool:
    """``value=0.33`` is the ``value=0.3333`` a third reads as: a share written to two places matches within 0.005
    (a "~" word ending in "=" is a share left vague, "most", and matches any share of that value)."""
    key, _, share = want.rpartition("=")
    try:
        wanted = float(share)
    except ValueError:
        return False
    for t in line:
        k, _, got = t.rpartition("=")
        try:
            if k == key and key and abs(float(got) - wanted) <= 0.005:
                return True
        except ValueError:
            continue
    return False


def honoured(case: dict, schema: Schema, *, lenient: bool = False) -> str | None:
    """None when the phrase is honoured, else why not (``lenient``: a warning alone does not fail it).

    A case with "! words" lines asks for something seedbed cannot do (yet): it is honoured when a
    warning or the error quotes each of these words (any case) and the "~" lines are still read;
    a phrase that resolves silently there is a silent misreading (brief s5)."""
    scope = parse(case["phrase"], schema)
    try:
        res = resolve(scope, schema)
    except ScopeError as exc:
        if case["!"] and not case["~"]:
            said = f"{exc.message} | {exc.hint}".lower()
            missing = [w for w in case["!"] if w.lower() not in said]
            return None if not missing else f"error does not quote {missing}: {exc.message}"
        return f"error: {exc.message}"
    if case["!"]:
        said = " | ".join(res.warnings).lower()
        if not said:
            return "silent: no warning quotes " + ", ".join(map(repr, case["!"]))
        missing = [w for w in case["!"] if w.lower() not in said]
        if missing:
            return f"warnings do not quote {missing}: {'; '.join(res.warnings)}"
    elif res.warnings and not lenient:
        return f"warnings: {'; '.join(res.warnings)}"
    # a list of tables ("exclude invoices,payments") holds each of them ("~ exclude payments")
    brief = options_brief(res.options)
    lines = [set(line.split()) | ({line.split()[0], *line.split()[1].split(",")} if line.startswith(("exclude ", "tables "))
                                  else set()) for line in brief]
    for want in case["~"]:
        if not any(_has(want, line) for line in lines) and not _same_rows(want, brief, schema):
            return f"{want!r} not in {brief}"
    return None


def _same_rows(want: str, brief: list[str], schema: Schema) -> bool:
    """Whether the reading writes the rows a "~" line asks for in another form (session 15, applied to every measure
    since): a table left out is one with 0 rows ("~ exclude T" and "~ rows T 0" hold for "exclude T", "rows T 0" or a
    "tables" list without T), and a table's count is what an exact fan-out under a counted parent makes ("~ rows
    invoices 20" holds for "rows clients 10" with "fk invoices.client_id fanout 2-2")."""
    words = want.split()
    lists = {line.split()[0]: line.split()[1].split(",") for line in brief if line.startswith(("exclude ", "tables "))}
    counts = {line.split()[1]: line.split()[2] for line in brief if line.startswith("rows ") and len(line.split()) == 3}
    if words[0] == "exclude" and len(words) == 2 or words[:1] == ["rows"] and len(words) == 3 and words[2] == "0":
        table = words[1]
        return (table in lists.get("exclude", ()) or counts.get(table) == "0"
                or "tables" in lists and table not in lists["tables"])
    if words[:1] != ["rows"] or len(words) != 3 or not words[2].isdigit():
        return False
    for line in brief:
        m = re.fullmatch(r"fk (\w+)\.(\w+) fanout (\d+)-\3", line)
        if not m or m.group(1) != words[1]:
            continue
        child = next((t for t in schema.tables if t.name.name == m.group(1)), None)
        parent = next((fk.ref_table.name for fk in (child.foreign_keys if child else ())
                       if tuple(fk.columns) == (m.group(2),)), None)
        if parent is not None and counts.get(parent, "").isdigit() and int(counts[parent]) * int(m.group(3)) == int(words[2]):
            return True
    return False
