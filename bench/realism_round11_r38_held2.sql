-- Round 11 (r38) HELD-OUT schema 2: a community time bank: members trade hours of help, paid in
-- time credits. Written by the r38 helper before any change; measured at start and end only.
CREATE TABLE members (
    member_id     serial PRIMARY KEY,
    first_name    varchar(40) NOT NULL,
    last_name     varchar(40) NOT NULL,
    email         varchar(120) UNIQUE,
    neighbourhood varchar(60),
    joined_on     date NOT NULL,
    is_coordinator boolean NOT NULL DEFAULT false,
    bio           text
);

CREATE TABLE credit_units (
    unit_code     varchar(12) PRIMARY KEY,
    label         varchar(40) NOT NULL,
    minutes_per_unit smallint NOT NULL DEFAULT 60
);

CREATE TABLE skills (
    skill_id      serial PRIMARY KEY,
    name          varchar(60) NOT NULL UNIQUE,
    category      varchar(30) NOT NULL
);

CREATE TABLE offers (
    offer_id      serial PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members(member_id),
    skill_id      integer NOT NULL REFERENCES skills(skill_id),
    title         varchar(100) NOT NULL,
    details       text,
    hours_per_week numeric(4,1),
    is_active     boolean NOT NULL DEFAULT true
);

CREATE TABLE exchanges (
    exchange_id   serial PRIMARY KEY,
    offer_id      integer NOT NULL REFERENCES offers(offer_id),
    receiver_id   integer NOT NULL REFERENCES members(member_id),
    agreed_at     timestamptz NOT NULL,
    done_at       timestamptz,
    hours         numeric(4,2) NOT NULL CHECK (hours > 0),
    status        varchar(12) NOT NULL CHECK (status IN ('agreed', 'done', 'cancelled', 'no_show')),
    cancel_note   varchar(200),
    source        varchar(20)
);

CREATE TABLE accounts (
    member_id     integer NOT NULL REFERENCES members(member_id),
    unit_code     varchar(12) NOT NULL REFERENCES credit_units(unit_code),
    balance       numeric(7,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, unit_code)
);

CREATE TABLE credit_txns (
    txn_id        bigserial PRIMARY KEY,
    member_id     integer NOT NULL REFERENCES members(member_id),
    unit_code     varchar(12) NOT NULL REFERENCES credit_units(unit_code),
    exchange_id   integer REFERENCES exchanges(exchange_id),
    amount        numeric(6,2) NOT NULL,
    reason        varchar(40) NOT NULL,
    posted_at     timestamptz NOT NULL
);

CREATE TABLE feedback (
    feedback_id   serial PRIMARY KEY,
    exchange_id   integer NOT NULL REFERENCES exchanges(exchange_id),
    rating        smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       text,
    left_at       timestamptz NOT NULL
);
