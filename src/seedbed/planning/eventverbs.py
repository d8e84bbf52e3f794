"""The step of a row's life a moment's verb says, where the lists of ``timewords`` and ``stages`` lack it
(issue 10, r49; blind review 14: search segments cleared before they were assigned, alarms closed before they
were acknowledged, a callout's crew on scene before it was paged).

``timewords._STEPS`` and ``stages.STAGES`` place participles and nouns (``shipped``, ``rectified``,
``completion``). A schema of another trade names its steps with other verbs, clipped (``ack_at``,
``deliv_dt``) or as phrases (``first_on_scene_at``, ``stood_down_at``,
``left_plant``, ``back_at_base``). This reads them the same way, on the same scale (0 the request ..
4.6 closed):

* a word's participle or gerund (WordNet's base form: ``cleared`` -> clear, ``surveyed`` -> survey) in a small general
  vocabulary of event verbs, by the stage of a life they say (raise, acknowledge, assess, prepare, set
  off, arrive, finish, return, bill, close), else through a synonym of its first sense (``offloaded``:
  unload);
* a clipped verb (``ack``, ``deliv``, ``arr``, ``clrd``); a bare verb is not read (``departs_at`` of a dated
  sailing is its timetable's, ``load_date`` may be a noun's);
* a phrase: arriving at a place (``on_scene``, ``at_site``), setting off from one (``left_depot``) and
  coming back to one (``back_at_plant``), standing down.

``timewords._role`` asks this last: the lists' words keep their places, and a word this does not know
stays no step.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["ACK_STAGE", "verb_stage"]


def _table(spec: dict[float, str]) -> dict[str, float]:
    return {w: stage for stage, words in spec.items() for w in words.split()}


#: Event verbs (base forms) by the stage of a row's life they say.
_VERBS: dict[str, float] = _table({
    0.2: "page alert notify trigger raise detect",
    0.5: "acknowledge triage assign allocate task",
    1: "survey estimate appraise assess quote inspect",
    2: "batch mix prepare pack load mobilise mobilize muster",
    3: "dispatch despatch send ship depart",
    3.8: "arrive reach attend",
    3.9: "rescue treat",  # once there, before the patient is discharged
    4: "discharge deliver complete finish resolve",
    # what follows an arrival (a load unloaded, a search segment cleared once the party is there)
    4.1: "clear unload offload unlade",
    4.2: "return",
    4.5: "invoice bill",
    4.6: "close archive",
})
#: The stage of taking a row up (acknowledged, assigned, triaged): minutes after it was raised, not days.
ACK_STAGE = 0.5
#: Clipped verbs of moments' names -> their verbs.
_CLIPS = {"ack": "acknowledge", "ackd": "acknowledge", "acked": "acknowledge", "ackn": "acknowledge",
          "deliv": "deliver", "dlvd": "deliver", "dlvr": "deliver", "arr": "arrive", "arrd": "arrive",
          "arrv": "arrive", "clr": "clear", "clrd": "clear", "compl": "complete", "cmpl": "complete",
          "disp": "dispatch", "dsp": "dispatch", "asgn": "assign", "asgd": "assign", "assgn": "assign",
          "rtn": "return", "rtnd": "return", "inspd": "inspect", "insp": "inspect"}
#: Places a crew or a load comes to (``on_scene``, ``at_site``) or leaves and comes back to (``left_plant``,
#: ``back_at_base``).
_PLACES = frozenset("""scene site location premises address job jobsite home house plant depot base yard station
hospital port dock quay berth warehouse store shop office hq""".split())
_AT = frozenset("on at to".split())
_LEAVE = frozenset("left leave leaving".split())
_STAND = frozenset("stood stand standing".split())


@lru_cache(maxsize=4096)
def _word_stage(word: str) -> float | None:
    """The stage of one word: its clip's; a participle's or a gerund's verb (its base form) in ``_VERBS``, else a
    synonym of its first sense there."""
    from seedbed import thesaurus

    if word in _CLIPS:
        return _VERBS[_CLIPS[word]]
    if len(word) < 4 or not word.endswith(("ed", "ing")):  # a participle or a gerund only: a bare noun says no act
        return None
    forms = thesaurus.base_forms(word, "v")
    for form in forms:
        if form in _VERBS:
            return _VERBS[form]
    found = {_VERBS[w] for w in thesaurus.synonyms(word, "v", limit=1) if w in _VERBS}
    return found.pop() if len(found) == 1 else None


def verb_stage(words: tuple[str, ...]) -> float | None:
    """The stage of a moment named by ``words`` (its tokens), or None (module docstring)."""
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        after = set(words[i + 1:i + 3])
        if w in _STAND and nxt == "down":
            return _VERBS["close"]
        if w in _AT and nxt in _PLACES:  # on scene, at site: arrived
            return _VERBS["arrive"]
        if w in _LEAVE and nxt in _PLACES:  # left the plant: set off (a person's left_on is no step)
            return _VERBS["depart"]
        if w == "back" and (nxt in _AT | {"in"} or after & _PLACES):  # back at the base: returned
            return _VERBS["return"]
    for w in words:
        found = _word_stage(w)
        if found is not None:
            return found
    return None
