-- An astronomical observatory's operations (the lead's held-out schema, session 9).
CREATE TABLE telescopes (
    id serial PRIMARY KEY,
    name varchar(60) NOT NULL UNIQUE,
    site varchar(60) NOT NULL,
    aperture_m numeric(5,2) NOT NULL,
    focal_ratio numeric(4,1),
    mount_type varchar(20),
    latitude numeric(9,6),
    longitude numeric(9,6),
    elevation_m int,
    first_light date,
    operational boolean NOT NULL DEFAULT true
);
CREATE TABLE instruments (
    id serial PRIMARY KEY,
    telescope_id int NOT NULL REFERENCES telescopes(id),
    name varchar(40) NOT NULL,
    kind varchar(20) NOT NULL,
    detector varchar(40),
    pixel_scale_arcsec numeric(6,3),
    field_of_view_arcmin numeric(6,2),
    min_wavelength_nm int,
    max_wavelength_nm int,
    spectral_resolution int,
    commissioned_on date
);
CREATE TABLE filters (
    id serial PRIMARY KEY,
    instrument_id int NOT NULL REFERENCES instruments(id),
    band varchar(10) NOT NULL,
    central_wavelength_nm numeric(7,1),
    bandwidth_nm numeric(6,1)
);
CREATE TABLE investigators (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    institution varchar(120),
    email varchar(255) NOT NULL,
    orcid varchar(19),
    career_stage varchar(20)
);
CREATE TABLE proposals (
    id serial PRIMARY KEY,
    code varchar(16) NOT NULL UNIQUE,
    pi_id int NOT NULL REFERENCES investigators(id),
    semester varchar(6) NOT NULL,
    title varchar(200) NOT NULL,
    abstract text,
    science_category varchar(40),
    hours_requested numeric(6,1) NOT NULL,
    hours_awarded numeric(6,1),
    tac_grade char(1),
    submitted_at timestamptz NOT NULL,
    status varchar(12) NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'rejected', 'completed'))
);
CREATE TABLE targets (
    id serial PRIMARY KEY,
    proposal_id int NOT NULL REFERENCES proposals(id),
    name varchar(60) NOT NULL,
    object_type varchar(30),
    ra_deg numeric(9,5) NOT NULL,
    dec_deg numeric(9,5) NOT NULL,
    magnitude numeric(5,2),
    redshift numeric(7,5),
    epoch varchar(8) DEFAULT 'J2000',
    priority smallint
);
CREATE TABLE nights (
    id serial PRIMARY KEY,
    telescope_id int NOT NULL REFERENCES telescopes(id),
    night_date date NOT NULL,
    sunset_utc timestamptz,
    sunrise_utc timestamptz,
    moon_illumination numeric(4,3),
    seeing_arcsec numeric(4,2),
    humidity_pct numeric(5,2),
    wind_speed_ms numeric(4,1),
    dome_open_hours numeric(4,2),
    weather_loss_hours numeric(4,2),
    observer varchar(60),
    log text,
    UNIQUE (telescope_id, night_date)
);
CREATE TABLE observations (
    id bigserial PRIMARY KEY,
    night_id int NOT NULL REFERENCES nights(id),
    target_id int NOT NULL REFERENCES targets(id),
    instrument_id int NOT NULL REFERENCES instruments(id),
    filter_id int REFERENCES filters(id),
    start_utc timestamptz NOT NULL,
    end_utc timestamptz NOT NULL,
    exposure_s numeric(8,2) NOT NULL,
    n_exposures smallint NOT NULL DEFAULT 1,
    airmass numeric(4,2),
    snr numeric(7,1),
    quality_flag varchar(10),
    file_path varchar(255)
);
CREATE TABLE maintenance_events (
    id serial PRIMARY KEY,
    telescope_id int NOT NULL REFERENCES telescopes(id),
    component varchar(40) NOT NULL,
    fault varchar(200),
    downtime_hours numeric(6,1),
    started_at timestamptz NOT NULL,
    resolved_at timestamptz,
    engineer varchar(60)
);
