-- Round 12 (r40) tune schema 1: a bakery with shops and a delivery service in Germany, named in German.
CREATE TABLE filialen (
    filial_id        serial PRIMARY KEY,
    bezeichnung      varchar(60)  NOT NULL,
    strasse          varchar(80)  NOT NULL,
    hausnummer       varchar(8)   NOT NULL,
    plz              char(5)      NOT NULL,
    ort              varchar(60)  NOT NULL,
    telefon          varchar(20),
    oeffnungszeiten  varchar(80),
    eroeffnet_am     date
);
CREATE TABLE mitarbeiter (
    personalnummer   serial PRIMARY KEY,
    filial_id        integer      NOT NULL REFERENCES filialen(filial_id),
    anrede           varchar(5)   CHECK (anrede IN ('Herr', 'Frau')),
    vorname          varchar(40)  NOT NULL,
    nachname         varchar(60)  NOT NULL,
    geburtsdatum     date,
    eintrittsdatum   date         NOT NULL,
    stundenlohn      numeric(6,2) NOT NULL,
    steuer_id        char(11),
    sozialversicherungsnummer varchar(12),
    email            varchar(120)
);
CREATE TABLE kunden (
    kundennummer     serial PRIMARY KEY,
    firma            varchar(100),
    vorname          varchar(40),
    nachname         varchar(60)  NOT NULL,
    strasse          varchar(80),
    plz              char(5),
    ort              varchar(60),
    telefonnummer    varchar(20),
    e_mail           varchar(120),
    geburtstag       date,
    erstellt_am      timestamptz  NOT NULL DEFAULT now()
);
CREATE TABLE artikel (
    artikelnummer    serial PRIMARY KEY,
    bezeichnung      varchar(80)  NOT NULL,
    kategorie        varchar(30)  NOT NULL,
    gewicht_gramm    integer,
    preis            numeric(6,2) NOT NULL,
    mwst_satz        numeric(4,2) NOT NULL DEFAULT 7.00,
    lagerbestand     integer      NOT NULL DEFAULT 0,
    aktiv            boolean      NOT NULL DEFAULT true
);
CREATE TABLE bestellungen (
    bestellnummer    serial PRIMARY KEY,
    kundennummer     integer      NOT NULL REFERENCES kunden(kundennummer),
    filial_id        integer      REFERENCES filialen(filial_id),
    bestelldatum     timestamptz  NOT NULL,
    lieferdatum      date,
    status           varchar(20)  NOT NULL,
    gesamtbetrag     numeric(10,2) NOT NULL,
    bemerkung        text
);
CREATE TABLE bestellpositionen (
    position_id      serial PRIMARY KEY,
    bestellnummer    integer      NOT NULL REFERENCES bestellungen(bestellnummer),
    artikelnummer    integer      NOT NULL REFERENCES artikel(artikelnummer),
    menge            integer      NOT NULL CHECK (menge > 0),
    einzelpreis      numeric(6,2) NOT NULL,
    rabatt_prozent   numeric(4,1) NOT NULL DEFAULT 0
);
CREATE TABLE rechnungen (
    rechnungsnummer  varchar(20)  PRIMARY KEY,
    bestellnummer    integer      NOT NULL REFERENCES bestellungen(bestellnummer),
    rechnungsdatum   date         NOT NULL,
    faellig_am       date         NOT NULL,
    nettobetrag      numeric(10,2) NOT NULL,
    bruttobetrag     numeric(10,2) NOT NULL,
    bezahlt          boolean      NOT NULL DEFAULT false,
    zahlungsart      varchar(20)
);
