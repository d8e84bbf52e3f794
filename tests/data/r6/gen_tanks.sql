-- aquarium tanks: a smallint capacity computed from three smallint sides
CREATE TABLE tanks (
    tank_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label     text NOT NULL,
    depth_dm  smallint NOT NULL CHECK (depth_dm > 0),
    span_dm   smallint NOT NULL CHECK (span_dm > 0),
    rise_dm   smallint NOT NULL CHECK (rise_dm > 0),
    litres    smallint GENERATED ALWAYS AS (depth_dm * span_dm * rise_dm) STORED
);
