-- Paragliding and hang-gliding club: sites, pilots, flights, wings, loans (r34 held 1)
CREATE TABLE sites (
    site_id serial PRIMARY KEY,
    site_name text NOT NULL,
    region text,
    takeoff_altitude_m integer,
    landing_altitude_m integer,
    height_gain_m integer,
    launch_heading_deg integer,
    wind_dir_min integer,
    wind_dir_max integer,
    slope_angle_deg numeric(4,1),
    lat numeric(9,6),
    lon numeric(9,6),
    landowner_fee numeric(7,2)
);
CREATE TABLE pilots (
    pilot_id serial PRIMARY KEY,
    full_name text NOT NULL,
    licence_no text UNIQUE,
    rating text CHECK (rating IN ('student','club pilot','pilot','advanced pilot')),
    airtime_hours numeric(6,1),
    body_weight_kg numeric(5,1),
    num_reserve_deploys integer
);
CREATE TABLE wings (
    wing_id serial PRIMARY KEY,
    owner_id integer REFERENCES pilots(pilot_id),
    manufacturer text,
    model text,
    en_class text CHECK (en_class IN ('A','B','C','D','CCC')),
    flat_area_m2 numeric(5,2),
    wingspan_m numeric(5,2),
    wing_weight_kg numeric(4,1),
    line_count integer,
    min_takeoff_weight_kg integer,
    max_takeoff_weight_kg integer
);
CREATE TABLE flights (
    flight_id bigserial PRIMARY KEY,
    pilot_id integer NOT NULL REFERENCES pilots(pilot_id),
    site_id integer NOT NULL REFERENCES sites(site_id),
    wing_id integer REFERENCES wings(wing_id),
    flight_date date NOT NULL,
    launched_at timestamptz,
    landed_at timestamptz,
    max_altitude_m integer,
    max_climb_ms numeric(4,1),
    distance_km numeric(6,1),
    track_bearing integer,
    thermals_count integer
);
CREATE TABLE wing_loans (
    loan_id serial PRIMARY KEY,
    wing_id integer NOT NULL REFERENCES wings(wing_id),
    borrower_id integer NOT NULL REFERENCES pilots(pilot_id),
    lent_on timestamptz NOT NULL,
    returned_on timestamptz,
    deposit numeric(7,2)
);
CREATE TABLE weather_obs (
    obs_id bigserial PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites(site_id),
    observed_at timestamptz NOT NULL,
    wind_direction integer,
    wind_speed_kmh numeric(4,1),
    gust_kmh numeric(4,1),
    cloudbase_m integer,
    air_temp_k numeric(5,1)
);
