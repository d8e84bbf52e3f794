-- Round 11 (r38) TUNE schema 2: a piano tuning and repair service (pianos, tunings, repairs, parts).
-- Tuned on.
CREATE TABLE owners (
    owner_id       serial PRIMARY KEY,
    full_name      varchar(80) NOT NULL,
    phone          varchar(20),
    heard_from     varchar(30)
);
CREATE TABLE pianos (
    piano_id       serial PRIMARY KEY,
    owner_id       integer NOT NULL REFERENCES owners(owner_id),
    maker          varchar(40),
    serial_no      varchar(20),
    built_year     smallint
);
CREATE TABLE tunings (
    tuning_id      serial PRIMARY KEY,
    piano_id       integer NOT NULL REFERENCES pianos(piano_id),
    booked_at      timestamptz NOT NULL,
    source         varchar(20),
    reason         varchar(60),
    outcome        varchar(12) NOT NULL CHECK (outcome IN ('tuned', 'pitch_raise', 'no_access', 'refused')),
    tuner_notes    text
);
CREATE TABLE spare_parts (
    part_id        serial PRIMARY KEY,
    sku            varchar(30) NOT NULL UNIQUE,
    part_name      varchar(60) NOT NULL,
    price          numeric(8,2)
);
CREATE TABLE repair_lines (
    line_id        serial PRIMARY KEY,
    tuning_id      integer NOT NULL REFERENCES tunings(tuning_id),
    part_id        integer NOT NULL REFERENCES spare_parts(part_id),
    qty            smallint NOT NULL DEFAULT 1,
    reason         varchar(40)
);
CREATE TABLE stock_moves (
    move_id        serial PRIMARY KEY,
    part_id        integer NOT NULL REFERENCES spare_parts(part_id),
    delta          integer NOT NULL,
    reason         varchar(40) NOT NULL,
    moved_at       timestamptz NOT NULL
);
