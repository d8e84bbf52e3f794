"""Words about the request itself, not the data (brief s22 of session 11).

People wrap a request in words about it: a heading or a ticket label ("## Seed plan", "SEED-212:", "Re: load
test data --"), a head before a colon ("Task: seed the DB for integration tests:", "cheap stuff:", "For the finance
dashboard I'd love to see a realistic spread of invoices:"), a purpose or politeness ("it's for the client pilot"),
a reason or an aside ("we're rebuilding those", "(some new guys haven't done any yet)"). None of it names the
schema's data in a way that asks for rows, so none of it is quoted back as "could not place": it is set aside and
shown as such (``Scope.aside``, "set aside (about the request, not the data)" in ``plan --scope``).

The test (``about_request``) is general, not a list of phrases: a piece of text is about the request when

- it holds nothing that could be data: no number (an identifier such as "sprint 14" or "WIN-88" is no count), no
  word the schema grounds (a table, a column, a value; a word of the request's own vocabulary -- "client",
  "plan", "service" -- only when it is a table's whole name or a value, except in a head before a colon, where
  any name the schema answers to counts: "tickets: 40% open"), and no verb that leaves a table out;
- it does not open with a verb we do not know ("run the migrations first" asks for an action: quoted back), and
  every word is one of these lists' or an English word (a made-up word, "florping", may be data: quoted back);
- nothing it asks for is unknown: after a verb of asking ("need", "give", "create"), the noun phrase must hold a
  word of the request ("the DB", "a realistic spread", "the harvest screen"), else it asks for something we do
  not know and is quoted back ("we also need vans");
- it says it is about the request: a word of the request's vocabulary (``data/vocab/framing.json``: nouns such
  as demo, dashboard, tests, ticket; people; politeness; framing words such as "anyway", "for now"), or its
  place (a heading, a bracket), more often than it says how many rows ("all", "some", "only", a "they" for rows
  at its start). A relative clause ("where we couldn't get in") describes rows: never an aside.

Since brief s31 (session 14) a part said as such (a clause, a bracket, a heading, a head before a colon whose rest
names its own rows) that carries nothing a plan applies -- no number, no word of quantity or obligation, no word of
the schema, no verb that leaves out, no word we cannot read, no order -- is chatter even without a word of the
request: "(peak season)", "(gross)", "Structure:", "billing run hasn't happened yet", "so make it look messy". A
clause of its own must be a sentence for that (a verb of its own, not a participle going on about the rows: "and
painted blue" and "shiny" are quoted back); what is left of a clause something was read from keeps the older test. A
bracket that says a column is empty after a share said in other words is read with the share ("40% still active (no
cleared time)"), a bracket that names a column with the word before it is read inline ("budgets (gross)"), a heading
whose schema words the line below says again is its title.

Since brief s38 (session 16) a question said as a sentence with no number ("Where do bookings come from?") heads what
follows when it names one table ("bookings: ..."), is set aside when it names nothing of the schema, and is left to
the rules otherwise; a purpose that ends a head ("juror scores for the awards page:") is set aside when it names an
artefact and nothing of the schema, the words before it staying the head; a head before a count of a business's word
for one table's rows ("profiling: 25 questions") is a title.

Words that could be data are read or quoted back: "it's for the hotel client pilot" stays quoted where a column
holds 'hotel'. The rewrites before the rules (``lifted``) also read corrections said in a bracket ("200 rows
(sorry, make that 150)") and "in total" / "overall" / "altogether" after a count; ``pointed_back`` reads "that
table" / "them" after a clause that named a table ("We don't use X yet, so leave that table out").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from seedbed.generate.intent.tokens import english_word
from seedbed.generate.realistic.vocab import load
from seedbed.scope.inflect import plural, singular
from seedbed.scope.rowwords import clipped_table
from seedbed.thesaurus import base_forms, senses

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["about_request", "lifted", "meta_word", "pointed_back"]

_VOCAB = load("framing")
_META = frozenset(_VOCAB["meta"])
_PEOPLE = frozenset(_VOCAB["people"])
_POLITE = frozenset(_VOCAB["polite"])
_DISCOURSE = frozenset(_VOCAB["discourse"])
_ASK = frozenset(_VOCAB["request_verbs"])
_EXCLUDE = frozenset(_VOCAB["exclude_verbs"])
_QUANT = frozenset(_VOCAB["quantifiers"])
_ARTEFACTS = frozenset(_VOCAB["artefacts"])
_FRAMING = _META | _PEOPLE | _POLITE | _DISCOURSE
#: Words that carry nothing either way (articles, prepositions, auxiliaries, pronouns for things).
_FUNCTION = frozenset("""
a an the this that these those it them they to of for in on at by with from into onto about like as and or but if
is are was were be been being am do does did doing done can could would should will shall may might must 'd 's 're
what which who how why when there here not no don't doesn't didn't isn't aren't won't haven't hasn't can't couldn't
wouldn't shouldn't wasn't weren't any some one ones up out off over down than then too very much more less same
other another such own yet still even both either neither whole while until till via per going gonna wanna let
let's lets has have had having get got getting
""".split())
#: A number that names something rather than counts it: "sprint 14", "ticket #212", "WIN-88", "v2", "Q3".
_ID_NUMBER = re.compile(r"(?i)\b(?:" + "|".join(sorted(_VOCAB["id_nouns"], key=len, reverse=True)) + r")\s*#?\d+\b"
                        r"|\b[a-z]+-\d+\b|#\d+\b|\b[a-z]+\d+[a-z\d]*\b|\b(?:19|20)\d\d\b(?=\s*(?:release|launch|roadmap|plan))")
_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
fifty sixty seventy eighty ninety hundred hundreds thousand thousands million dozen dozens couple pair half quarter third
fifth tenth percent""".split())
_SELECT = frozenset("only just solely exclusively merely".split())
_RELATIVE = frozenset("where which who whose whom when that with without having whereby".split())
#: Verbs that oblige or forbid ("and blue ones must not"): an instruction, never chatter (not "hasn't happened yet").
_MODAL = frozenset("must mustn't should shouldn't shall cannot can't never".split())
#: Pronouns for what was said before, as the object of a verb of asking ("make it look messy"): nothing new is asked.
_THINGS = frozenset("it them this that these those everything things".split())
_WORD = re.compile(r"[a-z][a-z0-9_'-]*|\d[\d.,]*%?")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


