CREATE TYPE appt_status AS ENUM ('booked', 'confirmed', 'done', 'no_show', 'cancelled');

CREATE TABLE studios (
    studio_id    serial PRIMARY KEY,
    studio_name  varchar(80) NOT NULL,
    city         varchar(80) NOT NULL,
    chair_cnt    smallint NOT NULL CHECK (chair_cnt BETWEEN 1 AND 20),
    opened_on    date NOT NULL
);

CREATE TABLE artists (
    artist_id    serial PRIMARY KEY,
    studio_id    integer NOT NULL REFERENCES studios(studio_id),
    full_name    varchar(120) NOT NULL,
    style        varchar(20) NOT NULL CHECK (style IN ('traditional', 'realism', 'blackwork', 'watercolor', 'japanese', 'fineline')),
    hr_rate      numeric(6,2) NOT NULL CHECK (hr_rate BETWEEN 40 AND 400),
    is_guest     boolean NOT NULL DEFAULT false,
    yrs_exp      smallint NOT NULL CHECK (yrs_exp BETWEEN 0 AND 50)
);

CREATE TABLE clients (
    client_id    serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    email        varchar(200),
    dob          date NOT NULL,
    allergy_note text,
    signed_waiver boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
    appt_id      serial PRIMARY KEY,
    client_id    integer NOT NULL REFERENCES clients(client_id),
    artist_id    integer NOT NULL REFERENCES artists(artist_id),
    status       appt_status NOT NULL DEFAULT 'booked',
    booked_at    timestamptz NOT NULL,
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz,
    body_part    varchar(20) NOT NULL CHECK (body_part IN ('arm', 'leg', 'back', 'chest', 'neck', 'hand', 'ankle')),
    size_cm2     numeric(6,1) NOT NULL CHECK (size_cm2 > 0),
    is_coverup   boolean NOT NULL DEFAULT false,
    deposit_amt  numeric(8,2) NOT NULL DEFAULT 0 CHECK (deposit_amt >= 0),
    deposit_paid_at timestamptz
);

CREATE TABLE payments (
    pmt_id       serial PRIMARY KEY,
    appt_id      integer NOT NULL REFERENCES appointments(appt_id),
    amt          numeric(8,2) NOT NULL CHECK (amt > 0),
    tip_amt      numeric(8,2) NOT NULL DEFAULT 0 CHECK (tip_amt >= 0),
    pay_type     varchar(12) NOT NULL CHECK (pay_type IN ('cash', 'card', 'voucher', 'crypto')),
    paid_at      timestamptz NOT NULL
);

CREATE TABLE supplies (
    supply_id    serial PRIMARY KEY,
    studio_id    integer NOT NULL REFERENCES studios(studio_id),
    item_name    varchar(100) NOT NULL,
    qty_on_hand  integer NOT NULL CHECK (qty_on_hand >= 0),
    reorder_lvl  integer NOT NULL CHECK (reorder_lvl >= 0),
    unit_cost    numeric(8,2) NOT NULL,
    expires_on   date
);
