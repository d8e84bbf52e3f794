-- Round 12 (r40) HELD-OUT schema 2: an amateur football and hockey club in the Netherlands, named in Dutch
-- (sportvereniging: leden, teams, trainers, wedstrijden, contributies, velden).
-- Written by the r40 helper before any change; measured once at the start and once at the end.

CREATE TABLE leden (
    lid_id           serial PRIMARY KEY,
    voornaam         varchar(40)  NOT NULL,
    tussenvoegsel    varchar(10),
    achternaam       varchar(60)  NOT NULL,
    geslacht         char(1)      CHECK (geslacht IN ('M', 'V', 'X')),
    geboortedatum    date         NOT NULL,
    straatnaam       varchar(80),
    huisnummer       varchar(8),
    postcode         char(7),
    woonplaats       varchar(60),
    telefoonnummer   varchar(20),
    emailadres       varchar(120),
    iban             varchar(34),
    lid_sinds        date         NOT NULL,
    actief           boolean      NOT NULL DEFAULT true
);

CREATE TABLE teams (
    team_id          serial PRIMARY KEY,
    naam             varchar(40)  NOT NULL UNIQUE,
    sport            varchar(10)  NOT NULL CHECK (sport IN ('voetbal', 'hockey')),
    leeftijdscategorie varchar(10) NOT NULL,
    niveau           varchar(20),
    aanvoerder_id    integer      REFERENCES leden(lid_id)
);

CREATE TABLE trainers (
    trainer_id       serial PRIMARY KEY,
    lid_id           integer      NOT NULL REFERENCES leden(lid_id),
    team_id          integer      NOT NULL REFERENCES teams(team_id),
    diploma          varchar(30),
    vergoeding_per_maand numeric(7,2),
    startdatum       date         NOT NULL
);

CREATE TABLE velden (
    veld_id          serial PRIMARY KEY,
    omschrijving     varchar(60)  NOT NULL,
    ondergrond       varchar(20)  NOT NULL CHECK (ondergrond IN ('gras', 'kunstgras', 'water')),
    verlichting      boolean      NOT NULL DEFAULT false,
    lengte_m         numeric(5,1),
    breedte_m        numeric(5,1)
);

CREATE TABLE wedstrijden (
    wedstrijd_id     serial PRIMARY KEY,
    team_id          integer      NOT NULL REFERENCES teams(team_id),
    veld_id          integer      REFERENCES velden(veld_id),
    tegenstander     varchar(60)  NOT NULL,
    thuis            boolean      NOT NULL,
    aanvangstijd     timestamptz  NOT NULL,
    doelpunten_voor  smallint,
    doelpunten_tegen smallint,
    scheidsrechter   varchar(80),
    toeschouwers     integer
);

CREATE TABLE contributies (
    contributie_id   serial PRIMARY KEY,
    lid_id           integer      NOT NULL REFERENCES leden(lid_id),
    seizoen          varchar(9)   NOT NULL,
    bedrag           numeric(7,2) NOT NULL,
    vervaldatum      date         NOT NULL,
    betaald_op       date,
    betaalwijze      varchar(20),
    status           varchar(15)  NOT NULL
);

CREATE TABLE blessures (
    blessure_id      serial PRIMARY KEY,
    lid_id           integer      NOT NULL REFERENCES leden(lid_id),
    wedstrijd_id     integer      REFERENCES wedstrijden(wedstrijd_id),
    omschrijving     text         NOT NULL,
    datum            date         NOT NULL,
    verwachte_hersteldatum date,
    ernst            varchar(10)
);
