-- Round 11 (r36) HELD-OUT schema 1: a window cleaning and gutter clearing round (one small local firm).
-- Written by the r36 helper before any change; measured once at the start and once at the end.

CREATE TYPE visit_outcome AS ENUM ('done', 'no_access', 'rained_off', 'skipped', 'cancelled');

CREATE TABLE rounds (
    round_id        serial PRIMARY KEY,
    round_name      varchar(60)  NOT NULL,
    frequency_weeks smallint     NOT NULL DEFAULT 4 CHECK (frequency_weeks IN (4, 6, 8, 12)),
    start_postcode  varchar(8),
    active          boolean      NOT NULL DEFAULT true
);

CREATE TABLE cleaners (
    cleaner_id      serial PRIMARY KEY,
    first_name      varchar(40)  NOT NULL,
    surname         varchar(40)  NOT NULL,
    mobile_no       varchar(20)  NOT NULL,
    email           varchar(120),
    home_postcode   varchar(8),
    ni_number       varchar(13),
    day_rate        numeric(6,2),
    started_on      date         NOT NULL
);

CREATE TABLE vans (
    van_id          serial PRIMARY KEY,
    registration    varchar(8)   NOT NULL UNIQUE,
    make            varchar(30),
    model           varchar(30),
    water_tank_litres smallint,
    cleaner_id      integer REFERENCES cleaners(cleaner_id)
);

CREATE TABLE customers (
    customer_id     serial PRIMARY KEY,
    round_id        integer      NOT NULL REFERENCES rounds(round_id),
    title           varchar(10),
    first_name      varchar(40),
    surname         varchar(40)  NOT NULL,
    house_no        varchar(10),
    street          varchar(100) NOT NULL,
    town            varchar(60)  NOT NULL,
    postcode        varchar(8)   NOT NULL,
    landline        varchar(20),
    mobile          varchar(20),
    email           varchar(120),
    lat             numeric(9,6),
    lng             numeric(9,6),
    price_per_clean numeric(6,2) NOT NULL,
    access_notes    text,
    joined_on       date         NOT NULL
);

CREATE TABLE visits (
    visit_id        bigserial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES customers(customer_id),
    cleaner_id      integer      NOT NULL REFERENCES cleaners(cleaner_id),
    van_id          integer      REFERENCES vans(van_id),
    due_on          date         NOT NULL,
    visited_at      timestamptz,
    outcome         visit_outcome NOT NULL DEFAULT 'done',
    checkin_lat     numeric(9,6),
    checkin_lng     numeric(9,6),
    gutters_cleared boolean      NOT NULL DEFAULT false,
    charge          numeric(6,2)
);

CREATE TABLE invoices (
    invoice_id      serial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES customers(customer_id),
    invoice_no      varchar(12)  NOT NULL UNIQUE,
    issued_on       date         NOT NULL,
    net_amount      numeric(8,2) NOT NULL,
    vat_amount      numeric(8,2) NOT NULL DEFAULT 0,
    paid_on         date,
    pay_method      varchar(12)  CHECK (pay_method IN ('cash', 'bacs', 'card', 'cheque'))
);

CREATE TABLE complaints (
    complaint_id    serial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES customers(customer_id),
    visit_id        bigint       REFERENCES visits(visit_id),
    raised_at       timestamptz  NOT NULL,
    contact_phone   varchar(20),
    details         text         NOT NULL,
    resolved        boolean      NOT NULL DEFAULT false
);
