"""Numbers of a match between two sides (issue 10, round 5): a side's score and the minute of
something that happened in play.

* A **side's score** (``home_score``, ``away_goals``, ``score_visitor``, ``team1_points``) in a
  table of matches (``fixtures``, ``games``, ``bouts``, a table with two references to one table)
  is a few goals, not 29: Poisson around the sport's usual score, a basketball's or a rugby
  match's where the table, its columns or its parents name that sport.
* The **minute of a match event** (``minute``, ``match_minute``) in a table of what happens in
  play (goals, cards, substitutions, incidents, or a table referencing a match) runs through
  regular time with a little stoppage time; ``stoppage_min`` / ``added_time`` / ``injury_time``
  is a few minutes.
* **Names in a sport schema** (``side_rule``): a side's, a league's, a cup's, a division's and a
  season's names, a side's nickname, a sport (``data/vocab/sports.json``).
* A **count of games by outcome** (``won``, ``drawn``, ``lost`` side by side) is a season's worth,
  and so are the goals the record scored and conceded (totals: ``seedbed.planning.tallies``).
"""

from __future__ import annotations

from collections import Counter

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table

__all__ = ["SPORT_SCORES", "match_rule", "match_table", "side_rule", "sporty"]

_MATCH = frozenset("match matches fixture game bout result tie encounter meeting duel".split())
_SIDES = frozenset("home away visitor visiting visitors host hosts guest guests team1 team2 side1 side2 "
                   "player1 player2 opponent".split())
_SCORE = frozenset("score scores goal goals point points run runs".split())
_IN_PLAY = frozenset("""event events incident incidents goal goals card cards booking bookings substitution
substitutions sub subs scorer scorers timeline play plays action actions""".split())
_ROUNDS = frozenset("round matchday gameweek week leg".split())
_ADDED = frozenset("stoppage added injury extra".split())
#: sport word -> (mean score of one side, spread: 0 for Poisson, else a normal's sigma)
SPORT_SCORES: dict[str, tuple[float, float]] = {
    "basketball": (78.0, 12.0), "netball": (50.0, 10.0), "rugby": (21.0, 9.0), "handball": (27.0, 4.0),
    "lacrosse": (10.0, 0.0), "baseball": (4.5, 0.0), "softball": (5.0, 0.0), "hockey": (3.0, 0.0),
    "volleyball": (2.0, 0.0), "water": (9.0, 0.0), "polo": (9.0, 0.0), "football": (1.4, 0.0),
    "soccer": (1.4, 0.0), "futsal": (3.5, 0.0),
}


def _words(ctx: Ctx) -> set[str]:
    return set(ctx.table_toks) | set(ctx.sibling_words) | {w for fk in ctx.table.foreign_keys
                                                          for w in tokens(fk.ref_table.name)}


def match_table(table: Table) -> bool:
    """A table of matches: named so (``fixtures``, ``games``, ``bouts``), or with two references to
    one table beside columns of sides (``home_team_id`` / ``away_team_id``)."""
    if set(tokens(table.name.name)) & _MATCH:
        return True
    twice = Counter(fk.ref_table for fk in table.foreign_keys)
    words = {w for c in table.columns for w in tokens(c.name)}
    return any(n >= 2 for n in twice.values()) and bool(words & _SIDES)


def _match_table(ctx: Ctx) -> bool:
    return match_table(ctx.table)


