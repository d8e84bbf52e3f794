-- Wind farm operator: asset & O&M database (sites, WTGs, SCADA, work orders)

CREATE TYPE wtg_op_state AS ENUM ('running', 'stopped', 'maintenance', 'fault', 'curtailed');

CREATE TABLE wind_farms (
    farm_id              serial PRIMARY KEY,
    farm_code            varchar(8)    NOT NULL UNIQUE,
    farm_name            text          NOT NULL,
    country_code         char(2)       NOT NULL,
    is_offshore          boolean       NOT NULL DEFAULT false,
    grid_capacity_mw     numeric(8,2)  NOT NULL CHECK (grid_capacity_mw > 0),
    cod_date             date,
    ppa_price_eur_mwh    numeric(8,2),
    farm_status          text          NOT NULL DEFAULT 'operational'
                         CHECK (farm_status IN ('construction', 'operational', 'repowering', 'decommissioned'))
);

CREATE TABLE wtg_models (
    model_id             serial PRIMARY KEY,
    oem                  text          NOT NULL,
    model_name           text          NOT NULL,
    rated_kw             integer       NOT NULL CHECK (rated_kw > 0),
    rotor_diam_m         numeric(6,1)  NOT NULL,
    is_direct_drive      boolean       NOT NULL DEFAULT false,
    UNIQUE (oem, model_name)
);

CREATE TABLE wtgs (
    wtg_id               serial PRIMARY KEY,
    farm_id              integer       NOT NULL REFERENCES wind_farms(farm_id),
    model_id             integer       NOT NULL REFERENCES wtg_models(model_id),
    wtg_tag              varchar(12)   NOT NULL,
    hub_height_m         numeric(6,1)  NOT NULL CHECK (hub_height_m BETWEEN 40 AND 200),
    commissioned_on      date,
    op_state             wtg_op_state  NOT NULL DEFAULT 'running',
    last_service_on      date,
    lat                  numeric(9,6)  NOT NULL,
    lon                  numeric(9,6)  NOT NULL,
    UNIQUE (farm_id, wtg_tag)
);

CREATE TABLE scada_alarms (
    alarm_id             bigserial PRIMARY KEY,
    wtg_id               integer       NOT NULL REFERENCES wtgs(wtg_id),
    alarm_code           integer       NOT NULL,
    severity             text          NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    raised_at            timestamptz   NOT NULL,
    cleared_at           timestamptz,
    is_acked             boolean       NOT NULL DEFAULT false
);

CREATE TABLE technicians (
    tech_id              serial PRIMARY KEY,
    full_name            text          NOT NULL,
    employer             text          NOT NULL CHECK (employer IN ('in_house', 'oem', 'isp')),
    gwo_certified        boolean       NOT NULL DEFAULT true,
    hourly_rate          numeric(7,2)  NOT NULL CHECK (hourly_rate > 0),
    home_farm_id         integer       REFERENCES wind_farms(farm_id)
);

CREATE TABLE work_orders (
    wo_id                serial PRIMARY KEY,
    wtg_id               integer       NOT NULL REFERENCES wtgs(wtg_id),
    assigned_tech_id     integer       REFERENCES technicians(tech_id),
    wo_type              text          NOT NULL CHECK (wo_type IN ('corrective', 'preventive', 'inspection', 'retrofit')),
    priority             smallint      NOT NULL CHECK (priority BETWEEN 1 AND 4),
    wo_status            text          NOT NULL DEFAULT 'open'
                         CHECK (wo_status IN ('open', 'scheduled', 'in_progress', 'completed', 'cancelled')),
    opened_at            timestamptz   NOT NULL,
    due_date             date,
    closed_at            timestamptz,
    est_cost_eur         numeric(12,2),
    summary              text          NOT NULL
);

CREATE TABLE spare_parts (
    part_id              serial PRIMARY KEY,
    part_no              varchar(24)   NOT NULL UNIQUE,
    descr                text          NOT NULL,
    category             text          NOT NULL
                         CHECK (category IN ('gearbox', 'blade', 'generator', 'pitch', 'yaw', 'converter', 'consumable')),
    stock_qty            integer       NOT NULL DEFAULT 0 CHECK (stock_qty >= 0),
    reorder_lvl          integer       NOT NULL DEFAULT 0,
    unit_price_eur       numeric(10,2) NOT NULL
);

CREATE TABLE wo_parts (
    wo_part_id           serial PRIMARY KEY,
    wo_id                integer       NOT NULL REFERENCES work_orders(wo_id),
    part_id              integer       NOT NULL REFERENCES spare_parts(part_id),
    qty                  integer       NOT NULL CHECK (qty > 0),
    unit_cost_eur        numeric(10,2) NOT NULL
);

CREATE TABLE blade_inspections (
    insp_id              serial PRIMARY KEY,
    wtg_id               integer       NOT NULL REFERENCES wtgs(wtg_id),
    blade_pos            char(1)       NOT NULL CHECK (blade_pos IN ('A', 'B', 'C')),
    inspected_on         date          NOT NULL,
    method               text          NOT NULL CHECK (method IN ('drone', 'rope_access', 'ground_camera')),
    damage_cat           smallint      NOT NULL CHECK (damage_cat BETWEEN 0 AND 5),
    le_erosion           boolean       NOT NULL DEFAULT false,
    notes                text
);

CREATE TABLE curtailments (
    curt_id              serial PRIMARY KEY,
    farm_id              integer       NOT NULL REFERENCES wind_farms(farm_id),
    start_ts             timestamptz   NOT NULL,
    end_ts               timestamptz   NOT NULL,
    reason               text          NOT NULL
                         CHECK (reason IN ('grid_constraint', 'noise', 'bat_protection', 'shadow_flicker', 'market')),
    lost_mwh             numeric(10,3) NOT NULL CHECK (lost_mwh >= 0),
    is_compensated       boolean       NOT NULL DEFAULT false,
    CHECK (end_ts > start_ts)
);

CREATE TABLE prod_daily (
    wtg_id               integer       NOT NULL REFERENCES wtgs(wtg_id),
    prod_date            date          NOT NULL,
    energy_mwh           numeric(9,3)  NOT NULL CHECK (energy_mwh >= 0),
    availability_pct     numeric(5,2)  NOT NULL CHECK (availability_pct BETWEEN 0 AND 100),
    avg_wind_ms          numeric(5,2),
    PRIMARY KEY (wtg_id, prod_date)
);
