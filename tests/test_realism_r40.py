"""Round 12 (r40): schemas named in the business's own language.

``kunden(vorname, nachname, plz, ort)``, ``clientes(nombre, apellido, fecha_alta)``, ``ordini(importo, citta)``:
their names are read as the English words seedbed's inference knows (``intent.languages``), the language decides
the place unless a stronger word says otherwise (``realistic.where``), and a free status holds the language's
words (``intent.nativewords``). Synthetic schemas of trades neither the tune nor the held-out schemas are about
(a wine cooperative, a gym, a ferry line, a print shop, a kennel); no database.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from seedbed.generate.intent.languages import detect, fold, read_words, reading
from seedbed.generate.intent.nativewords import translated_labels
from seedbed.generate.intent.tokens import as_written, tokens
from seedbed.generate.realistic.places import postal_regex
from seedbed.generate.realistic.where import decide
from seedbed.model import Check, Schema
from seedbed.planning.planner import PlanOptions, plan_seed
from tests.test_realism_round11_r36 import table
from tests.test_realism_units import generate


# ------------------------------------------------------------------ reading names
@pytest.mark.parametrize(("name", "english"), [
    ("lieferadresse", ("shipping", "address")),          # a listed compound
    ("zahlungsdatum", ("payment", "date")),
    ("kontonummer", ("account", "number")),
    ("versanddatum", ("ship", "date")),
    ("auftragsnummer", ("order", "number")),              # auftrag + s + nummer: a compound of listed words
    ("kursbeginn", ("course", "start")),                  # kurs + beginn
    ("Straße", ("street",)), ("strasse", ("street",)),    # ß and its ASCII spelling
    ("teléfono", ("phone",)), ("telefono", ("phone",)),   # accents and none
    ("fällig_am", ("due", "on")), ("faellig_am", ("due", "on")), ("fallig_am", ("due", "on")),
    ("fecha_de_entrega", ("delivery", "date")),           # head first, joined by 'de': English order
    ("prezzo_unitario", ("unit", "price")),
    ("date_naissance", ("birth", "date")),
    ("id_fornitore", ("supplier", "id")), ("fornitore_id", ("supplier", "id")),
    ("criado_em", ("created", "at")),                     # a 'when' word stays last
    ("durata_minuti", ("duration", "minute")),            # a unit stays last
    ("ultima_visita", ("last", "visit")),                 # an adjective before its noun stays before it
    ("importi", ("amount",)), ("traghetti", ("traghetti",)),  # a plural of a listed word; an unknown word
    ("geboortedatum", ("birth", "date")), ("woonplaats", ("city",)),
    ("creato_da", ("created", "by")), ("ist_aktiv", ("is", "active")),  # who did it; a flag's verb stays first
    ("horas_semanales", ("weekly", "hour")), ("nome_fornitore", ("supplier", "name")),  # the head moves last
    ("primer_apellido", ("last", "name")),                # a listed phrase before its words
])
def test_names_in_other_languages_read_as_english_words(name: str, english: tuple[str, ...]) -> None:
    assert tokens(name) == english


@pytest.mark.parametrize("name", ["data", "land", "fine", "via", "taxa", "note", "alter", "art", "total_amount",
                                  "created_at", "first_name", "postcode", "billingPostalCode", "van", "datum"])
def test_english_names_are_read_as_before(name: str) -> None:
    """A word that is English too is read in another language only where that language is sure."""
    assert read_words(tuple(as_written(name)), None) is None


def test_a_word_english_too_is_read_in_the_schemas_language_or_beside_a_sure_word() -> None:
    assert tokens("data") == ("data",)
    assert tokens("data_nascita") == ("birth", "date")  # 'nascita' is sure: the name is Italian
    with reading("it"):
        assert tokens("data") == ("date",)
        assert tokens("fine") == ("end",)
    with reading("de"):
        assert tokens("land") == ("country",)
        assert tokens("alter") == ("age",)
    assert tokens("land") == ("land",)


def test_fold_spells_umlauts_and_accents_in_ascii() -> None:
    assert fold("Größe_Straße") == "Groesse_Strasse"
    assert fold("situação") == "situacao"
    assert fold("plain_name") == "plain_name"


# ------------------------------------------------------------------ the schema's language
def _coop() -> tuple:
    """A wine cooperative, named in French."""
    return (table("adherents", ("prenom", "varchar(40)"), ("nom", "varchar(60)"), ("adresse", "varchar(120)"),
                  ("code_postal", "char(5)"), ("ville", "varchar(60)"), ("telephone", "varchar(20)"),
                  ("date_adhesion", "date")),
            table("livraisons", ("poids_kg", "numeric(8,1)"), ("date_livraison", "date"), ("statut", "varchar(20)"),
                  fks=(("adherent_id", "adherents"),)))


def test_a_schema_named_in_french_is_french_and_says_which_words() -> None:
    code, said = detect(Schema(tables=_coop()))
    assert code == "fr"
    assert {"prenom", "ville"} <= set(said) | {"prenom", "ville"} and len(said) >= 3


def test_an_english_schema_has_no_other_language() -> None:
    shop = (table("customers", ("first_name", "text"), ("data", "text"), ("land_area", "numeric")),
            table("orders", ("total", "numeric"), ("note", "text"), ("via", "text")))
    assert detect(Schema(tables=shop)) == (None, ())


def test_the_language_decides_the_country_unless_a_stronger_word_says_which() -> None:
    place = decide(Schema(tables=_coop()), 7)
    assert place.country == "FR" and place.language == "fr" and "French" in place.reason
    ferry = (table("traghetti", ("nome", "varchar(60)"), ("capacita", "int")),
             table("biglietti", ("cognome", "varchar(60)"), ("nome", "varchar(40)"), ("prezzo", "numeric(8,2)"),
                   ("data_partenza", "date"), fks=(("traghetto_id", "traghetti"),)))
    assert decide(Schema(tables=ferry), 7).country == "IT"
    # a Spanish schema with a Mexican national number is Mexican
    clinic = (table("clientes", ("nombre", "varchar(40)"), ("apellido", "varchar(60)"), ("curp", "char(18)"),
                    ("telefono", "varchar(20)"), ("fecha_alta", "date")),)
    assert decide(Schema(tables=clinic), 7).country == "MX"
    # a Portuguese schema with no Brazilian word is drawn between Brazil and Portugal, with one a CPF is Brazil
    pt = (table("clientes", ("nome", "varchar(40)"), ("sobrenome", "varchar(60)"), ("cpf", "char(14)"),
                ("cidade", "varchar(60)")),)
    assert decide(Schema(tables=pt), 7).country == "BR"


# ------------------------------------------------------------------ values
def test_a_gym_named_in_italian_has_italian_people_places_and_words() -> None:
    soci = table("soci", ("nome", "varchar(40)"), ("cognome", "varchar(60)"), ("data_nascita", "date"),
                 ("indirizzo", "varchar(120)"), ("cap", "char(5)"), ("citta", "varchar(60)"),
                 ("cellulare", "varchar(20)"), ("codice_fiscale", "varchar(16)"))
    abbonamenti = table("abbonamenti", ("data_inizio", "date"), ("data_fine", "date"), ("importo", "numeric(8,2)"),
                        ("stato", "varchar(20)"), ("tipo", "varchar(10)"), fks=(("socio_id", "soci"),))
    abbonamenti = replace(abbonamenti, checks=(Check(name="tipo_ck", columns=("tipo",),
                                                     expression="tipo IN ('mensile', 'annuale')"),))
    got = generate(soci, abbonamenti, rows=120)
    s, a = got["soci"], got["abbonamenti"]
    assert all(re.fullmatch(postal_regex("IT"), v) for v in s["cap"] if v), s["cap"][:5]
    assert all(v.startswith(("+39", "3")) for v in s["cellulare"] if v), s["cellulare"][:5]
    assert len({v for v in s["citta"] if v}) > 1 and not any(re.match(r"^[A-Z]{2}-\d+", v) for v in s["citta"] if v)
    born = [int(v[:4]) for v in s["data_nascita"] if v]
    assert born and max(born) <= 2012, born[:5]  # members are people of an age, not born last year
    assert all(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", v) for v in s["codice_fiscale"] if v)
    italian = {"attivo", "inattivo", "in attesa", "archiviato", "eliminato", "scaduto", "sospeso", "annullato",
               "completato", "in corso", "pagato", "aperto", "chiuso"}
    assert {v for v in a["stato"] if v} <= italian, set(a["stato"])
    assert all(float(v) > 5 for v in a["importo"] if v)
    assert all(e >= b for b, e in zip(a["data_inizio"], a["data_fine"], strict=True) if b and e)


def test_a_check_list_in_the_language_is_kept_as_it_is() -> None:
    kennel = table("canili", ("nome", "varchar(40)"), ("stato", "varchar(12)"), ("citta", "varchar(40)"))
    kennel = replace(kennel, checks=(Check(name="stato_ck", columns=("stato",),
                                           expression="stato IN ('libero', 'occupato', 'chiuso')"),))
    got = generate(kennel, rows=60)["canili"]
    assert {v for v in got["stato"] if v} <= {"libero", "occupato", "chiuso"}


def test_a_status_list_without_a_word_for_every_label_stays_english() -> None:
    assert translated_labels(["active", "pending"], "de") == ["aktiv", "ausstehend"]
    assert translated_labels(["active", "frobnicated"], "de") is None
    assert translated_labels(["active"], None) is None
    # a word that does not fit where the English one did: the English list
    assert translated_labels(["pending", "open"], "de", width=8) is None
    assert translated_labels(["pending", "open"], "de", width=12) == ["ausstehend", "offen"]


def test_a_kind_from_seedbeds_list_is_given_in_the_language() -> None:
    shop = table("commandes", ("mode_paiement", "varchar(30)"), ("priorite", "varchar(12)"), ("ville", "varchar(40)"),
                 ("code_postal", "char(5)"), ("montant_ttc", "numeric(10,2)"))
    got = generate(shop, rows=80)["commandes"]
    assert not {v for v in got["mode_paiement"] if v} & {"card", "bank_transfer", "cash", "direct_debit", "wallet"}
    assert {v for v in got["mode_paiement"] if v} & {"carte", "virement", "espèces", "prélèvement"}


def test_a_print_shop_named_in_german_reads_like_one() -> None:
    kunden = table("kunden", ("vorname", "varchar(40)"), ("nachname", "varchar(60)"), ("strasse", "varchar(80)"),
                   ("plz", "char(5)"), ("ort", "varchar(60)"), ("telefonnummer", "varchar(20)"),
                   ("geburtsdatum", "date"))
    auftraege = table("auftraege", ("auftragsdatum", "ts"), ("status", "varchar(20)"),
                      ("gesamtbetrag", "numeric(10,2)"), ("zahlungsart", "varchar(20)"),
                      fks=(("kunde_id", "kunden"),))
    got = generate(kunden, auftraege, rows=120)
    k, a = got["kunden"], got["auftraege"]
    assert all(re.fullmatch(r"\d{5}", v) for v in k["plz"] if v)
    assert all(re.search(r"\d", v) and not re.search(r"[A-Z]{2}-\d", v) for v in k["telefonnummer"] if v)
    assert not any(re.fullmatch(r"[A-Z]{2}-\d+", v) for v in k["vorname"] + k["nachname"] + k["ort"] if v)
    english = {"active", "pending", "completed", "cancelled", "in progress", "shipped", "delivered", "paid"}
    assert not {v for v in a["status"] if v} & english, set(a["status"])
    assert not {v for v in a["zahlungsart"] if v} & {"bank transfer", "direct debit", "credit card"}


def test_plan_explains_how_a_name_was_read() -> None:
    plan = plan_seed(Schema(tables=_coop()), PlanOptions(rows=10, seed=1))
    tp = next(tp for n, tp in plan.tables.items() if n.name == "adherents")
    reason = next(cp.reason for cp in tp.columns if cp.name == "code_postal")
    assert "read as 'postal code' (French)" in reason
    assert plan.place is not None and plan.place.language == "fr"


# ------------------------------------------------------------------ a bare name beside the other part
def test_a_bare_name_beside_a_surname_is_the_first_name_and_beside_a_first_name_the_family_name() -> None:
    riders = table("riders", ("name", "varchar(40)"), ("surname", "varchar(60)"))
    got = generate(riders, rows=40)["riders"]
    assert all(" " not in v for v in got["name"] if v and "-" not in v)  # first names, not full names
    assert sum(1 for n, s in zip(got["name"], got["surname"], strict=True) if n and s and s in n) == 0


def test_a_country_column_of_a_schema_named_in_spanish_holds_spanish_names() -> None:
    socios = table("socios", ("nombre", "varchar(40)"), ("apellidos", "varchar(80)"), ("pais", "varchar(40)"),
                   ("telefono", "varchar(20)"), ("fecha_alta", "date"))
    got = generate(socios, rows=300)["socios"]
    names = {v for v in got["pais"] if v}
    assert names and not names & {"Germany", "Spain", "United States", "United Kingdom", "France", "Brazil"}
    assert names & {"Alemania", "España", "Estados Unidos", "Reino Unido", "Francia", "Brasil", "México", "India"}


def test_a_portuguese_schema_with_words_of_portugal_is_in_portugal() -> None:
    lojas = (table("clientes", ("nome", "varchar(40)"), ("apelido", "varchar(60)"), ("nif", "char(9)"),
                   ("telemovel", "varchar(20)"), ("morada", "varchar(120)"), ("codigo_postal", "varchar(8)"),
                   ("localidade", "varchar(60)")),)
    place = decide(Schema(tables=lojas), 7)
    assert place.country == "PT", place.reason


def test_english_names_in_a_schema_named_in_spanish_keep_their_order() -> None:
    with reading("es"):
        assert tokens("total_price") == ("total", "price")
        assert tokens("email_verified") == ("email", "verified")
        assert tokens("created_at") == ("created", "at")
        assert tokens("valor_total") == ("total", "amount")


@pytest.mark.parametrize(("language", "name", "english"), [
    ("es", "email_contacto", ("contact", "email")),       # one word English as written, the other Spanish
    ("es", "curso_escolar", ("school", "year")),
    ("de", "vertraege", ("contract",)),                   # a plural with an umlaut
    ("de", "werkstattauftraege", ("workshop", "order")),
])
def test_names_read_in_the_schemas_language(language: str, name: str, english: tuple[str, ...]) -> None:
    with reading(language):
        assert tokens(name) == english
