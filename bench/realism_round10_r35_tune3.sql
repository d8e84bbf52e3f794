-- Beekeeping: apiaries, hives, inspections, treatments, honey harvests, queens.
CREATE TABLE apiaries (
    apiary_id serial PRIMARY KEY,
    name text NOT NULL,
    location text,
    forage text,
    hive_count integer,
    established_on date
);
CREATE TABLE hives (
    hive_id serial PRIMARY KEY,
    apiary_id integer NOT NULL REFERENCES apiaries,
    hive_tag varchar(10) NOT NULL UNIQUE,
    hive_type text NOT NULL,
    colony_source text,
    status text NOT NULL CHECK (status IN ('active','queenless','dead','combined','sold')),
    supers integer
);
CREATE TABLE queens (
    queen_id serial PRIMARY KEY,
    hive_id integer REFERENCES hives,
    breed text,
    year_marked integer,
    mark_colour text,
    origin text,
    clipped boolean
);
CREATE TABLE inspections (
    inspection_id serial PRIMARY KEY,
    hive_id integer NOT NULL REFERENCES hives,
    inspected_on date NOT NULL,
    temperament text,
    brood_frames integer,
    frames_of_bees integer,
    queen_seen boolean,
    eggs_seen boolean,
    queen_cells integer,
    varroa_count integer,
    stores text,
    notes text
);
CREATE TABLE treatments (
    treatment_id serial PRIMARY KEY,
    hive_id integer NOT NULL REFERENCES hives,
    product text NOT NULL,
    applied_on date NOT NULL,
    removed_on date,
    dose text,
    reason text
);
CREATE TABLE harvests (
    harvest_id serial PRIMARY KEY,
    hive_id integer NOT NULL REFERENCES hives,
    harvested_on date NOT NULL,
    honey_type text,
    frames_extracted integer,
    weight_kg numeric(6,2),
    moisture_pct numeric(4,1)
);
