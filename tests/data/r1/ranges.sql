-- held-out (r1): range columns with a length CHECK
CREATE TABLE charters (
    id serial PRIMARY KEY,
    vessel text NOT NULL,
    season daterange NOT NULL CHECK (upper(season) - lower(season) BETWEEN 14 AND 120),
    berth int4range NOT NULL CHECK (upper(berth) - lower(berth) >= 3 AND upper(berth) - lower(berth) <= 12),
    voyage tsrange CHECK (upper(voyage) - lower(voyage) <= interval '36 hours'
                          AND upper(voyage) - lower(voyage) >= interval '2 hours')
);
CREATE TABLE permits (
    id serial PRIMARY KEY,
    valid daterange NOT NULL CHECK (upper(valid) - lower(valid) >= 365),
    depth numrange CHECK (upper(depth) - lower(depth) <= 40)
);
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE telescopes (id serial PRIMARY KEY, site text NOT NULL);
CREATE TABLE observing_runs (
    id serial PRIMARY KEY,
    telescope_id int NOT NULL REFERENCES telescopes,
    run tstzrange NOT NULL CHECK (upper(run) - lower(run) BETWEEN interval '3 hours' AND interval '11 hours'),
    EXCLUDE USING gist (telescope_id WITH =, run WITH &&)
);
CREATE TABLE allotments (
    id serial PRIMARY KEY,
    plot int NOT NULL,
    tenancy daterange NOT NULL CHECK (upper(tenancy) - lower(tenancy) >= 90),
    EXCLUDE USING gist (plot WITH =, tenancy WITH &&)
);
