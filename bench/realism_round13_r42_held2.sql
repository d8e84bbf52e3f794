-- Domain: regional observatory network (r42 held-out: quantities at their subject's scale, one row's sizes agree)
CREATE TABLE domes (
    dome_id          serial PRIMARY KEY,
    dome_name        varchar(60) NOT NULL,
    diameter_m       numeric(5,2) NOT NULL,
    height_m         numeric(5,2) NOT NULL,
    slit_width_m     numeric(4,2) NOT NULL,
    floor_area_m2    numeric(7,1),
    rotation_speed_deg_s numeric(4,2) DEFAULT 2.00
);
CREATE TABLE telescopes (
    telescope_id     serial PRIMARY KEY,
    dome_id          integer NOT NULL REFERENCES domes,
    model_name       varchar(80) NOT NULL,
    aperture_mm      integer NOT NULL CHECK (aperture_mm BETWEEN 50 AND 10000),
    focal_length_mm  integer NOT NULL,
    tube_length_m    numeric(5,2),
    mirror_weight_kg numeric(8,1),
    total_weight_kg  numeric(9,1),
    eyepieces        smallint NOT NULL DEFAULT 3,
    purchase_cost    numeric(12,2)
);
CREATE TABLE observing_runs (
    run_id           serial PRIMARY KEY,
    telescope_id     integer NOT NULL REFERENCES telescopes,
    night_of         date NOT NULL,
    exposures        integer NOT NULL DEFAULT 0,
    exposure_time_s  numeric(7,1) NOT NULL,
    airmass          numeric(4,2) NOT NULL DEFAULT 1.20,
    seeing_arcsec    numeric(4,2) DEFAULT 1.50,
    cloud_cover_pct  smallint CHECK (cloud_cover_pct BETWEEN 0 AND 100),
    dome_temp_c      numeric(4,1),
    data_volume_gb   numeric(8,2)
);
CREATE TABLE memberships (
    member_id        serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    annual_dues      numeric(7,2) NOT NULL DEFAULT 45.00,
    guest_passes     smallint NOT NULL DEFAULT 2 CHECK (guest_passes BETWEEN 0 AND 50),
    volunteer_hours  numeric(6,1) NOT NULL DEFAULT 0,
    locker_fee       numeric(6,2) DEFAULT 0.75
);
