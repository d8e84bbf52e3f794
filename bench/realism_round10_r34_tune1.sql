-- Canal and river trust: locks, structures, wildlife monitoring, stoppages (r34 tune 1)
CREATE TABLE waterways (
    waterway_id serial PRIMARY KEY,
    name text NOT NULL,
    navigation_authority text,
    length_km numeric(6,1),
    summit_level_m numeric(6,1),
    max_beam_m numeric(4,2),
    max_draught_m numeric(4,2),
    opened_year integer
);
CREATE TABLE locks (
    lock_id serial PRIMARY KEY,
    waterway_id integer NOT NULL REFERENCES waterways(waterway_id),
    lock_number integer NOT NULL,
    lock_name text,
    rise_m numeric(5,2),
    chamber_length_m numeric(5,1),
    chamber_width_m numeric(4,2),
    gate_count integer,
    paddle_count integer,
    orientation_deg integer,
    elevation_m numeric(6,1),
    latitude numeric(9,6),
    longitude numeric(9,6),
    UNIQUE (waterway_id, lock_number)
);
CREATE TABLE structures (
    structure_id serial PRIMARY KEY,
    waterway_id integer NOT NULL REFERENCES waterways(waterway_id),
    structure_type text CHECK (structure_type IN ('bridge','aqueduct','culvert','weir','tunnel')),
    structure_name text,
    span_m numeric(6,2),
    headroom_m numeric(4,2),
    deck_width_m numeric(5,2),
    listed_grade text,
    condition_score integer
);
CREATE TABLE camera_deployments (
    deployment_id serial PRIMARY KEY,
    lock_id integer REFERENCES locks(lock_id),
    camera_serial text,
    placed_at timestamptz NOT NULL,
    collected_at timestamptz,
    trigger_count integer,
    otter_detections integer,
    mink_detections integer,
    battery_end_pct integer,
    facing_bearing integer,
    height_above_water_m numeric(4,2)
);
CREATE TABLE stoppages (
    stoppage_id serial PRIMARY KEY,
    lock_id integer REFERENCES locks(lock_id),
    reason text,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    num_contractors integer,
    estimated_cost numeric(10,2),
    crane_hire_fee numeric(9,2)
);
CREATE TABLE lock_passages (
    passage_id bigserial PRIMARY KEY,
    lock_id integer NOT NULL REFERENCES locks(lock_id),
    passage_date date NOT NULL,
    entered_at timestamptz,
    exited_at timestamptz,
    boat_length_ft integer,
    direction text CHECK (direction IN ('up','down')),
    boats_in_chamber integer,
    water_temp_c numeric(4,1)
);
