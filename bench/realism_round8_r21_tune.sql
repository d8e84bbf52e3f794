-- An aquaculture company: fish farms, ponds and cages, stockings, feedings, water quality,
-- harvests, boats, staff and incidents.
CREATE TABLE farms (
    farm_id serial PRIMARY KEY,
    farm_name varchar(120) NOT NULL,
    licence_no varchar(30) UNIQUE,
    total_area_ha numeric(8,2),
    water_source varchar(40),
    max_biomass_tonnes numeric(10,1),
    staff_count integer
);
CREATE TABLE ponds (
    id serial PRIMARY KEY,
    farm_id integer NOT NULL REFERENCES farms(farm_id),
    pond_code varchar(12) NOT NULL,
    pond_type varchar(20) CHECK (pond_type IN ('earthen','concrete','cage','raceway','tank')),
    surface_area_m2 numeric(10,1),
    depth_m numeric(4,2),
    volume_m3 numeric(10,1),
    aerator_power_kw numeric(6,2),
    stocking_density_per_m3 numeric(6,2),
    is_active boolean DEFAULT true
);
CREATE TABLE species (
    species_id serial PRIMARY KEY,
    common_name varchar(80) NOT NULL,
    optimal_temp_c numeric(4,1),
    min_ph numeric(3,1),
    max_ph numeric(3,1),
    market_weight_g integer,
    days_to_harvest integer
);
CREATE TABLE stockings (
    stocking_id bigserial PRIMARY KEY,
    pond_id integer NOT NULL REFERENCES ponds(id),
    species_id integer NOT NULL REFERENCES species(species_id),
    stocked_on date NOT NULL,
    fingerling_count integer NOT NULL,
    avg_weight_g numeric(7,2),
    survival_rate numeric(3,2),
    cost_per_thousand numeric(8,2)
);
CREATE TABLE feedings (
    feeding_id bigserial PRIMARY KEY,
    pond_id integer REFERENCES ponds(id),
    fed_at timestamp NOT NULL,
    feed_kg numeric(8,2),
    protein_pct numeric(4,1),
    feed_conversion_ratio numeric(4,2),
    feeding_rate_pct_bw numeric(4,2),
    price_per_kg numeric(6,2)
);
CREATE TABLE water_quality_logs (
    log_id bigserial PRIMARY KEY,
    pond_id integer NOT NULL REFERENCES ponds(id),
    sampled_at timestamp NOT NULL,
    water_temp_c numeric(4,1),
    ph numeric(4,2),
    dissolved_oxygen_mg_l numeric(5,2),
    ammonia_mg_l numeric(6,3),
    nitrite_mg_l numeric(6,3),
    salinity_ppt numeric(5,2),
    turbidity_ntu numeric(6,1),
    alkalinity_mg_l numeric(6,1)
);
CREATE TABLE harvests (
    harvest_id bigserial PRIMARY KEY,
    stocking_id bigint NOT NULL REFERENCES stockings(stocking_id),
    harvested_on date NOT NULL,
    total_weight_kg numeric(10,1),
    fish_count integer,
    avg_fish_weight_g numeric(7,1),
    yield_kg_per_ha numeric(8,1),
    mortality_pct numeric(5,2),
    price_per_kg numeric(6,2)
);
CREATE TABLE boats (
    boat_id serial PRIMARY KEY,
    farm_id integer REFERENCES farms(farm_id),
    length_m numeric(5,2),
    engine_hp integer,
    fuel_capacity_l integer,
    max_crew smallint
);
CREATE TABLE employees (
    employee_id serial PRIMARY KEY,
    farm_id integer REFERENCES farms(farm_id),
    full_name varchar(120) NOT NULL,
    role varchar(40),
    hourly_wage numeric(6,2),
    hours_per_week numeric(4,1),
    overtime_hours_per_month numeric(5,1)
);
CREATE TABLE incidents (
    incident_id serial PRIMARY KEY,
    farm_id integer NOT NULL REFERENCES farms(farm_id),
    occurred_at timestamp NOT NULL,
    incident_type varchar(40),
    fish_lost integer,
    persons_injured smallint,
    staff_involved smallint,
    hours_lost numeric(4,1),
    estimated_loss_usd numeric(12,2)
);
CREATE TABLE monthly_kpis (
    farm_id integer REFERENCES farms(farm_id),
    month date,
    biomass_kg numeric(12,1),
    feed_cost_per_kg_fish numeric(6,2),
    mortality_per_1000 numeric(6,2),
    energy_use_kwh numeric(10,1),
    water_exchange_pct_per_day numeric(5,2),
    occupancy_rate numeric(5,2),
    PRIMARY KEY (farm_id, month)
);
