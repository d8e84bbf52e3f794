CREATE TYPE booking_state AS ENUM ('pending', 'paid', 'played', 'refunded', 'no_show');

CREATE TABLE venues (
    venue_id     serial PRIMARY KEY,
    venue_name   varchar(80) NOT NULL,
    city         varchar(80) NOT NULL,
    opened_on    date NOT NULL
);

CREATE TABLE rooms (
    room_id      serial PRIMARY KEY,
    venue_id     integer NOT NULL REFERENCES venues(venue_id),
    title        varchar(80) NOT NULL,
    theme        varchar(12) NOT NULL CHECK (theme IN ('horror', 'heist', 'scifi', 'mystery', 'fantasy', 'kids')),
    difficulty   smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
    max_players  smallint NOT NULL CHECK (max_players BETWEEN 2 AND 12),
    time_limit_min smallint NOT NULL DEFAULT 60,
    is_accessible boolean NOT NULL DEFAULT false
);

CREATE TABLE game_masters (
    gm_id        serial PRIMARY KEY,
    venue_id     integer NOT NULL REFERENCES venues(venue_id),
    full_name    varchar(120) NOT NULL,
    hired_on     date NOT NULL,
    is_lead      boolean NOT NULL DEFAULT false
);

CREATE TABLE bookings (
    booking_id   serial PRIMARY KEY,
    room_id      integer NOT NULL REFERENCES rooms(room_id),
    gm_id        integer REFERENCES game_masters(gm_id),
    lead_email   varchar(200) NOT NULL,
    party_size   smallint NOT NULL CHECK (party_size BETWEEN 1 AND 12),
    state        booking_state NOT NULL DEFAULT 'pending',
    created_at   timestamptz NOT NULL DEFAULT now(),
    slot_start   timestamptz NOT NULL,
    slot_end     timestamptz NOT NULL,
    total_eur    numeric(8,2) NOT NULL CHECK (total_eur >= 0),
    promo_code   varchar(20)
);

CREATE TABLE escapes (
    escape_id    serial PRIMARY KEY,
    booking_id   integer NOT NULL UNIQUE REFERENCES bookings(booking_id),
    escaped      boolean NOT NULL,
    secs_left    integer CHECK (secs_left >= 0),
    hints_used   smallint NOT NULL DEFAULT 0 CHECK (hints_used BETWEEN 0 AND 10)
);

CREATE TABLE reviews (
    review_id    serial PRIMARY KEY,
    booking_id   integer NOT NULL REFERENCES bookings(booking_id),
    stars        smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    posted_at    timestamptz NOT NULL,
    body         text
);
