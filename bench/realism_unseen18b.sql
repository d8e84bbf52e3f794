-- realism_unseen18b: a museum's collection management (HELD-OUT schema of r11, session 6).
-- Written before any change of r11's branch (base d0f85bb); sampled only for scoring.
CREATE TYPE loan_direction AS ENUM ('incoming', 'outgoing');
CREATE TYPE acquisition_method AS ENUM ('purchase', 'gift', 'bequest', 'transfer', 'field_collection', 'exchange');

CREATE TABLE departments (
    dept_id       serial PRIMARY KEY,
    dept_name     varchar(80) NOT NULL UNIQUE,
    curator_name  varchar(100),
    floor_level   smallint
);

CREATE TABLE makers (
    maker_id      serial PRIMARY KEY,
    display_name  varchar(150) NOT NULL,
    nationality   varchar(60),
    birth_year    smallint,
    death_year    smallint,
    role          varchar(40),
    ulan_id       varchar(12),
    biography     text
);

CREATE TABLE storage_locations (
    location_id   serial PRIMARY KEY,
    parent_location_id int REFERENCES storage_locations(location_id),
    building      varchar(60),
    room          varchar(30),
    unit_code     varchar(20) NOT NULL,
    location_type varchar(30),
    climate_controlled smallint NOT NULL DEFAULT 1,
    target_rh_pct numeric(4,1)
);

CREATE TABLE objects (
    object_id     serial PRIMARY KEY,
    accession_number varchar(20) NOT NULL UNIQUE,
    dept_id       int NOT NULL REFERENCES departments,
    title         varchar(250) NOT NULL,
    object_type   varchar(50),
    materials     varchar(150),
    technique     varchar(60),
    period        varchar(60),
    date_display  varchar(60),
    date_earliest smallint,
    date_latest   smallint,
    culture       varchar(60),
    height_cm     numeric(7,2),
    width_cm      numeric(7,2),
    depth_cm      numeric(7,2),
    weight_kg     numeric(8,3),
    credit_line   varchar(250),
    current_location_id int REFERENCES storage_locations,
    on_display    boolean NOT NULL DEFAULT false,
    insurance_value numeric(14,2),
    rights_status varchar(30),
    createdEpoch  bigint
);

CREATE TABLE object_makers (
    object_id     int NOT NULL REFERENCES objects,
    maker_id      int NOT NULL REFERENCES makers,
    attribution   varchar(40),
    PRIMARY KEY (object_id, maker_id)
);

CREATE TABLE acquisitions (
    acquisition_id serial PRIMARY KEY,
    object_id     int NOT NULL REFERENCES objects,
    method        acquisition_method NOT NULL,
    source_name   varchar(150),
    acquired_on   date NOT NULL,
    price_paid    numeric(12,2),
    currency      char(3) DEFAULT 'GBP',
    provenance_notes text,
    approved_by_board boolean NOT NULL DEFAULT false
);

CREATE TABLE exhibitions (
    exhibition_id serial PRIMARY KEY,
    exhibition_title varchar(200) NOT NULL,
    gallery       varchar(60),
    opens_on      date NOT NULL,
    closes_on     date,
    curator       varchar(100),
    is_touring    boolean NOT NULL DEFAULT false,
    visitor_count integer,
    budget        numeric(12,2)
);

CREATE TABLE exhibition_objects (
    exhibition_id int NOT NULL REFERENCES exhibitions,
    object_id     int NOT NULL REFERENCES objects,
    case_number   varchar(10),
    label_text    text,
    PRIMARY KEY (exhibition_id, object_id)
);

CREATE TABLE loans (
    loan_id       serial PRIMARY KEY,
    loan_ref      varchar(16) NOT NULL UNIQUE,
    direction     loan_direction NOT NULL,
    institution   varchar(150) NOT NULL,
    object_id     int NOT NULL REFERENCES objects,
    loan_start    date NOT NULL,
    loan_end      date,
    purpose       varchar(60),
    courier_required boolean NOT NULL DEFAULT false,
    insurance_value numeric(14,2),
    status        varchar(20) NOT NULL DEFAULT 'requested'
);

CREATE TABLE conservators (
    conservator_id serial PRIMARY KEY,
    full_name     varchar(100) NOT NULL,
    specialism    varchar(50),
    is_external   boolean NOT NULL DEFAULT false,
    email         varchar(120),
    day_rate      numeric(8,2)
);

CREATE TABLE condition_reports (
    report_id     serial PRIMARY KEY,
    object_id     int NOT NULL REFERENCES objects,
    conservator_id int REFERENCES conservators,
    reported_on   date NOT NULL,
    overall_condition varchar(20) CHECK (overall_condition IN ('excellent', 'good', 'fair', 'poor', 'unstable')),
    surface_condition varchar(40),
    damage_type   varchar(40),
    treatment     varchar(80),
    treatment_hours numeric(6,1),
    next_review   date,
    notes         text,
    images        jsonb
);

CREATE TABLE object_movements (
    movement_id   bigserial PRIMARY KEY,
    object_id     int NOT NULL REFERENCES objects,
    from_location_id int REFERENCES storage_locations,
    to_location_id int NOT NULL REFERENCES storage_locations,
    moved_at      timestamptz NOT NULL,
    moved_by      varchar(100),
    reason        varchar(60)
);
