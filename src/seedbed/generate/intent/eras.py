"""Years and dates at the era of the thing they date (issue 10, round 9).

A bus built in 1895, a dam completed in year 1, a hydro turbine commissioned last month, a company
incorporated last year: each is a moment of a thing's making or coming to be, drawn as if it were
any date. Here the kind of thing a row is (``magnitudes``' subjects: the table's name, its parents',
the column's words) says when such things were made (``bykind.json``'s ``eras``: the first year the
kind existed, its usual and its oldest age), and:

- a year of making (``year_built``, ``build_year``, ``laid_year``, ``year_completed``) falls between
  now less the oldest age (never before the first year) and now, most often at the usual age;
- a date of making (``commissioned``, ``installed_on``, ``entered_service``) the same, where the
  row is a thing of a known kind (an account's ``opened`` stays the record's own moment);
- a licence's or a permit's issue (``licence_issued`` of a driver, ``issued`` of a permit) years back;
- an organisation's founding or incorporation (``founded_date``, ``incorporation_date``,
  ``year_established``) is years to a century and a half back, never last month.

Read by ``infer`` before the number rules and the phrase table.
"""

from __future__ import annotations

from functools import lru_cache

from seedbed.generate.intent.context import Ctx
from seedbed.generate.intent.tokens import singular
from seedbed.model import TypeKind

__all__ = ["era_rule"]


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, tuple[int, float, float]], frozenset[str], frozenset[str], tuple[float, ...]]:
    """``bykind.json``'s eras, words of making and of an origin, and an organisation's ages (read once,
    when first asked: the vocabulary loader imports the intent package)."""
    from seedbed.generate.realistic.vocab import load

    data = load("bykind")
    eras = {k: (int(a), float(b), float(c)) for k, (a, b, c) in data["eras"].items()}
    return eras, frozenset(data["making"].split()), frozenset(data["origin"].split()), \
        tuple(float(a) for a in data["origin_ages"])

#: The year "now" is (``streams.REFERENCE_NOW``).
_NOW = 2026
#: Words of a year column (``year_built``, ``built_yr``), and words that make a year or date another moment
#: (a ``last_inspection``, a ``model_year``, ``service_interval``, a ``planned_completion``).
_YEAR = frozenset("year yr".split())
_NOT = frozenset("""last next due planned target expected estimated scheduled forecast interval model fiscal tax
academic season age ago since until end expiry expires retired decommissioned closed demolished scrapped sold
days hours months weeks""".split())
#: Words that make "service" a thing's entering into use (``entered_service``, ``in_service_date``).
_SERVICE = frozenset("entered entry in into".split())
#: Words of a licence's or a permit's issue: one held for years (a driver's licence), not issued last month.
_ISSUE = frozenset("issue issued granted obtained".split())
_LICENCE = frozenset("""licence license permit certificate certification accreditation authorisation
authorization""".split())
#: A year of building whose kind nothing names: some decades back, mostly recent (a film's ``production_year``
#: or a batch's ``made`` year is none of these words).
_ANY = (1950, 15.0, 70.0)
#: Words that alone name a year in an integer (``built``, ``founded``); ``installed`` alone may count installs.
_ALONE = frozenset("built constructed erected completed commissioned founded established incorporated opened".split())
#: Kinds whose bare ``year`` is the year one was made (a car's 2016), not any year.
_BARE = frozenset("""vehicle truck bus motorcycle bicycle boat yacht aircraft helicopter caravan tram trainset
locomotive plant forklift tractor glider""".split())
_BUILT = frozenset("""built build constructed construction completed completion commissioned erected laid impounded
drilled""".split())


def _kind(ctx: Ctx, dated: bool) -> tuple[str, tuple[int, float, float]] | None:
    """The kind of thing the row is and its era: the column's, the table's, then a parent's subject."""
    from seedbed.generate.intent.magnitudes import _subjects

    eras = _data()[0]
    own, parents = _subjects(ctx)
    for subject in own + ([] if dated else parents):
        if subject in eras:
            return subject, eras[subject]
    return None


def _making(words: set[str]) -> str | None:
    """The word of a thing's making the column names (``service`` only as entering it: ``entered_service``,
    not a ``service_date``)."""
    found = words & _data()[1]
    if found == {"service"} and not words & _SERVICE:
        return None
    return min(found) if found else None


def era_rule(ctx: Ctx) -> tuple[str, dict, str] | None:
    """A year or a date of a thing's making or an organisation's founding at its kind's era (module
    docstring), else None."""
    words = set(ctx.toks)
    if not ctx.toks or words & _NOT:
        return None
    whole = ctx.kind is TypeKind.INTEGER or ctx.kind is TypeKind.NUMERIC and not ctx.column.type.scale
    year = whole and (bool(words & _YEAR) or len(ctx.toks) == 1 and ctx.toks[0] in _ALONE)
    date = ctx.kind is TypeKind.DATE
    if not year and not date:
        return None
    if words & _data()[2]:
        youngest, usual, oldest = _data()[3]
        if date:
            return "date.birth", {"ages": [youngest, usual, oldest]}, \
                f"an organisation's founding: {youngest:g}-{oldest:g} years ago"
        return "number.year", {"low": _NOW - int(oldest), "high": _NOW - 1, "mode": _NOW - int(usual)}, \
            "an organisation's founding year"
    if date and words & _ISSUE and (words | {singular(w) for w in ctx.table_toks}) & _LICENCE:
        ages = [0.2, 8.0, 40.0] if ctx.person_table else [0.05, 3.0, 25.0]
        return "date.birth", {"ages": ages}, f"a licence's issue: {ages[0]:g}-{ages[2]:g} years ago"
    word = _making(words)
    if word is None and year and ctx.toks == ("year",):  # a car's or a boat's bare ``year``: the one it was made
        found = _kind(ctx, dated=True)
        word = "made" if found is not None and found[0] in _BARE else None
    if word is None:
        return None
    found = _kind(ctx, dated=date)
    if found is None and (date or word not in _BUILT):
        return None  # a moment of a row nothing says is a made thing: the record's own, or the other rules'
    kind, (first, usual, oldest) = found or ("thing", _ANY)
    low = max(first, _NOW - int(oldest))
    mode = max(low, _NOW - int(usual))
    if date:
        ages = [0.1, _NOW - mode, _NOW - low]
        return "date.birth", {"ages": ages}, f"a {kind}'s date ({word}): {ages[0]:g}-{ages[2]:g} years ago"
    return "number.year", {"low": low, "high": _NOW - 1, "mode": mode}, f"a {kind}'s year ({word}): {low}-{_NOW - 1}"
