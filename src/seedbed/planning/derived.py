"""Columns whose names say they are derived from a sibling, and how (issue 10, pattern 10).

Real rows keep such columns in agreement; independent draws do not (``lower_email`` that is
not ``lower(email)``, ``min_price`` above ``max_price``, ``unread_count`` above
``total_count``, an ``extension`` that is not the file name's). Found from the names alone:

* ``copy``: ``lower_x`` / ``lowercase_x`` / ``normalized_x`` / ``canonical_x`` / ``x_lower`` is
  ``lower(x)`` for a text sibling ``x``;
* ``extension``: an ``extension`` / ``ext`` / ``file_extension`` column next to a file name;
* ``mime``: ``x_content_type`` / ``x_mime_type`` is the media type of ``x_file_name``'s extension;
* ``codepoints``: a ``unicode`` / ``codepoint`` column spells its emoji or symbol sibling (``U+1F1EB U+1F1F7``);
* ``country_*``: a country's name, other ISO code, flag emoji and continent follow its ISO code;
* ``slug`` / ``slug_numbered``: a ``slug`` / ``permalink`` / ``x_slug`` column is the slug of its
  row's name, title, headline or label (``x_slug`` of ``x_name`` / ``x_title`` first); a slug in a
  UNIQUE or primary key (``slug_numbered``) ends with the row's number, distinct by construction;
* ``website``: a ``website`` / ``homepage`` is at a domain made of its row's name;
* ``same``: a ``display_name`` / ``display_label`` is its row's ``name`` (or ``title``) in a table
  that names no person (a category's label is its name, not another category's);
* ``unit``: a ``unit`` / ``uom`` column is the unit of what a sibling ``kind`` / ``type`` /
  ``metric`` names (``temperature`` -> ``°C``, ``co2`` -> ``ppm``), where it names a known quantity;
* ``reading_after``: a counter read twice (``odometer_out`` / ``odometer_in``, ``meter_start`` /
  ``meter_end``): the later reading is the earlier one plus some use;
* ``part_of:lo:hi``: what came of a plan is near the plan (``qty_completed`` 82-102% of ``qty_planned``,
  ``actual_hours`` 70-140% of ``estimated_hours``), what was lost a small share of what was made
  (``qty_scrapped`` 0-6% of ``qty_completed``, ``reject_qty`` of ``good_qty``), what is left at most
  what came in (``qty_on_hand`` of ``qty_received``);
* ``at_least`` / ``at_most``: of two numeric columns whose names differ in one word, the
  ``max`` / ``maximum`` / ``high`` one is at least the ``min`` / ``low`` one, an ``avg`` /
  ``mean`` one lies between them, and a ``total`` / ``all`` one is at least its part
  (``unread_count`` <= ``total_count``);
* ``words`` / ``chars`` / ``reading``: a count of a sibling text's words or characters, its reading time
  in minutes (``seedbed.planning.textcounts``);
* ``share:low:high``: an engagement counter is a share of the wider counter of its row (``opens`` of
  ``recipients``, ``unique_visitors`` of ``views``; ``seedbed.planning.funnels``);
* ``margin`` / ``discount``: a cost is a share of its price, a sale price the regular price less a
  usual discount (``seedbed.planning.prices``).

The engine applies them after drawing the derived column (``seedbed.generate.derive``),
keeping the drawn value wherever the derived one would break a hard bound.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind
from seedbed.planning.budgets import check_budgets
from seedbed.planning.formulas import check_formulas
from seedbed.planning.funnels import funnel_shares
from seedbed.planning.media import kind_measures, media_kind
from seedbed.planning.isocodes import iso_lookups
from seedbed.planning.grids import grid_derivations
from seedbed.planning.ranges import range_derivations
from seedbed.planning.textcounts import text_counts
from seedbed.planning.yearcodes import year_codes

__all__ = ["Derived", "derivations", "slugs"]

_COPY_PREFIX = ("lower", "lowercase", "normalized", "normalised", "canonical", "downcased")
_NUMERIC = (TypeKind.INTEGER, TypeKind.NUMERIC, TypeKind.FLOAT, TypeKind.MONEY)
_LOW = frozenset("min minimum low lowest least floor base bottom lower".split())
_HIGH = frozenset("max maximum high highest most ceiling cap summit top upper peak".split())
_MID = frozenset("avg average mean median typical".split())
_WHOLE = frozenset("total all overall".split())
#: Counters read twice (a car's odometer when it goes out and when it comes back in, a meter at the
#: start and the end of a period): the later reading is the earlier one plus some use.
_READINGS = frozenset("odometer mileage meter counter reading km mi mile kilometer kilometre".split())
_READ_EARLY = frozenset("out start begin before opening open initial first pickup".split())
_READ_LATE = frozenset("in end finish after closing close final last return dropoff".split())
#: Columns holding a character or a few (whose ``unicode`` / ``codepoint`` sibling spells them).
_GLYPHS = frozenset("emoji emojis symbol glyph char character flag icon".split())
#: A part of a whole by what happened to it: the paid part of what is due, the attended part of
#: what was booked or of the capacity (``amount_paid`` <= ``amount_due``, ``refunded_amount`` <= ``amount``).
_DONE = frozenset("""paid refunded used spent redeemed attended booked reserved consumed filled sold collected
received settled returned enrolled registered occupied completed delivered shipped awarded granted approved
funded picked packed loaded dispatched despatched fulfilled""".split())
_OWED = frozenset("due total billed charged invoiced owed capacity limit quota available allocated budget max "
                  "maximum ordered requested".split())
_CAPACITY = frozenset("capacity seats slots spots places".split())
#: Heads of a column saying what a row measures (a sensor's ``kind``, a reading's ``metric``).
_MEASURED = frozenset("kind type metric measurement quantity measure parameter channel".split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Derived:
    """``column`` follows ``source`` by ``op``: ``copy`` (lower), ``extension``, ``mime``, ``at_least``,
    ``at_most``."""

    column: str
    source: str
    op: str
    other: str | None = None  # a second source (``span``: the start, ``source`` being the end)
    terms: tuple[str, ...] = ()  # ``sum``: signed further sources ('+tax_cents', '-discount')
    budget: Any = None  # ``budget``: a seedbed.planning.budgets.Budget (the column's room in a linear CHECK)

    @property
    def sources(self) -> tuple[str, ...]:
        """Every column the derived one is computed from (a budget's first column: none but itself)."""
        own = (self.source, *((self.other,) if self.other else ()), *(t[1:] for t in self.terms))
        return tuple(c for c in own if c != self.column)


def _copy_source(name: str, text: set[str]) -> str | None:
    low = name.lower()
    for p in _COPY_PREFIX:
        for cand in (low[len(p) + 1:] if low.startswith(p + "_") else None,
                     low[: -len(p) - 1] if low.endswith("_" + p) else None):
            if cand:
                match = next((t for t in text if t.lower() == cand), None)
                if match:
                    return match
    return None


def _file_source(stem: tuple[str, ...] | None, name: str, text: set[str]) -> str | None:
    """The file name a ``{stem}_content_type`` describes: ``{stem}_file_name`` (or the only file
    name of the table when the type has no stem)."""
    if stem is None:
        return None
    names = [t for t in sorted(text - {name}) if tokens(t)[-2:] == ("file", "name")]
    same = [t for t in names if tokens(t)[:-2] in (stem, stem + ("file",))]  # file_file_name of file_content_type
    if same:
        return same[0]
    return names[0] if not stem and len(names) == 1 else None


def _one_word_apart(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, str] | None:
    if len(a) != len(b) or not a:
        return None
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (a[diff[0]], b[diff[0]]) if len(diff) == 1 else None


def derivations(table: Table, usable: Mapping[str, bool], sources: frozenset[str], *, room=None,
                rows: int = 0) -> tuple[Derived, ...]:
    """The derived columns of ``table`` among the ``usable`` (freely generated) ones, each with a
    source among ``sources`` (columns the engine draws as plain values); ``room`` and ``rows``: see
    ``planning.yearcodes``."""
    out: list[Derived] = []
    cols = {c.name: c for c in table.columns if not c.type.is_array}
    text = {n for n, c in cols.items() if c.type.kind is TypeKind.TEXT and n in sources}
    taken: set[str] = set()
    out += check_formulas(table, usable, sources, taken)  # a CHECK's own formula first: net = gross - fees
    out += year_codes(table, usable, sources, taken, room, rows)  # a code holding its row's year: substr(code, 1, 4)
    out += check_budgets(table, usable, sources, taken)  # then its linear bounds: length + 2 * (w + h) <= 300
    for name, c in cols.items():
        if not usable.get(name):
            continue
        if c.type.kind is TypeKind.TEXT:
            src = _copy_source(name, text - {name})
            if src:
                out.append(Derived(column=name, source=src, op="copy"))
                taken.add(name)
                continue
            toks = tokens(name)
            src = _file_source(toks[:-2] if toks[-2:] in (("content", "type"), ("mime", "type")) else None,
                               name, text)
            if src:  # avatar_content_type is the type of avatar_file_name
                out.append(Derived(column=name, source=src, op="mime"))
                taken.add(name)
                continue
            kind = media_kind(name, toks, cols, sources)
            if kind:  # a photo's file is a .jpg, a video's a .mp4
                out.append(Derived(column=name, source=kind, op="ext_by_kind"))
                taken.add(name)
                continue
            if toks and toks[-1] in ("extension", "ext") and not ({"phone", "tel"} & set(toks)):
                src = next((t for t in sorted(text - {name})
                            if tokens(t)[-2:] in (("file", "name"), ("filename",)) or tokens(t) == ("file",)
                            or tokens(t)[-1:] == ("path",)), None)
                if src:
                    out.append(Derived(column=name, source=src, op="extension"))
                    taken.add(name)
                    continue
            if toks and (toks[-1] in ("unicode", "codepoint", "codepoints") or toks[-2:] in (("code", "point"),
                                                                                             ("code", "points"))):
                src = next((t for t in sorted(text - {name}) if set(tokens(t)) & _GLYPHS), None)
                if src:  # a flag's unicode is its emoji's code points (U+1F1EB U+1F1F7)
                    out.append(Derived(column=name, source=src, op="codepoints"))
                    taken.add(name)
            if toks and toks[-1] in ("unit", "uom"):  # a sensor's unit follows what it measures
                src = next((n for n, o in sorted(cols.items()) if n in sources and n != name
                            and o.type.kind in (TypeKind.TEXT, TypeKind.ENUM) and tokens(n)[-1:] and tokens(n)[-1] in _MEASURED),
                           None)
                if src:
                    out.append(Derived(column=name, source=src, op="unit"))
                    taken.add(name)
    out += kind_measures(cols, usable, sources, taken)
    ranged = range_derivations(cols, usable, sources, taken | {d.column for d in out})
    out += ranged  # a result inside its reference range, a control's sd a few per cent of its mean
    taken |= {d.column for d in ranged}
    gridded = grid_derivations(cols, usable, sources, taken)
    out += gridded  # a meter's interval_start on its interval_minutes grid
    taken |= {d.column for d in gridded}
    out += _countries(table, cols, usable, sources, taken) + iso_lookups(table, cols, usable, sources, taken)
    out += _airports(table, cols, usable, sources, taken)
    out += slugs(table, sources, taken)
    out += _page_urls(cols, usable, sources, taken)
    out += _display_copies(cols, usable, sources, taken)
    out += _websites(table, cols, usable, sources, taken)
    out += _epoch_orders(cols, usable, sources, taken)
    numeric = {n: tokens(n) for n, c in cols.items() if c.type.kind in _NUMERIC and n in sources}
    from seedbed.planning.balances import balance_chains

    out += balance_chains(numeric, usable, taken)  # balance_after = balance_before + amount
    out += _row_products(numeric, usable, taken)
    out += _outcomes_of_plans(numeric, usable, taken)
    out += _row_sums(numeric, usable, taken)
    from seedbed.planning.prices import prices

    out += prices(numeric, usable, taken)  # a cost below its price, a sale price below the regular one
    out += text_counts(table, usable, sources, taken)  # word_count of the body, its reading time
    counters = {n: n for n in numeric if cols[n].type.kind is TypeKind.INTEGER}
    for name, source, op in funnel_shares(counters, usable, taken):  # opens of recipients, clicks of opens
        out.append(Derived(column=name, source=source, op=op))
        taken.add(name)
    from seedbed.planning.tallies import tallies

    out += tallies(numeric, usable, taken)
    from seedbed.planning.ratios import related_counters

    out += related_counters(numeric, usable, taken, frozenset(n for n, c in cols.items() if c.default is not None))
    from seedbed.planning.nutrients import energy

    out += energy(numeric, usable, taken)
    for name, toks in numeric.items():
        if not usable.get(name) or name in taken:
            continue
        for other, otoks in numeric.items():
            if other == name:
                continue
            words = _one_word_apart(toks, otoks)
            if words is None:
                bound = _bound_of(toks, otoks)  # attempts <= max_attempts, temperature >= min_temperature
                if bound:
                    out.append(Derived(column=name, source=other, op=bound))
                    break
                continue
            mine, theirs = words
            if mine in _READ_LATE and theirs in _READ_EARLY and set(toks) & _READINGS:
                out.append(Derived(column=name, source=other, op="reading_after"))  # odometer_in after odometer_out
            elif mine in _DONE and theirs in _OWED:  # amount_paid <= amount_due
                out.append(Derived(column=name, source=other, op="at_most"))
            elif (mine in _HIGH and theirs in _LOW) or (mine in _MID and theirs in _LOW):
                out.append(Derived(column=name, source=other, op="at_least"))
            elif (mine in _MID and theirs in _HIGH) or (mine not in _WHOLE | _LOW | _HIGH | _MID
                                                        and theirs in _WHOLE):
                out.append(Derived(column=name, source=other, op="at_most"))  # avg <= max, part <= total
    out += _parts_of_wholes(cols, numeric, usable, {d.column for d in out} | taken)
    return tuple(out)


#: Words that make a column the bound of its namesake (``max_attempts`` of ``attempts``).
_CAPS = _HIGH | frozenset("limit allowed quota".split())


def _bound_of(toks: tuple[str, ...], other: tuple[str, ...]) -> str | None:
    """``at_most`` when ``other`` is ``toks`` with a word of a ceiling added (``max_attempts``,
    ``attempts_limit``), ``at_least`` with a word of a floor (``min_temperature``), else None."""
    if len(other) != len(toks) + 1 or not toks:
        return None
    for extra, rest in ((other[0], other[1:]), (other[-1], other[:-1])):
        if rest == toks:
            return "at_most" if extra in _CAPS else "at_least" if extra in _LOW else None
    return None


def _parts_of_wholes(cols: Mapping, numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool],
                     taken: set[str]) -> list[Derived]:
    """``refunded_amount`` <= ``amount`` (a whole's name plus a word of what happened to a part),
    and ``booked_count`` / ``attendees_registered`` <= the row's one ``capacity``."""
    out: list[Derived] = []
    capacity = [n for n, t in numeric.items() if t and t[-1] in _CAPACITY and cols[n].type.kind is TypeKind.INTEGER]
    for name, toks in numeric.items():
        if not usable.get(name) or name in taken or not set(toks) & _DONE:
            continue
        rest = tuple(t for t in toks if t not in _DONE)
        whole = next((o for o, ot in numeric.items() if o != name and ot == rest and rest), None)
        if whole is None and len(capacity) == 1 and capacity[0] != name and cols[name].type.kind is TypeKind.INTEGER:
            whole = capacity[0]
        if whole is not None:
            out.append(Derived(column=name, source=whole, op="at_most"))
    return out


