"""A code beside its row's name is the name's abbreviation (issue 10, r18).

A lookup table's ``code`` / ``branch_code`` / ``abbreviation`` next to its ``name`` was drawn
apart from it ('AAA', 'TD1' beside "Technical Defect"); real rows abbreviate the name (``TD``,
``FAR`` for "Faro Branch", ``SHW`` for "Sheffield West"). Found from the names alone: a text
code column whose qualifier is empty, the table's noun or the name's own stem, and whose kind is
not already known (a ``country_code``, an ``airport_code``, a one-time ``verification_code``
keep theirs), beside the row's ``<stem>_name``, ``<noun>_name``, ``name``, ``title`` or
``label``. Made by ``seedbed.generate.abbrev``; keys that other tables reference are left alone
(a child rebuilds its parent's key from the row index). A code wider than eight characters
(``code varchar(20)``) is the name's letters and a number, ``Harbour Lock`` -> ``HL-01`` (r33,
``seedbed.generate.pairs``).
"""

from __future__ import annotations

from seedbed.generate.intent.identifiers import CODE_KINDS, ONE_TIME
from seedbed.generate.intent.tokens import tokens
from seedbed.model import Table, TypeKind

__all__ = ["name_codes"]

_CODE_HEADS = frozenset("code abbreviation acronym mnemonic".split())
_NAME_HEADS = ("name", "title", "label")
#: Qualifiers of a code that is no abbreviation of a name (``iso_code``, ``icd_code``, ``hs_code``).
_OTHER = frozenset("""iso iso2 iso3 alpha alpha2 alpha3 icd diagnosis dx cpt procedure hcpc hcpcs loinc postal zip
post phone dial area calling error status reason response http hs tariff sic naics nace isic gl account ledger
tax vat bank routing branch_sort qr bar barcode secret hash""".split())
#: Qualifiers of a code that abbreviates the row's own name whatever the table (an airline's
#: ``icao_code`` BAW, a ``short_code``, a company's ``ticker``).
_OWN = frozenset("short icao ticker internal display".split())
#: Widths of a code the name's letters can fill; a wider one is the letters and a number (``HL-01``).
_MIN, _MAX = 2, 8


def name_codes(table: Table, free: frozenset[str], sources: frozenset[str], taken: set[str],
               referenced: frozenset[str] = frozenset()) -> list:
    """The ``Derived`` (op ``abbrev:<noun>``) of each ``free`` code column of ``table`` (drawn as a
    plain value, UNIQUE or not, nothing asked of it) that abbreviates a name among ``sources``;
    ``referenced`` columns (other tables' FK targets) and the primary key are skipped."""
    from seedbed.planning.derived import Derived

    cols = {c.name: c for c in table.columns if not c.type.is_array}
    pk = set(table.primary_key.columns) if table.primary_key is not None else set()
    noun = (tokens(table.name.name) or ("",))[-1]
    text = {"_".join(tokens(n)): n for n, c in cols.items() if n in sources and c.type.kind is TypeKind.TEXT}
    out = []
    for name, c in cols.items():
        toks = tokens(name)
        if name in taken or name in pk or name in referenced or name not in free or c.type.kind is not TypeKind.TEXT \
                or not toks or toks[-1] not in _CODE_HEADS:
            continue
        if c.type.length is not None and c.type.length < _MIN:
            continue
        wide = c.type.length is None or c.type.length > _MAX  # a made-up code of room: letters and a number (r33)
        stem = toks[:-1]
        if stem and (stem[-1] in CODE_KINDS or stem[-1] in ONE_TIME or stem[-1] in _OTHER or stem[-1] not in _OWN
                     and stem[-1] != noun and "_".join(stem) + "_name" not in text):
            continue
        wanted = ([f"{'_'.join(stem)}_{h}" for h in _NAME_HEADS] if stem else []) + \
            [f"{noun}_{h}" for h in _NAME_HEADS] + list(_NAME_HEADS)
        src = next((text[w] for w in wanted if w in text and text[w] != name), None)
        if src:
            op = "code_of" if wide and toks[-1] in ("code", "mnemonic") else "abbrev"
            out.append(Derived(column=name, source=src, op=f"{op}:{noun}"))
            taken.add(name)
    return out
