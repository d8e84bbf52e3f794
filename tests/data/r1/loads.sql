-- held-out (r1): values the folder knows that used to reach the load outside their constraint
CREATE DOMAIN sg AS numeric(4,3) CHECK (VALUE BETWEEN 1.000 AND 1.200);
CREATE TABLE ferments (
    id serial PRIMARY KEY,
    start_brix sg NOT NULL,
    end_brix sg NOT NULL,
    CHECK (start_brix > end_brix + 0.005)
);
CREATE TABLE tenancies (
    id serial PRIMARY KEY,
    notice_weeks smallint NOT NULL DEFAULT 2 CHECK (notice_weeks IN (2, 4, 8, 13))
);
CREATE TABLE sprints (
    id serial PRIMARY KEY,
    starts_on date NOT NULL UNIQUE,
    ends_on date NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK (ends_on - starts_on < 20),
    CHECK (extract(dow FROM ends_on) NOT IN (0, 6))
);
CREATE TABLE kiosks (
    id serial PRIMARY KEY,
    opens time NOT NULL,
    closes time NOT NULL,
    CHECK (closes >= opens + interval '6 hours 30 minutes')
);
