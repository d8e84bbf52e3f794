"""A parent's count of its child rows (issue 10, "aggregates add up where the names say so").

Counter caches are everywhere in real schemas: ``posts.comments_count`` (Rails), ``topics.reply_count``,
``clubs.member_count``, ``orders.line_count``, ``albums.num_tracks``, ``playlists.total_songs``. Drawn on
their own they say a post has 47 comments while the comments table holds 2 for it. Found from the names
alone: an integer column of the parent made of a count word and the child table's head noun (its last
word: ``post_comments`` -> comment, ``club_members`` -> member; a line table's head stands for any of
``line``, ``item``, ``entry``), nothing else (``open_issues_count`` counts a subset and is left alone).

The same holds for a flag that marks one row among its siblings: a user's ``is_primary`` address, a
card's ``is_default``, a product's ``is_main`` image, a document's ``is_current`` version. Drawn
on its own it is true on half the rows, seven "primary" addresses for one user and none for the next.
A boolean of a child table named by one of ``_FIRST`` or ``_LAST`` (``is_X``, ``X``, ``X_flag``) is
true on exactly one row per parent: its first row, or its last for a current / latest one.

The engine lays the child's rows out per parent, as it lays out the lines of a total
(``seedbed.generate.aggregates``); the parent writes each row's number of children, a child its
flag from its rank among its siblings.
"""

from __future__ import annotations

from seedbed.generate.intent.tokens import tokens
from seedbed.model import QualifiedName

__all__ = ["counted_noun", "counts_children", "one_of_siblings"]

#: Words that make a column a count of something (``num_tracks``, ``n_items``, ``total_songs``).
_COUNT = frozenset(("count", "cnt", "number", "num", "n", "nb", "no", "total"))
#: Heads of a line table: any one of them names its rows.
_LINES = frozenset(("line", "item", "entry", "lineitem", "position"))


def counted_noun(column: str) -> str | None:
    """The noun a column counts (``comments_count``, ``num_members``, ``number_of_lines`` ->
    comment, member, line), or None when the name is not exactly a count word and one noun."""
    words = [w for w in tokens(column) if w != "of"]
    if len(words) != 2:
        return None
    first, second = words
    if second in _COUNT and first not in _COUNT:
        return first
    if first in _COUNT and second not in _COUNT:
        return second
    return None


def counts_children(column: str, child: QualifiedName) -> bool:
    """Whether ``column`` (of a parent) counts the rows of table ``child``."""
    noun = counted_noun(column)
    words = tokens(child.name)
    if noun is None or not words:
        return False
    head = words[-1]
    return noun == head or (head in _LINES and noun in _LINES)


#: A flag that picks one row of a parent's children: the first one laid out, or the last.
_FIRST = frozenset(("primary", "default", "main", "preferred", "principal", "cover", "master", "favourite",
                    "favorite", "head"))
_LAST = frozenset(("current", "latest", "newest"))
_FLAG = frozenset(("is", "flag"))


def one_of_siblings(column: str) -> str | None:
    """'first' or 'last' for a flag that marks one row among its siblings (``is_primary``,
    ``default``, ``is_current_version`` is not: one word only), else None."""
    words = [w for w in tokens(column) if w not in _FLAG]
    if len(words) != 1:
        return None
    return "first" if words[0] in _FIRST else "last" if words[0] in _LAST else None