#: A plan, what came of it, and what was lost on the way (one word apart: ``qty_planned`` /
#: ``qty_completed`` / ``qty_scrapped``, ``est_hours`` / ``actual_hours``, ``good_qty`` / ``reject_qty``).
_PLANNED = frozenset("""planned plan target scheduled expected estimated est estimate budgeted forecast forecasted
projected quoted""".split())
_ACHIEVED = frozenset("""actual completed complete produced made built good output finished done yielded achieved
received""".split())
_LOST = frozenset("""scrapped scrap rejected reject rejects defective defects wasted waste lost loss spoiled damaged
nonconforming reworked rework""".split())
_LOST_OF = frozenset("total inspected sampled tested received checked processed started input".split())
#: What is left of what came in (``qty_on_hand`` of ``qty_received``, ``remaining_units`` of ``initial_units``).
_LEFT = frozenset("on hand onhand remaining available left open outstanding current unused".split())
_CAME_IN = frozenset("received original initial issued starting delivered purchased bought allocated loaded".split())
#: Outcomes that overrun their plan as often as not (hours, time, cost), unlike a quantity made.
_OVERRUN = frozenset("hours hrs hour minutes mins min duration time days cost costs spend effort".split())


def _outcomes_of_plans(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool],
                       taken: set[str]) -> list[Derived]:
    """``qty_completed`` near ``qty_planned`` (82-102%; hours and costs 70-140% of their estimate)
    and ``qty_scrapped`` a few percent of what was made (0-6% of ``qty_completed``, else of the plan
    or the total), where both names differ in that one word (were drawn apart: 880 scrapped of 460)."""
    out: list[Derived] = []
    for name, toks in numeric.items():
        if not usable.get(name) or name in taken:
            continue
        found: dict[tuple[str, str], str] = {}  # (my word's group, theirs) -> the sibling
        for other, otoks in numeric.items():
            words = _one_word_apart(toks, otoks) if other != name else None
            for group, members in (("done", _ACHIEVED), ("plan", _PLANNED), ("whole", _LOST_OF)):
                if words is not None and words[1] in members:
                    found.setdefault(("lost" if words[0] in _LOST else "done" if words[0] in _ACHIEVED else "",
                                      group), other)
        lost = [found[("lost", g)] for g in ("done", "plan", "whole") if ("lost", g) in found]
        came = _came_in(name, toks, numeric) if set(toks) & _LEFT else None
        if came is not None:
            out.append(Derived(column=name, source=came, op="part_of:0:1"))
        elif lost:
            out.append(Derived(column=name, source=lost[0], op="part_of:0:0.06"))
        elif ("done", "plan") in found:
            op = "part_of:0.7:1.4" if set(toks) & _OVERRUN else "part_of:0.82:1.02"
            out.append(Derived(column=name, source=found[("done", "plan")], op=op))
        else:
            continue
        taken.add(name)
    return out


