-- A record label: artists and their profiles and members, albums and tracks, venues and concerts with their
-- setlists, royalty statements and their lines (brief s21 of session 10: how many children, in every form; see
-- tests/data/scope_heldout16_s21.txt).
CREATE TYPE concert_status AS ENUM ('announced', 'on_sale', 'sold_out', 'cancelled', 'played');
CREATE TABLE artists (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    genre text NOT NULL CHECK (genre IN ('rock', 'pop', 'jazz', 'hip_hop', 'electronic', 'folk')),
    country char(2) NOT NULL,
    formed_on date NOT NULL,
    is_signed boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE artist_profiles (
    id serial PRIMARY KEY,
    artist_id int NOT NULL UNIQUE REFERENCES artists,
    bio text,
    website text,
    monthly_listeners int NOT NULL CHECK (monthly_listeners >= 0)
);
CREATE TABLE band_members (
    id serial PRIMARY KEY,
    artist_id int NOT NULL REFERENCES artists,
    full_name text NOT NULL,
    instrument text NOT NULL CHECK (instrument IN ('vocals', 'guitar', 'bass', 'drums', 'keys', 'other')),
    joined_on date NOT NULL,
    left_on date
);
CREATE TABLE albums (
    id serial PRIMARY KEY,
    artist_id int NOT NULL REFERENCES artists,
    title text NOT NULL,
    format text NOT NULL CHECK (format IN ('lp', 'ep', 'single', 'compilation')),
    release_date date,
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    status text NOT NULL CHECK (status IN ('draft', 'scheduled', 'released', 'withdrawn'))
);
CREATE TABLE tracks (
    id serial PRIMARY KEY,
    album_id int NOT NULL REFERENCES albums,
    title text NOT NULL,
    track_number int NOT NULL CHECK (track_number BETWEEN 1 AND 40),
    duration_seconds int NOT NULL CHECK (duration_seconds BETWEEN 30 AND 1800),
    is_explicit boolean NOT NULL DEFAULT false
);
CREATE TABLE venues (
    id serial PRIMARY KEY,
    name text NOT NULL,
    city text NOT NULL,
    capacity int NOT NULL CHECK (capacity > 0)
);
CREATE TABLE concerts (
    id serial PRIMARY KEY,
    venue_id int NOT NULL REFERENCES venues,
    artist_id int NOT NULL REFERENCES artists,
    starts_at timestamptz NOT NULL,
    ticket_price numeric(8,2) NOT NULL CHECK (ticket_price > 0),
    status concert_status NOT NULL
);
CREATE TABLE setlist_entries (
    id serial PRIMARY KEY,
    concert_id int NOT NULL REFERENCES concerts,
    track_id int NOT NULL REFERENCES tracks,
    position int NOT NULL CHECK (position >= 1),
    UNIQUE (concert_id, position)
);
CREATE TABLE royalty_statements (
    id serial PRIMARY KEY,
    artist_id int NOT NULL REFERENCES artists,
    period_start date NOT NULL,
    period_end date NOT NULL,
    total_amount numeric(12,2) NOT NULL CHECK (total_amount >= 0),
    currency char(3) NOT NULL CHECK (currency IN ('USD', 'EUR', 'GBP')),
    paid_at timestamptz,
    CHECK (period_end > period_start)
);
CREATE TABLE royalty_lines (
    id serial PRIMARY KEY,
    statement_id int NOT NULL REFERENCES royalty_statements,
    track_id int REFERENCES tracks,
    source text NOT NULL CHECK (source IN ('streaming', 'download', 'physical', 'sync', 'radio')),
    amount numeric(10,2) NOT NULL
);
