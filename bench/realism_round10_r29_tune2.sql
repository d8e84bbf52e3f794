-- Round 10 (r29) TUNE schema: a craft brewery's brewhouse, cellar and packaging line.
-- Written by the r29 helper before any change; tuned on.
CREATE TABLE recipes (
    recipe_id         serial PRIMARY KEY,
    recipe_name       varchar(80) NOT NULL,
    style             varchar(40),
    target_og         numeric(5,3),
    target_fg         numeric(5,3),
    target_abv        numeric(4,2),
    ibu               smallint,
    srm               numeric(4,1),
    mash_efficiency   numeric(4,3),
    boil_minutes      smallint
);
CREATE TABLE brews (
    brew_id           serial PRIMARY KEY,
    recipe_id         int NOT NULL REFERENCES recipes,
    brew_date         date NOT NULL,
    mash_in_at        timestamp,
    knockout_at       timestamp,
    batch_volume_hl   numeric(6,2),
    measured_og       numeric(5,3),
    strike_temp       numeric(4,1),
    ph_reading        numeric(3,2),
    grain_cost_per_kg numeric(6,2),
    hop_utilisation   numeric(4,3)
);
CREATE TABLE fermentations (
    fermentation_id   serial PRIMARY KEY,
    brew_id           int NOT NULL REFERENCES brews,
    vessel_code       varchar(8),
    pitch_rate        numeric(5,2),
    min_temp          numeric(4,1),
    max_temp          numeric(4,1),
    attenuation_pct   numeric(5,2),
    diacetyl_rest_hours smallint,
    days_in_tank      smallint,
    final_gravity     numeric(5,3)
);
CREATE TABLE packaging_runs (
    run_id            serial PRIMARY KEY,
    brew_id           int NOT NULL REFERENCES brews,
    run_date          date NOT NULL,
    started_at        timestamp,
    ended_at          timestamp,
    units_per_shift   int,
    cans_filled       int,
    fill_loss_ratio   numeric(4,3),
    dissolved_oxygen_ppb numeric(6,1),
    co2_volumes       numeric(3,2),
    line_speed        numeric(6,1),
    downtime_minutes  smallint
);
CREATE TABLE shifts (
    shift_id          serial PRIMARY KEY,
    shift_date        date NOT NULL,
    clock_in          timestamp,
    clock_out         timestamp,
    crew_size         smallint,
    hours_on_line     numeric(4,1),
    break_minutes_per_hour smallint,
    pay_rate_per_hour numeric(6,2),
    efficiency_score  numeric(5,2)
);
CREATE TABLE hop_lots (
    lot_id            serial PRIMARY KEY,
    variety           varchar(40),
    crop_year         smallint,
    alpha_acid        numeric(4,2),
    oil_content       numeric(4,2),
    price_per_kg      numeric(7,2),
    storage_index     numeric(4,3),
    kg_on_hand        numeric(8,2)
);