def _came_in(name: str, toks: tuple[str, ...], numeric: Mapping[str, tuple[str, ...]]) -> str | None:
    """The sibling that says what came in of which ``name`` is what is left: the same words but
    for the left ones (``on hand``) and a came-in one (``received``)."""
    rest = tuple(t for t in toks if t not in _LEFT)
    stock = bool(set(toks) & {"onhand", "hand"})  # stock on hand holds what is allocated of it, not the reverse
    for other, otoks in numeric.items():
        came = set(otoks) & _CAME_IN - ({"allocated"} if stock else set())
        if other != name and came and tuple(t for t in otoks if t not in _CAME_IN) == rest:
            return other
    return None


#: A row's own total of a quantity at a unit price: ``gross_amount`` = ``quantity_kg`` x ``price_per_kg``.
_QTY = frozenset("quantity qty".split())
_PER_UNIT = frozenset("price rate cost".split())
_ROW_TOTAL = frozenset("amount total subtotal".split())
_NOT_THE_PRODUCT = frozenset("""tax vat discount fee fees paid due refunded refund shipping deposit tip balance
outstanding credit per unit""".split())


def _row_products(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """``amount`` = quantity x unit price in one row, where the row has exactly one quantity
    (``quantity``, ``qty_kg``), one unit price (``unit_price``, ``price_per_kg``, ``rate_per_hour``)
    and one total (``amount``, ``gross_amount``, ``line_total``) that is not a tax, a fee or a paid part."""
    qty = [n for n, t in numeric.items() if set(t) & _QTY and not set(t) & _PER_UNIT]
    price = [n for n, t in numeric.items() if set(t) & _PER_UNIT and ("per" in t or "unit" in t) and not set(t) & _QTY]
    total = [n for n, t in numeric.items() if t and t[-1] in _ROW_TOTAL and not set(t) & _NOT_THE_PRODUCT
             and not set(t) & _QTY and usable.get(n) and n not in taken]
    if len(qty) != 1 or len(price) != 1 or len(total) != 1:
        return []
    taken.add(total[0])
    return [Derived(column=total[0], source=qty[0], op="times", other=price[0])]


def _row_sums(numeric: Mapping[str, tuple[str, ...]], usable: Mapping[str, bool], taken: set[str]) -> list[Derived]:
    """A row's total is its subtotal plus its tax, shipping and fees, less its discount, where the
    row has no lines to add up (``total_cents`` = ``subtotal_cents`` + ``tax_cents``); its tax is a
    rate of the subtotal (``rate``). The shapes are the aggregates' (``planning.aggregates``): a
    table with lines gets the same sum from them, after these."""
    from seedbed.planning.aggregates import row_total_parts

    parts = row_total_parts({n: t for n, t in numeric.items() if n not in taken}, usable)
    if parts is None:
        return []
    sub, grand, plus, minus = parts
    out = [Derived(column=c, source=sub, op="rate") for c in plus if {"tax", "vat"} & set(numeric[c]) and usable.get(c)]
    taken.update([grand, sub, *plus, *minus])  # the sum's parts follow nothing of the total (no cycle)
    return [*out, Derived(column=grand, source=sub, op="sum", terms=(*(f"+{c}" for c in plus), *(f"-{c}" for c in minus)))]


_CODE_HEADS = frozenset("code iso iso2 iso3 alpha2 alpha3".split())
_NATION = frozenset(("country", "nation"))
#: Codes a country row holds that are not its own ISO code (``currency_code``, ``calling_code``).
_OTHER_CODES = frozenset("""currency calling dial dialing phone language lang postal zip region continent timezone
locale tld numeric subdivision state""".split())


def _countries(table: Table, cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str],
               taken: set[str]) -> list[Derived]:
    """A country's name, other ISO code and flag follow its code (``country.code`` 'FRA' ->
    ``name`` 'France', ``code2`` 'FR', ``emoji`` the flag): in a table about countries, or for
    columns that say ``country`` themselves."""
    about = bool(_NATION & set(tokens(table.name.name)))

    def coded(n: str) -> bool:
        c, toks = cols[n], tokens(n)
        return c.type.kind is TypeKind.TEXT and c.type.length in (2, 3) and bool(toks) and toks[-1] in _CODE_HEADS \
            and (about or "country" in toks) and not set(toks) & _OTHER_CODES

    codes = [n for n in cols if n in sources and coded(n)]
    if not codes:
        return []
    source = next((n for n in codes if not usable.get(n)), codes[0])  # the key the others follow
    out: list[Derived] = []
    for name, c in cols.items():
        if name == source or name in taken or not usable.get(name) or c.type.kind not in (TypeKind.TEXT, TypeKind.ENUM):
            continue
        toks = tokens(name)
        if toks and toks[-1] == "continent":
            op = "country_continent"
        elif toks and toks[-1] in ("region", "subregion") and about:  # a country's world region
            op = "country_region"
        elif about and "currency" in toks and c.type.length == 3:
            op = "country_currency"
        elif about and set(toks) & {"calling", "dial", "dialing"}:
            op = "country_calling"
        elif about and "capital" in toks and (c.type.length or 99) > 3:
            op = "country_capital"
        elif about and set(toks) & {"language", "lang", "tongue"}:  # its main language (a name, or a code)
            op = "country_language" if (c.type.length or 99) > 3 else "country_language_code"
        elif c.type.kind is TypeKind.ENUM:
            continue
        elif coded(name):
            op = "country_alpha_2" if c.type.length == 2 else "country_alpha_3"
        elif toks and toks[-1] in ("flag", "emoji"):
            op = "country_flag"
        elif toks and (toks[-1] == "name" and (about or "country" in toks) or toks == ("country",)) \
                and (c.type.length or 99) > 3:
            op = "country_official_name" if "official" in toks else "country_name"
        else:
            continue
        out.append(Derived(column=name, source=source, op=op))
        taken.add(name)
    return out


