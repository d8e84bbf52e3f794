-- Round 10 (r29) TUNE schema: an oceanographic research vessel's cruises, casts and samples.
-- Written by the r29 helper before any change; tuned on.
CREATE TABLE vessels (
    vessel_id         serial PRIMARY KEY,
    vessel_name       varchar(60) NOT NULL,
    call_sign         varchar(10),
    length_overall_m  numeric(5,1),
    max_draft_m       numeric(4,1),
    berths            smallint,
    endurance_days    smallint,
    cruise_speed_kn   numeric(4,1),
    winch_capacity_kn numeric(6,1)
);
CREATE TABLE cruises (
    cruise_id         serial PRIMARY KEY,
    vessel_id         int NOT NULL REFERENCES vessels,
    cruise_code       varchar(12) NOT NULL UNIQUE,
    chief_scientist   varchar(80),
    departed_on       date NOT NULL,
    returned_on       date,
    planned_stations  smallint,
    ship_time_cost_per_day numeric(9,2),
    fuel_used_tonnes  numeric(7,1)
);
CREATE TABLE stations (
    station_id        serial PRIMARY KEY,
    cruise_id         int NOT NULL REFERENCES cruises,
    station_no        smallint NOT NULL,
    latitude          numeric(8,5),
    longitude         numeric(9,5),
    water_depth_m     numeric(6,1),
    min_depth_m       numeric(6,1),
    max_depth_m       numeric(6,1),
    sea_state         smallint,
    swell_height_m    numeric(3,1),
    ice_coverage      numeric(3,2)
);
CREATE TABLE ctd_casts (
    cast_id           serial PRIMARY KEY,
    station_id        int NOT NULL REFERENCES stations,
    cast_date         date NOT NULL,
    deployed_utc      timestamptz,
    recovered_utc     timestamptz,
    bottles_fired     smallint,
    mixed_layer_depth numeric(5,1),
    surface_salinity  numeric(5,3),
    bottom_temp       numeric(5,2),
    turbidity_ntu     numeric(6,2),
    fluorescence      numeric(6,3),
    oxygen_saturation numeric(5,2)
);
CREATE TABLE samples (
    sample_id         serial PRIMARY KEY,
    cast_id           int NOT NULL REFERENCES ctd_casts,
    bottle_no         smallint,
    sample_depth_m    numeric(6,1),
    volume_filtered_l numeric(5,2),
    nitrate_umol      numeric(6,3),
    chlorophyll       numeric(6,3),
    particle_ratio    numeric(4,3),
    recovery_fraction numeric(4,3),
    enrichment_factor numeric(5,2)
);
CREATE TABLE watch_logs (
    log_id            serial PRIMARY KEY,
    cruise_id         int NOT NULL REFERENCES cruises,
    watch_date        date NOT NULL,
    watch_start       timestamptz,
    watch_end         timestamptz,
    hours_on_station  numeric(4,1),
    hours_steaming    numeric(4,1),
    mean_wind_speed   numeric(4,1),
    peak_wind_speed   numeric(4,1),
    air_temp_c        numeric(4,1),
    visibility_nm     numeric(4,1),
    minutes_lost_per_hour smallint
);
