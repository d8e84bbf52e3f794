"""A value said otherwise than the label a column lists (brief s34): "e-bikes" for 'ebike', "umbrella" for 'UMB',
"non-binary" for 'nb'. ``values._fit_labels`` asks here when no spelling, inflection or stem of the label fits."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from seedbed.scope.columnwords import bare, clip_of
from seedbed.scope.lexicon import singular
from seedbed.scope.names import norm

__all__ = ["LETTER_CODED", "said_labels", "says_label", "spelled_otherwise"]

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


_SHARE_NEAR = re.compile(r"^(?:\d+(?:\.\d+)?%?|rest%|half|quarter|third|fifth|tenth)$")
_SHARE_OF = re.compile(r"^(?:\d+(?:\.\d+)?%|rest%|half|quarter|third|fifth|tenth|percent)$")
#: Words that may stand between a share and the value it is of ("30% still scheduled", "15% under repair", "10% at
#: tribunal"): read with the value, which takes their place (brief sb); "are", "in", "via" and their kind stay, the
#: mix rules read them.
#: Short words a label of one part may begin with, read with the words after them ("in progress": ``INPRG``, "on
#: hold": ``ONHLD``, "no-shows": ``NOSHW``), never alone.
_LEADING = frozenset("in on no not off out up".split())
#: Words that give no piece of a label ("any notes" is no 'ants', "the rest" no 'trst').
_NO_PIECE = frozenset("a an the any all some each every of and or per for to by with at as its their".split())
_LINKING = frozenset("still currently now already under at".split())


def _initials_read(words: list[str], coded: bool) -> bool:
    """Whether words whose initials are a label's letters may be read as it: WordNet knows them as one term ("credit
    card", "money order", "written off"), or the label is a code in capitals and none of the words is a verb's
    inflection ("direct debit" for ``DD``; never "customers came" for ``CC``)."""
    from seedbed.thesaurus import base_forms

    term = "_".join(words)
    if base_forms(term, "n") or base_forms(term, "v"):
        return True
    return coded and not any(base_forms(w, "v") and w not in base_forms(w, "v") and not base_forms(w, "n")
                             for w in words)


def _participle_noun(words: list[str]) -> str | None:
    """A phrasal verb's participle said as the noun its label joins ("written off" -> "writeoff")."""
    from seedbed.thesaurus import base_forms

    bases = [b for b in base_forms(words[0], "v") if b != words[0] and " " not in b]
    return bases[0] + "".join(words[1:]) if len(bases) == 1 else None


def says_label(words: list[str], labels: frozenset[str], coded: frozenset[str] = frozenset()) -> bool:
    """Whether the words said spell one of ``labels`` otherwise than as typed (``_says``)."""
    return any(_says(words, lab, lab in coded) is not None for lab in labels)


def _says(words: list[str], label: str, coded: bool = False) -> str | None:
    """How the words said spell the label (brief s37), else None: word by word, each the label's word or a clip
    of it ("bank transfer": ``bank_xfer``, "part paid": ``part_pd``, "checks": ``CHK``, "dupes": ``duplicate``);
    joined ("walk-ins": ``walkin``); or by their initials ("credit card": ``CC``, "written off": ``wo``)."""
    parts = [p for p in re.split(r"[_\s-]+", label) if p]
    if "".join(words) in (label.replace("_", ""), label.replace("_", "") + "s") and len(words) > 1:
        return "joined"
    if len(words) > 1 and _participle_noun(words) == label.replace("_", ""):
        return "joined"  # "written off": 'writeoff', "checked in": 'checkin'

    if len(words) == len(parts):
        hows = [clip_of(p, w) for p, w in zip(parts, words)]
        if all(hows) and any(h != "same" for h in hows) and (len(words) > 1 or hows[0] != "short"):
            return "clipped"
    if len(parts) == 1 and len(words) > 1 and _chunked(words, parts[0].lower()):
        return "clipped"  # "in progress": ``INPRG``, "written off": ``WOFF``, "clawed back": ``CLAWBK`` (brief sb)
    if len(parts) == 1 and len(words) == len(label) >= 2 and label.isalpha() \
            and all(len(w) >= 3 for w in words) and "".join(w[0] for w in words) == label \
            and _initials_read(words, coded):
        return "initials"
    return None