#: What an airport row's other columns hold of its IATA code (``airportsdata``): the word of the name -> field.
_AIRPORT_FIELDS = {"name": "name", "city": "city", "municipality": "city", "town": "city", "country": "country",
                   "timezone": "tz", "tz": "tz", "icao": "icao", "latitude": "lat", "lat": "lat", "longitude": "lon",
                   "lon": "lon", "lng": "lon", "coordinates": "point", "coordinate": "point", "location": "point",
                   "position": "point", "geo": "point", "elevation": "elevation", "altitude": "elevation"}


def _airports(table: Table, cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str],
              taken: set[str]) -> list[Derived]:
    """An airport's name, city, country, time zone, ICAO code and position follow its IATA code
    (``airports.code`` 'LIS' -> ``airport_name`` '{"en": "Humberto Delgado Airport"}', ``city``
    'Lisbon', ``coordinates`` its point): in a table about airports whose one 3-letter code leads."""
    if "airport" not in tokens(table.name.name):
        return []
    codes = [n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.TEXT and c.type.length == 3
             and tokens(n)[-1:] in (("code",), ("iata",))]
    if len(codes) != 1:
        return []
    out: list[Derived] = []
    for name, c in cols.items():
        if name == codes[0] or name in taken or not usable.get(name):
            continue
        field = next((_AIRPORT_FIELDS[t] for t in reversed(tokens(name)) if t in _AIRPORT_FIELDS), None)
        kind = c.type.kind
        if field is None or (field in ("lat", "lon", "elevation")) != (kind in _NUMERIC) \
                or (field == "point") != (kind is TypeKind.POINT) and field == "point" \
                or field not in ("point", "lat", "lon", "elevation") and kind not in (TypeKind.TEXT, TypeKind.JSON,
                                                                                         TypeKind.JSONB):
            continue
        out.append(Derived(column=name, source=codes[0], op="airport_" + field))
        taken.add(name)
    return out


