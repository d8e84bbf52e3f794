"""Whole requests as AI agents and chatty people write them (brief s11 of session 7).

A request typed into a chat or written by a coding agent says more than the scope: a greeting, a
purpose ("for testing purposes", "for a demo"), who is asking ("As an AI agent I'm seeding a staging
DB:"), a preamble before a list ("I need the following:"), dashes around an aside ("500 orders -- no
more --"), corrections over several clauses ("100 couriers, actually make it 80", "I want 150 orders.
Wait, no, 250 orders instead.") and pronouns for the rows said before ("Each of them should have 1-4
orders", "Put 5 products in each of them", "most of them from Germany"). These are read here, before
the rules: the text becomes what the user would have typed tersely. Every rewrite is a closed class of
words (greetings, purposes, correction markers, pronouns); what is not in one is left for the rules,
which read it or quote it back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from seedbed.scope.inflect import singular

if TYPE_CHECKING:
    from seedbed.scope.ground import Grounding

__all__ = ["META", "antecedent", "asides", "counted_after", "referred", "retold", "tables_named", "unframed"]

#: Words about the request rather than the data: who asks, for what, in which environment (left over,
#: they are no warning; see ``lexicon.FILLER``).
META = frozenset("""
agent ai assistant llm bot copilot seeding populating following follows purposes purpose testing demo demos
staging qa dev development local environment env instance benchmark benchmarking screenshots presentation
actually instead wait hmm oops anyway basically ideally also realistic-looking oh um uh alright well
""".split())

#: A number as a correction says it ("80", "2,000", "1.5k", "about 120").
_NUMBER = r"(?:(?:about|around|roughly|approx\.?|~)\s*)?\d(?:[\d,]*\d)?(?:\.\d+)?k?"  # "1,000", not "60," before a clause
#: What starts a correction after a clause end or a dash: "actually", "wait, no", "I mean", "make it".
_MARKER = (r"(?:(?:wait|hmm|oh|oops|um|uh|er|erm|ugh|sorry|my bad|no|nope)[,!.]?\s+){0,3}"
           r"(?:actually(?:[,!]?\s+no\b)?|i mean|i meant|sorry|correction|or rather|scratch that|on second thought|"
           r"no wait|wait,? no|let's say|let's make (?:it|that)|make (?:it|that)|change (?:it|that) to)"
           r"(?:[,:!]?\s*(?:--|\u2014|-)?\s*(?:make (?:it|that)|let's say|let's do|say|go with)\b)?")
#: A correction that says a number again, with up to three words after it ("actually 400", "Wait, no,
#: 250 orders instead", "-- I mean 5 orders each"): it replaces the last number said before it.
_RETOLD = re.compile(rf"(?i)\s*(?:[,;.!?]|\.\.\.|\u2026|--|\u2014|\u2013|\s-)\s*{_MARKER}[,:!]?\s*(?:--|\u2014|\u2013|-)?\s*"
                     rf"(?P<said>{_NUMBER}(?:[^\S\n]+(?!instead\b|then\b)[a-z_][\w'-]*){{0,3}})"
                     r"(?:[^\S\n]+(?:instead|then))?(?=\s*(?:[,;.!?\n]|--|\u2014|\u2013|\s-\s|$))")
_LAST_NUMBER = re.compile(rf"{_NUMBER}(?!.*\d)", re.S)

#: Greetings and thanks around a request ("Hi!", "Hey team,", "Thanks in advance!").
_GREETING = re.compile(r"(?i)(?:^|(?<=[.!?\n]))\s*(?:(?:hi|hello|hey|heya|howdy|(?:good )?(?:morning|afternoon|evening))"
                       r"(?: there| team| all| folks| guys)?|quick (?:one|question|request|ask|favou?r))\s*(?:[!,.:]|--|\u2014|\u2013)+")
#: A word that starts a sentence in speech and says nothing ("Like, 100 exactly.", "So, 40 users").
_INTERJECTION = re.compile(r"(?i)(?:^|(?<=[.!?\n]))(\s*)(?:like|so|ok|okay|well|oh|um|uh|alright|right|anyway)\s*,\s*")
#: A count said again to insist on it ("Like, 100 exactly.", "50 in total"): the number alone.
_INSIST = re.compile(r"(?i)\b(\d[\d,]*) (exactly|precisely|flat|in total|total|tops|max)(?=\s*(?:[,.;!?\n]|$))")
#: "5 truck exactly", "3 rooms each precisely": an insistence after the counted words, the count as said.
_EXACT_AFTER = re.compile(r"(?i)\b(\d[\d,]*(?:[^\S\n]+[a-z_]+){1,2}?)[^\S\n]+(?:exactly|precisely)(?=\s*(?:[,.;!?\n]|$))")
#: "load the usual stuff but zero damage claims", "seed everything but skip the quotes table": every table is the
#: default, so the head says nothing; what follows "but" is a request of its own (a count, a table left out).
_ALL_BUT_SAID = re.compile(r"(?i)\b(?:(?:seed|load|fill|generate|populate|create|make|give me|do)[^\S\n]+)?(?:everything|"
                           r"all (?:the )?tables|(?:all )?the usual(?:[^\S\n]+(?:stuff|data|tables|things))?)[^\S\n]+"
                           r"(?:but|except|apart from)[^\S\n]+(?=(?:zero|no|none|skip|leave|drop|exclude|omit|without|\d)\b)")
_THANKS = re.compile(r"(?i)\b(?:thanks|thank you|thx|tia|many thanks|cheers|much appreciated|appreciate it)"
                     r"(?: (?:so much|a lot|in advance|a bunch|heaps))?\s*[!.]*")
#: How soon and how kindly ("ASAP", "if possible", "when you get a chance"), and "etc." after a list: nothing of the data.
_URGENCY = re.compile(r"(?i),?\s*\b(?:asap|a\.s\.a\.p\.?|if (?:possible|you can|you could)|when(?:ever)? you (?:can|get a (?:chance|minute))|"
                      r"no rush|at your convenience|(?P<more>and so on|and so forth|and the like|etc))\b\.?(?=\W|$)")
#: Why the data is wanted, said after it: "so we can test pagination", "so that QA can try the export",
#: "to test the scheduler view", "for testing the SMS fallback" (up to six words, none a number: a count after
#: them is read, or quoted back).
_WHY = re.compile(r"(?i),?\s*\b(?:(?:so|so that|that way) (?:we|i|you|they|the team|qa|devs?|people|users|it) (?:can|could|will|may|might|are able to)"
                  r"|(?:in order )?to (?:test|check|try(?: out)?|verify|demo|showcase|reproduce|debug|exercise|stress[- ]test|load[- ]test|benchmark)"
                  r"|(?:e\.g\. |i\.e\. )?for (?:testing|checking|trying out|debugging|demoing|reproducing|exercising|showcasing)"
                  r"(?! purposes?\b))\b(?:[^\S\n]+(?!(?:i|we|please|and|but|then|also)\b)[a-z][\w'-]*){0,6}")
#: "something like 50 staff": about 50.
_SOMETHING_LIKE = re.compile(r"(?i)\b(?:something like|somewhere around|in the region of|on the order of)\s+(?=\d)")
#: "e.g." / "for example" / "such as" before the values meant: a head's colon ("50 staff, e.g. mechanics and
#: dockhands" -> "50 staff: mechanics and dockhands"), the values read as said (every word still read or quoted).
_EXAMPLE = re.compile(r"(?i)(?:,\s*|\s+)?(?<![\w.])(?:e\.g\.|eg\.|e\.g|for example|for instance|such as)(?:,|:)?\s+")
#: A number said and taken back in brackets or after a comma ("200 orders (not 300)", "80 marinas, not 100").
_NOT_THAT = re.compile(r"(?i)(?<=\w)\s*(?:\(\s*(?:not|rather than|instead of)\s+(?:about |around )?\d[\d,.]*k?(?:\s+[a-z_]+)?\s*\)"
                       r"|,\s*(?:not|rather than|instead of)\s+\d[\d,.]*k?(?=\s*(?:[,.;!?\n]|$)))")
#: What the data is for: "for testing purposes", "for a demo", "for load testing", "for our staging env"; who it is
#: for and when ("for the UK demo", "for tomorrow's demo", "for a demo on Friday").
_WHEN = (r"(?P<when> (?:tomorrow|today|tonight|later|later today|this (?:week|morning|afternoon|evening)|next (?:week|month)|"
         r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?")


def _more_values(m: re.Match[str], text: str, ground: Grounding | None) -> bool:
    """"paid, open, etc.": more values than the ones listed, not a filler (kept, so it is quoted back)."""
    listed = re.search(r"([A-Za-z_][\w-]*)\s*(?:,|\bor\b|\band\b)\s*([A-Za-z_][\w-]*)\s*,?\s*$", text[:m.start()])
    return bool(m.group("more")) and ground is not None and listed is not None and all(
        ground.is_label(w.lower()) for w in listed.groups())


def _kept(m: re.Match[str], ground: Grounding | None) -> bool:
    """A purpose word the schema holds ("deployments for staging", staging a value): read by the rules."""
    said = m.group(0)
    for name in ("aud", "when"):
        if m.group(name):
            said = said.replace(m.group(name), " ")
    return ground is not None and any(ground.is_label(w) or ground.is_table(w) for w in re.findall(r"[a-z_]+", said.lower())
                                      if w not in ("for", "a", "an", "the", "our", "my", "some"))
_PURPOSE = re.compile(
    r"(?i),?\s*\bfor (?:a |an |the |our |my |some )?(?P<aud>(?:tomorrow's|today's|[a-z]{2,12}) (?=demo\b))?"
    r"(?:(?:load|unit|integration|e2e|end-to-end|ui|performance|qa)[- ])?"
    r"(?:demo|testing|tests?|qa|staging|dev|development|local development|benchmarks?|benchmarking|screenshots|"
    r"a presentation|presentation)(?: purposes| environment| env| database| db| setup| run)?\b(?! (?:of|for)\b)" + _WHEN)
#: Who is asking and what they are doing, said before the request: "As an AI agent I'm seeding a staging DB".
_WHO = re.compile(r"(?i)\bas an? (?:ai |llm |coding |automated )?(?:agent|assistant|bot)\b,?"
                  r"(?:\s+(?:i'm|i am|we're|we are)\s+(?:seeding|populating|setting up|preparing|filling|testing)"
                  r"(?:\s+(?:a|an|the|our|this|my))?(?:\s+(?:staging|test|testing|dev|development|local|demo|ci|qa))?"
                  r"(?:\s+(?:db|database|environment|env|instance|schema))?)?")
#: A head before a colon or a list that says only that a request follows ("I need the following:",
#: "here's what I need:", "I'd like to have some test data:").
_PREAMBLE = re.compile(r"(?i)(?:^|(?<=[.!?\n]))\s*(?:(?:i|we) (?:need|want|would like|'d like)|i'd like|we'd like|here's what i need|"
                       r"here is what i need|please (?:create|generate|seed|make)|could you (?:create|generate|seed|make)|"
                       r"(?:i'm|i am|we're|we are) (?:testing|building|working on|debugging|demoing|developing|prototyping)"
                       r" (?:the |our |a |an |my )?[a-z][\w -]{0,40}?)"
                       r"(?: to (?:have|get|see))?(?: (?:the following|some|a bit of|a few))?(?: (?:test|sample|fake|demo|seed))?"
                       r"(?: (?:data|rows|records|things))?(?: (?:as follows|like this))?\s*:(?=\s)")
#: A label that heads a ticket or an agent's request ("Task: 15 marinas; ...", "Request #12: ...", "TODO -").
_LABEL_HEAD = re.compile(r"(?im)^[^\S\n]*(?:task|request|ticket|goal|objective|todo|to-?do|ask|job|requirements?|spec|"
                         r"acceptance criteria|user story|story|context)(?:[^\S\n]*#?\d+)?[^\S\n]*(?::|--|\u2014|\u2013|-)[^\S\n]*")
#: "generate data for A, B and C": the tables the data is for, as "seed A, B and C" (only before a table).
_DATA_FOR = re.compile(r"(?i)\b(?:(?:please )?(?:generate|create|seed|make|produce|populate|fill in|insert|give me|"
                       r"(?:i|we) (?:need|want|'d like|would like))[^\S\n]+)?(?:(?:some|the|a bit of)[^\S\n]+)?"
                       r"(?:(?:test|sample|fake|demo|seed|dummy|mock)[^\S\n]+)?data[^\S\n]+(?:for|in|across|covering)[^\S\n]+"
                       r"(?:the[^\S\n]+)?(?=(?P<t>[A-Za-z_][\w]*(?:[^\S\n][A-Za-z_]\w*)?))")
#: A list of tables with "only" after it ("A, B and C only"): "only" first, as the rules read it.
_LIST_ONLY = re.compile(r"(?i)(?<![\w,])(?P<list>[A-Za-z_]\w*(?:[^\S\n][A-Za-z_]\w*)?(?:[^\S\n]*,[^\S\n]*[A-Za-z_]\w*"
                        r"(?:[^\S\n][A-Za-z_]\w*)?)*[^\S\n]*,?[^\S\n]+(?:and|&)[^\S\n]+[A-Za-z_]\w*(?:[^\S\n][A-Za-z_]\w*)?)"
                        r"[^\S\n]+only\b")
#: Verbs of making rows that no rule needs ("set up 100 users", "put 5 products in each", "spin up").
_MAKE = re.compile(r"(?i)\b(?:set up|setup|spin up|whip up|mock up|throw in|put|populate|prepare)\b"
                   r"(?= (?:\S+ )?(?:\d|a |an |some |about |around |roughly ))")
#: An aside in brackets about the rows just said ("100 customers (around 20% of them without a phone)"):
#: a clause of its own, its pronoun read as the other ones (a count alone, "(300 of them)", is read by the rules).
_BRACKET_OF_THEM = re.compile(r"(?i)\s*\((?!\s*[\d,]+ of (?:them|those|these)\s*\))\s*([^()]*\bof (?:them|those|these)\b[^()]*?)\s*\)")
#: "let us go with 1000 orders", "let's do 50 users": a request, not the country "us".
_LETS = re.compile(r"(?i)\b(?:let us|let's|lets)(?: (?:go with|do|have|say|make it|use))?\b")
#: "for me", "for us" after a request.
_FOR_ME = re.compile(r"(?i)\s+for (?:me|us)\b")
#: An aside between dashes, or a dash between words: a clause of its own ("500 orders -- no more -- and ...").
#: (Only after a count in the same sentence: "payments - nothing via paypal" is a head and what it gets.)
_DASH = re.compile(r"(?<=\d)(?P<mid>[^.!?;\n]*?)(?:[^\S\n]+(?:--+|\u2014|\u2013)[^\S\n]*|[^\S\n]*(?:--+|\u2014)[^\S\n]+)")
#: A bound that only insists on the count just said ("500 orders, no more"): nothing to read.
_NO_MORE = re.compile(r"(?i),\s*(?:no more|no less|no more,? no less|not more|not one more|exactly|precisely|tops)\s*(?=[,.;!?\n]|$)")


def _insisted(m: re.Match[str]) -> str:
    """The count alone; "tops" and "max" only after a clause start or "make it" ("Like, 100 max."): after a value's
    words ("a premium of 1200 tops") they are its bound, read by ``orders``."""
    if m.group(2).lower() in ("tops", "max") and not re.search(r"(?:^|[,.;:!?\n]|\bit)\s*$", m.string[:m.start()]):
        return m.group(0)
    return m.group(1)


def retold(text: str) -> str:
    """Corrections of a number said again after a clause end, a comma or a dash ("100 couriers, actually
    make it 80" -> "80 couriers"; "10 users with 2 orders each -- I mean 5 orders each"): the number said
    and the words after it replace the last number before the correction and as many words after it."""
    pos = 0
    while (m := _RETOLD.search(text, pos)) is not None:
        before, said = text[:m.start()], m.group("said").split()
        last = _LAST_NUMBER.search(before)
        tail = before[last.start():].split(" ") if last else []
        # the words after the number say what it counts: the same rows, or this is no correction of it
        # ("20 products. Make it 50 users" makes users, it does not take the products back)
        if last is None or (len(said) > 1 and (len(tail) < 2 or singular(said[1]) != singular(tail[1]))):
            pos = m.end()
            continue
        keep = tail[len(said):] if len(said) <= len(tail) else []
        text = before[:last.start()] + " ".join([*said, *keep]) + text[m.end():]
    return text


def unframed(text: str, ground: Grounding | None = None) -> str:
    """The request without greetings, thanks, purposes, who asks, preambles, "for me", asides' dashes
    and "no more" after a count (see the module docstring). A purpose word the schema holds ("deployments
    for staging" where staging is a value) stays for the rules."""
    text = _GREETING.sub(" ", _GREETING.sub(" ", text))  # "Hey team -- quick one: ..."
    text = _ALL_BUT_SAID.sub("", _EXACT_AFTER.sub(r"\1", _INSIST.sub(_insisted, _INTERJECTION.sub(r"\1", text))))
    text = _THANKS.sub(" ", text)
    text = _EXAMPLE.sub(": ", _SOMETHING_LIKE.sub("about ", _NOT_THAT.sub("", _WHY.sub("", _URGENCY.sub(
        lambda m: m.group(0) if _more_values(m, text, ground) else "", text)))))
    text = _WHO.sub(" ", _LABEL_HEAD.sub(lambda m: m.group(0) if ground is not None and _named(m.group(0).strip(" :-#0123456789\t\u2013\u2014"), ground)
                                     else "", text))
    text = _tables_only(_DATA_FOR.sub(lambda m: "seed " if ground is not None and _named(m.group("t"), ground) else m.group(0),
                                      text), ground)
    text = _PURPOSE.sub(lambda m: m.group(0) if _kept(m, ground) else " ", text)
    text = _PREAMBLE.sub(" ", text)
    text = _MAKE.sub("create", text)
    text = _LETS.sub("", text)
    text = _BRACKET_OF_THEM.sub(r", \1,", text)
    text = _FOR_ME.sub("", text)
    while (m := _DASH.search(text)) is not None:
        text = text[:m.start()] + m.group("mid") + ", " + text[m.end():]
    text = _NO_MORE.sub("", text)
    # what a filler left around a sentence end: "payments ?," and "please? ." end where the sentence does
    text = re.sub(r"([?!.])(?:[^\S\n]*[,;.])+(?=\s|$)", r"\1", re.sub(r"[^\S\n]+([?!.,;])(?=\s|$)", r"\1", text))
    text = re.sub(r"([?!.])(?:[^\S\n]*[,;.])+(?=\s|$)", r"\1", text).rstrip().rstrip(",;")
    return re.sub(r"[^\S\n]{2,}", " ", text).strip()


def _named(words: str, ground: Grounding) -> bool:
    """Whether ``words`` (or their first word) name a table."""
    low = words.lower()
    return ground.is_table(low) or ground.is_table(low.split(" ")[0])


def _tables_only(text: str, ground: Grounding | None) -> str:
    """"A, B and C only" -> "only A, B and C" when every item names a table (values keep their "only")."""
    def one(m: re.Match[str]) -> str:
        said = m.group("list")
        items = [w.strip() for w in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", said) if w.strip()]
        if ground is not None and items and " " in items[0] and not ground.is_table(items[0].lower()):
            verb, _, items[0] = items[0].partition(" ")  # "seed depots, bikes and repairs only": the list after the verb
            said = said[len(verb) + 1:]
        else:
            verb = ""
        if ground is None or not items or not all(_named(w, ground) and not ground.is_label(w.lower()) for w in items):
            return m.group(0)
        return f"{verb} only {said}".lstrip()
    return _LIST_ONLY.sub(one, text)


def asides(text: str, ground: Grounding | None = None) -> tuple[str, ...]:
    """What ``unframed`` sets aside as about the request, not the data, as said ("for a demo tomorrow",
    "ASAP", "so we can test pagination", "not 300"): shown with the reading, so a filler is seen as one."""
    out: list[str] = []
    for pattern in (_GREETING, _THANKS, _URGENCY, _WHY, _NOT_THAT, _WHO, _PURPOSE, _EXAMPLE):
        for m in pattern.finditer(text):
            if pattern is _URGENCY and _more_values(m, text, ground):
                continue
            said = m.group(0).strip(" ,.;:!?()-\n\u2014\u2013")
            if said and not (pattern is _PURPOSE and _kept(m, ground)) and said.lower() not in (o.lower() for o in out):
                out.append(said)
    return tuple(out)


#: The pronouns for rows said before, as a clause uses them (the rows they stand for go in their place).
_EACH_OF = re.compile(r"\b(?:each|every one) of (?:them|those|these)\b|(?<=\bfor )each one\b")
_SHARE_OF = re.compile(r"\b((?:most|all|none|half|some|many|a few|few|several|the majority|a minority|"
                       r"(?:a|one|two|three) (?:quarter|third|fifth|tenth)s?|\d+(?:\.\d+)?%|\d+)) of (?:them|those|these)"
                       r"(?= (?:should|must|will|would|are|is|were|to|have|has|get|need|can|on|from|in|with|via|by)\b)")
#: A value said with a preposition and nothing else after a comma ("in EUR only", "all by card"): of the rows said before.
_BARE_VALUE = re.compile(r"^(?:(?:and|but) )?(?P<q>(?:all|only|mostly|mainly|largely|usually|always) )?"
                         r"(?P<p>(?:paid |made |priced |billed )?(?:in|by|via|through|using|with) )(?:the |an? )?"
                         r"(?P<v>[a-z_][\w-]*)(?: only)?$")
#: "they" (or "these", "those" alone) as the subject of a clause, before its verb.
_THEY = re.compile(r"^(?:(?:and|but|so|also|then) )?(?:they|these|those|them)(?= (?:should|must|will|would|shall|are|were|all|each|"
                   r"need|needs|have|has|had|can|could|may|might|mostly|always|never|only|ought|get|come|cost|give|"
                   r"make|do|does|take|got)\b)")  # (the last: how people who learnt English say "have": brief s23)
_THEIR = re.compile(r"(?:^|(?<= ))(?:and )?(?:their|those|these) (?=[a-z_])")


def antecedent(norm: str, ground: Grounding) -> str | None:
    """The rows a clause is about: the last table said with a count ("30 couriers and 1000 orders": "they" after
    it are the orders, the rows named last; brief s23), else the first table said ("users with preferences"), as
    said (a word or two)."""
    from seedbed.scope.lexicon import FILLER

    words = re.findall(r"[a-z_][\w-]*|\d[\d.]*", norm)
    found: list[tuple[bool, str]] = []
    i = 0
    while i < len(words):
        pair = len(words) > i + 1 and ground.is_table(" ".join(words[i:i + 2]))
        said = " ".join(words[i:i + 2]) if pair else words[i]
        if pair or (ground.is_table(said) and not ground.is_label(said) and said not in FILLER):
            found.append((i > 0 and words[i - 1][0].isdigit(), said))
        i += len(said.split(" "))
    counted = [t for c, t in found if c]
    return counted[-1] if counted else ([t for _c, t in found] or [None])[0]


#: A table said as a table, maybe quoted: '"orders" table', "the menu_items table", "table `users`".
_QUOTED = re.compile(r"[\"'`]([a-z_][\w.]*)[\"'`]")
_TABLE_WORD = re.compile(r"\b(?:the )?([a-z_][\w.]*) table\b|\btable ([a-z_][\w.]*)\b")
#: Its count said after it: "restaurants with 25 rows", "users should be 40 rows", "the orders table: 160".
_COUNT_AFTER = re.compile(r"\b([a-z_][\w.]*)(?:(?: table(?: (?:should (?:be|have|get|contain)|with|gets?|has|needs)| :| -)?"
                          r"| (?:should (?:be|have|get|contain)|with|gets?|has|needs)| :| -)? (\d+) (?:rows|records|entries)\b"
                          r"| table(?: (?:should (?:be|have|get|contain)|with|gets?|has|needs)| :)? (\d+)(?= ?(?:,|$|and\b))"
                          r"| should (?:be|have|get|contain) (\d+)(?= ?(?:,|$|and\b)))")
#: "fill the orders table with 300 rows" is read by the rules as it is (that table selected, and its count).
_SEED_VERB = re.compile(r"\b(?:seed|fill|populate|load)(?: the)? $")
#: An adverb of share said before "be" ("should mostly be completed"): after it, as the rules read it.
_ADVERB_BEFORE_BE = re.compile(r"\b(should|must|will|would|can|could|shall) (mostly|mainly|largely|primarily|usually|all|"
                               r"always|never|only) be\b")


#: "each" floated after the rows and a modal ("orders should each contain 1-6 items", "the users each have 2"):
#: said before them, as the rules read it ("each order contain 1-6 items").
_FLOATING_EACH = re.compile(r"^(?P<pre>(?:and |but )?(?:the )?)"
                            r"(?P<t>[a-z_][\w-]*(?: (?!(?:should|must|will|can|would|are|need|all|each)\b)[a-z_][\w-]*)?) "
                            r"(?:should |must |will |can |would |are to |need to )?(?:all )?each (?=[a-z])")


def tables_named(norm: str, ground: Grounding) -> str:
    """A table said as a table, quoted or with "table", and its count after it, as a terse count
    ('seed the "restaurants" table with 25 rows' -> "seed 25 restaurants"); only for names of tables."""
    norm = _QUOTED.sub(lambda m: m.group(1) if ground.is_table(m.group(1).rpartition(".")[2]) else m.group(0), norm)
    norm = _COUNT_AFTER.sub(lambda m: f"{m.group(2) or m.group(3) or m.group(4)} {m.group(1)}"
                            if ground.is_table(m.group(1).rpartition(".")[2]) and not ground.is_label(m.group(1))
                            and not _SEED_VERB.search(norm, 0, m.start()) else m.group(0), norm)
    norm = _TABLE_WORD.sub(lambda m: (m.group(1) or m.group(2)) if ground.is_table(
        (m.group(1) or m.group(2)).rpartition(".")[2]) else m.group(0), norm)
    return _ADVERB_BEFORE_BE.sub(r"\1 be \2", _each_first(norm, ground))


def _each_first(norm: str, ground: Grounding) -> str:
    """"orders should each contain ..." -> "each order contain ..." (``_FLOATING_EACH``), for a table only."""
    return _FLOATING_EACH.sub(lambda m: f"{m.group('pre')}each {singular(m.group('t'))} " if ground.is_table(m.group("t"))
                              else m.group(0), norm)


def referred(norm: str, rows: str | None, ground: Grounding) -> str:
    """``norm`` with its pronouns for earlier rows replaced by them ("each of them" -> "each customer",
    "most of them" -> "most of the users", "their orders" -> "orders", "those guests" -> "guests");
    unchanged when no rows were said before, or when the clause names them itself."""
    if rows is None:
        return norm
    norm = re.sub(r"^(?:and )?(\d+) of (?:them|those|these)$", rf"\1 {rows}", norm)  # "..., 30 of those"
    norm = _EACH_OF.sub(f"each {singular(rows)}", norm)
    # "no cancelled ones", "the delivered ones": rows of that value
    norm = re.sub(r"\b([a-z_][\w-]*) ones\b", lambda m: f"{m.group(1)} {rows}" if ground.is_label(m.group(1)) else m.group(0), norm)
    norm = _SHARE_OF.sub(lambda m: f"{m.group(1)} of the {rows}", norm)
    # "most of them on bicycles", "none of them from travel agents": the value, said with a preposition
    norm = re.sub(rf"(\bof the {re.escape(rows)}) (?:on|from|via|by|through|using|in|with) (?:an? |the )?([a-z_][\w-]*)\b",
                  lambda m: f"{m.group(1)} {m.group(2)}" if ground.label_for(m.group(2)) and not ground.is_table(m.group(2))
                  else m.group(0), norm)

    def said_after(m: re.Match[str]) -> str:  # "their orders", "those guests": the rows named right after
        word = re.match(r"[a-z_][\w-]*", norm[m.end():])
        return "" if word and (ground.is_table(word.group(0)) or ground.is_column(word.group(0))) else m.group(0)

    norm = _THEIR.sub(said_after, norm)
    norm = _THEY.sub(rows, norm)  # "they should all be from 2025": the rows
    bare = _BARE_VALUE.match(norm)
    if bare and ground.holds(rows, bare.group("v")):  # "400 invoices, mostly paid, in EUR only": the rows' value
        q = bare.group("q") or ""
        norm = f"{q}{rows} {norm[bare.start('p'):]}" if q in ("", "all ") else f"{rows} {q}{norm[bare.start('p'):]}"
    norm = re.sub(r"^(?:and|but|also|then) (?=(?:for|in|on) each\b)", "", norm)  # "and for each of them, ..."
    return _each_first(norm, ground)  # "their orders should each contain ...": "each order contain ..."


#: "generate customers, about 500 of them": the count said after the rows, as a count of them.
_COUNT_OF_THEM = re.compile(r"(?P<t>\b[a-z_][\w-]*) , (?:about |around |roughly |some |like )?(?P<n>\d+) of (?:them|those|these)$")


def counted_after(norm: str, ground: Grounding) -> str:
    """A clause that names rows and then counts them ("generate customers , 500 of them")."""
    return _COUNT_OF_THEM.sub(lambda m: f"{m.group('n')} {m.group('t')}" if ground.is_table(m.group("t")) else m.group(0), norm)