def _exact(ground: Grounding, w: str) -> bool:
    """A word of the request's own vocabulary is data only when it is a table's whole name or a value ("plan" of
    ``service_plans`` or of a ``plan_id`` is the request's plan)."""
    return bool({w, singular(w), plural(w)} & set(ground.names)) or ground.is_label(w)


def _grounded(ground: Grounding, words: list[str], pointed: frozenset[str], *, strict: bool = True) -> bool:
    """Whether a word (or two) names the schema's data: a table, a column or a value (``strict``: a word of the
    request's vocabulary only by its whole name; else by any name the schema answers to, as a head before a colon)."""
    for i, w in enumerate(words):
        if w in pointed or singular(w) in pointed or w in _FUNCTION:
            continue
        if any(v in _ARTEFACTS for v in words[i + 1:i + 3]) and all(v not in _FUNCTION for v in words[i + 1:i + 2]):
            continue  # "the booking app demo", "the invoice pdf": the word names the artefact, it asks for no rows
        if strict and (w in _FRAMING or w in _ASK or w in _QUANT):
            if _exact(ground, w):
                return True
            continue
        if ground.is_table(w) or ground.is_column(w) or ground.is_label(w) or _rows_word(ground, w):
            return True
        if i + 1 < len(words) and ground.is_table(f"{w} {words[i + 1]}") and f"{w} {words[i + 1]}" not in pointed:
            return True
    return False


def _rows_word(ground: Grounding, w: str) -> bool:
    """A clipped table name ("eng" of engineers): "the eng table: 12 rows" names a table, it is no heading about
    the request. Everyday row words ("task", "job") are not: "Task: 15 marinas" is an agent's label."""
    base = singular(w)
    return len(base) >= 3 and base not in _FRAMING and base not in _ASK and clipped_table(base, ground.names) is not None


