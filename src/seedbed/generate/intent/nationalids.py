"""A number a country issues to a person (r36): ``id.national`` of a kind and, where the name says it, a country.

``ni_number`` and ``national_insurance_no`` are British National Insurance numbers, ``tfn`` an Australian
tax file number, ``aadhaar_no`` an Indian Aadhaar; ``national_id`` and ``social_security_number`` the
identity number of the row's person's country (the dataset's one place); ``driving_licence_no``,
``dl_number`` and, beside drivers and learners, ``licence_no`` a driving licence; ``nhs_number`` and
``medicare_no`` a health service number. Before, they were ``NI994802``, ``PL-2024-775088`` or seven
digits. ``national_phrases`` adds these phrases to ``rules.PHRASES``; a phrase that needs a driving context
keeps the rule it had elsewhere (a business's ``licence_no``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from seedbed.generate.intent.context import Ctx

__all__ = ["national_phrases"]

#: Token phrases (``tokens()``) -> (kind, country the name fixes or None: the row's).
_NAMED: dict[tuple[str, ...], tuple[str, str | None]] = {
    ("ni", "number"): ("person", "GB"), ("nino",): ("person", "GB"), ("national", "insurance"): ("person", "GB"),
    ("national", "insurance", "number"): ("person", "GB"), ("social", "security", "number"): ("person", None),
    ("social", "security"): ("person", None), ("sin", "number"): ("person", "CA"),
    ("social", "insurance", "number"): ("person", "CA"), ("tfn",): ("person", "AU"),
    ("tax", "file", "number"): ("person", "AU"), ("ird", "number"): ("person", "NZ"), ("aadhaar",): ("person", "IN"),
    ("aadhaar", "number"): ("person", "IN"), ("aadhar", "number"): ("person", "IN"), ("ppsn",): ("person", "IE"),
    ("pps", "number"): ("person", "IE"), ("bsn",): ("person", "NL"), ("cpf",): ("person", "BR"),
    ("pesel",): ("person", "PL"), ("national", "id"): ("person", None), ("national", "id", "number"): ("person", None),
    ("national", "identity", "number"): ("person", None),
    ("nhs", "number"): ("health", "GB"), ("medicare", "number"): ("health", None), ("ohip", "number"): ("health", "CA"),
    ("health", "card", "number"): ("health", None),
    ("driving", "licence"): ("licence", None), ("driving", "license"): ("licence", None),
    ("driving", "licence", "number"): ("licence", None), ("driving", "license", "number"): ("licence", None),
    ("driver", "licence"): ("licence", None), ("driver", "license"): ("licence", None),
    ("driver", "licence", "number"): ("licence", None), ("driver", "license", "number"): ("licence", None),
    ("dl", "number"): ("licence", None),
}
#: Phrases that are a driving licence only where the table or its columns are about driving.
_DRIVING_ONLY = (("licence", "number"), ("license", "number"), ("lic", "number"), ("license",))
_DRIVING = frozenset("""driver pupil learner instructor driving motorist chauffeur courier rider vehicle car van
lesson provisional theory dvla dvsa""".split())


def _rule(kind: str, country: str | None) -> Callable[[Ctx], list]:
    def rule(ctx: Ctx) -> list:
        if not ctx.is_text:
            return []
        params: dict[str, object] = {"kind": kind, **({"country": country} if country else {})}
        where = f"{country}'s" if country else "the row's country's"
        return [("id.national", params, f"a {kind} number in {where} shape")]

    return rule


def _driving(fallback: Callable[[Ctx], list] | None) -> Callable[[Ctx], list]:
    def rule(ctx: Ctx) -> list:
        words = set(ctx.table_toks) | ctx.sibling_words | set(ctx.toks)
        if ctx.is_text and words & _DRIVING:
            return _rule("licence", None)(ctx)
        return fallback(ctx) if fallback is not None else []

    return rule


def national_phrases(phrases: Mapping[tuple[str, ...], object]) -> dict[tuple[str, ...], object]:
    """The phrases to add to ``rules.PHRASES`` (given, for the rules a driving-only phrase falls back on)."""
    out: dict[tuple[str, ...], object] = {p: _rule(*v) for p, v in _NAMED.items()}
    for phrase in _DRIVING_ONLY:
        before = phrases.get(phrase) or phrases.get(phrase[-1:])
        out[phrase] = _driving(before if callable(before) else None)  # type: ignore[arg-type]
    return out