_EPOCH_END = ("_at", "_on", "_ts", "_time", "timestamp", "_date")
_CREATED = frozenset("created creation inserted registered".split())
_CHANGED = frozenset("updated modified changed last refresh refreshed seen synced edited".split())


def _epoch_orders(cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list[Derived]:
    """Moments kept as integers (``created_date bigint``, ``last_updated_date bigint``, years): the later
    one at least the earlier one, by the same words that order dates (``timeline.name_pairs``)
    and by creation before change."""
    from seedbed.planning.timeline import name_pairs

    ints = [n for n, c in cols.items() if c.type.kind is TypeKind.INTEGER and n in sources
            and (n.lower().endswith(_EPOCH_END) or "year" in tokens(n))]  # a year is a moment too (yearFrom/yearTo)
    out = [Derived(column=later, source=earlier, op="at_least") for later, earlier, _near in name_pairs(ints)
           if usable.get(later) and later not in taken]
    made = [n for n in ints if set(tokens(n)) & _CREATED]
    for n in ints:
        if usable.get(n) and n not in taken and set(tokens(n)) & _CHANGED and not set(tokens(n)) & _CREATED:
            out += [Derived(column=n, source=m, op="at_least") for m in made[:1]]
    return out


_SLUG_HEADS = frozenset("slug permalink".split())
_SLUG_SOURCES = ("name", "title", "headline", "label", "display_name", "subject")


def slugs(table: Table, sources: frozenset[str], taken: set[str]) -> list[Derived]:
    """A slug follows its row's name or title (``how-we-approach-remote-work`` beside a restaurant
    named "Rossi's Kitchen" reads as another row's). UNIQUE slugs included: those end with the
    row's number (``rossis-kitchen-17``), distinct whatever the names are."""
    cols = {c.name: c for c in table.columns if not c.type.is_array}
    keyed = {n for key in table.uniques for n in key.columns}
    if table.primary_key is not None:
        keyed |= set(table.primary_key.columns)
    out: list[Derived] = []
    for name, c in cols.items():
        toks = tokens(name)
        if name in taken or name not in sources or c.type.kind is not TypeKind.TEXT or not toks \
                or toks[-1] not in _SLUG_HEADS:
            continue
        stem = "_".join(toks[:-1])
        text = [n for n, o in cols.items() if n != name and n in sources and o.type.kind is TypeKind.TEXT]
        wanted = [f"{stem}_{h}" for h in _SLUG_SOURCES] if stem else []
        wanted += list(_SLUG_SOURCES)
        src = next((n for w in wanted for n in text if "_".join(tokens(n)) == w or n.lower() == w), None)
        if src:
            out.append(Derived(column=name, source=src, op="slug_numbered" if name in keyed else "slug"))
            taken.add(name)
    return out


#: Qualifiers of a URL that is the row's own page (``canonical_url``, ``permalink``, ``share_url``).
_OWN_PAGE = frozenset("canonical public web share page permalink full absolute article post story item".split())


def _page_urls(cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str], taken: set[str]) -> list[Derived]:
    """The URL of the row's own page ends with the row's slug, on one site per table
    (``https://www.globex.com/<slug>``), not a random site's ``/articles/582019``."""
    slug = [n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.TEXT and tokens(n)[-1:] == ("slug",)]
    if len(slug) != 1:
        return []
    out = []
    for name, c in cols.items():
        toks = tokens(name)
        if not usable.get(name) or name in taken or c.type.kind is not TypeKind.TEXT or not toks:
            continue
        if toks[-1] in ("url", "permalink") and set(toks[:-1]) <= _OWN_PAGE and (len(toks) > 1 or toks[-1] == "permalink"):
            out.append(Derived(column=name, source=slug[0], op="page_url"))
            taken.add(name)
    return out


