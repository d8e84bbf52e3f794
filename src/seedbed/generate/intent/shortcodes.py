"""Short codes whose shape the world fixes, read from the column's head word (issue 10, r18).

* **a letter scale**: a one-character ``category``, ``class``, ``tier``, ``band``, ``rating``,
  ``rank`` or ``group`` without a CHECK is a letter of a short scale (A-D, A-C, A-E), early
  letters most often, not the first letters of another list ('F', 'B', 'E', 'P' for a tier
  cut from free / basic / pro / enterprise) nor any of 22 letters;
* **an aircraft's registration**: a ``tail_number``, or a ``registration`` / ``reg`` of an
  aircraft, is its nationality mark and letters (``G-EUPT``, ``N482DL``, ``D-AIBL``), not seven
  digits nor a car's number plate; its ``type_designator`` an aircraft type's code (``320``, ``77W``);
* **a numbered part of a text** (``chapter``, ``clause``, ``paragraph``) is its number (``12``,
  ``4.2``, an ATA chapter ``32-11``), not 'AC1'.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["AIRCRAFT", "designator_rule", "letter_rule", "numbered_rule", "registration_rule"]

Cand = tuple[str, dict, str]

#: Heads of a one-letter category and the letters of its usual scale.
_SCALES = {"category": "ABCD", "cat": "ABCD", "class": "ABCD", "tier": "ABC", "band": "ABCDE",
           "rating": "ABCDE", "rank": "ABCD", "group": "ABCD"}

#: Words that make a registration an aircraft's (in the column or its table).
AIRCRAFT = frozenset("""aircraft airframe airplane aeroplane plane planes helicopter glider jet airliner
aviation fleet_aircraft""".split())


def letter_rule(ctx: Ctx) -> Cand | None:
    """A letter of its scale for a one-character category (``mel_category char(1)``: A-D)."""
    if not ctx.is_text or ctx.length != 1 or not ctx.toks or ctx.toks[-1] not in _SCALES:
        return None
    letters = _SCALES[ctx.toks[-1]]
    return "status.letter", {"letters": letters}, f"a one-letter {ctx.toks[-1]}: {letters[0]}-{letters[-1]}"


def registration_rule(ctx: Ctx) -> list[Cand]:
    """An aircraft's registration for a ``tail_number`` anywhere, or a ``registration`` / ``reg``
    where the column or its table names an aircraft; [] otherwise."""
    if not ctx.is_text or (ctx.length is not None and ctx.length < 5):
        return []
    if "tail" in ctx.toks or AIRCRAFT & (set(ctx.toks) | set(ctx.table_toks)):
        return [("aviation.registration", {}, "an aircraft's registration: its country's mark and letters")]
    return []


def designator_rule(ctx: Ctx) -> list[Cand]:
    """An aircraft type's code for a ``type_designator`` / ``designator`` of an aircraft table."""
    if ctx.is_text and AIRCRAFT & (set(ctx.toks) | set(ctx.table_toks)) and (ctx.length is None or ctx.length >= 3):
        return [("travel.aircraft_code", {}, "an aircraft type's designator")]
    return []


#: Heads of a numbered part of a text (a chapter of a manual, a clause of a contract).
_PARTS = frozenset("chapter clause paragraph".split())  # a section or an article is a newspaper's too


def numbered_rule(ctx: Ctx) -> list[Cand]:
    """The number of a chapter, clause or paragraph kept as text: ``12`` (an ATA chapter 21-80,
    ``32-11`` where it fits), ``4.2`` for a clause."""
    if not ctx.is_text or not ctx.toks or ctx.toks[-1] not in _PARTS or (ctx.length is not None and ctx.length < 2):
        return []
    head = ctx.toks[-1]
    style = "ata" if "ata" in ctx.toks else "chapter" if head == "chapter" else "section"
    return [("id.section", {"style": style}, f"the number of a {head}")]
