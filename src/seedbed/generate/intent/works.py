"""The title of a work is a work's title (issue 10, r5): ``books.title``, ``articles.title``,
``lectures.title``, a library's ``titles.title`` read as a book's, an article's or a talk's title,
never a job title or a task; a ``subtitle`` reads as one ("A Novel", "Stories from the Coast").
Kinds, templates and words live in ``data/vocab/works.json``; films, songs, albums and episodes
keep the media pack's titles (only their subtitles come from here)."""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx

__all__ = ["work_kind", "work_rule"]

#: Column qualifiers that leave a title the work's own (``book_title``, ``display_title``).
_OWN = frozenset("work book full original display main short long sort working english translated".split())
#: Sibling words that make a ``titles`` table a table of people's job titles (MySQL's employees).
_PEOPLE = frozenset("emp employee staff person user salary department dept hire hired manager worker".split())


@lru_cache(maxsize=1)
def _kinds() -> dict[str, dict]:
    from seedbed.generate.realistic.vocab import load

    return load("works")["kinds"]


def work_kind(ctx: Ctx) -> str | None:
    """The kind of work the column's table holds (``book``, ``article``, ...), from the table's noun
    or, failing that, a sibling column's word (``isbn``, ``doi``, ``speaker``); None otherwise."""
    if ctx.person_table or ctx.company_table or ctx.sibling_words & _PEOPLE:
        return None
    kinds = _kinds()
    for kind, spec in kinds.items():
        if ctx.noun in spec["nouns"]:
            return kind
    for kind, spec in kinds.items():
        if ctx.sibling_words & set(spec["siblings"]):
            return kind
    return None


def work_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """``text.work_title`` for a work's ``title`` or ``subtitle`` (any text ``subtitle`` gets a
    neutral subtitle when no kind is known), else ``[]``."""
    from seedbed.generate.realistic.vocab import load

    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks or ctx.toks[-1] not in ("title", "subtitle"):
        return []
    role = ctx.toks[-1]
    if not set(ctx.prefix) <= _OWN:
        return []
    kind = work_kind(ctx)
    if kind is not None and role == "title" and ctx.noun in load("packs")["packs"].get(ctx.pack, {}).get("nouns", {}):
        return []  # the pack writes this work's titles itself (a newsroom's headlines and newsletters)
    if kind is None and role == "subtitle" and not ctx.person_table:
        kind = "any"
    if kind is None or role not in load("works")["templates"][kind]:
        return []
    return [("text.work_title", {"kind": kind, "role": role}, f"the {role} of a {kind}")]
