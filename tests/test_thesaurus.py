"""seedbed.thesaurus: WordNet's relations as the readers ask them, on words no list of seedbed's names."""
import pytest

from seedbed import thesaurus as th


@pytest.mark.parametrize("word,other,rel", [
    ("headhunters", "recruiter", "kind"),   # plural in, a hypernym out
    ("pupils", "students", "same"),
    ("patrons", "customer", "kind"),
    ("mice", "mouse", "same"),              # an irregular plural
    ("consultants", "recruiter", None),
    ("riders", "bicycle", None),            # related by topic, not the same thing
])
def test_relation_of_nouns(word: str, other: str, rel: str | None) -> None:
    assert th.relation(word, other) == rel


def test_verbs_through_their_forms() -> None:
    assert th.base_forms("fell through", "v") == ["fall through"]
    assert th.relation("put forward", "submit", "v") == "same"
    assert "fail" in th.broader("fell through", "v")  # falling through is a way of failing


def test_senses_are_ordered_and_limited() -> None:
    first = th.senses("tenant", limit=1)
    assert len(first) == 1 and first[0].lexname == "noun.person" and "renter" in first[0].words
    assert "recruiter" in th.broader("headhunter") and th.lexnames("recruiter") == {"noun.person"}
    assert th.senses("qwertyuiopish") == [] and th.relation("qwertyuiopish", "student") is None
