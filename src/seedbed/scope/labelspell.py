"""A value said otherwise than the label a column lists (brief s34): "e-bikes" for 'ebike', "umbrella" for 'UMB',
"non-binary" for 'nb'. ``values._fit_labels`` asks here when no spelling, inflection or stem of the label fits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from seedbed.scope.lexicon import singular
from seedbed.scope.names import norm

__all__ = ["LETTER_CODED", "spelled_otherwise"]

#: Words of a column's name that say its one-letter values code words ('F' female, 'Y' yes, 'A' active, 'H' high); a
#: blade's position A/B/C or a grade codes none: "40% still active" is no blade position 'A' (s31 found it silent).
LETTER_CODED = frozenset("""sex gender status state stat flag active enabled yn yes answer severity sev priority prio
level lvl""".split())


def spelled_otherwise(key: str, allowed: Sequence[Any], column: str | None) -> Any:
    """The one listed value a label spells otherwise (brief s34), else None: written without its joins ("e-bikes" is
    'ebike', "in field" 'in_field'); a short code of letters the label's words begin with ("umbrella" is 'UMB',
    "Ltd company" 'LTD'); and, in a column whose name says its values code words (``LETTER_CODED``), the initials
    of the label's words ("female" 'f', "non-binary" 'nb' beside 'f', 'm', 'na')."""
    texts = [a for a in allowed if isinstance(a, str)]
    bare = key.replace("_", "")

    def one(hits: list[Any]) -> Any:
        return hits[0] if len(set(hits)) == 1 else None

    joined = one([a for a in texts if norm(str(a)).replace("_", "") in (bare, singular(bare))])
    if joined is not None:
        return joined
    words = [w for w in key.split("_") if w]
    codes = [a for a in texts if 2 <= len(a) <= 4 and a.isalpha() and (a.isupper() or len(a) <= 3)]
    clipped = one([a for a in codes if words and words[0].startswith(a.lower()) and len(words[0]) > len(a)])
    if clipped is not None:
        return clipped
    coded = column is not None and set(re.split(r"[_\W]+", column.lower())) & LETTER_CODED
    if coded and texts and all(len(a) <= 2 for a in texts):
        initials = "".join(w[0] for w in words)
        return one([a for a in texts if a.lower() in (initials, key[0])] if len(words) == 1 else
                   [a for a in texts if a.lower() == initials])
    return None
