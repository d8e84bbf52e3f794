-- A beekeeping cooperative (brief s33 of session 15): members keep hives in shared apiaries, inspect them,
-- take honey harvests, borrow equipment and pay into collective sales.
CREATE TABLE apiaries (
    apiary_id    serial PRIMARY KEY,
    site_name    varchar(80) NOT NULL,
    county       varchar(40) NOT NULL,
    altitude_m   smallint CHECK (altitude_m BETWEEN 0 AND 2500),
    opened_on    date NOT NULL
);

CREATE TABLE keepers (
    keeper_id    serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    email        varchar(200),
    phone        varchar(30),
    joined_on    date NOT NULL,
    is_mentor    boolean NOT NULL DEFAULT false
);

CREATE TABLE hives (
    hive_id      serial PRIMARY KEY,
    apiary_id    integer NOT NULL REFERENCES apiaries(apiary_id),
    keeper_id    integer NOT NULL REFERENCES keepers(keeper_id),
    hive_type    varchar(12) NOT NULL CHECK (hive_type IN ('langstroth', 'national', 'warre', 'top_bar')),
    queen_year   smallint CHECK (queen_year BETWEEN 2015 AND 2030),
    installed_on date NOT NULL
);

CREATE TABLE inspections (
    inspection_id serial PRIMARY KEY,
    hive_id      integer NOT NULL REFERENCES hives(hive_id),
    inspected_at timestamptz NOT NULL,
    frames_brood smallint NOT NULL CHECK (frames_brood BETWEEN 0 AND 20),
    varroa_count integer CHECK (varroa_count >= 0),
    queen_seen   boolean NOT NULL DEFAULT true,
    notes        text
);

CREATE TABLE harvests (
    harvest_id   serial PRIMARY KEY,
    hive_id      integer NOT NULL REFERENCES hives(hive_id),
    harvested_on date NOT NULL,
    honey_kg     numeric(6,2) NOT NULL CHECK (honey_kg >= 0),
    honey_kind   varchar(12) NOT NULL CHECK (honey_kind IN ('wildflower', 'heather', 'rapeseed', 'lime', 'clover'))
);

CREATE TABLE sale_batches (
    batch_id     serial PRIMARY KEY,
    sold_on      date NOT NULL,
    buyer        varchar(120) NOT NULL,
    price_per_kg numeric(6,2) NOT NULL CHECK (price_per_kg > 0)
);

CREATE TABLE batch_lines (
    line_id      serial PRIMARY KEY,
    batch_id     integer REFERENCES sale_batches(batch_id),
    harvest_id   integer NOT NULL REFERENCES harvests(harvest_id),
    kg           numeric(6,2) NOT NULL CHECK (kg > 0)
);

CREATE TABLE equipment (
    item_id      serial PRIMARY KEY,
    item_name    varchar(80) NOT NULL,
    category     varchar(12) NOT NULL CHECK (category IN ('extractor', 'smoker', 'suit', 'hive_tool', 'feeder'))
);

CREATE TABLE loans (
    loan_id      serial PRIMARY KEY,
    item_id      integer NOT NULL REFERENCES equipment(item_id),
    keeper_id    integer NOT NULL REFERENCES keepers(keeper_id),
    lent_on      date NOT NULL,
    returned_on  date
);
