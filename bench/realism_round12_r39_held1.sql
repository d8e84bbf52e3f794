-- Round 12 (r39) HELD-OUT schema 1: a parish office's registers (parishioners, clergy, baptisms, weddings,
-- burials, offertory, vestry meetings). Names use everyday and church words no vocabulary of seedbed's
-- lists. Written by the r39 helper before any change; measured at start and end only.
CREATE TABLE parishioners (
    id              serial PRIMARY KEY,
    forename        varchar(40) NOT NULL,
    surname         varchar(40) NOT NULL,
    domicile        varchar(120),
    landline        varchar(20),
    handphone       varchar(20),
    birthdate       date,
    vocation        varchar(60),
    spouse          varchar(80),
    godparent       varchar(80),
    enrolled_on     date NOT NULL,
    is_communicant  boolean NOT NULL DEFAULT true
);

CREATE TABLE clergy (
    id              serial PRIMARY KEY,
    name            varchar(80) NOT NULL,
    honorific       varchar(12),
    ordained_on     date,
    stipend         numeric(9,2),
    rectory         varchar(120),
    telephone       varchar(20),
    seminary        varchar(100)
);

CREATE TABLE baptisms (
    id              serial PRIMARY KEY,
    parishioner_id  integer NOT NULL REFERENCES parishioners(id),
    clergy_id       integer REFERENCES clergy(id),
    infant_forename varchar(40) NOT NULL,
    godfather       varchar(80),
    godmother       varchar(80),
    celebrated_on   date NOT NULL,
    font            varchar(40),
    register_page   smallint
);

CREATE TABLE weddings (
    id              serial PRIMARY KEY,
    clergy_id       integer REFERENCES clergy(id),
    bridegroom      varchar(80) NOT NULL,
    bride           varchar(80) NOT NULL,
    witness         varchar(80),
    banns_read_on   date,
    solemnized_on   date NOT NULL,
    fee             numeric(7,2),
    chapel          varchar(60)
);

CREATE TABLE burials (
    id              serial PRIMARY KEY,
    decedent        varchar(80) NOT NULL,
    age_at_death    smallint,
    interred_on     date NOT NULL,
    plot            varchar(12),
    undertaker      varchar(100),
    sexton          varchar(80),
    epitaph         text,
    gravedigger_wage numeric(7,2)
);

CREATE TABLE offerings (
    id              serial PRIMARY KEY,
    parishioner_id  integer REFERENCES parishioners(id),
    benefactor      varchar(80),
    tithe           numeric(9,2),
    alms            numeric(9,2),
    received_on     date NOT NULL,
    envelope_no     varchar(10)
);

CREATE TABLE vestry_meetings (
    id              serial PRIMARY KEY,
    convened_on     date NOT NULL,
    chairperson     varchar(80),
    quorum          smallint,
    attendance      smallint,
    minutes         text,
    resolution      varchar(200),
    venue           varchar(80)
);
