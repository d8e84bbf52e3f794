-- r46 held-out 1 (written before coding): a maternity unit and its birth register.
-- People with sexes, roles whose words carry a sex, pairs of people in one row.
CREATE TABLE midwives (
    midwife_id   serial PRIMARY KEY,
    title        varchar(5) NOT NULL CHECK (title IN ('Mrs', 'Ms', 'Miss', 'Mr', 'Dr')),
    first_name   varchar(40) NOT NULL,
    last_name    varchar(40) NOT NULL,
    registration varchar(12) NOT NULL UNIQUE
);

CREATE TABLE obstetricians (
    obstetrician_id serial PRIMARY KEY,
    full_name       varchar(80) NOT NULL,
    gender          char(1) NOT NULL CHECK (gender IN ('M', 'F')),
    grade           varchar(20) NOT NULL
);

CREATE TABLE mothers (
    mother_id      serial PRIMARY KEY,
    first_name     varchar(40) NOT NULL,
    surname        varchar(40) NOT NULL,
    date_of_birth  date NOT NULL,
    partner_name   varchar(80),
    next_of_kin_name varchar(80),
    phone          varchar(20)
);

CREATE TABLE admissions (
    admission_id    serial PRIMARY KEY,
    mother_id       int NOT NULL REFERENCES mothers(mother_id),
    admitted_at     timestamp NOT NULL,
    ward            varchar(20) NOT NULL,
    lead_midwife_id int NOT NULL REFERENCES midwives(midwife_id),
    second_midwife_id int REFERENCES midwives(midwife_id),
    consultant_id   int REFERENCES obstetricians(obstetrician_id)
);

CREATE TABLE births (
    birth_id      serial PRIMARY KEY,
    admission_id  int NOT NULL REFERENCES admissions(admission_id),
    born_at       timestamp NOT NULL,
    baby_first_name varchar(40),
    baby_sex      char(1) NOT NULL CHECK (baby_sex IN ('M', 'F', 'U')),
    weight_grams  int NOT NULL CHECK (weight_grams BETWEEN 400 AND 6000),
    delivery_mode varchar(20) NOT NULL
);

CREATE TABLE birth_registrations (
    registration_id serial PRIMARY KEY,
    birth_id        int NOT NULL UNIQUE REFERENCES births(birth_id),
    mother_maiden_name varchar(80) NOT NULL,
    mother_full_name varchar(80) NOT NULL,
    father_full_name varchar(80),
    informant_name  varchar(80) NOT NULL,
    registrar_name  varchar(80) NOT NULL,
    registered_on   date NOT NULL
);

CREATE TABLE christenings (
    christening_id serial PRIMARY KEY,
    birth_id       int NOT NULL REFERENCES births(birth_id),
    held_on        date NOT NULL,
    church         varchar(80) NOT NULL,
    godfather_name varchar(80) NOT NULL,
    godmother_name varchar(80) NOT NULL,
    sponsor_name   varchar(80),
    officiant_name varchar(80) NOT NULL
);
