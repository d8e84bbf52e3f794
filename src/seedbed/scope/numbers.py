"""Numbers as people write them, turned into the one spelling the scope rules read (issue 11).

``numbers(text)`` runs once over a lower-cased clause before any rule sees it:

- cardinals in words, with or without "and": "a hundred and fifty" -> ``150``, "two thousand five
  hundred" -> ``2500``, "twenty-five" -> ``25``, "a dozen" / "half a dozen" -> ``12`` / ``6``,
  "a couple hundred" -> ``200``, "two and a half thousand" -> ``2500``, "3 million" -> ``3000000``;
- suffixes: "1.5k" -> ``1500``, "2M" -> ``2000000``, "1,000" -> ``1000`` (not inside an ID list);
- fractions of a set as shares: "half" -> ``50%``, "a third" -> ``33.3333%``, "two thirds",
  "a quarter", "three quarters", "a fifth", "a tenth", "one in ten" / "3 out of 4", "1/2 of them";
- multiples as a factor: "twice" / "double" -> ``2x``, "three times as many" -> ``3x as many``,
  "half as many" -> ``0.5x as many``, "10x" stays ``10x``.

A run of number words is read as one number or not at all: "a hundred and fifty" never becomes
"100 and 50". "no" and "zero" are left to the rules (a zero count or a value that must not occur
depends on what follows, which only the schema can say).
"""

from __future__ import annotations

import re

from seedbed.scope.vague import vague_amounts

__all__ = ["FRACTIONS", "HEDGE", "hedged", "numbers", "parse_number", "words_value"]

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIX = {"k": 1000, "m": 1_000_000, "mm": 1_000_000, "mil": 1_000_000}
#: A fraction of a set -> its share in percent.
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "a tenth": 10.0, "one tenth": 10.0,
}
MULTIPLES = {"twice": 2, "double": 2, "triple": 3, "thrice": 3, "quadruple": 4}
_NUM = r"\d+(?:\.\d+)?"
#: "one" after these is a pronoun, not a number ("in each one", "every one", "no one").
_ONE_PRONOUN = frozenset("each every any no which this that the no-one someone".split())


def _text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


def words_value(text: str) -> float | None:
    """``"two hundred"`` -> 200, ``"a hundred and fifty"`` -> 150, ``"twenty-five"`` -> 25,
    ``"a dozen"`` -> 12, ``"2 thousand"`` -> 2000; None when the words are not one number."""
    total, current, seen = 0.0, 0.0, False
    words = [w for w in re.split(r"[\s-]+", text.strip()) if w]
    for i, word in enumerate(words):
        if re.fullmatch(_NUM, word):
            current += float(word)
            seen = True
        elif word in ("a", "an"):
            if i + 1 >= len(words) or words[i + 1] not in (*SCALES, "dozen", "couple"):
                return None
            current += 1
        elif word == "and":
            if not seen or i + 1 >= len(words):
                return None
        elif word == "couple":
            current = max(current, 1) * 2 if current != 1 else 2
            seen = True
        elif word == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] > 100:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """One number as typed: ``"1,000"``, ``"5k"``, ``"2.5k"``, ``"1_000"``, ``"ten"``, ``"a hundred and fifty"``."""
    t = text.strip().lower().replace("_", "")
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k|m|mm|mil)?", t)
    if m:
        return float(m.group(1).replace(",", "")) * SUFFIX.get(m.group(2) or "", 1)
    return words_value(t)


def _is_word(word: str) -> bool:
    return all(p in UNITS or p in SCALES or p == "dozen" for p in word.split("-")) and bool(word)