def _asks_unknown(words: list[str]) -> bool:
    """A verb of asking whose noun phrase holds no word of the request: it asks for something ("need vans")."""
    for i, w in enumerate(words):
        if w not in _ASK:
            continue
        phrase = []
        for v in words[i + 1:]:
            if v in _ASK or v in _PEOPLE or v in ("to", "for", "and", "or", "but", "so", "because", "since", "as", "on", "in"):
                if phrase:
                    break
                continue  # "would love to see", "give me"
            if not phrase and v in _THINGS:
                break  # "make it look messy", "make them look real": the rows already said, nothing new asked for
            phrase.append(v)
        content = [v for v in phrase if v not in _FUNCTION and v not in _POLITE and v not in _DISCOURSE]
        if content and not any(v in _META for v in content):
            return True
    return False


def about_request(text: str, ground: Grounding | None, *, placed: bool = False, head: bool = False,
                  pointed: frozenset[str] = frozenset(), part: bool = True) -> bool:
    """Whether ``text`` (a clause, a leftover fragment, a heading or a bracket) is about the request, not the data
    (the module docstring). ``placed``: said as a heading or in a bracket, a place that frames; ``head``: said
    before a colon, where a table is often named by another word ("tickets: 40% open"); ``pointed``: tables a later
    clause points back to ("leave that table out"), so naming them here asks for nothing more; ``part``: ``text`` is a
    part said as such (a clause, a bracket, a head), not what is left of a clause something was read from ("too" after
    "growers with plants"), which is chatter only when it says it is about the request."""
    if ground is None:
        return False
    placed = placed or head
    words = _words(_ID_NUMBER.sub(" ", text.lower()))
    if not re.search(r"\w", text):
        return True  # "--", "...": marks that part a request and say nothing
    if not words or any(w[0].isdigit() or w in _NUMBER_WORDS for w in words):
        return False
    if words[0] in _RELATIVE or any(w in _EXCLUDE for w in words):
        return False
    if head and any(w in _SELECT for w in words):  # "just the catalogue: categories and products" selects them
        return False
    if any(_made_up(w) for w in words):  # "As an AI agent I'm florping a staging DB": a word we cannot read
        return False
    free = [w for w in words if w not in pointed and singular(w) not in pointed]  # the tables pointed to are said
    if _grounded(ground, _words(text), pointed, strict=not head) or _asks_unknown(free):  # ("PG-13": a value, no id)
        return False
    if not placed and _acts(free):
        return False
    # Nothing above carries what a plan applies (a number, a word of the schema, a verb that leaves out, a word we
    # cannot read, an action). A word of quantity ("they're all shiny") or of obligation ("blue ones must not") still
    # makes it an instruction, unless it says it is about the request more often ("all good for the demo"); with
    # neither, a part said as such is chatter (brief s31).
    said = sum(w in _FRAMING for w in words)
    rows = sum(w in _QUANT for w in words)
    ordered = any(w in _MODAL for w in words)
    # said as a clause of its own (not in a bracket or a heading), a part is chatter only as a sentence: a verb of its
    # own ("billing run hasn't happened yet"), not a participle about the rows said before ("and painted blue"); a part
    # with no verb describes them ("40 rolls, shiny"): quoted back
    told = placed or (_has_verb(free) and not _describes(free))
    return (rows == 0 and part and told and not ordered) or (said >= 1 and said + placed > rows)


def meta_word(word: str) -> bool:
    """Whether ``word`` is one of the request's own nouns ("testing", "demo", "dashboard": ``framing.json``'s meta)."""
    return word.lower() in _META


def _made_up(word: str) -> bool:
    """A word no list here knows and no English word (nor its pieces between hyphens): maybe data, or a typo."""
    if word in _FUNCTION or word in _FRAMING or word in _ASK or word in _QUANT or word in _EXCLUDE:
        return False
    pieces = [p for p in re.split(r"[-']", re.sub(r"'(?:s|re|ve|ll|d|t)$|n't$", "", word)) if len(p) > 1]
    return any(not english_word(p) for p in pieces)


#: Words that may open a sentence about the request ("we're", "the", "it's", "please", "so").
_OPENERS = _FUNCTION | _FRAMING | _ASK | _QUANT | frozenset("and then also".split())


