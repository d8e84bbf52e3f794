-- Audio drama / podcast production company (r34 tune 2)
CREATE TABLE series (
    series_id serial PRIMARY KEY,
    title text NOT NULL,
    genre text,
    network text,
    episode_count integer,
    first_aired date,
    avg_runtime_min integer
);
CREATE TABLE episodes (
    episode_id serial PRIMARY KEY,
    series_id integer NOT NULL REFERENCES series(series_id),
    episode_number integer NOT NULL,
    season_number integer NOT NULL,
    title text,
    runtime_sec integer,
    scene_count integer,
    cast_count integer,
    air_date date,
    downloads_first_week integer
);
CREATE TABLE scenes (
    scene_id serial PRIMARY KEY,
    episode_id integer NOT NULL REFERENCES episodes(episode_id),
    scene_no integer NOT NULL,
    setting text,
    duration_sec integer,
    sfx_cues integer,
    mic_distance_cm integer,
    reverb_decay_ms integer
);
CREATE TABLE locations (
    location_id serial PRIMARY KEY,
    location_name text,
    town text,
    location_fee numeric(8,2),
    ambient_noise_db numeric(4,1),
    room_volume_m3 numeric(7,1),
    ceiling_height_m numeric(4,2),
    parking_spaces integer
);
CREATE TABLE recording_sessions (
    session_id serial PRIMARY KEY,
    episode_id integer REFERENCES episodes(episode_id),
    location_id integer REFERENCES locations(location_id),
    session_date date NOT NULL,
    call_time timestamptz,
    wrap_time timestamptz,
    takes_recorded integer,
    number_of_actors integer,
    engineer text
);
CREATE TABLE kit_loans (
    loan_id serial PRIMARY KEY,
    item_description text,
    borrower text,
    checked_out_at timestamptz NOT NULL,
    returned_at timestamptz,
    replacement_value numeric(9,2),
    item_weight_kg numeric(5,2)
);