def _runs(s: str) -> str:
    """Runs of number words (with "a", "and", "couple" and digits where they belong) -> digits."""
    words = s.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        j, last_ok = i, i
        while j < len(words):
            w, nxt = words[j], words[j + 1] if j + 1 < len(words) else ""
            prev = words[j - 1] if j > i else ""
            if _is_word(w):
                j += 1
            elif re.fullmatch(_NUM, w) and (nxt in SCALES or nxt == "dozen"):
                j += 1
            elif w in ("a", "an") and j == i and (nxt in SCALES or nxt in ("dozen", "couple")):
                j += 1
            elif w == "couple" and prev in ("a", "") and j <= i + 1 and (nxt in SCALES or nxt == "of"):
                j += 1
                if nxt == "of":  # "a couple of hundred" / "a couple of users"
                    words.pop(j)
            elif w == "and" and j > i and prev in SCALES and (nxt in UNITS or "-" in nxt and _is_word(nxt)):
                j += 1
            else:
                break
            last_ok = j
        run = words[i:last_ok]
        pronoun = run == ["one"] and i > 0 and words[i - 1] in _ONE_PRONOUN  # "in each one"
        if run and not pronoun and not (len(run) == 1 and re.fullmatch(_NUM, run[0])):
            value = words_value(" ".join(run))
            if value is not None:
                out.append(_text(value))
                i = last_ok
                continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def numbers(s: str) -> str:
    """The clause with every number in digits, fractions as shares, multiples as ``Nx``."""
    s = _scaled_ranges(s)  # "3 to 4k", "between two and three hundred": the scale is said once, for both ends
    # Suffixes: "5k" -> 5000, "2.5k" -> 2500, "2m" -> 2000000 (not "2 minutes", "2 meters", "2 mm").
    # not "mm": "up to 30 mm" is a length (a unit of ``lexicon.MEASURE_UNITS``), not 30 million
    s = re.sub(rf"\b({_NUM})\s?(k|mil|m)\b(?!\s*(?:minutes?|meters?|metres?|mins?))",
               lambda m: _text(float(m.group(1)) * SUFFIX[m.group(2)]), s)
    s = re.sub(r"(?<=\d)_(?=\d{3})", "", s)
    # "half a dozen" -> 6, "two and a half thousand" -> 2500, "one and a half" -> 1.5.
    s = re.sub(r"\bhalf an? dozen\b", "6", s)
    s = re.sub(r"\bhalf an? (hundred|thousand|million)\b",  # "half a million reviews": a number, not a share
               lambda m: str({"hundred": 50, "thousand": 500, "million": 500_000}[m.group(1)]), s)
    s = re.sub(rf"\b({_NUM}|{'|'.join(UNITS)}) and an? half(?: (hundred|thousand|million|dozen))?\b",
               lambda m: _text((parse_number(m.group(1)) + 0.5)
                               * (SCALES.get(m.group(2) or "", 12 if m.group(2) == "dozen" else 1))), s)
    # Fractions of a set: "half of them" -> "50% of them", "a third" -> "33.3333%".
    keys = "|".join(sorted((re.escape(k) for k in FRACTIONS), key=len, reverse=True))
    time_before = r"(?<!last )(?<!past )(?<!previous )(?<!next )(?<!this )(?<!per )(?<!each )(?<!every )"
    s = re.sub(rf"{time_before}\b({keys})\b(?! (?:an? )?(?:hour|day|week|month|year|dozen)s?\b)",
               lambda m: f"{FRACTIONS[m.group(1)]:.6g}%", s)
    s = re.sub(r"\b(?:a few|few) (hundred|thousand|million)\b", r"3 \1", s)  # vague, said as a number
    s = re.sub(r"\bseveral (hundred|thousand|million)\b", r"5 \1", s)
    s = vague_amounts(s)  # "a handful of stores", "dozens of tags", "several holds for each item"
    s = _runs(s)
    # "one in ten", "3 out of 4", "2 out of the 8": a share (not "1 in 10 minutes", not "5 in 2024")
    s = re.sub(rf"\b({_NUM}) (?:in(?: every)?|out of(?: every| the)?) (\d+)\b(?!%| (?:minutes?|hours?|days?|weeks?|months?|years?)\b)",
               lambda m: f"{_text(round(100 * float(m.group(1)) / int(m.group(2)), 4))}%"
               if 0 < float(m.group(1)) < int(m.group(2)) <= 1000 else m.group(0), s)
    # "1/2 of them", "3/4 of the visits": a fraction written with a slash before "of" (not a date, "3/4/2024")
    s = re.sub(r"(?<![\d/])(\d{1,2})/(\d{1,3})(?![\d/])(?= of\b)",
               lambda m: f"{_text(round(100 * int(m.group(1)) / int(m.group(2)), 4))}%"
               if 0 < int(m.group(1)) < int(m.group(2)) else m.group(0), s)
    # Multiples: "twice as many" -> "2x as many", "3 times as many" -> "3x as many", "half as many" -> "0.5x".
    s = re.sub(rf"\b({'|'.join(MULTIPLES)})\b(?! (?:a|an|the) (?:day|week|month|year)\b)",
               lambda m: f"{MULTIPLES[m.group(1)]}x", s)
    s = re.sub(rf"\b({_NUM}) ?(?:times|x)(?= (?:as|more|the|that|of)\b)", r"\1x", s)
    s = re.sub(r"\b(?:half|50%) as (many|much)\b", r"0.5x as \1", s)
    s = re.sub(r"(?<!x )(?<!^)\bas many(?= [a-z_]+(?: [a-z_]+)? as\b)|^as many(?= [a-z_]+(?: [a-z_]+)? as\b)",
               "1x as many", s)  # "as many orders as users"
    s = re.sub(r"\b(and|with|plus|,) as many\b(?! [a-z_]+(?: [a-z_]+)? as\b)", r"\1 1x as many", s)  # "and as many X"
    s = re.sub(rf"\b({_NUM})x\b", r"\1x", s)
    return s


