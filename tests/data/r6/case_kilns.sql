-- kiln firings: a peak temperature above the ramp temperature, both of a narrow numeric domain
CREATE DOMAIN kiln_temp AS numeric(4,0) CHECK (VALUE BETWEEN 1200 AND 1230);
CREATE TABLE firings (
    firing_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state       text NOT NULL CHECK (state IN ('planned', 'fired', 'cracked')),
    ramp_c      kiln_temp,
    peak_c      kiln_temp,
    note        text,
    CHECK (peak_c IS NULL OR ramp_c IS NOT NULL AND peak_c > ramp_c),
    CHECK ((state = 'cracked') = (note IS NOT NULL)),
    CHECK (state <> 'fired' OR peak_c IS NOT NULL)
);
