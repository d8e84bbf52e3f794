-- Observatory operations: telescopes, instruments, proposals, observing nights, exposures.
CREATE TABLE telescopes (
    telescope_id serial PRIMARY KEY,
    name text NOT NULL,
    site text NOT NULL,
    aperture_m numeric(5,2) NOT NULL,
    focal_ratio numeric(4,1),
    mount_type text NOT NULL,
    elevation_m integer,
    commissioned_on date
);
CREATE TABLE instruments (
    instrument_id serial PRIMARY KEY,
    telescope_id integer NOT NULL REFERENCES telescopes,
    name text NOT NULL,
    instrument_type text NOT NULL,
    detector text,
    pixel_scale_arcsec numeric(6,3),
    field_of_view_arcmin numeric(6,2),
    status text NOT NULL DEFAULT 'available' CHECK (status IN ('available','offline','engineering','decommissioned'))
);
CREATE TABLE proposals (
    proposal_id serial PRIMARY KEY,
    proposal_code varchar(16) NOT NULL UNIQUE,
    title text NOT NULL,
    pi_name text NOT NULL,
    pi_institution text,
    semester varchar(6) NOT NULL,
    science_category text NOT NULL,
    requested_hours numeric(6,1) NOT NULL,
    allocated_hours numeric(6,1),
    tac_grade char(1) CHECK (tac_grade IN ('A','B','C'))
);
CREATE TABLE targets (
    target_id serial PRIMARY KEY,
    proposal_id integer NOT NULL REFERENCES proposals,
    target_name text NOT NULL,
    object_type text,
    ra_deg numeric(9,5) NOT NULL,
    dec_deg numeric(9,5) NOT NULL,
    magnitude numeric(5,2),
    redshift numeric(7,5)
);
CREATE TABLE observing_nights (
    night_id serial PRIMARY KEY,
    telescope_id integer NOT NULL REFERENCES telescopes,
    night_date date NOT NULL,
    observer text,
    seeing_arcsec numeric(4,2),
    sky_condition text,
    moon_illumination numeric(4,3),
    hours_lost_weather numeric(4,1),
    night_log text
);
CREATE TABLE exposures (
    exposure_id bigserial PRIMARY KEY,
    night_id integer NOT NULL REFERENCES observing_nights,
    instrument_id integer NOT NULL REFERENCES instruments,
    target_id integer REFERENCES targets,
    filter text,
    exposure_time_s numeric(8,2) NOT NULL,
    airmass numeric(4,3),
    frame_type text NOT NULL,
    obs_start timestamptz NOT NULL,
    quality_flag text
);
