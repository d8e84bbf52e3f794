"""How old the people of a table are: a date of birth fit for the role (issue 10, pattern 4).

A pupil is 5-18, a child in a nursery 0-6, a university student 17-30, an athlete 16-38, a pensioner
60-95, someone at work 18-67; everyone else (a tenant, a customer, a donor) an adult, 18-88 (the
generator's usual curve). Read from the table's name, the youngest role it names first (``school_pupils``,
``kindergarten_children``); before it (r37), the schema's trade where it changes a role (a driving school's
pupils are learner drivers, 17+; a paediatric clinic's patients children) and a guardian beside the birth
(``guardian_name``: a child); after it, a hire date beside it (``hired_on``: of working age).
"""

from __future__ import annotations

from seedbed.generate.intent.resolvers import Cand, cands

__all__ = ["ORIGINS", "TENURE", "birth", "birth_year", "origin"]

#: Role words -> (youngest, most usual, oldest) age in years.
_AGES: tuple[tuple[frozenset[str], tuple[float, float, float]], ...] = (
    (frozenset("infant infants baby babies newborn newborns toddler toddlers nursery kindergarten daycare creche".split()),
     (0, 3, 6)),
    (frozenset("pupil pupils schoolchild schoolchildren child children kid kids minor minors juvenile".split()),
     (5, 11, 18)),
    (frozenset("student students undergraduate undergraduates learner learners apprentice apprentices".split()),
     (17, 21, 30)),
    (frozenset("athlete athletes player players footballer footballers gymnast gymnasts swimmer swimmers".split()),
     (16, 25, 38)),
    (frozenset("retiree retirees pensioner pensioners".split()), (60, 72, 95)),
    (frozenset("voter voters elector electors".split()), (18, 48, 95)),
    (frozenset("""employee employees staff worker workers technician technicians engineer engineers nurse nurses
driver drivers pilot pilots officer officers clerk clerks teacher teachers doctor doctors physician physicians
mechanic mechanics courier couriers crew personnel""".split()), (18, 38, 67)),
)


#: Words of the schema that change a role's ages (r37), as (schema words, roles they change, ages): a driving
#: school's pupils are learner drivers (17+), a paediatric clinic's patients children, a youth club's members
#: teenagers, a pension scheme's members near or past retirement.
_CONTEXTS: tuple[tuple[frozenset[str], frozenset[str], tuple[float, float, float]], ...] = (
    (frozenset("driving provisional".split()),
     frozenset("pupil pupils student students learner learners candidate candidates trainee trainees".split()),
     (17, 21, 60)),
    (frozenset("paediatric pediatric paediatrics pediatrics".split()), frozenset("patient patients".split()), (0, 7, 17)),
    (frozenset("youth".split()), frozenset("member members player players participant participants".split()),
     (10, 14, 18)),
    (frozenset("pension pensions annuity annuities".split()), frozenset("member members beneficiary beneficiaries".split()),
     (50, 68, 95)),
)
#: Words of a sibling that names a person's guardian (``parent_name``, ``guardian_phone``): the table's people are
#: children; and the words that make ``parent`` a person's (a name, a way to reach them), not a parent row's.
_GUARDIAN = frozenset("guardian guardians".split())
_PARENT = frozenset("parent parents mother father mum mom dad carer".split())
_REACH = frozenset("name phone mobile email contact consent tel telephone".split())
_CHILDREN = (3, 9, 17)
#: Words of a sibling that says the table's people were hired: they are of working age.
_HIRED = frozenset("hired hire employed employment salary wage wages payroll".split())
_WORKING = (18, 38, 67)


def _role_ages(c, toks: set[str]) -> tuple[str, tuple[float, float, float]] | None:
    """(what, ages) from the schema's words or a guardian sibling, before the table's own role word."""
    terms = set(c.schema_terms) | set(c.schema_words)
    for words, roles, ages in _CONTEXTS:
        if terms & words and toks & roles:
            return f"a {sorted(terms & words)[0]} {sorted(toks & roles)[0]}'s birth", ages
    for sib in c.sibling_toks:
        if set(sib) & _GUARDIAN or (set(sib) & _PARENT and set(sib) & _REACH):
            return "a child's birth (a guardian beside)", _CHILDREN
    return None


#: Words of a flag that splits a table's people by age (``is_minor``, ``is_adult``, ``senior``).
_AGE_FLAGS = frozenset("minor underage juvenile adult senior pensioner".split())
#: Ages of people of every age, some of them under 18 and some over 65 (about a tenth each).
_ALL_AGES = (0.0, 35.0, 90.0)


