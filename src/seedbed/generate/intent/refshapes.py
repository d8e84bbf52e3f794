"""Which reference an identifier-like column holds (``id.reference``, round 13, r44).

A text column no rule knew but whose name says it identifies something (a number, a reference, a
registration, a position, a voyage, a permit, a passport) is no classifier: the neutral fallback's
few codes of its initials (``TRN-240``, ``YP-100``, ``VI-380`` repeated across rows) read as
placeholders. What it identifies decides the shape (``seedbed.generate.realistic.refshapes``):

* a place in a store, a yard or an archive (``pos``, ``position``, ``slot``): ``position``;
* a file, a case, a register's entry, a permit or a licence: ``register`` (a year and a sequence);
* a person's identity paper (``passport``, ``visa``, an ``id`` document or card): ``document``;
* a trip (``voyage``, ``passage``, ``sailing``): ``voyage``;
* a bare ``ref`` / ``reference``: ``reference``; any other number (``no``, ``nr``, ``number``): ``number``.

A ``position`` qualified by a place where things are kept (``yard_position``, ``archive_position``,
``shelf_position``: WordNet's depositories, storage, supports, structures and tracts of land) is such a
position too (``place_position``), not a camera's, a map's or a job's.

The identifying word is the name's last, or is followed only by short qualifiers (``voyage_in``,
``permit_no_old``); a name ending in a classifier's head (``permit_type``) is left to the neutral codes.
"""

from __future__ import annotations

from seedbed.generate.intent.context import Ctx

__all__ = ["FILES", "identity_paper", "keeps_things", "page_reference", "place_position", "reference_shape"]

#: Words of what an identifier identifies, by the shape of its reference; the first shape found wins
#: over the generic numbers that follow it (``trade_reg_no`` is a register's, not a bare number).
_SHAPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("document", frozenset("passport visa".split())),
    ("position", frozenset("pos position slot".split())),
    ("register", frozenset("""reg registration register registry file docket dossier folio permit licence license
certificate cert case filing""".split())),
    ("voyage", frozenset("voyage passage sailing".split())),
    ("reference", frozenset("ref reference xref urn".split())),  # urn: a unique reference number (r48)
    ("number", frozenset("no nr num number numero serial".split())),
)
#: Files and registers numbered by year and sequence wherever a number of theirs is met (``docket_no``).
FILES = frozenset("docket dossier folio file filing registry register".split())
_ALL = frozenset().union(*(words for _shape, words in _SHAPES))
#: Words that may follow the identifying one: a direction, an age or an order of the same reference.
_QUALIFIERS = frozenset("""in out inbound outbound old new prev previous next original alt alternate external
internal primary secondary main other own ext int from to""".split())
_PAPERS = frozenset("doc docs document documents card paper papers".split())


def reference_shape(ctx: Ctx, toks: tuple[str, ...]) -> tuple[str, dict, str] | None:
    """``("id.reference", {"shape": ...}, why)`` for an identifier-like text column, else None."""
    from seedbed.generate.intent.neutral import CODE_HEADS

    if not toks or toks[-1] in CODE_HEADS or (ctx.length is not None and ctx.length < 4):
        return None
    last = max((i for i, t in enumerate(toks) if t in _ALL), default=-1)
    if last < 0 or any(t not in _QUALIFIERS and not t.isdigit() for t in toks[last + 1:]):
        return None
    if identity_paper(toks):
        return "id.reference", {"shape": "document"}, "the number of an identity document: a letter and digits"
    words = set(toks[:last + 1])
    shape = next(shape for shape, known in _SHAPES if words & known)
    return "id.reference", {"shape": shape}, f"an identifier of its kind ({shape}), one per row"


def identity_paper(toks: tuple[str, ...]) -> bool:
    """Whether a name speaks of a person's identity paper: a passport, a visa, an ``id`` document or card
    (``id_doc_no``, ``passport_number``; not a ``card_id``)."""
    return bool(set(toks) & {"passport", "visa", "identity"}) \
        or any(a == "id" and b in _PAPERS for a, b in zip(toks, toks[1:]))


#: WordNet's broader words of a place where things are kept or stood (a yard, an archive, a shelf, a rack).
_KEEPING = frozenset("""depository storage storehouse storeroom stowage support framework platform structure
tract area region facility""".split())


def keeps_things(word: str) -> bool:
    """Whether ``word`` is a place where things are kept or stood (a yard, a warehouse, a shelf)."""
    from seedbed.thesaurus import broader

    return bool(broader(word, limit=2, depth=4) & _KEEPING)


def place_position(ctx: Ctx) -> tuple[str, dict, str] | None:
    """``("id.reference", {"shape": "position"}, why)`` for a text position in a place (``yard_position``)."""
    from seedbed.thesaurus import broader

    q = ctx.prefix
    if not ctx.is_text or len(q) != 1 or (ctx.length is not None and ctx.length < 5) \
            or not broader(q[0], limit=2, depth=4) & _KEEPING:
        return None
    return "id.reference", {"shape": "position"}, f"a position in a {q[0]}: block, row and tier"


#: A page and its kin in WordNet (a page is a folio or leaf; a folio a leaf of a manuscript).
_PAGES = frozenset("page folio leaf".split())


def page_reference(ctx: Ctx, q: str) -> tuple[str, dict, str] | None:
    """``("id.reference", {"shape": "page"|"folio"}, why)`` for a reference to a page or a folio
    (``pageRef``, ``folio_ref``: ``p. 123``, ``f. 56v``; r47: were PAG-2025-682169), else None."""
    from seedbed.thesaurus import broader

    if not ctx.is_text or ctx.column.type.is_array or (ctx.length is not None and ctx.length < 5) or not q:
        return None
    if q not in _PAGES and not broader(q, limit=2, depth=2) & _PAGES:
        return None
    shape = "folio" if q in ("folio", "leaf") else "page"  # a manuscript's leaves: f. 56v; a book's pages: p. 123
    return "id.reference", {"shape": shape}, f"a reference to a {q}: its number as a citation writes it"
