"""The structured scope: what a ``--scope`` text means, before it meets a schema.

Every item keeps the names as the user typed them (``"customers"``, ``"prices"``);
``seedbed.scope.resolve`` matches them to tables and columns. Items are frozen dataclasses of
strings, numbers and tuples, so a scope round-trips through JSON and ``seedbed.toml``
(``to_dict`` / ``from_dict``) and a team can version and edit it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, ClassVar

__all__ = [
    "ITEM_KINDS", "Age", "Business", "Count", "Domain", "Events", "Exclude", "Fanout", "Item", "Keep", "Locale", "Mix", "Nulls",
    "Orphans",
    "Implies", "ParentKeys", "Parents", "Range", "Ratio", "Scope", "Within", "Select", "Spread", "Theme", "TimeAfter", "Unsupported", "Window",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One thing the scope asks for; ``phrase`` is the clause it was read from."""

    kind: ClassVar[str] = ""
    phrase: str = ""

    def brief(self) -> str:
        """A compact, canonical one-line form (used by the phrase tests and ``explain``)."""
        raise NotImplementedError


def _n(value: float | int | None) -> str:
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Select(Item):
    """Only these tables (and database schemas), plus the parents they need."""

    kind: ClassVar[str] = "select"
    tables: tuple[str, ...] = ()
    schemas: tuple[str, ...] = ()
    label: str | None = None  # "the checkout flow": a name for the selection, nothing more

    def brief(self) -> str:
        parts = list(self.tables) + [f"schema {s}" for s in self.schemas]
        return "select " + ", ".join(parts) + (f" ({self.label})" if self.label else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Exclude(Item):
    """Leave these out; a word that is no table name matches tables named after it (``audit``)."""

    kind: ClassVar[str] = "exclude"
    tables: tuple[str, ...] = ()

    def brief(self) -> str:
        return "exclude " + ", ".join(self.tables)


@dataclass(frozen=True, slots=True, kw_only=True)
class Count(Item):
    """``rows`` rows in ``table`` (every table when ``table`` is None); ``at_least``: in total."""

    kind: ClassVar[str] = "count"
    table: str | None = None
    rows: int = 0
    at_least: bool = False

    def brief(self) -> str:
        return f"count {self.table or '*'} {'>=' if self.at_least else '='} {self.rows}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Fanout(Item):
    """``low``..``high`` rows of ``child`` per ``parent`` row; ``implied`` when no number was given."""

    kind: ClassVar[str] = "fanout"
    child: str = ""
    parent: str = ""
    low: int = 1
    high: int = 1
    average: float | None = None  # "3 reviews per product on average"
    implied: bool = False  # "10 users with addresses"
    verb: str | None = None  # "every account watches 1-5 issues": a verb that names a table (watchers)

    def brief(self) -> str:
        avg = f" avg {_n(self.average)}" if self.average is not None else ""
        return f"fanout {self.child} per {self.parent} {self.low}-{self.high}{avg}{' implied' if self.implied else ''}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Spread(Item):
    """``child`` rows spread over ``parents`` rows of ``parent`` ("across 50 customers")."""

    kind: ClassVar[str] = "spread"
    child: str = ""
    parent: str = ""
    parents: int = 0

    def brief(self) -> str:
        return f"spread {self.child} over {self.parents} {self.parent}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Mix(Item):
    """A value mix: ``weights`` are shares of rows (0..1); ``share`` is set for a vague mix
    ("mostly completed or shipped": the named values share 0.8, the others the rest)."""

    kind: ClassVar[str] = "mix"
    table: str | None = None
    column: str | None = None
    weights: tuple[tuple[str, float], ...] = ()
    share: float | None = None
    vague: bool = False  # said with a vague word ("mostly", "some", "a few"): gives way to exact shares

    def brief(self) -> str:
        where = ".".join(x for x in (self.table, self.column) if x) or "?"
        if self.share is not None:
            return f"mix {where} {' '.join(w for w, _ in self.weights)} share {_n(self.share)}"
        return f"mix {where} " + " ".join(f"{w}={_n(round(p, 6))}" for w, p in self.weights)


@dataclass(frozen=True, slots=True, kw_only=True)
class Range(Item):
    """Values of a column between ``low`` and ``high`` (inclusive; either may be None)."""

    kind: ClassVar[str] = "range"
    table: str | None = None
    column: str = ""
    low: float | None = None
    high: float | None = None
    unit: str | None = None  # "dollars": a ``*_cents`` column gets the value times 100

    def brief(self) -> str:
        where = ".".join(x for x in (self.table, self.column) if x)
        return f"range {where} {_n(self.low)}..{_n(self.high)}" + (f" {self.unit}" if self.unit else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Window(Item):
    """Dates and timestamps in ``[start, end)`` (ISO dates or timestamps, UTC).

    ``column`` is a hint ("created" -> ``created_at``; None: every date/time column of the
    tables concerned); ``label`` is how the user said it ("last 12 months").
    """

    kind: ClassVar[str] = "window"
    table: str | None = None
    column: str | None = None
    start: str = ""
    end: str = ""
    label: str = ""

    def brief(self) -> str:
        where = ".".join(x for x in (self.table, self.column) if x) or "*"
        return f"window {where} {self.start}..{self.end}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Locale(Item):
    """People and addresses (of ``table``, or everywhere) from ``locale`` (``de_DE``)."""

    kind: ClassVar[str] = "locale"
    locale: str = ""
    table: str | None = None
    share: float | None = None  # "users mostly from France": that share of the rows' countries
    others: tuple[str, ...] = ()  # "users from France and Spain": more locales, the rows evenly over all
    shares: tuple[float, ...] = ()  # "30 from Germany and 20 from France": the share of each (locale, *others)

    def brief(self) -> str:
        share = f" share {_n(self.share)}" if self.share is not None else ""
        share += f" shares {'/'.join(map(_n, self.shares))}" if self.shares else ""
        return f"locale {'+'.join((self.locale, *self.others))}" + (f" for {self.table}" if self.table else "") + share


@dataclass(frozen=True, slots=True, kw_only=True)
class Domain(Item):
    """The vocabulary pack (``ecommerce``, ``saas``, ...)."""

    kind: ClassVar[str] = "domain"
    pack: str = ""

    def brief(self) -> str:
        return f"domain {self.pack}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme(Item):
    """Every product comes from these categories of the e-commerce vocabulary, as typed
    (``"electronics"``, ``"clothing"``: a synonym of ``fashion``); resolving names the category."""

    kind: ClassVar[str] = "theme"
    categories: tuple[str, ...] = ()

    def brief(self) -> str:
        return "theme " + ", ".join(self.categories)


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeAfter(Item):
    """``table``'s timestamp (``column``, else the moment its rows came to be) comes after that of the
    ``parent`` row its FK points at ("payments after the corresponding order dates"); no ``table``:
    every table with an FK to ``parent``."""

    kind: ClassVar[str] = "after"
    table: str | None = None
    column: str | None = None
    parent: str = ""

    def brief(self) -> str:
        where = ".".join(x for x in (self.table or "*", self.column) if x)
        return f"after {where} > {self.parent}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Business(Item):
    """The rows of ``table`` are companies, not people: company names, and ``size``
    (``enterprise``, ``mid-market``, ``smb``, ``startup``; None: any) in size / tier / plan columns."""

    kind: ClassVar[str] = "business"
    table: str = ""
    size: str | None = None

    def brief(self) -> str:
        return f"business {self.table}" + (f" {self.size}" if self.size else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class ParentKeys(Item):
    """``child`` rows point at existing ``parent`` rows with these keys (or keys ``low``..``high``)."""

    kind: ClassVar[str] = "parent_keys"
    child: str = ""
    parent: str = ""
    keys: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    file: str | None = None  # "IDs from @ids.txt": one key per line (or comma / space separated)

    def brief(self) -> str:
        keys = f"@{self.file}" if self.file else ",".join(self.keys) if self.keys else f"{self.low}-{self.high}"
        if len(self.keys) > 5:
            keys = f"{self.keys[0]}..{self.keys[-1]} ({len(self.keys)})"
        return f"keys {self.child} -> {self.parent} {keys}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Orphans(Item):
    """A share ``rate`` of ``table`` rows whose ``column`` points at no row (resilience tests)."""

    kind: ClassVar[str] = "orphans"
    table: str = ""
    column: str = ""
    rate: float = 0.0

    def brief(self) -> str:
        return f"orphans {self.table}.{self.column} {_n(self.rate)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Nulls(Item):
    """``share`` of the rows of ``table`` have no ``column`` (NULL): "30% of candidates without an email",
    "most jobs have no salary range" (every column the words name)."""

    kind: ClassVar[str] = "nulls"
    table: str = ""
    column: str = ""
    share: float = 0.0

    def brief(self) -> str:
        return f"nulls {self.table}.{self.column} {_n(round(self.share, 6))}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Ratio(Item):
    """``table`` gets ``factor`` times the rows of ``base`` ("twice as many orders as users")."""

    kind: ClassVar[str] = "ratio"
    table: str = ""
    base: str = ""
    factor: float = 1.0

    def brief(self) -> str:
        return f"ratio {self.table} = {_n(self.factor)}x {self.base}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Within(Item):
    """``column`` of a ``table`` row comes at most ``hours`` after its ``other`` column
    ("orders shipped within 2 days of being placed"); columns as typed ("shipped", "placed")."""

    kind: ClassVar[str] = "within"
    table: str | None = None
    column: str = ""
    other: str = ""
    hours: float = 0.0
    #: The least gap, when one is said ("delivered 1-7 days after pick-up": 24 to 168 hours); None: any.
    low: float | None = None

    def brief(self) -> str:
        where = ".".join(x for x in (self.table or "*", self.column) if x)
        if self.low is not None:
            return f"within {where} - {self.other or 'anchor'} {_n(self.low)}h..{_n(self.hours)}h"
        return f"within {where} <= {self.other or 'anchor'} + {_n(self.hours)}h"


@dataclass(frozen=True, slots=True, kw_only=True)
class Age(Item):
    """People of a ``table`` aged ``low`` to ``high`` whole years at "now" (either may be None): a
    window of their birth date ("owners aged 18 to 30", "older than 65"), or a range of an age column."""

    kind: ClassVar[str] = "age"
    table: str | None = None
    low: int | None = None
    high: int | None = None

    def brief(self) -> str:
        return f"age {self.table or '*'} {_n(self.low)}..{_n(self.high)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Events(Item):
    """An event store's event types, in lifecycle order ("1000 domain events: OrderCreated,
    PaymentCaptured, OrderShipped"); without a table, what event streams always are ("realistic
    aggregate_id grouping and monotonic timestamps")."""

    kind: ClassVar[str] = "events"
    table: str | None = None
    types: tuple[str, ...] = ()

    def brief(self) -> str:
        return f"events {self.table or '*'}" + (": " + ", ".join(self.types) if self.types else "")


@dataclass(frozen=True, slots=True, kw_only=True)
class Parents(Item):
    """"plus whatever they depend on": the required parents of the selection (always pulled in)."""

    kind: ClassVar[str] = "parents"

    def brief(self) -> str:
        return "with required parents"


@dataclass(frozen=True, slots=True, kw_only=True)
class Keep(Item):
    """"keep everything else the same": only the tables the scope counts are seeded."""

    kind: ClassVar[str] = "keep"

    def brief(self) -> str:
        return "keep others"


@dataclass(frozen=True, slots=True, kw_only=True)
class Implies(Item):
    """Rows of ``table`` (empty: the one table a column of which holds the ``when`` value) for which
    ``when`` holds also satisfy ``then``. Each side is ``op|words|n|unit``:
    ``is`` / ``not`` a value word, ``set`` / ``unset`` column words, or a comparison (``gt``, ``ge``,
    ``lt``, ``le``, ``between``) of column words (empty: what the unit measures) with a number."""

    kind: ClassVar[str] = "implies"
    table: str = ""
    when: str = ""
    then: str = ""

    def brief(self) -> str:
        return f"implies {self.table}: {self.when} -> {self.then}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Unsupported(Item):
    """Understood, but nothing can apply it yet: reported as a warning quoting ``text``."""

    kind: ClassVar[str] = "unsupported"
    text: str = ""
    reason: str = ""

    def brief(self) -> str:
        return f"not applied: {self.text}"


ITEM_KINDS: dict[str, type[Item]] = {cls.kind: cls for cls in (
    Select, Exclude, Count, Fanout, Spread, Mix, Range, Window, Locale, Domain, Theme, Business, ParentKeys,
    Orphans, Keep, TimeAfter, Unsupported, Ratio, Within, Parents, Events, Nulls, Implies, Age)}


def item_to_dict(item: Item) -> dict[str, Any]:
    """``kind`` first, then every field that says something (not None, empty or False);
    weights as a label -> share table."""
    out: dict[str, Any] = {"kind": item.kind}
    for f in fields(item):
        value = getattr(item, f.name)
        if value is None or value is False or (value in ((), "") and f.name != "phrase"):
            continue
        if f.name == "weights":
            value = {label: share for label, share in value}
        elif isinstance(value, tuple):
            value = list(value)
        out[f.name] = value
    return out


def item_from_dict(data: dict[str, Any]) -> Item:
    from seedbed.errors import ScopeError

    kind = data.get("kind")
    cls = ITEM_KINDS.get(str(kind))
    if cls is None:
        raise ScopeError(f"unknown scope item kind {kind!r}", hint="one of: " + ", ".join(ITEM_KINDS))
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names - {"kind"}
    if unknown:
        raise ScopeError(f"scope item {kind!r} has no field {', '.join(sorted(unknown))}",
                         hint="fields: " + ", ".join(sorted(names)))
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key == "kind":
            continue
        if key == "weights":
            value = tuple((str(k), float(v)) for k, v in dict(value).items())
        elif isinstance(value, list):  # names as text, shares as numbers (``Locale.shares``)
            value = tuple(v if isinstance(v, int | float) and not isinstance(v, bool) else str(v) for v in value)
        kwargs[key] = value
    return cls(**kwargs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """A parsed scope: the items in the order they were said, and what could not be placed."""

    text: str = ""
    items: tuple[Item, ...] = ()
    unplaced: tuple[str, ...] = ()  # fragments no rule understood (a warning each)
    aside: tuple[str, ...] = ()  # words about the request, not the data ("for a demo", "ASAP"): shown, not applied
    #: (a clause as said, as read) where words that refer back were read as what they stand for ("they should all
    #: be from 2025" -> "rentals all from 2025"): shown with the reading (brief s20)
    read_as: tuple[tuple[str, str], ...] = ()

    def brief(self) -> list[str]:
        return [i.brief() for i in self.items] + [f"unplaced: {u}" for u in self.unplaced]

    def to_dict(self) -> dict[str, Any]:
        out = {"text": self.text, "items": [item_to_dict(i) for i in self.items], "unplaced": list(self.unplaced)}
        out |= {"aside": list(self.aside)} if self.aside else {}
        return out | ({"read_as": [list(p) for p in self.read_as]} if self.read_as else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scope:
        return cls(text=str(data.get("text", "")),
                   items=tuple(item_from_dict(dict(i)) for i in data.get("items", ())),
                   unplaced=tuple(str(u) for u in data.get("unplaced", ())),
                   aside=tuple(str(u) for u in data.get("aside", ())),
                   read_as=tuple((str(a), str(b)) for a, b in data.get("read_as", ())))

    def __add__(self, other: Scope) -> Scope:
        text = "; ".join(t for t in (self.text, other.text) if t)
        return Scope(text=text, items=self.items + other.items, unplaced=self.unplaced + other.unplaced,
                     aside=self.aside + other.aside, read_as=self.read_as + other.read_as)
