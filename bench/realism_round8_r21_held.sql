-- A forestry and sawmill business: forest stands, inventory plots, felling, haulage, the mill,
-- kilns, timber lots, sales and safety.
CREATE TABLE Forests (
    ForestID int PRIMARY KEY,
    Name varchar(100) NOT NULL,
    County varchar(60),
    AreaHa decimal(9,1),
    Certification varchar(20),
    AnnualAllowableCut_m3 decimal(10,1),
    AvgSlopePercent decimal(4,1)
);
CREATE TABLE stands (
    stand_id serial PRIMARY KEY,
    forest_id int NOT NULL REFERENCES Forests(ForestID),
    stand_no varchar(10),
    dominant_species varchar(40),
    area_ha numeric(7,2),
    age_years smallint,
    site_index numeric(4,1),
    stems_per_ha integer,
    basal_area_m2_per_ha numeric(5,1),
    standing_volume_m3_per_ha numeric(6,1),
    canopy_cover_pct smallint CHECK (canopy_cover_pct BETWEEN 0 AND 100)
);
CREATE TABLE inventory_plots (
    plot_id serial PRIMARY KEY,
    stand_id int NOT NULL REFERENCES stands(stand_id),
    measured_on date,
    plot_radius_m numeric(4,2),
    tree_count smallint,
    mean_dbh_cm numeric(5,1),
    mean_height_m numeric(4,1),
    soil_ph numeric(3,1),
    soil_moisture_pct numeric(4,1)
);
CREATE TABLE machines (
    machine_id serial PRIMARY KEY,
    machine_type varchar(30) NOT NULL,
    make varchar(40),
    engine_power_kw integer,
    operating_weight_t numeric(5,1),
    fuel_use_l_per_hour numeric(5,1),
    engine_hours integer,
    purchased_on date
);
CREATE TABLE fellings (
    felling_id serial PRIMARY KEY,
    stand_id int NOT NULL REFERENCES stands(stand_id),
    machine_id int REFERENCES machines(machine_id),
    started_on date NOT NULL,
    finished_on date,
    felled_trees integer,
    volume_m3 numeric(8,1),
    productivity_m3_per_hour numeric(5,1),
    cut_type varchar(20)
);
CREATE TABLE haul_loads (
    load_id bigserial PRIMARY KEY,
    felling_id int NOT NULL REFERENCES fellings(felling_id),
    truck_reg varchar(12),
    loaded_at timestamp,
    log_count smallint,
    gross_weight_kg integer,
    net_volume_m3 numeric(5,2),
    haul_distance_km numeric(6,1),
    moisture_content_pct numeric(4,1)
);
CREATE TABLE kilns (
    kiln_id serial PRIMARY KEY,
    capacity_m3 numeric(6,1),
    max_temp_c smallint,
    heating_power_kw numeric(7,1),
    chamber_length_m numeric(4,1)
);
CREATE TABLE kiln_runs (
    run_id serial PRIMARY KEY,
    kiln_id int NOT NULL REFERENCES kilns(kiln_id),
    started_at timestamp,
    ended_at timestamp,
    charge_volume_m3 numeric(6,1),
    initial_mc_pct numeric(4,1),
    final_mc_pct numeric(4,1),
    energy_kwh numeric(9,1),
    avg_relative_humidity numeric(4,1)
);
CREATE TABLE timber_lots (
    lot_id serial PRIMARY KEY,
    run_id int REFERENCES kiln_runs(run_id),
    grade varchar(10),
    board_thickness_mm smallint,
    board_width_mm smallint,
    board_length_m numeric(3,1),
    pieces integer,
    volume_m3 numeric(6,2),
    price_per_m3 numeric(8,2),
    defect_rate numeric(3,2)
);
CREATE TABLE Customers (
    CustomerId int PRIMARY KEY,
    CompanyName varchar(120) NOT NULL,
    CreditLimit decimal(12,2),
    DiscountPct decimal(4,1),
    PaymentTermsDays smallint
);
CREATE TABLE safety_reports (
    report_id serial PRIMARY KEY,
    forest_id int REFERENCES Forests(ForestID),
    reported_at timestamp NOT NULL,
    category varchar(40),
    workers_involved smallint,
    injuries smallint,
    lost_time_hours numeric(4,1),
    noise_level_db numeric(4,1),
    severity smallint CHECK (severity BETWEEN 1 AND 5)
);
