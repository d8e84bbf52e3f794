-- Aircraft maintenance log
CREATE TABLE operators (
    operator_id SERIAL PRIMARY KEY,
    icao_code CHAR(3) NOT NULL UNIQUE,
    operator_name TEXT NOT NULL,
    aoc_number VARCHAR(20),
    aoc_valid_from DATE,
    aoc_valid_to DATE,
    founded_year SMALLINT
);

CREATE TABLE aircraft (
    aircraft_id SERIAL PRIMARY KEY,
    operator_id INT NOT NULL REFERENCES operators(operator_id),
    tail_number VARCHAR(10) NOT NULL UNIQUE,
    manufacturer TEXT,
    type_designator VARCHAR(8),
    serial_number VARCHAR(20),
    manufactured_date DATE,
    delivered_date DATE,
    total_flight_hours NUMERIC(9,1),
    total_cycles INTEGER,
    registered_at TIMESTAMP NOT NULL,
    deregistered_at TIMESTAMP
);

CREATE TABLE technicians (
    tech_id SERIAL PRIMARY KEY,
    full_name TEXT NOT NULL,
    licence_no VARCHAR(20) UNIQUE,
    licence_category VARCHAR(4),
    birth_date DATE NOT NULL,
    hired_on DATE NOT NULL,
    terminated_on DATE,
    licence_expiry DATE
);

CREATE TABLE work_orders (
    wo_id BIGSERIAL PRIMARY KEY,
    aircraft_id INT NOT NULL REFERENCES aircraft(aircraft_id),
    wo_number VARCHAR(16) NOT NULL UNIQUE,
    raised_at TIMESTAMPTZ NOT NULL,
    approved_at TIMESTAMPTZ,
    scheduled_start DATE,
    scheduled_end DATE,
    started_at TIMESTAMPTZ,
    completed_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    priority TEXT,
    status VARCHAR(16) NOT NULL CHECK (status IN ('open','approved','in_progress','completed','closed','cancelled')),
    estimated_hours NUMERIC(6,1)
);

CREATE TABLE defects (
    defect_id BIGSERIAL PRIMARY KEY,
    aircraft_id INT NOT NULL REFERENCES aircraft(aircraft_id),
    wo_id BIGINT REFERENCES work_orders(wo_id),
    reported_at TIMESTAMPTZ NOT NULL,
    reported_by TEXT,
    ata_chapter VARCHAR(5),
    description TEXT NOT NULL,
    deferred_until DATE,
    rectified_at TIMESTAMPTZ,
    mel_category CHAR(1)
);

CREATE TABLE task_cards (
    card_id BIGSERIAL PRIMARY KEY,
    wo_id BIGINT NOT NULL REFERENCES work_orders(wo_id),
    tech_id INT REFERENCES technicians(tech_id),
    task_code VARCHAR(20),
    assigned_at TIMESTAMPTZ,
    start_time TIMESTAMPTZ,
    finish_time TIMESTAMPTZ,
    inspected_at TIMESTAMPTZ,
    labour_hours NUMERIC(5,2),
    signed_off BOOLEAN DEFAULT false
);

CREATE TABLE parts_orders (
    po_id SERIAL PRIMARY KEY,
    wo_id BIGINT REFERENCES work_orders(wo_id),
    part_number VARCHAR(30) NOT NULL,
    quantity INTEGER NOT NULL,
    ordered_on DATE NOT NULL,
    shipped_on DATE,
    received_on DATE,
    unit_cost_usd NUMERIC(10,2),
    supplier TEXT
);

CREATE TABLE airworthiness_certificates (
    cert_id SERIAL PRIMARY KEY,
    aircraft_id INT NOT NULL REFERENCES aircraft(aircraft_id),
    certificate_no VARCHAR(20) UNIQUE,
    issue_date DATE NOT NULL,
    expiry_date DATE NOT NULL,
    review_interval_days INTEGER,
    renewal_notice_days INTEGER,
    inspection_day_of_month SMALLINT
);

CREATE TABLE component_installs (
    install_id BIGSERIAL PRIMARY KEY,
    aircraft_id INT NOT NULL REFERENCES aircraft(aircraft_id),
    part_serial VARCHAR(30),
    installed_on DATE NOT NULL,
    removed_on DATE,
    hours_at_install NUMERIC(9,1),
    life_limit_hours INTEGER,
    removal_reason TEXT
);
