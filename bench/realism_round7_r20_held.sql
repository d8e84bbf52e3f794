-- Vehicle registry (state DMV style)
CREATE TABLE owners (
    owner_id        BIGSERIAL PRIMARY KEY,
    first_name      VARCHAR(60) NOT NULL,
    last_name       VARCHAR(80) NOT NULL,
    date_of_birth   DATE NOT NULL,
    is_minor        BOOLEAN NOT NULL DEFAULT false,
    street_address  VARCHAR(200),
    city            VARCHAR(80),
    postal_code     VARCHAR(10),
    deceased_on     DATE,
    created_at      TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE vehicles (
    vehicle_id      BIGSERIAL PRIMARY KEY,
    vin             CHAR(17) NOT NULL UNIQUE,
    make            VARCHAR(40) NOT NULL,
    model           VARCHAR(60) NOT NULL,
    model_year      SMALLINT NOT NULL,
    body_type       VARCHAR(30),
    color           VARCHAR(30),
    curb_weight_kg  INTEGER,
    fuel_type       VARCHAR(20),
    scrapped_on     DATE,
    is_scrapped     BOOLEAN NOT NULL DEFAULT false,
    stolen_reported_at TIMESTAMP,
    "isStolen"      BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE registrations (
    registration_id BIGSERIAL PRIMARY KEY,
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles(vehicle_id),
    owner_id        BIGINT NOT NULL REFERENCES owners(owner_id),
    plate_number    VARCHAR(10) NOT NULL,
    registered_on   DATE NOT NULL,
    expires_on      DATE NOT NULL,
    is_expired      BOOLEAN NOT NULL DEFAULT false,
    cancelled_on    DATE,
    is_current      BOOLEAN NOT NULL DEFAULT true,
    fee_paid_cents  INTEGER NOT NULL
);

CREATE TYPE title_status AS ENUM ('clean', 'salvage', 'rebuilt', 'junk', 'transferred');

CREATE TABLE titles (
    title_id        BIGSERIAL PRIMARY KEY,
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles(vehicle_id),
    owner_id        BIGINT NOT NULL REFERENCES owners(owner_id),
    title_number    VARCHAR(20) NOT NULL UNIQUE,
    issued_on       DATE NOT NULL,
    transferred_on  DATE,
    status          title_status NOT NULL DEFAULT 'clean',
    odometer_miles  INTEGER,
    lienholder_name VARCHAR(120)
);

CREATE TABLE inspections (
    inspection_id   BIGSERIAL PRIMARY KEY,
    vehicle_id      BIGINT NOT NULL REFERENCES vehicles(vehicle_id),
    inspected_at    TIMESTAMP NOT NULL,
    station_code    VARCHAR(12) NOT NULL,
    passed          BOOLEAN NOT NULL,
    next_due_on     DATE,
    is_overdue      BOOLEAN NOT NULL DEFAULT false,
    emissions_co_pct NUMERIC(5,2),
    inspector_notes TEXT
);

CREATE TABLE driver_licenses (
    license_no      VARCHAR(16) PRIMARY KEY,
    owner_id        BIGINT NOT NULL REFERENCES owners(owner_id),
    license_class   CHAR(1) NOT NULL,
    issued_on       DATE NOT NULL,
    expiry_date     DATE NOT NULL,
    suspended_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    status          VARCHAR(16) NOT NULL,
    "isValid"       BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE traffic_citations (
    citation_id     BIGSERIAL PRIMARY KEY,
    license_no      VARCHAR(16) REFERENCES driver_licenses(license_no),
    vehicle_id      BIGINT REFERENCES vehicles(vehicle_id),
    issued_at       TIMESTAMP NOT NULL,
    violation_code  VARCHAR(10) NOT NULL,
    fine_amount     NUMERIC(8,2) NOT NULL,
    due_date        DATE NOT NULL,
    paid_at         TIMESTAMP,
    dismissed_at    TIMESTAMP,
    overdue         BOOLEAN NOT NULL DEFAULT false
);
