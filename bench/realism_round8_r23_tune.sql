-- Grazing station operations (cattle and sheep)
CREATE TABLE stations (
    station_id      serial PRIMARY KEY,
    station_name    varchar(80) NOT NULL,
    shire           varchar(60),
    total_area_ha   numeric(10,1),
    manager_name    varchar(80),
    established     date
);

CREATE TABLE paddocks (
    paddock_id      serial PRIMARY KEY,
    station_id      int NOT NULL REFERENCES stations(station_id),
    paddock_name    varchar(60) NOT NULL,
    area_ha         numeric(8,1),
    pasture_type    varchar(40),
    fence_condition varchar(20) CHECK (fence_condition IN ('good','fair','poor')),
    last_spelled    date,
    notes           text
);

CREATE TABLE yards (
    yard_id         serial PRIMARY KEY,
    station_id      int NOT NULL REFERENCES stations(station_id),
    yard_name       varchar(60),
    capacity_head   int,
    has_crush       boolean DEFAULT true,
    built_year      smallint
);

CREATE TABLE water_points (
    water_point_id  serial PRIMARY KEY,
    paddock_id      int REFERENCES paddocks(paddock_id),
    name            varchar(60),
    source_kind     varchar(20) CHECK (source_kind IN ('bore','dam','trough','creek')),
    depth_m         numeric(6,1),
    last_checked    timestamp,
    remarks         varchar(255)
);

CREATE TABLE mobs (
    mob_id          serial PRIMARY KEY,
    paddock_id      int REFERENCES paddocks(paddock_id),
    mob_name        varchar(60),
    species         varchar(10) CHECK (species IN ('cattle','sheep')),
    head_count      int,
    breed           varchar(40),
    description     text
);

CREATE TABLE animals (
    animal_id       bigserial PRIMARY KEY,
    mob_id          int REFERENCES mobs(mob_id),
    nlis_tag        char(16),
    sex             char(1),
    birth_date      date,
    sire_name       varchar(60),
    weight_kg       numeric(6,1),
    status          varchar(12) DEFAULT 'on_hand'
);

CREATE TABLE stock_movements (
    movement_id     serial PRIMARY KEY,
    mob_id          int NOT NULL REFERENCES mobs(mob_id),
    from_paddock_id int REFERENCES paddocks(paddock_id),
    to_paddock_id   int REFERENCES paddocks(paddock_id),
    moved_on        date NOT NULL,
    head_moved      int,
    drover          varchar(80),
    comments        text
);

CREATE TABLE vet_treatments (
    treatment_id    serial PRIMARY KEY,
    animal_id       bigint REFERENCES animals(animal_id),
    treated_on      date,
    product         varchar(80),
    dose_ml         numeric(6,2),
    withholding_days int,
    vet_name        varchar(80),
    reason          varchar(120)
);

CREATE TABLE pasture_assessments (
    assessment_id   serial PRIMARY KEY,
    paddock_id      int NOT NULL REFERENCES paddocks(paddock_id),
    assessed_on     date,
    feed_kg_dm_ha   int,
    ground_cover_pct smallint CHECK (ground_cover_pct BETWEEN 0 AND 100),
    condition       varchar(20),
    assessor        varchar(80),
    summary         text
);

CREATE TABLE daily_diary (
    entry_id        serial PRIMARY KEY,
    station_id      int REFERENCES stations(station_id),
    entry_date      date NOT NULL,
    weather         varchar(40),
    rainfall_mm     numeric(5,1),
    crew_on_duty    smallint,
    entered_by      varchar(80),
    summary         text
);