_PERSON_PARTS = frozenset("first last given family surname".split())


def _display_copies(cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str],
                    taken: set[str]) -> list[Derived]:
    """``display_name`` / ``display_label`` / ``display_title`` copies the row's ``name`` or ``title``
    (never in a table of people, whose display name is their full name)."""
    if any(set(tokens(n)) & _PERSON_PARTS for n in cols):
        return []
    out: list[Derived] = []
    for name, c in cols.items():
        toks = tokens(name)
        if name in taken or not usable.get(name) or c.type.kind is not TypeKind.TEXT or len(toks) != 2 \
                or toks[0] != "display" or toks[1] not in ("name", "label", "title"):
            continue
        src = next((n for n in ("name", "title", "label") if n in cols and n != name and n in sources
                    and cols[n].type.kind is TypeKind.TEXT), None)
        if src:
            out.append(Derived(column=name, source=src, op="same"))
            taken.add(name)
    return out


_ORG_NAMES = frozenset("name company business organization org brand legal trading".split())


def _websites(table: Table, cols: Mapping, usable: Mapping[str, bool], sources: frozenset[str],
              taken: set[str]) -> list[Derived]:
    """A ``website`` / ``homepage`` is at a domain made of its row's name (Ashford Rovers ->
    ``https://www.ashfordrovers.com``), never in a table of people (whose site is their own)."""
    if any(set(tokens(n)) & _PERSON_PARTS for n in cols):
        return []
    noun = (tokens(table.name.name) or ("",))[-1]
    names = [n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.TEXT
             and (tokens(n) == ("name",) or (tokens(n)[-1:] == ("name",) and set(tokens(n)[:-1]) <= _ORG_NAMES | {noun}))]
    out: list[Derived] = []
    for name, c in cols.items():
        toks = tokens(name)
        if name in taken or not usable.get(name) or c.type.kind is not TypeKind.TEXT or not names \
                or toks not in (("website",), ("web", "site"), ("site", "url"), ("website", "url")):
            continue
        out.append(Derived(column=name, source=names[0], op="website"))
        taken.add(name)
    return out
