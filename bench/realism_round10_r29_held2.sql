-- Round 10 (r29) HELD-OUT schema: a caving club's survey and exploration records.
-- Written by the r29 helper before any change; measured once at the start and once at the end.
CREATE TABLE caves (
    cave_id           serial PRIMARY KEY,
    cave_name         varchar(80) NOT NULL,
    entrance_altitude_m numeric(6,1),
    surveyed_length_m numeric(8,1),
    vertical_range_m  numeric(6,1),
    grade             smallint,
    entrances         smallint,
    mean_air_temp     numeric(4,1)
);
CREATE TABLE trips (
    trip_id           serial PRIMARY KEY,
    cave_id           int NOT NULL REFERENCES caves,
    trip_date         date NOT NULL,
    entered_at        timestamp,
    exited_at         timestamp,
    party_size        smallint,
    hours_underground numeric(4,1),
    leader            varchar(80),
    callout_time      timestamp,
    rope_used_m       numeric(5,1)
);
CREATE TABLE survey_legs (
    leg_id            bigserial PRIMARY KEY,
    trip_id           int NOT NULL REFERENCES trips,
    from_station      varchar(12),
    to_station        varchar(12),
    tape_length_m     numeric(5,2),
    compass_bearing   numeric(5,1),
    clino_angle       numeric(4,1),
    left_wall         numeric(4,1),
    right_wall        numeric(4,1),
    passage_height    numeric(4,1),
    misclosure_ratio  numeric(5,4)
);
CREATE TABLE passages (
    passage_id        serial PRIMARY KEY,
    cave_id           int NOT NULL REFERENCES caves,
    passage_name      varchar(80),
    min_width_m       numeric(4,1),
    max_width_m       numeric(4,1),
    typical_height_m  numeric(4,1),
    water_flow        numeric(6,2),
    flood_risk_index  numeric(3,2),
    mud_coverage      numeric(3,2),
    squeeze_count     smallint
);
CREATE TABLE radon_readings (
    reading_id        serial PRIMARY KEY,
    cave_id           int NOT NULL REFERENCES caves,
    reading_date      date NOT NULL,
    placed_at         timestamp,
    collected_at      timestamp,
    radon_bq_m3       numeric(8,1),
    exposure_hours    numeric(5,1),
    co2_ppm           int,
    detector_efficiency numeric(4,3)
);
CREATE TABLE members (
    member_id         serial PRIMARY KEY,
    full_name         varchar(80) NOT NULL,
    joined_on         date,
    srt_qualified     boolean,
    trips_logged      smallint,
    subs_per_year     numeric(6,2),
    insurance_factor  numeric(4,2),
    max_depth_reached_m numeric(6,1)
);
