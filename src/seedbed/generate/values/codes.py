"""Unique upper-case letter codes of a column's full width (``char(2)``: ``AA`` .. ``ZZ``).

What a short key column gets when the intent its name suggests cannot hold its rows (a
``letter`` or ``grade`` primary key: ``seedbed.planning.unique``): codes of the same shape as
the intent's values, distinct by construction. The ``rank``-th code is the rank written in base
26; ranks are the row indexes scrambled inside the code space, so codes look drawn at random
and any chunk can be made alone.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from seedbed.generate.values.data import ColumnData, GenRequest, column_key, object_array
from seedbed.generate.values.ordinal import scrambled_ranks
from seedbed.generate.values.strings import ascii_rows, base_n
from seedbed.generate.values.text import length_limits
from seedbed.model import Column, ColumnDomain

__all__ = ["ALNUM", "ALNUM_PROVIDER", "LETTERS", "PROVIDER", "alnum_codes", "alnum_width", "letter_codes", "width"]

#: The provider name the plan shows for these codes.
PROVIDER = "code.letters"
LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: Wider codes (a booking's confirmation code, a property code, a VIN): upper-case letters and
#: digits without the ones people misread (I, O, 0, 1), like real confirmation codes.
ALNUM_PROVIDER = "code.alnum"
ALNUM = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
#: Distinct digits at most (32 ** 12 < 2 ** 62); a wider code gets filler digits in front.
_ALNUM_DISTINCT = 12
_SPREAD = 0x9E3779B1


def width(column: Column, domain: ColumnDomain) -> int:
    """The codes' width: the column's longest allowed value."""
    lmax = length_limits(column.type, domain)[1]
    assert lmax is not None, "letter codes need a bounded text column"
    return lmax


def letter_codes(req: GenRequest) -> ColumnData:
    """Distinct codes for ``req.index``.

    The planner keeps a table's rows within ``26 ** width``; an index beyond (append mode remakes
    a value that already exists from a far index) gets the typed generator's value instead, whose
    alphabet (``[a-z0-9]``) never makes an upper-case code, so the two never meet.
    """
    w = width(req.column, req.domain)
    space = len(LETTERS) ** w
    inside = req.index < space
    ranks = scrambled_ranks(req.index[inside], space, column_key(req, "letters"), req.table_rows)
    if inside.all():
        return ColumnData(values=object_array(ascii_rows(base_n(ranks, LETTERS, w))))
    from seedbed.generate.values.dispatch import generate

    values = np.empty(req.n, dtype=object)
    values[inside] = ascii_rows(base_n(ranks, LETTERS, w))
    over = np.flatnonzero(~inside)
    typed = generate(replace(req, index=req.index[over] - space, null_rate=0.0), np.random.default_rng(0))
    values[over] = typed.values
    return ColumnData(values=values)


def alnum_width(column: Column, domain: ColumnDomain) -> int:
    """An alphanumeric code's width: a fixed-width column's full width, else six characters
    (at most the column's limit)."""
    lmin, lmax = length_limits(column.type, domain)
    assert lmax is not None, "alphanumeric codes need a bounded text column"
    return lmax if column.type.fixed_length else max(lmin, min(lmax, 6))


def alnum_codes(req: GenRequest) -> ColumnData:
    """Distinct upper-case alphanumeric codes for ``req.index`` (``K7QX2M``), scrambled like
    ``letter_codes``; the planner keeps the rows within the code space."""
    w = alnum_width(req.column, req.domain)
    core = min(w, _ALNUM_DISTINCT)
    space = len(ALNUM) ** core
    key = column_key(req, "alnum")
    ranks = scrambled_ranks(req.index % space, space, key, req.table_rows)
    # spread over the whole space (an odd factor is a bijection modulo a power of two): no AAAA prefix
    spread = (ranks.astype(np.uint64) * np.uint64(_SPREAD) + np.uint64(key)) & np.uint64(space - 1)
    digits = base_n(spread.astype(np.int64), ALNUM, core)
    if w > core:  # filler in front, a function of the rank
        filler = ((ranks.astype(np.uint64) * np.uint64(_SPREAD)) % np.uint64(len(ALNUM) ** (w - core))).astype(np.int64)
        digits = np.concatenate([base_n(filler, ALNUM, w - core), digits], axis=1)
    return ColumnData(values=object_array(ascii_rows(digits)))
