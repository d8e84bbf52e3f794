-- Car rental / equipment hire company
CREATE TABLE branches (
    branch_id SERIAL PRIMARY KEY,
    branch_code VARCHAR(8) NOT NULL UNIQUE,
    name TEXT NOT NULL,
    city TEXT,
    phone VARCHAR(20),
    opened_on DATE NOT NULL,
    closed_on DATE,
    opening_hour SMALLINT
);

CREATE TABLE customers (
    id BIGSERIAL PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email VARCHAR(255) UNIQUE,
    date_of_birth DATE NOT NULL,
    licence_number VARCHAR(20),
    licence_issued_date DATE,
    licence_expiry_date DATE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    loyalty_tier TEXT
);

CREATE TABLE vehicles (
    vehicle_id SERIAL PRIMARY KEY,
    branch_id INT NOT NULL REFERENCES branches(branch_id),
    registration_plate VARCHAR(10) NOT NULL UNIQUE,
    make TEXT NOT NULL,
    model TEXT NOT NULL,
    model_year SMALLINT,
    odometer_km INTEGER NOT NULL,
    daily_rate NUMERIC(8,2) NOT NULL,
    acquired_date DATE NOT NULL,
    disposed_date DATE,
    status VARCHAR(12) NOT NULL CHECK (status IN ('available','rented','maintenance','retired')),
    next_service_due DATE
);

CREATE TABLE equipment_items (
    item_id SERIAL PRIMARY KEY,
    branch_id INT REFERENCES branches(branch_id),
    asset_tag VARCHAR(16) UNIQUE,
    description TEXT,
    category TEXT,
    weight_kg NUMERIC(7,1),
    purchase_date DATE,
    warranty_expires DATE,
    last_inspected_at TIMESTAMP,
    inspection_interval_days INTEGER
);

CREATE TABLE reservations (
    reservation_id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    vehicle_id INT REFERENCES vehicles(vehicle_id),
    pickup_branch_id INT NOT NULL REFERENCES branches(branch_id),
    booked_at TIMESTAMPTZ NOT NULL,
    confirmed_at TIMESTAMPTZ,
    pickup_date DATE NOT NULL,
    return_date DATE NOT NULL,
    cancelled_at TIMESTAMPTZ,
    reservation_status TEXT NOT NULL,
    quoted_total NUMERIC(10,2)
);

CREATE TABLE rental_agreements (
    agreement_id BIGSERIAL PRIMARY KEY,
    reservation_id BIGINT REFERENCES reservations(reservation_id),
    signed_at TIMESTAMPTZ NOT NULL,
    checked_out_at TIMESTAMPTZ NOT NULL,
    checked_in_at TIMESTAMPTZ,
    odometer_out INTEGER,
    odometer_in INTEGER,
    fuel_level_out_pct SMALLINT,
    deposit_amount NUMERIC(8,2),
    late_fee NUMERIC(8,2)
);

CREATE TABLE equipment_hires (
    hire_id SERIAL PRIMARY KEY,
    item_id INT NOT NULL REFERENCES equipment_items(item_id),
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    requested_on DATE NOT NULL,
    dispatched_at TIMESTAMP,
    delivered_at TIMESTAMP,
    collected_at TIMESTAMP,
    hire_start DATE NOT NULL,
    hire_end DATE NOT NULL,
    weekly_rate NUMERIC(8,2)
);

CREATE TABLE invoices (
    invoice_id BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT REFERENCES rental_agreements(agreement_id),
    invoice_no VARCHAR(20) UNIQUE NOT NULL,
    issue_date DATE NOT NULL,
    due_date DATE NOT NULL,
    paid_at TIMESTAMPTZ,
    amount_due NUMERIC(10,2) NOT NULL,
    payment_terms_days INTEGER,
    billing_day SMALLINT,
    period_start DATE,
    period_end DATE
);

CREATE TABLE damage_reports (
    report_id SERIAL PRIMARY KEY,
    agreement_id BIGINT NOT NULL REFERENCES rental_agreements(agreement_id),
    reported_at TIMESTAMPTZ NOT NULL,
    assessed_at TIMESTAMPTZ,
    repair_completed_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    severity VARCHAR(10),
    estimated_cost NUMERIC(9,2),
    notes TEXT
);
