CREATE TYPE voice_part AS ENUM ('soprano', 'alto', 'tenor', 'bass');

CREATE TABLE choirs (
    choir_id     serial PRIMARY KEY,
    choir_name   varchar(80) NOT NULL,
    town         varchar(80) NOT NULL,
    founded_yr   smallint NOT NULL CHECK (founded_yr BETWEEN 1850 AND 2030),
    is_auditioned boolean NOT NULL DEFAULT false
);

CREATE TABLE singers (
    singer_id    serial PRIMARY KEY,
    choir_id     integer NOT NULL REFERENCES choirs(choir_id),
    full_name    varchar(120) NOT NULL,
    email        varchar(200),
    part         voice_part NOT NULL,
    joined_on    date NOT NULL,
    annual_fee   numeric(7,2) NOT NULL CHECK (annual_fee >= 0),
    reads_music  boolean NOT NULL DEFAULT true
);

CREATE TABLE rehearsals (
    rehearsal_id serial PRIMARY KEY,
    choir_id     integer NOT NULL REFERENCES choirs(choir_id),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz,
    venue        varchar(100) NOT NULL,
    cancelled_at timestamptz
);

CREATE TABLE attendance (
    attendance_id serial PRIMARY KEY,
    rehearsal_id integer NOT NULL REFERENCES rehearsals(rehearsal_id),
    singer_id    integer NOT NULL REFERENCES singers(singer_id),
    arrived_late boolean NOT NULL DEFAULT false,
    UNIQUE (rehearsal_id, singer_id)
);

CREATE TABLE concerts (
    concert_id   serial PRIMARY KEY,
    choir_id     integer NOT NULL REFERENCES choirs(choir_id),
    title        varchar(150) NOT NULL,
    performed_on date NOT NULL,
    ticket_price numeric(6,2) NOT NULL CHECK (ticket_price >= 0),
    seats_sold   integer NOT NULL CHECK (seats_sold >= 0)
);

CREATE TABLE pieces (
    piece_id     serial PRIMARY KEY,
    concert_id   integer NOT NULL REFERENCES concerts(concert_id),
    composer     varchar(120) NOT NULL,
    piece_title  varchar(150) NOT NULL,
    duration_min smallint NOT NULL CHECK (duration_min BETWEEN 1 AND 90),
    language     varchar(20) NOT NULL CHECK (language IN ('latin', 'english', 'german', 'french', 'italian'))
);
