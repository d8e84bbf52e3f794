"""Which tables are seeded, said every way people say it (brief s10, session 7).

The rules (``scope.rules``: "select", "exclude", "keep the rest") read the canonical forms: "only X",
"skip X", "keep everything else". Here are the other ways of saying them:

- leaving a table out: "don't bother with X", "no need for X", "we don't need X", "forget (about) X",
  "drop X", "leave X out" (``EXCLUDE_VERBS``, read only where every word names a table, so "we don't
  need emails" is never "leave a table out"), with a word of extent after it that says nothing more
  ("skip fines entirely", "... altogether", "... too": ``EXTENT``);
- nothing but what was said: "seed items and copies, nothing else", "just users and addresses, and
  nothing else", "30 users and nothing more" (``nothing_else``): a bare list of tables before it is
  the selection ("only items and copies"); after anything else it is "keep everything else" (only
  the tables the scope counts are seeded, ``model.Keep``).
"""

from __future__ import annotations

import re

__all__ = ["EXCLUDE_VERBS", "EXTENT", "nothing_else", "split_nothing_else"]

#: Verbs and phrases of leaving a table out (beside "skip", "exclude", "ignore", "omit", "leave out").
EXCLUDE_VERBS = (r"(?:(?:we |i )?(?:don't|do not|dont) (?:bother with|need|want to seed|care about)(?: any)?(?: of)?|"
                 r"(?:there's |there is )?no need (?:for|to seed)(?: any)?|forget(?: about)?|drop|leave aside|"
                 r"(?:we |i )?can skip)")
#: A word of extent after a table list left out: it adds nothing to "skip X".
EXTENT = r"(?: (?:entirely|completely|altogether|totally|at all|too|as well|also|for now))?"

#: "nothing else", "and nothing more", "no other tables", "none of the others": the clause after a request
#: ("150 products, no more" is a cap on the count, not this).
_NOTHING_ELSE = re.compile(r"^(?:(?:and|but|,|-) )*(?:nothing (?:else|more)|no (?:other tables?|others)|"
                           r"none of the (?:others|other tables|rest))(?: (?:is|are) (?:needed|required|wanted|necessary))?"
                           r"(?: (?:needed|required|at all|please|thanks))?$")
#: A request that only names tables ("seed items and copies", "the holds table", "just users and addresses").
_TABLES_ONLY = re.compile(r"^(?:(?:please )?(?:seed|fill|populate|generate|create|make|insert)(?: only)? )?(?:(?:only|just) )?"
                          r"(?:the )?(?P<list>[a-z_][\w ,&]*?)(?: tables?)?$")


def nothing_else(prev: str, norm: str, is_table) -> str | None:
    """The clause ``prev`` reads as after "nothing else" (``norm``), or None when ``norm`` says
    something else. ``is_table`` tells a table's name (the schema's grounding)."""
    if not _NOTHING_ELSE.match(norm):
        return None
    m = _TABLES_ONLY.match(prev)
    if m:
        words = [w for w in re.split(r" (?:, and|,|and|&) ", m.group("list").replace(" ,", ",").replace(",", " , ")) if w.strip()]
        words = [w.strip(" ,") for w in words]
        if words and all(is_table(w) for w in words):
            return "only " + " and ".join(words)
    return f"{prev} , keep everything else"


def split_nothing_else(text: str) -> str:
    """"30 users and nothing else": "nothing else" a clause of its own, as after a comma."""
    return re.sub(r"(?i)\s+(?:(?:and|but)|--|-|\u2014|\u2013)\s+(nothing (?:else|more))\b", r", \1", text)