_SCALED = re.compile(rf"\b(?P<lo>{_NUM}|{'|'.join(UNITS)})(?P<to> ?(?:-|\u2013) ?| to | and | or )(?P<hi>{_NUM}|{'|'.join(UNITS)})"
                     rf"(?P<scale> ?(?:k|mm|mil|m)\b(?!\s*(?:minutes?|meters?|metres?|mins?))| (?:hundred|thousand|million)\b)")


def _scaled_ranges(s: str) -> str:
    """"3 to 4k" -> "3000 to 4000", "two and three hundred" -> "200 and 300": a scale said after the upper end of a
    range is the lower end's too, when the lower end is below the upper one as said ("1 to 200" stays)."""
    def one(m: re.Match[str]) -> str:
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        scale = m.group("scale").strip()
        factor = SUFFIX.get(scale) or SCALES.get(scale)
        if lo is None or hi is None or not factor or not lo < hi:
            return m.group(0)
        return f"{_text(lo * factor)}{m.group('to')}{_text(hi * factor)}"
    return _SCALED.sub(one, s)


#: Where a hedge stood after a number, until ``hedged`` reads it.
HEDGE = "hedge\u00b7"
#: What a per-parent count looks like after its number: "reviews per product", "orders each".
_PER_AFTER = r"(?: [a-z_][\w-]*){1,2} (?:per|each|apiece|a piece|for each|for every|in each|on each|on every|in every)\b"


def hedged(s: str) -> str:
    """A hedge after a number ("a dozen or so reviews per product", "10ish issues per project") makes
    a per-parent count an average, as "about 12 ... per ..." does; after a plain count it says nothing
    (a count is exact) and goes."""
    s = re.sub(rf"(?<![\w.])(\d+) {HEDGE}(?={_PER_AFTER})", r"about \1", s)
    # the hedge after the whole per-parent count: "3 orders per user give or take", "5 items each or so"
    s = re.sub(rf"(?<![\w.-])(\d+)((?: [a-z_][\w-]*){{1,2}} (?:(?:per|for each|for every|in each|on each) [a-z_][\w-]*"
               rf"|each|apiece|a piece)) {HEDGE}", r"about \1\2", s)
    return re.sub(rf" ?{HEDGE}", "", s)