def _acts(words: list[str]) -> bool:
    """A clause that opens with a verb we do not know asks for an action ("run the migrations first"): quoted back,
    never set aside (a verb of asking is known: "seed the staging DB" is what seedbed does)."""
    # (a word before an artefact is its modifier, no verb: "fleet module tests", "billing dashboard demo"); an order
    # opens with a verb's own form ("run", "add"), not an inflected one ("billing run hasn't happened yet")
    return bool(words) and words[0] not in _OPENERS and not (len(words) > 1 and words[1] in _ARTEFACTS) \
        and _imperative(words[0])


def _has_verb(words: list[str]) -> bool:
    """Whether a word other than a helper is a verb WordNet knows ("come", "happened", "pitching")."""
    return any(w not in _FUNCTION and w not in _FRAMING and base_forms(w, "v") for w in words)


def _describes(words: list[str]) -> bool:
    """A part that opens with a participle, no subject ("and painted blue"): it says more of the rows said before."""
    w = next((v for v in words if v not in ("and", "but", "or", "then", "also")), "")
    return re.search(r"(?:ed|en|ing)$", w) is not None and bool(base_forms(w, "v")) and not base_forms(w, "n")


def _imperative(word: str) -> bool:
    """Whether ``word`` may be a verb said as an order: WordNet has it as a verb in that very form (a word no list
    knows is caught before, as made up: quoted back)."""
    return word in base_forms(word, "v")


#: A correction said in a bracket after a number: "200 properties (sorry, make that 150)", "60 rows (oops, I meant
#: 40)", "1000 (correction: 750)": the new number replaces the old one, the bracket goes.
_NUM = r"\d(?:[\d,]*\d)?(?:\.\d+)?k?"
_BRACKET_FIX = re.compile(
    rf"(?i)(?P<old>(?<![\w.]){_NUM})(?P<mid>[^()\d\n.;]{{0,60}}?)\s*\(\s*(?:(?:oops|sorry|wait|er|erm|um|uh|no|nope|my bad)[,!.]?\s+)*"
    r"(?:correction|corrected|i meant|i mean|make (?:it|that)|actually|rather|or rather|sorry|oops|should be|change (?:it|that) to)"
    rf"\s*[,:!-]?\s*(?P<new>{_NUM})\s*\)")
#: "400 invoices in total", "900 rows overall", "50 users altogether": part of the count.
_IN_TOTAL = re.compile(rf"(?i)(?P<count>(?<![\w.]){_NUM}(?:[^\S\n]+[a-z_][\w-]*){{1,3}}?)[^\S\n]*,?[^\S\n]+"
                       r"(?:in total|in all|overall|altogether|all told|combined|all together)\b(?=\s*(?:[,.;:!?\n)]|and\b|$))")
#: A markdown heading line ("## Seed plan").
_HEADING = re.compile(r"(?m)^[^\S\n]*#{1,6}[^\S\n]+(?P<said>[^\n]*?)[^\S\n]*#*[^\S\n]*$\n?")
#: A ticket's label before a request: "SEED-212:", "JIRA WIN-88 --", "Re: ...", "[OPS-12]".
_TICKET = re.compile(r"(?m)(?:^|(?<=[.!?]\s))[^\S\n]*(?P<said>(?:(?:re|fwd?|fw)[^\S\n]*:[^\S\n]*)?(?:[A-Za-z]+[^\S\n]+)?"
                     r"\[?[A-Z][A-Z0-9]*-\d+\]?)[^\S\n]*(?::|--+|\u2014|\u2013|-(?=\s)|(?<=\])|$|(?<=\d)(?=[^\S\n]+[a-z]))[^\S\n]*")
#: A part after a spaced dash that ends a sentence ("... back issue orders - that's a separate ticket", "-- PANEL-310"):
#: set aside when it is about the request, or a ticket's key alone (brief s35).
_TAIL = re.compile(r"[^\S\n]+(?:--+|\u2014|\u2013|-)[^\S\n]+(?P<said>[^\n.!?;:()\u2014\u2013]{1,80}?)[^\S\n]*(?=[.!?;]?[^\S\n]*(?:\n|$))")
#: "Rest as normal", "everything else as usual": the other tables keep what they get by default (said as a sentence).
_AS_NORMAL = re.compile(r"(?im)(?:^|(?<=[.!?;]\s))[^\S\n]*(?P<said>(?:and[^\S\n]+)?(?:the[^\S\n]+)?(?:rest|everything else|all else|"
                        r"other tables)[^\S\n]+(?:as[^\S\n]+(?P<w>normal|usual|always|default)|like[^\S\n]+(?P<v>normal|usual)|"
                        r"unchanged|(?:at|with)[^\S\n]+(?:the[^\S\n]+)?defaults?))[^\S\n]*[.!]?[^\S\n]*(?=\n|$)")
