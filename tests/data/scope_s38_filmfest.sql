-- A film festival (brief s38 of session 16): held-out schema for counts and fan-outs said with a verb, and for
-- framing (reasons, purposes, headings, questions) around a request.
CREATE TABLE venues (
    venue_id    serial PRIMARY KEY,
    venue_name  varchar(80) NOT NULL,
    seats       integer NOT NULL CHECK (seats > 0),
    is_outdoor  boolean NOT NULL DEFAULT false
);

CREATE TABLE films (
    film_id      serial PRIMARY KEY,
    title        varchar(160) NOT NULL,
    runtime_min  smallint NOT NULL CHECK (runtime_min BETWEEN 1 AND 400),
    country      char(2) NOT NULL,
    section      text NOT NULL CHECK (section IN ('competition', 'shorts', 'documentary', 'retrospective', 'midnight')),
    submitted_on date NOT NULL
);

CREATE TABLE scrn (
    scrn_id     serial PRIMARY KEY,
    film_id     integer NOT NULL REFERENCES films(film_id),
    venue_id    integer NOT NULL REFERENCES venues(venue_id),
    starts_at   timestamptz NOT NULL,
    status      text NOT NULL CHECK (status IN ('scheduled', 'sold_out', 'cancelled', 'moved')),
    has_qa      boolean NOT NULL DEFAULT false
);

CREATE TABLE patrons (
    patron_id   serial PRIMARY KEY,
    full_name   varchar(120) NOT NULL,
    email       varchar(160) NOT NULL UNIQUE,
    pass_type   text CHECK (pass_type IN ('day', 'festival', 'industry', 'press'))
);

CREATE TABLE tickets (
    ticket_id   serial PRIMARY KEY,
    scrn_id     integer NOT NULL REFERENCES scrn(scrn_id),
    patron_id   integer NOT NULL REFERENCES patrons(patron_id),
    price       numeric(6,2) NOT NULL CHECK (price >= 0),
    channel     text NOT NULL CHECK (channel IN ('web', 'box_office', 'app', 'comp')),
    scanned_at  timestamptz
);

CREATE TABLE jurors (
    juror_id    serial PRIMARY KEY,
    full_name   varchar(120) NOT NULL,
    profession  text NOT NULL CHECK (profession IN ('director', 'critic', 'actor', 'producer', 'programmer'))
);

CREATE TABLE ballots (
    ballot_id   serial PRIMARY KEY,
    juror_id    integer NOT NULL REFERENCES jurors(juror_id),
    film_id     integer NOT NULL REFERENCES films(film_id),
    score       smallint NOT NULL CHECK (score BETWEEN 1 AND 10),
    cast_at     timestamptz NOT NULL
);

CREATE TABLE volunteers (
    volunteer_id serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    role         text NOT NULL CHECK (role IN ('usher', 'driver', 'box_office', 'runner'))
);

CREATE TABLE vol_shifts (
    shift_id     serial PRIMARY KEY,
    volunteer_id integer NOT NULL REFERENCES volunteers(volunteer_id),
    venue_id     integer NOT NULL REFERENCES venues(venue_id),
    shift_start  timestamptz NOT NULL,
    hours        numeric(3,1) NOT NULL CHECK (hours BETWEEN 1 AND 12)
);

CREATE TABLE sponsors (
    sponsor_id  serial PRIMARY KEY,
    name        varchar(120) NOT NULL,
    tier        text NOT NULL CHECK (tier IN ('gold', 'silver', 'bronze', 'partner')),
    amount_eur  numeric(10,2) NOT NULL
);