def _tally(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A count of games by outcome in a record of results (``won`` beside ``lost`` and ``played``),
    or the goals it scored and conceded: a season's worth, not 58."""
    from seedbed.planning.tallies import OUTCOMES

    core = [t for t in tokens(ctx.column.name) if t not in ("game", "match", "count", "total", "num", "number")]
    sib = ctx.sibling_words
    record = sum(bool(sib & words) for words in OUTCOMES.values()) >= 2
    if record and core and core[-1] in ("position", "rank", "place", "pos", "standing") and len(core) <= 2:
        return "sport.ordinal", {"low": 1, "high": 20}, "a place in a table of results"
    if len(core) == 1 and record:
        for outcome, mean in (("win", 6.0), ("draw", 3.0), ("loss", 6.0)):
            if core[0] in OUTCOMES[outcome]:
                return "sport.tally", {"mean": mean}, f"games with the outcome '{outcome}' in a record of results"
    if record and set(core) & {"for", "against", "scored", "conceded", "allowed"} and len(core) == 2:
        return "sport.tally", {"mean": 20.0}, "goals over a record of results"
    return None


def match_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``sport.score`` / ``sport.minute`` / ``sport.tally`` for an integer column of a match, else None."""
    found = _tally(ctx)
    if found:
        return found
    toks = set(ctx.toks)
    heads = {ctx.toks[-1], "".join(ctx.toks[-2:])}  # matchday: match + day
    if heads & _ROUNDS or (ctx.toks[-1] in ("no", "number", "num") and set(ctx.toks[:-1]) & _ROUNDS):
        if _match_table(ctx):
            return "sport.ordinal", {"low": 1, "high": 30}, "the round of a competition a match is played in"
    if toks & _SCORE and (toks & _SIDES or {"for", "against"} & toks) and _match_table(ctx):
        words = _words(ctx)
        sport = next((s for s in SPORT_SCORES if s in words), "football")
        mean, sigma = SPORT_SCORES[sport]
        return "sport.score", {"mean": mean, "sigma": sigma}, f"a side's score in a {sport} match"
    toks |= set(tokens(ctx.column.name))  # stoppage_min: 'min' is no minimum here
    if toks & {"minute", "min", "minutes", "mins"}:
        words = _words(ctx)
        in_play = bool(set(ctx.table_toks) & _IN_PLAY) and bool(words & _MATCH)
        if in_play and toks & _ADDED:
            return "sport.minute", {"low": 1, "high": 6}, "minutes of stoppage time"
        if in_play and len(ctx.toks) <= 2:
            return "sport.minute", {"low": 1, "high": 90, "added": 5}, "the minute of play an event happened in"
    return None


_NAMED = frozenset("name title label".split())
_SHORT = frozenset("short abbr abbreviated abbreviation acronym".split())


def sporty(table_names: tuple[str, ...]) -> bool:
    """Whether a schema's table names are about sport (two or more of the vocabulary's words, one of
    them only sport's: a company's teams and divisions are not)."""
    from seedbed.generate.realistic.vocab import load

    data = load("sports")
    words = {t for name in table_names for t in tokens(name)}
    return len(set(data["when"]) & words) >= 2 and bool(set(data["strong"]) & words)


def _kind_of(noun: str) -> str | None:
    from seedbed.generate.realistic.vocab import load

    return next((k for k, spec in load("sports")["kinds"].items() if noun in spec["nouns"]), None)


def form_rule(ctx: Ctx) -> list[tuple[str, dict, str]]:
    """A record's recent ``form`` (``WWDLW``): the results of its last games, one letter each."""
    from seedbed.planning.tallies import OUTCOMES

    if not ctx.is_text or ctx.toks[-1:] != ("form",) or ctx.column.type.is_array:
        return []
    if sum(bool(ctx.sibling_words & words) for words in OUTCOMES.values()) < 2:
        return []
    return [("sport.form", {"draws": bool(ctx.sibling_words & OUTCOMES["draw"])}, "the results of the last games")]


def side_rule(ctx: Ctx, table_names: tuple[str, ...]) -> list[tuple[str, dict, str]]:
    """Names of a sport schema's sides, leagues, cups, divisions and seasons, a side's nickname and
    a sport (``clubs.club_name`` 'Ashford Rovers', ``divisions.name`` 'North Section', ``seasons.label``
    '2025/26'); empty outside a sport schema or for other columns (``secretary_name`` is a person)."""
    if not ctx.is_text or ctx.column.type.is_array or not ctx.toks:
        return []
    form = form_rule(ctx)
    if form or not sporty(table_names):
        return form
    toks, head = ctx.toks, ctx.toks[-1]
    q = ctx.prefix[-1] if ctx.prefix else ""
    if toks == ("sport",) or toks[-2:] == ("sport", "type"):
        return [("sport.name", {"kind": "sport"}, "a sport")]
    side = _kind_of(ctx.noun) == "side"
    if ctx.column.name.lower().replace("_", "").endswith("nickname") and side:  # tokens read it as a username
        return [("sport.name", {"kind": "nickname"}, f"the nickname of a {ctx.noun}")]
    if head not in _NAMED and not (head == "code" and _kind_of(ctx.noun) == "season"):
        return []
    if q in _SHORT:
        kind = _kind_of(ctx.noun)
        return [("sport.name", {"kind": "short", "of": kind}, f"the short name of a {ctx.noun}")] if kind else []
    noun = q or ctx.noun
    kind = _kind_of(noun) or (_kind_of("_".join(ctx.table_toks[-2:])) if not q else None)
    if kind is None:
        return []
    return [("sport.name", {"kind": kind}, f"the {head} of a {noun.replace('_', ' ')} in a sport")]
