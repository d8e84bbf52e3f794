-- A regional water and hydro-power utility: reservoirs and their dams, treatment works, pumping
-- stations, wells, trunk mains, contractors and their contracts, customer accounts, staff, licences.
CREATE TABLE reservoirs (
    reservoir_id serial PRIMARY KEY,
    name varchar(80) NOT NULL,
    river varchar(60),
    surface_area_km2 numeric(7,2),
    capacity_mcm numeric(9,2),
    max_depth_m numeric(5,1),
    catchment_area_km2 numeric(8,1),
    impounded_year smallint,
    fill_pct numeric(5,2)
);
CREATE TABLE dams (
    dam_id serial PRIMARY KEY,
    reservoir_id int NOT NULL REFERENCES reservoirs(reservoir_id),
    dam_name varchar(80),
    dam_type varchar(30) CHECK (dam_type IN ('earthfill','rockfill','concrete gravity','arch','buttress')),
    height_m numeric(6,1),
    crest_length_m numeric(7,1),
    year_completed smallint,
    spillway_capacity_m3s numeric(8,1),
    last_inspection date
);
CREATE TABLE hydro_units (
    unit_id serial PRIMARY KEY,
    dam_id int NOT NULL REFERENCES dams(dam_id),
    unit_no smallint,
    turbine_type varchar(20) CHECK (turbine_type IN ('Francis','Kaplan','Pelton','bulb')),
    rated_output_mw numeric(7,2),
    rated_head_m numeric(6,1),
    rated_flow_m3s numeric(7,2),
    rpm smallint,
    commissioned date,
    efficiency_pct numeric(5,2)
);
CREATE TABLE treatment_works (
    works_id serial PRIMARY KEY,
    works_name varchar(80) NOT NULL,
    reservoir_id int REFERENCES reservoirs(reservoir_id),
    design_capacity_mld numeric(8,1),
    population_served integer,
    opened_year smallint,
    site_area_ha numeric(6,2),
    staff_count smallint
);
CREATE TABLE pumping_stations (
    station_id serial PRIMARY KEY,
    works_id int REFERENCES treatment_works(works_id),
    station_code varchar(12) UNIQUE,
    pump_count smallint,
    motor_power_kw numeric(8,1),
    head_m numeric(6,1),
    flow_l_s numeric(8,1),
    wet_well_volume_m3 numeric(8,1),
    built_year smallint
);
CREATE TABLE boreholes (
    borehole_id serial PRIMARY KEY,
    works_id int REFERENCES treatment_works(works_id),
    drilled_on date,
    depth_m numeric(6,1),
    casing_diameter_mm smallint,
    static_water_level_m numeric(6,2),
    yield_m3_per_day numeric(8,1),
    licensed_abstraction_m3_day numeric(8,1)
);
CREATE TABLE mains (
    main_id serial PRIMARY KEY,
    from_works int REFERENCES treatment_works(works_id),
    material varchar(20) CHECK (material IN ('ductile iron','PE100','steel','PVC','asbestos cement')),
    diameter_mm smallint,
    length_km numeric(7,2),
    laid_year smallint,
    pressure_rating_bar numeric(4,1),
    leakage_pct numeric(5,2)
);
CREATE TABLE contractors (
    contractor_id serial PRIMARY KEY,
    company_name varchar(120) NOT NULL,
    incorporation_date date,
    employees integer,
    annual_turnover numeric(14,2),
    credit_limit numeric(12,2),
    insurance_cover numeric(14,2),
    safety_rating numeric(3,1)
);
CREATE TABLE contracts (
    contract_id serial PRIMARY KEY,
    contractor_id int NOT NULL REFERENCES contractors(contractor_id),
    works_id int REFERENCES treatment_works(works_id),
    title varchar(200),
    awarded_on date,
    contract_value numeric(14,2),
    retention_pct numeric(4,2),
    liquidated_damages_per_day numeric(10,2),
    duration_months smallint
);
CREATE TABLE customer_accounts (
    account_no bigint PRIMARY KEY,
    customer_type char(1) CHECK (customer_type IN ('D','C','I')),
    holder_name varchar(120),
    opened date,
    meter_size_mm smallint,
    annual_consumption_m3 numeric(10,1),
    balance_due numeric(10,2),
    credit_limit numeric(10,2),
    household_size smallint
);
CREATE TABLE abstraction_licences (
    licence_no varchar(20) PRIMARY KEY,
    reservoir_id int REFERENCES reservoirs(reservoir_id),
    issued date NOT NULL,
    expires date,
    max_daily_ml numeric(8,2),
    annual_fee numeric(10,2),
    breach_fine numeric(12,2)
);