def _chunked(words: list[str], label: str) -> bool:
    """Whether a label of one part clips several words said, each in turn (brief sb): it is cut in as many pieces as
    there are words, each piece begins with its word's first letter and keeps its letters in order ("in progress":
    in+prg, "no-shows": no+shw, "written off": w+off); three letters at least, one piece of two, shorter than the
    words joined (the words joined are ``_says``'s "joined") and no word itself."""
    if len(label) < 3 or len(label) >= len("".join(words)) or not label.isalpha() or any(len(w) < 2 for w in words):
        return False
    from seedbed.thesaurus import base_forms, listed

    if listed(label) or base_forms(label, "n"):  # a word is no clip ("some experience" is
        return False  # no 'some', "any notes" no 'ants', "waste on" no 'won')
    if any(w in _NO_PIECE for w in words):
        return False

    def keeps(piece: str, word: str) -> bool:
        rest = iter(word[1:])
        return piece[0] == word[0] and all(ch in rest for ch in piece[1:])

    def cut(at: int, k: int, long: bool) -> bool:
        if k == len(words) - 1:
            piece = label[at:]
            return bool(piece) and keeps(piece, words[k]) and (long or len(piece) >= 2)
        return any(keeps(label[at:end], words[k]) and cut(end, k + 1, long or end - at >= 2)
                   for end in range(at + 1, len(label) - (len(words) - 1 - k) + 1))
    return cut(0, 0, False)


def _most_specific(hits: set[str], preferred: frozenset[str]) -> str | None:
    """The one label words said spell among several (brief sb): those of the tables the clause names first, then the
    longest when it is longer than every other ("repaired": 'rprd' beside 'rpr', "waived": 'wvd' beside 'wd')."""
    if len(hits) > 1 and hits & preferred:
        hits = hits & preferred
    if len(hits) == 1:
        return next(iter(hits))
    ranked = sorted(hits, key=lambda lab: len(lab.replace("_", "")), reverse=True)
    if len(ranked) > 1 and len(ranked[0].replace("_", "")) > len(ranked[1].replace("_", "")):
        return ranked[0]
    return None


def said_labels(norm: str, labels: frozenset[str], is_other, notes: list[str] | None = None,
                coded: frozenset[str] = frozenset(), is_column=lambda w: False,
                preferred: frozenset[str] = frozenset()) -> str:
    """``norm`` with a value said in full words replaced by the one listed label they spell (``_says``), lower case
    as the rules read labels; words ``is_other`` says are a table, a column or a label as typed are left, so is a
    phrase two labels fit, and a single word for a code of two letters only beside a share ("30% small": ``SM``,
    never "some"); ``coded``: the labels the schema writes in capitals; ``is_column``: a word of a column's name,
    never read alone as a value ("check-off" of ``has_checkoff`` beside a value 'checkoff'); ``preferred``: the labels
    of the tables the clause names, which win over others the words spell (``_most_specific``). A share may stand a
    linking word away ("30% still scheduled", ``_LINKING``), which goes with the value. Every reading is told in ``notes``."""
    raw = norm.split(" ")
    tokens = [bare(t)[1] for t in raw]
    out, i = [], 0
    while i < len(tokens):
        done = False
        for size in (3, 2, 1):
            window = tokens[i:i + size]
            words = [w for w in re.split(r"[-_]", "-".join(window)) if w]
            if len(window) < size or any(bare(t)[2] for t in raw[i:i + size - 1]) \
                    or any(bare(t)[0] for t in raw[i + 1:i + size]) or not all(re.fullmatch(r"[a-z]+", w) for w in words) \
                    or any(is_other(w) for w in window if size == 1 or w not in _LEADING) or is_other(" ".join(window)) \
                    or (len(window) == 1 and is_column(window[0])) or (len(words) > 1 and is_column("".join(words))):
                continue
            label = _most_specific({lab for lab in labels if _says(words, lab, lab in coded) is not None}, preferred)
            if label is None:
                continue
            near = [t for t in (tokens[i - 1] if i else "", tokens[i + size] if i + size < len(tokens) else "")]
            linked = (i >= 2 and tokens[i - 1] in _LINKING and bool(_SHARE_OF.match(tokens[i - 2]))
                      and not bare(raw[i - 2])[2] and not bare(raw[i - 1])[2] and out[-1:] == [raw[i - 1]])
            if linked:
                near.append(tokens[i - 2])
            if len(label.replace("_", "")) <= 2 and len(words) == 1 and not any(_SHARE_NEAR.match(t) for t in near):
                continue
            # one word read as a clip only beside a share ("30% checks"): "30 euros" is no 'eur', "from canada" no 'cad'
            if len(words) == 1 and not any(_SHARE_OF.match(t) for t in near):
                continue
            if notes is not None:
                notes.append(f"{' '.join(window)!r} is the value {label!r}")
            if linked:
                out.pop()
            out.append(bare(raw[i])[0] + label + bare(raw[i + size - 1])[2])
            i, done = i + size, True
            break
        if not done:
            out.append(raw[i])
            i += 1
    return " ".join(out)