#: Ages of animals by what the table holds (a pet 0-18, a farm's or a stable's animal 0-20), not a person's.
_ANIMAL_AGES = {"pet": (0.2, 5.0, 18.0), "animal": (0.1, 4.0, 20.0)}
#: Words of the day a thing came to be, and its (youngest, most usual, oldest) age in years: an animal
#: foaled, whelped or hatched; a company founded or incorporated.
ORIGINS: dict[str, tuple[float, float, float]] = {
    **dict.fromkeys(("foaled", "whelped"), (0.2, 6.0, 25.0)), "hatched": (0.05, 1.0, 8.0),
    **dict.fromkeys(("founded", "incorporated"), (0.5, 18.0, 150.0)),
    # a built thing's start of life: a ride, a lift, a plant commissioned years back, not last month (lead, session 11)
    **dict.fromkeys(("commissioned", "built", "constructed", "erected", "inaugurated"), (0.3, 9.0, 45.0)),
}
#: Words of a person's start in an office (a notary appointed, a judge sworn, a pilot licensed): years back, so
#: that the acts of their office (deeds, rulings, flights) spread over their tenure, not the last months.
TENURE = frozenset("appointed sworn ordained elected licensed qualified enlisted accredited".split())
TENURE_AGES = (0.3, 8.0, 35.0)
#: The words of an animal's birth: the table's animals, when it holds some, say their ages.
_BORN_ANIMALS = frozenset(("foaled", "whelped", "hatched"))


def _animal_ages(c) -> tuple[float, float, float] | None:
    """The ages of the table's animals, when its rows are animals (``magnitudes._subjects``)."""
    from seedbed.generate.intent.magnitudes import _subjects

    own, _parents = _subjects(c)
    return next((_ANIMAL_AGES[s] for s in own if s in _ANIMAL_AGES), None)


def origin(c) -> list[Cand]:
    """``date.birth`` of a thing by the word of its coming to be (``foaled_on``, ``date_founded``): a
    horse 0-25 years old, a company 0-150; a date only (``founded_at`` may be a record's own moment)."""
    from seedbed.model import TypeKind

    word = next((w for w in c.toks if w in ORIGINS), None)
    if word is None and c.kind is TypeKind.DATE and c.person_table:  # a notary appointed years back (r43)
        word = next((w for w in c.toks if w in TENURE), None)
        if word is not None:
            return cands("date.birth", f"'{word}' (a person's start in office): {TENURE_AGES[0]:g}-"
                         f"{TENURE_AGES[2]:g} years ago", ages=list(TENURE_AGES))
    if word is None or c.kind is not TypeKind.DATE:
        return []
    ages = (_animal_ages(c) if word in _BORN_ANIMALS else None) or ORIGINS[word]
    return cands("date.birth", f"'{word}': {ages[0]:g}-{ages[2]:g} years ago", ages=list(ages))


def birth(c) -> list[Cand]:
    """``date.birth``, with the ages of the table's people where its name says their role; where a
    flag of the table splits them by age (``is_minor`` beside the birth date, which decides it:
    planning.moments), people of every age, so that the flag is true on some rows and false on
    others (an adult-only curve made every ``is_minor`` false)."""
    from seedbed.generate.intent.tokens import tokens
    from seedbed.model import TypeKind

    toks = set(c.table_toks)
    found = _role_ages(c, toks) if not toks & next(iter(_AGES))[0] else None  # infants stay infants
    if found is not None:
        return cands("date.birth", f"{found[0]}: {found[1][0]:g}-{found[1][2]:g} years old", ages=list(found[1]))
    for words, ages in _AGES:  # the youngest role named first: kindergarten_children are 0-6
        if toks & words:
            word = sorted(toks & words)[0]
            return cands("date.birth", f"a {word}'s birth: {ages[0]:g}-{ages[2]:g} years old", ages=list(ages))
    if c.sibling_words & _HIRED:  # a cleaner hired_on a date: someone at work, 18-67, not an adult of 88
        return cands("date.birth", f"a worker's birth (hired): {_WORKING[0]:g}-{_WORKING[2]:g} years old",
                     ages=list(_WORKING))
    animal = _animal_ages(c)
    if animal:  # a pet's or a herd's birth: years, not a person's decades
        return cands("date.birth", f"an animal's birth: {animal[0]:g}-{animal[2]:g} years old", ages=list(animal))
    if any(o.type.kind is TypeKind.BOOL and set(tokens(o.name)) & _AGE_FLAGS for o in c.table.columns):
        return cands("date.birth", "people of every age: a flag of the table splits them by age", ages=list(_ALL_AGES))
    return cands("date.birth")


#: The year ages are counted back from (``number.year``'s newest year).
_THIS_YEAR = 2025
#: An adult's ages when nothing says a role (the ``date.birth`` default's span).
_ADULTS = (18.0, 38.0, 85.0)


def birth_year(c) -> list[Cand]:
    """A year of birth kept as a number (``birth_year``, ``birthYear``, ``year_of_birth``): the ages the birth date
    of the same row would have (the role's, an animal's, else an adult's), as years; never the recent years a
    ``number.year`` of a thing takes (users born 2011-2022 were 3-14). The lead, session 11."""
    if c.is_text:
        return []
    found = birth(c)
    ages = found[0][1].get("ages") if found else None
    youngest, usual, oldest = ages if ages else _ADULTS
    return cands("number.year", f"a year of birth: {youngest:g}-{oldest:g} years old",
                 low=int(_THIS_YEAR - oldest), high=int(_THIS_YEAR - youngest), mode=int(_THIS_YEAR - usual))