#: A word that says a list of shares follows, before its colon ("split: grievance 40%", "status split: won 30%").
_SPLIT_WORD = re.compile(r"(?im)(?:(?:^|(?<=[.!?;]\s))[^\S\n]*(?:split|breakdown|distribution)[^\S\n]*:[^\S\n]*"
                         r"|(?<=[a-z])[^\S\n]+(?:split|breakdown|distribution)(?=[^\S\n]*:))")
#: A sentence's first word, before a number ("ned 1000 alarms"): maybe a verb of asking typed with a slip.
_MISSPELT_ASK = re.compile(r"(?im)(?:^|(?<=[.!?;]\s))(?<![\w-])([a-z]{3,6})(?=[^\S\n]+\d)")


def _asked(word: str) -> str:
    """``word``, or the verb of asking it is one slip from ("ned" -> "need", "wnat" -> "want") when it is no verb
    itself (a noun there would head a count: "users 500"): a letter dropped, added, changed, or two swapped (brief s35)."""
    low = word.lower()
    if low in _ASK or base_forms(low, "v") or low in _FUNCTION:
        return word
    for verb in sorted(_ASK):
        if abs(len(verb) - len(low)) <= 1 and _one_edit(low, verb):
            return verb
    return word


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one edit (a letter dropped, added or changed, or two neighbours swapped)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


#: Words that make a tail after a dash restrict the request ("only X - nothing else is needed"): never set aside.
_RESTRICTS = frozenset("else only nothing none no other just not never".split())
_KEY_ALONE = re.compile(r"\[?[A-Z][A-Z0-9]*-\d+\]?")
#: A tag in square brackets before a request, as subject lines carry them: "[QA]", "[urgent]", "[demo prep]".
_TAG = re.compile(r"(?m)(?:^|(?<=[.!?]\s))[^\S\n]*\[(?P<said>[^\[\]\n]{1,40})\][^\S\n]*:?[^\S\n]*")
#: A head said before a colon or a spaced dash at the start of the text, a line or a sentence ("Task: ...",
#: "cheap stuff: ...", "Re: load test data -- ...").
_HEAD = re.compile(r"(?m)(?:^|(?<=[.!?;]\s))[^\S\n]*(?P<head>[^:\n.!?;()]{1,100}?)[^\S\n]*(?::(?!\d)|[^\S\n](?:--+|\u2014|\u2013|-)[^\S\n])[^\S\n]*")
#: A bracket ("(the catalogue only has that many anyway)").
_BRACKET = re.compile(r"[^\S\n]*\((?P<said>[^()\n]{2,160})\)")


