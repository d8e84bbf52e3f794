-- Geological field survey unit: outcrops, samples, seismometer deployments, boreholes (r34 held 2)
CREATE TABLE field_areas (
    area_id serial PRIMARY KEY,
    area_name text NOT NULL,
    map_sheet text,
    mean_elevation_m numeric(6,1),
    relief_m numeric(6,1),
    area_km2 numeric(7,2)
);
CREATE TABLE outcrops (
    outcrop_id serial PRIMARY KEY,
    area_id integer NOT NULL REFERENCES field_areas(area_id),
    station_code text,
    lithology text,
    strike integer,
    dip integer,
    dip_direction integer,
    exposure_height_m numeric(5,1),
    exposure_width_m numeric(6,1),
    grid_easting integer,
    grid_northing integer,
    elevation numeric(6,1)
);
CREATE TABLE hand_samples (
    sample_id serial PRIMARY KEY,
    outcrop_id integer NOT NULL REFERENCES outcrops(outcrop_id),
    sample_code text UNIQUE,
    mass_kg numeric(5,2),
    thin_section_count integer,
    collected_on date,
    grain_size_mm numeric(5,2),
    magnetic_susceptibility numeric(8,3)
);
CREATE TABLE seismometer_deployments (
    deployment_id serial PRIMARY KEY,
    area_id integer NOT NULL REFERENCES field_areas(area_id),
    instrument_serial text,
    installed_at timestamptz NOT NULL,
    removed_at timestamptz,
    vault_depth_m numeric(4,2),
    azimuth_deg numeric(5,1),
    tilt_deg numeric(4,2),
    events_detected integer,
    site_rental numeric(8,2)
);
CREATE TABLE boreholes (
    borehole_id serial PRIMARY KEY,
    area_id integer NOT NULL REFERENCES field_areas(area_id),
    hole_name text,
    spudded_at timestamptz,
    completed_at timestamptz,
    total_depth_m numeric(7,2),
    collar_elevation_m numeric(6,1),
    inclination numeric(4,1),
    core_box_count integer,
    drill_rig_hire numeric(10,2),
    bottom_hole_temp_k numeric(5,1)
);
CREATE TABLE core_runs (
    run_id bigserial PRIMARY KEY,
    borehole_id integer NOT NULL REFERENCES boreholes(borehole_id),
    run_no integer NOT NULL,
    from_depth_m numeric(7,2),
    to_depth_m numeric(7,2),
    recovery_pct numeric(5,1),
    rqd_pct numeric(5,1),
    fracture_count integer
);
CREATE TABLE field_days (
    day_id serial PRIMARY KEY,
    area_id integer NOT NULL REFERENCES field_areas(area_id),
    work_date date NOT NULL,
    left_base_at timestamptz,
    returned_at timestamptz,
    stations_visited integer,
    walked_km numeric(4,1),
    party_size integer
);
