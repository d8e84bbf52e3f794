-- Round 10 (r29) HELD-OUT schema: an aerospace wind-tunnel test facility (campaigns, models, runs, balance data).
-- Written by the r29 helper before any change; measured once at the start and once at the end.
CREATE TABLE tunnels (
    tunnel_id         serial PRIMARY KEY,
    tunnel_name       varchar(60) NOT NULL,
    test_section_width_m numeric(4,2),
    test_section_height_m numeric(4,2),
    max_mach          numeric(3,2),
    fan_power_mw      numeric(5,1),
    turbulence_intensity numeric(5,4),
    hourly_rate       numeric(8,2)
);
CREATE TABLE campaigns (
    campaign_id       serial PRIMARY KEY,
    tunnel_id         int NOT NULL REFERENCES tunnels,
    customer          varchar(80),
    title             varchar(120),
    start_date        date,
    end_date          date,
    booked_hours      smallint,
    occupancy_hours_per_day numeric(4,1)
);
CREATE TABLE models (
    model_id          serial PRIMARY KEY,
    campaign_id       int NOT NULL REFERENCES campaigns,
    designation       varchar(30),
    scale_factor      numeric(5,4),
    reference_area_m2 numeric(6,4),
    reference_chord_m numeric(5,3),
    span_m            numeric(5,3),
    mass_kg           numeric(7,2),
    blockage_ratio    numeric(4,3)
);
CREATE TABLE run_days (
    run_day_id        serial PRIMARY KEY,
    campaign_id       int NOT NULL REFERENCES campaigns,
    test_day          date NOT NULL,
    tunnel_on         timestamptz,
    tunnel_off        timestamptz,
    wind_on_hours     numeric(4,1),
    polars_completed  smallint,
    config_changes    smallint,
    lost_minutes      smallint
);
CREATE TABLE runs (
    run_id            serial PRIMARY KEY,
    run_day_id        int NOT NULL REFERENCES run_days,
    model_id          int NOT NULL REFERENCES models,
    run_number        int NOT NULL,
    mach              numeric(4,3),
    reynolds_millions numeric(5,2),
    dynamic_pressure_kpa numeric(6,2),
    alpha_min_deg     numeric(4,1),
    alpha_max_deg     numeric(4,1),
    beta_deg          numeric(4,1),
    stagnation_temp_k numeric(5,1),
    humidity_ratio    numeric(5,4),
    points_acquired   smallint
);
CREATE TABLE balance_points (
    point_id          bigserial PRIMARY KEY,
    run_id            int NOT NULL REFERENCES runs,
    alpha_deg         numeric(5,2),
    lift_coefficient  numeric(6,4),
    drag_coefficient  numeric(6,4),
    pitching_moment   numeric(6,4),
    lift_to_drag      numeric(5,2),
    pressure_recovery numeric(4,3),
    flow_angularity_deg numeric(4,2)
);
CREATE TABLE invoices (
    invoice_id        serial PRIMARY KEY,
    campaign_id       int NOT NULL REFERENCES campaigns,
    issued_on         date,
    occupancy_hours   numeric(6,1),
    energy_mwh        numeric(7,2),
    energy_cost_per_mwh numeric(7,2),
    discount_factor   numeric(3,2),
    amount            numeric(10,2)
);