def lifted(text: str, ground: Grounding | None) -> tuple[str, tuple[str, ...]]:
    """The text without its words about the request (headings, ticket labels, heads before a colon, brackets
    that ``about_request`` says are about it), corrections in brackets read, "in total" after a count dropped;
    and what was set aside, as said."""
    text = _BRACKET_FIX.sub(lambda m: m.group("new") + m.group("mid"), text)
    text = _IN_TOTAL.sub(lambda m: m.group("count"), text)
    if ground is None:
        return text, ()
    aside: list[str] = []

    def lift(said: str, keep: str = "") -> str:
        said = said.strip(" \t-:#[]")
        if said and said.lower() not in (a.lower() for a in aside):
            aside.append(said)
        return keep

    text = _HEADING.sub(lambda m: lift(m.group("said")) if about_request(m.group("said"), ground, placed=True)
                        or _retitled(m.group("said"), m.string[m.end():].split("\n", 1)[0], ground) else m.group(0), text)
    text = _TICKET.sub(lambda m: m.group(0) if _grounded(ground, _words(m.group("said")), frozenset())
                       else lift(m.group("said")), text)
    text = _TAG.sub(lambda m: lift(m.group("said")) if about_request(m.group("said"), ground, placed=True)
                    else m.group(0), text)
    text = _QUESTION.sub(lambda m: asked(m, ground, lift), text)
    text = _TAIL.sub(lambda m: lift(m.group("said")) if _KEY_ALONE.fullmatch(m.group("said").strip())
                     or (about_request(m.group("said"), ground, placed=True) and not _RESTRICTS & set(_words(m.group("said"))))
                     else m.group(0), text)
    text = _AS_NORMAL.sub(lambda m: m.group(0) if ground.is_label((m.group("w") or m.group("v") or "").lower())
                          else lift(m.group("said")), text)
    text = _SPLIT_WORD.sub("", text)
    text = _MISSPELT_ASK.sub(lambda m: m.group(0) if _grounded(ground, [m.group(1).lower()], frozenset(), strict=False)
                             else _asked(m.group(1)), text)

    def head(m: re.Match[str]) -> str:
        said = m.group("head")
        # a head names nothing only when what follows it names its own rows ("Structure: 12 packages"); before a bare
        # count or a share ("customers: 40") the head is the rows'
        rest = re.split(r"[\n.;]|,(?!\d)", m.string[m.end():], maxsplit=1)[0]
        if about_request(said, ground, head=True, part=_grounded(ground, _words(rest), frozenset(), strict=False)
                         and _names_rows(rest, ground) or _counts_rows(rest, ground)):
            return lift(said)
        # "juror scores for the awards page:": a purpose said after the head's words of the schema is set aside, the
        # words before it stay the head (read or quoted back)
        purpose = _PURPOSE.search(said)
        if purpose and about_request(purpose.group("p"), ground, placed=True) \
                and any(w in _META or w in _ARTEFACTS for w in _words(purpose.group("p"))):
            lift(purpose.group("p"))
            at = m.start("head") - m.start()
            return m.group(0)[:at + purpose.start()] + m.group(0)[at + purpose.end():]
        # "For the finance dashboard I'd love to see a realistic spread of invoices:": the table said last is the
        # head, the words before it are about the request
        words = list(re.finditer(r"[A-Za-z_][\w-]*", said))
        k = len(words) - 1
        for n in (2, 1):
            if k - n + 1 < 0 or said[words[k].end():].strip():
                continue
            name = said[words[k - n + 1].start():words[k].end()]
            if ground.is_table(name.lower()):
                before = said[:words[k - n + 1].start()]
                # words that say a value ("R-rated boats:") or make one noun with the table's ("line items:", WordNet)
                # are no chatter
                pieces = [p for w in _words(before) for p in w.split("-") if p]
                joined = f"{pieces[-1]} {name.lower()}" if pieces else ""
                part = not _grounded(ground, pieces, frozenset(), strict=False) and not senses(joined, "n")
                if k - n + 1 > 0 and about_request(before, ground, head=True, part=part):
                    return lift(before, keep=m.group(0)[m.group(0).index(name, len(before)):])
                break  # the whole head names a table ("paper rolls:"): the rules read it
        return m.group(0)

    text = _HEAD.sub(head, text)
    text = _MARK.sub("", text)
    text = _RESTATED.sub(lambda m: restated(m, ground), text)
    text = _QUALIFIER.sub(lambda m: f"{m.group('w')} {m.group('b')}" if _qualifies(m.group("w"), m.group("b"), ground)
                          else m.group(0), text)
    text = _BRACKET.sub(lambda m: lift(m.group("said")) if about_request(m.group("said"), ground, placed=True)
                        else m.group(0), text)
    return text, tuple(aside)


#: A question said as a sentence of its own, with no number ("Where do bookings come from?", "What about the vans?"):
#: it asks about the data, it asks for no rows (not "how many ...?", which may count).
_QUESTION = re.compile(r"(?im)(?:^|(?<=[.!?;]\s))[^\S\n]*(?P<said>(?:where|what|why|which|who|whose|how(?! many\b| much\b))\b"
                       r"[^\n.!?;:()]{0,100}?)[^\S\n]*\?[^\S\n]*")


