-- held-out (r1): interval columns bounded / listed by CHECKs
CREATE TABLE studios (
    id serial PRIMARY KEY,
    name text NOT NULL,
    session_length interval NOT NULL CHECK (session_length BETWEEN interval '20 minutes' AND interval '2 hours'),
    tz_shift interval NOT NULL CHECK (tz_shift >= '-11:00' AND tz_shift <= '13:30'),
    buffer interval NOT NULL DEFAULT '5 minutes'
        CHECK (buffer IN ('0 minutes', '5 minutes', '10 minutes', '15 minutes')),
    grace interval CHECK (grace = ANY (ARRAY['00:02'::interval, '00:05'::interval, '00:07'::interval]))
);
CREATE TABLE classes (
    id serial PRIMARY KEY,
    studio_id int NOT NULL REFERENCES studios,
    warmup interval NOT NULL CHECK (warmup > interval '0' AND warmup < interval '30 minutes'),
    retention interval CHECK (retention >= interval '7 days' AND retention <= interval '3 months')
);
