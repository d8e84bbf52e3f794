"""Which tables are seeded, said every way people say it (brief s10, session 7).

The rules (``scope.rules``: "select", "exclude", "keep the rest") read the canonical forms: "only X",
"skip X", "keep everything else". Here are the other ways of saying them:

- leaving a table out: "don't bother with X", "no need for X", "we don't need X", "forget (about) X", a seeding verb
  said not to be done ("don't create any X", "dont populate the X": brief s33; "we don't want any X" stays 0 rows),
  "drop X", "leave X out" (``EXCLUDE_VERBS``, read only where every word names a table, so "we don't
  need emails" is never "leave a table out"), with a word of extent after it that says nothing more
  ("skip fines entirely", "... altogether", "... too": ``EXTENT``);
- a table said as not needed: "payments not needed", "app events aren't required", "X can be skipped"
  (``NOT_NEEDED``, after the tables), left out as "skip X" is (brief s19: every wording of leaving out is "exclude",
  never 0 rows: "no X" alone stays 0 rows, as before);
- more tables left out after a comma: "drop repair tickets completely, payments as well", "leave out X, and Y too"
  (``excluded_too``): each left out the same way;
- nothing but what was said: "seed items and copies, nothing else", "just users and addresses, and
  nothing else", "30 users and nothing more" (``nothing_else``): a bare list of tables before it is
  the selection ("only items and copies"); after anything else it is "keep everything else" (only
  the tables the scope counts are seeded, ``model.Keep``).
"""

from __future__ import annotations

import re

__all__ = ["EXCLUDE_VERBS", "EXTENT", "NOT_NEEDED", "excluded_too", "nothing_else", "split_nothing_else"]

#: Verbs and phrases of leaving a table out (beside "skip", "exclude", "ignore", "omit", "leave out").
EXCLUDE_VERBS = (r"(?:(?:we |i )?(?:don't|do not|dont) (?:bother with|need|want to seed|care about|(?:create|generate|seed|populate|"
                 r"fill|make|insert|add|load)(?: the)?)(?: any)?(?: of)?|"
                 r"(?:there's |there is )?no need (?:for|to seed)(?: any)?|forget(?: about)?|drop|leave aside|"
                 r"(?:we |i )?can skip)")
#: A word of extent after a table list left out: it adds nothing to "skip X".
EXTENT = r"(?: (?:entirely|completely|altogether|totally|at all|too|as well|also|for now))?"

#: A table said as not needed, after its name: "payments not needed", "app events aren't required".
NOT_NEEDED = (r"(?:(?:is|are) )?(?:not needed|not required|not necessary|unnecessary|not wanted|(?:isn't|aren't|arent|isnt) "
              r"(?:needed|required|necessary|wanted)|(?:can|may) be (?:skipped|left out|dropped|ignored|excluded))")
#: A clause that leaves tables out ("skip X", "drop X completely", "leave out X", "X not needed").
_LEAVES_OUT = re.compile(rf"^(?:please )?(?:{EXCLUDE_VERBS}|skip|exclude|ignore|omit|leave out|without)\b|\b{NOT_NEEDED}{EXTENT}$")
#: More tables after it: "payments as well", "and app events too", "also payments", "plus payments".
_TOO = re.compile(r"^(?:(?:and|or|plus|also|nor) )?(?:also )?(?:the )?(?P<list>[a-z_][\w ,&]*?)(?: tables?)?"
                  r"(?: (?:too|as well|also|either))?$")


def excluded_too(prev: str, norm: str, is_table) -> str | None:
    """"skip <tables>" for a clause that adds tables to the ones ``prev`` leaves out ("drop X, Y as well"), else None;
    every word must name a table (``is_table``), with a word of addition ("and", "too", "as well", "also") said."""
    m = _TOO.match(norm)
    if m is None or not _LEAVES_OUT.search(prev) or norm == m.group("list"):
        return None
    words = [w.strip() for w in re.split(r" (?:, and|, or|,|and|or|&) ", m.group("list")) if w.strip()]
    return f"skip {' and '.join(words)}" if words and all(is_table(w) for w in words) else None


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
    """"30 users and nothing else", "only 8 titles and no other tables": "nothing else" a clause of its own, as after
    a comma."""
    return re.sub(r"(?i)\s+(?:(?:and|but)|--|-|\u2014|\u2013)\s+(nothing (?:else|more)|no other tables?|no others)\b", r", \1", text)