def asked(m: re.Match[str], ground: Grounding, lift: Callable[[str], str]) -> str:
    """A question before what it asks for: the one table it names heads what follows ("Where do bookings come from?
    20% walk-ins" -> "bookings: 20% walk-ins"); one that names nothing of the schema (and no word we cannot read) is
    set aside; any other, a number or a column in it, is left to the rules (read or quoted back)."""
    said = m.group("said")
    words = _words(said)
    if any(w[0].isdigit() or w in _NUMBER_WORDS for w in words) or any(w in _EXCLUDE for w in words):
        return m.group(0)
    tables = _tables_in(said.lower(), ground)
    if len(tables) == 1:
        named = {t for w in tables[0].split() for t in (w, singular(w), plural(w))}
        if not _grounded(ground, [w for w in words if w not in named], frozenset(), strict=True):
            return f"{tables[0]}: "
        return m.group(0)
    if tables or any(_made_up(w) for w in words) or _grounded(ground, words, frozenset(), strict=False):
        return m.group(0)
    return lift(said)


#: A purpose that ends a head ("juror scores for the awards page", "horse status for the availability grid").
_PURPOSE = re.compile(r"(?i)(?<=\S)[^\S\n]+(?P<p>(?:for|to show on|to show in|on|in)[^\S\n]+(?:the|a|an|our|this|my|that)[^\S\n]+"
                      r"[^\n:]{1,60}?)[^\S\n]*$")


#: Marks that open a line and say nothing ("-- pieces: ...", "== Shifts"): a single dash or star is a list's bullet.
_MARK = re.compile(r"(?m)^[^\S\n]*(?:-{2,}|\u2014|\u2013|={2,}|~{2,}|>{2,})[^\S\n]+")
#: A share, words, then a bracket ("40% still active (no cleared time)", "30% unsigned (signed date empty)").
_RESTATED = re.compile(r"(?i)(?P<share>(?<![\w.])\d+(?:\.\d+)?[^\S\n]*(?:%|percent\b)|\b(?:half|a (?:quarter|third|fifth|tenth)))"
                       r"(?P<words>[^()\n,;.!?]{1,60}?)[^\S\n]*\((?P<b>[^()\n\d]{2,60})\)")
#: Words that say a column holds nothing ("no cleared time", "signed date empty": ``blanks.NO_VALUE``).
_NO_VALUE = frozenset("no without empty blank missing null nil none unset absent".split())


def _names_rows(text: str, ground: Grounding) -> bool:
    """Whether ``text`` names a table by a word of its own (a word or two)."""
    words = _words(text)
    return any(ground.is_table(w) or (i + 1 < len(words) and ground.is_table(f"{w} {words[i + 1]}"))
               for i, w in enumerate(words) if w not in _FUNCTION)


def _counts_rows(text: str, ground: Grounding) -> bool:
    """Whether ``text`` opens with a count of a business's word for one table's rows ("25 questions": ``prof_q``,
    as the grounding reads it: ``rowwords``)."""
    counted = re.match(r"\s*(\d[\d,]*) ([a-z][a-z-]+)\b", text.lower())
    return counted is not None and ground.is_table(ground.said_rows(counted.group(0).strip()).split()[-1])


def _retitled(title: str, below: str, ground: Grounding) -> bool:
    """A heading that carries no number and whose words of the schema the line below it says again ("### Timesheet
    load test" over "Every staffer logs 20-40 timesheet lines"): a title, the line says what it asks (brief s31)."""
    words = _words(title)
    if not words or any(w[0].isdigit() or w in _NUMBER_WORDS or w in _EXCLUDE or w in _SELECT for w in words):
        return False
    named = [w for w in words if w not in _FUNCTION and _grounded(ground, [w], frozenset(), strict=False)]
    again = {singular(w) for w in _words(below)}
    return bool(named) and all(singular(w) in again for w in named)


#: A word, then one or two words in a bracket ("campaign budgets (gross)").
_QUALIFIER = re.compile(r"(?P<w>[A-Za-z_][\w-]*)[^\S\n]*\((?P<b>[A-Za-z][A-Za-z_-]*(?: [A-Za-z][A-Za-z_-]*)?)\)")


def _qualifies(word: str, said: str, ground: Grounding) -> bool:
    """The bracket and the word before it name one column together ("budgets (gross)": ``budget_gross``): the bracket
    says which of the word's columns, read inline."""
    w, b = singular(word.lower()), said.lower().replace(" ", "_")
    return ground.is_column(f"{w}_{b}") or ground.is_column(f"{b}_{w}")


