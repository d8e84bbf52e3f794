-- realism_unseen18a: a construction company's project management (tune schema of r11, session 6).
-- Written before any change of r11's branch (base d0f85bb).
CREATE TYPE project_status AS ENUM ('tendering', 'awarded', 'mobilising', 'in_progress', 'practical_completion', 'closed');
CREATE TYPE rfi_status AS ENUM ('open', 'answered', 'closed', 'void');

CREATE TABLE trades (
    trade_id      serial PRIMARY KEY,
    trade_name    varchar(60) NOT NULL UNIQUE,
    csi_division  varchar(8),
    is_licensed   smallint NOT NULL DEFAULT 0
);

CREATE TABLE contractors (
    contractor_id serial PRIMARY KEY,
    company_name  varchar(120) NOT NULL,
    abn           varchar(14) UNIQUE,
    trade_id      int REFERENCES trades,
    parent_contractor_id int REFERENCES contractors(contractor_id),  -- subcontractor of
    contact_name  varchar(100),
    contact_phone varchar(25),
    email         varchar(120),
    insurance_expiry date,
    prequal_grade varchar(2),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE projects (
    project_id    serial PRIMARY KEY,
    project_code  varchar(12) NOT NULL UNIQUE,
    project_name  varchar(150) NOT NULL,
    client_name   varchar(120) NOT NULL,
    contract_type varchar(40),
    contract_value numeric(14,2) NOT NULL CHECK (contract_value > 0),
    status        project_status NOT NULL DEFAULT 'tendering',
    start_date    date,
    target_completion date,
    actual_completion date,
    project_manager varchar(100),
    building_type varchar(40),
    gross_floor_area_m2 numeric(10,1)
);

CREATE TABLE sites (
    site_id       serial PRIMARY KEY,
    project_id    int NOT NULL REFERENCES projects,
    site_name     varchar(100) NOT NULL,
    street_address varchar(200),
    city          varchar(80),
    postcode      varchar(10),
    soil_class    varchar(20),
    site_area_m2  numeric(10,1)
);

CREATE TABLE equipment (
    equipment_id  serial PRIMARY KEY,
    asset_tag     varchar(16) UNIQUE,
    equipment_name varchar(80) NOT NULL,
    category      varchar(40),
    make          varchar(40),
    model         varchar(40),
    fuel_type     varchar(20),
    hire_rate_daily numeric(10,2),
    owned         boolean NOT NULL DEFAULT true,
    engine_hours  integer,
    condition     varchar(20)
);

CREATE TABLE equipment_hire (
    hire_id       bigserial PRIMARY KEY,
    equipment_id  int NOT NULL REFERENCES equipment,
    site_id       int NOT NULL REFERENCES sites,
    hired_from    date NOT NULL,
    hired_to      date,
    operator_included boolean NOT NULL DEFAULT false,
    off_hire_reason varchar(80),
    total_cost    numeric(12,2)
);

CREATE TABLE materials (
    material_id   serial PRIMARY KEY,
    material_name varchar(100) NOT NULL,
    material_type varchar(40),
    grade         varchar(20),
    unit          varchar(10) NOT NULL,
    unit_cost     numeric(10,2)
);

CREATE TABLE material_deliveries (
    delivery_id   bigserial PRIMARY KEY,
    site_id       int NOT NULL REFERENCES sites,
    material_id   int NOT NULL REFERENCES materials,
    supplier      varchar(120),
    docket_no     varchar(20),
    qty           numeric(10,2) NOT NULL CHECK (qty > 0),
    delivered_at  timestamptz NOT NULL,
    rejected      smallint NOT NULL DEFAULT 0,
    rejection_reason varchar(120),
    crew_name     varchar(60)
);

CREATE TABLE daily_logs (
    log_id        bigserial PRIMARY KEY,
    site_id       int NOT NULL REFERENCES sites,
    log_date      date NOT NULL,
    weather       varchar(30),
    temp_max_c    numeric(4,1),
    rainfall_mm   numeric(5,1),
    workers_on_site smallint,
    work_summary  text,
    delays        text,
    logged_epoch  bigint,
    UNIQUE (site_id, log_date)
);

CREATE TABLE inspections (
    inspection_id serial PRIMARY KEY,
    site_id       int NOT NULL REFERENCES sites,
    inspection_type varchar(40) NOT NULL,
    inspector     varchar(100),
    inspected_on  date NOT NULL,
    outcome       varchar(20) CHECK (outcome IN ('pass', 'fail', 'conditional')),
    findings      text
);

CREATE TABLE punch_items (
    punch_id      serial PRIMARY KEY,
    site_id       int NOT NULL REFERENCES sites,
    trade_id      int REFERENCES trades,
    location_ref  varchar(40),
    defect_category varchar(40),
    description   varchar(300) NOT NULL,
    priority      varchar(10),
    raised_on     date NOT NULL,
    closed_on     date,
    photos        jsonb
);

CREATE TABLE rfis (
    rfi_id        serial PRIMARY KEY,
    project_id    int NOT NULL REFERENCES projects,
    rfi_number    varchar(12) NOT NULL,
    subject       varchar(200) NOT NULL,
    question      text,
    discipline    varchar(30),
    status        rfi_status NOT NULL DEFAULT 'open',
    raised_by     int REFERENCES contractors,
    dateRaised    date NOT NULL,
    dateAnswered  date
);

CREATE TABLE change_orders (
    co_id         serial PRIMARY KEY,
    project_id    int NOT NULL REFERENCES projects,
    co_number     varchar(12) NOT NULL,
    reason        varchar(60),
    description   text,
    amount        numeric(12,2) NOT NULL,
    days_extension smallint DEFAULT 0,
    approved      boolean
);

CREATE TABLE safety_incidents (
    incident_id   serial PRIMARY KEY,
    site_id       int NOT NULL REFERENCES sites,
    occurred_at   timestamptz NOT NULL,
    incident_type varchar(40) NOT NULL,
    severity      varchar(20),
    injury_type   varchar(40),
    body_part     varchar(30),
    lost_time_days smallint DEFAULT 0,
    root_cause    varchar(60)
);
