"""A clause's tokens and the rules that claim them (split from ``parse``): ``tokenize`` cuts a normalised clause into
tokens (an ID list after "ids" is one token), a ``Rule`` is a guarded pattern over the clause's view of its
unclaimed tokens and a builder of items, and ``apply`` runs one rule over a clause until it matches no more, each
match claiming its tokens (``keep`` groups stay free for later rules, ``hide`` groups vanish from the view)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from seedbed.scope.ground import Grounding
from seedbed.scope.guards import GuardedPattern
from seedbed.scope.lexicon import FILLER
from seedbed.scope.model import Item

__all__ = ["CLAIMED", "Build", "Clause", "Context", "Rule", "Token", "apply", "rule", "tokenize"]

_TOKEN = re.compile(r"\d+(?:,\d+)+|[^\s,:;()=]+|[,:;()=]")
#: The keys after "ids" are one token: "3,5,8", UUIDs or quoted keys joined by commas (``lexicon.normalise``).
_KEYS_TOKEN = re.compile(r"(?<![^ ])(?:ids?|keys?) (\S+)")
#: A claimed token as the rules see it: it separates what stood on either side.
CLAIMED = "\u00a7"


@dataclass(slots=True)
class Token:
    text: str
    claimed: bool = False  # a rule consumed it
    hidden: bool = False  # consumed and removed from the view ("german" in "german customers")
    seen: bool = False  # read as context by a rule, still free for others (not a leftover)


@dataclass(slots=True)
class Clause:
    original: str
    tokens: list[Token]

    def view(self) -> tuple[str, list[int]]:
        """The text the rules read, and for each character the index of its token."""
        parts: list[str] = []
        owner: list[int] = []
        for i, tok in enumerate(self.tokens):
            if tok.hidden:
                continue
            text = CLAIMED if tok.claimed else tok.text
            if parts:
                parts.append(" ")
                owner.append(-1)
            parts.append(text)
            owner.extend([i] * len(text))
        return "".join(parts), owner

    def tokens_in(self, owner: list[int], start: int, end: int) -> list[int]:
        return sorted({owner[k] for k in range(start, end) if owner[k] >= 0})

    def leftover(self) -> list[str]:
        """Runs of unclaimed, unseen tokens that carry meaning (filler words do not)."""
        runs: list[list[str]] = [[]]
        for tok in self.tokens:
            if tok.claimed or tok.hidden or tok.seen:
                runs.append([])
            else:
                runs[-1].append(tok.text)
        out = []
        for run in runs:
            words = [w for w in run if w not in FILLER]
            if words:
                out.append(" ".join(run).strip(" ,:;"))
        return out


@dataclass(slots=True)
class Context:
    """What carries from one clause to the next: the table last talked about."""

    subject: str | None = None
    phrase: str = ""
    items: list[Item] = field(default_factory=list)
    ground: Grounding | None = None  # the schema's vocabulary, when parsing against a schema
    unread: list[str] = field(default_factory=list)  # words a rule matched but could not read (quoted back)


Build = Callable[[re.Match[str], Context], "Iterable[Item] | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """``pattern`` over the clause view; ``build`` turns a match into items (None: no match after all).

    ``keep`` groups stay free for later rules (marked seen); ``hide`` groups are consumed and
    vanish from the view, so their neighbours become adjacent ("1000 german customers" ->
    "1000 customers" for the count rule).
    """

    name: str
    pattern: GuardedPattern
    build: Build
    keep: tuple[str, ...] = ()
    hide: tuple[str, ...] = ()


def rule(name: str, pattern: str, build: Build, *, keep: tuple[str, ...] = (), hide: tuple[str, ...] = ()) -> Rule:
    # Matches start and end on token boundaries.
    return Rule(name, GuardedPattern(rf"(?<![^ ])(?:{pattern})(?![^ ])"), build, keep, hide)


def apply(rule_: Rule, clause: Clause, ctx: Context) -> None:
    pos = 0
    while True:
        view, owner = clause.view()
        m = rule_.pattern.search(view, pos)
        if m is None:
            return
        items = rule_.build(m, ctx)
        if items is None:
            pos = m.start() + 1
            continue
        items = list(items)
        special: dict[int, str] = {}
        for group in rule_.keep + rule_.hide:
            if m.group(group) is not None:
                for t in clause.tokens_in(owner, m.start(group), m.end(group)):
                    special[t] = "keep" if group in rule_.keep else "hide"
        for t in clause.tokens_in(owner, m.start(), m.end()):
            tok = clause.tokens[t]
            how = special.get(t)
            if how == "keep":
                tok.seen = True
            elif how == "hide":
                tok.claimed = tok.hidden = True
            else:
                tok.claimed = True
        ctx.items.extend(items)
        pos = 0


def tokenize(norm: str) -> list[Token]:
    out, pos = [], 0
    for m in _KEYS_TOKEN.finditer(norm):
        out += tokenize(norm[pos:m.start(1)])
        out.append(Token(m.group(1)))
        pos = m.end()
    if pos:
        return out + tokenize(norm[pos:])
    for raw in _TOKEN.findall(norm):
        if raw.endswith(".") and raw.count(".") == 1 and len(raw) > 1:
            raw = raw[:-1]  # a sentence end, not "u.s."
        out.append(Token(raw))
    return out