def restated(m: re.Match[str], ground: Grounding) -> str:
    """A bracket that says a column of the schema is empty, after a share said in other words, says what those words
    mean: read with the share ("40% still active (no cleared time)" -> "40% no cleared time"; brief s31). Words before
    it that name the schema stay, a clause of their own, read or quoted back ("30% cancelled (no refund date)").
    Any other bracket is left as it is."""
    words = _words(m.group("b"))
    if not any(w in _NO_VALUE for w in words) or not _grounded(ground, words, frozenset(), strict=False):
        return m.group(0)
    said = _words(m.group("words"))
    if not _grounded(ground, said, frozenset(), strict=False):  # "still waiting": words the bracket says in the schema's
        return f"{m.group('share')} {m.group('b').strip()}"
    return f"{m.group('share')}{m.group('words')}, {m.group('share')} {m.group('b').strip()}"


#: A clause that leaves out the table(s) said before by a pointer: "so leave that table out", "skip them",
#: "don't touch those", "ignore that one for now".
_POINTER = re.compile(r"^(?:(?:so|and|but|then|please|just|pls|,) )*(?:(?:we |i )?(?:can |should |could )?)?"
                      r"(?:leave out|leave|skip|drop|exclude|ignore|omit|forget about|forget|don't touch|do not touch|dont touch|"
                      r"don't seed|do not seed|don't fill|do not fill|don't bother with|no need for)"
                      r" (?:that table|this table|those tables|these tables|that one|this one|those ones|them|it|those|these)"
                      r"(?: (?:out|alone|aside|empty|as well|too|entirely|completely|altogether|for now|for the time being|"
                      r"at all|please|yet|then|thanks|anyway))*$")
#: The same said after the table as a head: "barrels : ignore that one for now".
_HEAD_POINTER = re.compile(r"^(?P<t>[a-z_][\w ]*?) ?: (?P<rest>.+)$")


def _tables_in(norm: str, ground: Grounding) -> list[str]:
    """The tables a clause names (a word or two each), as said."""
    words = re.findall(r"[a-z_][\w-]*", norm)
    out, i = [], 0
    while i < len(words):
        pair = " ".join(words[i:i + 2])
        if i + 1 < len(words) and ground.is_table(pair) and not ground.is_label(pair):
            out.append(pair)
            i += 2
            continue
        if ground.is_table(words[i]) and not ground.is_label(words[i]) and words[i] not in _FUNCTION:
            out.append(words[i])
        i += 1
    return out


def pointed_back(pairs: list[tuple[str, str]], ground: Grounding | None) -> tuple[list[tuple[str, str]], dict[int, frozenset[str]]]:
    """Clauses that leave out "that table" / "them" read as leaving out the tables the clause before named
    ("We don't use service plans yet, so leave that table out" -> "skip service plans"); and, for each clause
    pointed to, its tables (naming them there asks for nothing more: ``about_request``'s ``pointed``)."""
    if ground is None:
        return pairs, {}
    out: list[tuple[str, str]] = []
    pointed: dict[int, frozenset[str]] = {}
    for original, norm in pairs:
        head = _HEAD_POINTER.match(norm)
        if head and ground.is_table(head.group("t").strip()) and _POINTER.match(head.group("rest")):
            out.append((original, f"skip {head.group('t').strip()}"))  # "barrels : ignore that one for now"
            continue
        # "presses aren't modelled yet so don't seed that table": the reason and the pointer in one clause
        split = _SO.search(norm)
        if split and _POINTER.match(norm[split.end():]) and _tables_in(norm[:split.start()], ground):
            out.append((original, norm[:split.start()]))
            norm = norm[split.end():]
        if not _POINTER.match(norm) or not out or _tables_in(norm, ground):
            out.append((original, norm))
            continue
        tables = _tables_in(out[-1][1], ground)
        if tables:
            pointed[len(out) - 1] = frozenset(w for t in tables for w in (t, *t.split(" ")))
            norm = "skip " + " and ".join(tables)
        out.append((original, norm))
    return out, pointed


#: Where a reason ends and what it asks for starts, inside one clause.
_SO = re.compile(r" (?:so|and so|, so|therefore|hence|which is why|that's why|thus) ")
