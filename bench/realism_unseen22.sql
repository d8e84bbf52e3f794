-- Held-out schema (round 6, r12): a retail pharmacy chain (stores, pharmacists, prescribers, patients,
-- drugs with NDC codes, prescriptions, fills/dispensing, insurance claims, inventory). Written before any change.

CREATE TYPE rx_status AS ENUM ('received', 'in_review', 'filled', 'ready', 'picked_up', 'cancelled', 'transferred');
CREATE TYPE claim_status AS ENUM ('submitted', 'paid', 'rejected', 'reversed');
CREATE TYPE dea_schedule AS ENUM ('CII', 'CIII', 'CIV', 'CV', 'none');

CREATE TABLE stores (
    store_id        serial PRIMARY KEY,
    store_number    varchar(6) NOT NULL UNIQUE,
    store_name      varchar(120) NOT NULL,
    address_line1   varchar(200) NOT NULL,
    city            varchar(80) NOT NULL,
    state_code      char(2) NOT NULL,
    zip             varchar(10) NOT NULL,
    phone           varchar(20),
    ncpdp_id        char(7) NOT NULL UNIQUE,          -- NCPDP provider id, 7 digits
    npi             char(10) NOT NULL,
    dea_registration varchar(9),
    is24Hours       smallint NOT NULL DEFAULT 0,      -- 0/1
    drive_thru      boolean NOT NULL DEFAULT false,
    opened_on       date NOT NULL,
    district_id     integer
);

CREATE TABLE pharmacists (
    pharmacist_id   serial PRIMARY KEY,
    store_id        integer NOT NULL REFERENCES stores(store_id),
    first_name      varchar(60) NOT NULL,
    last_name       varchar(60) NOT NULL,
    license_number  varchar(20) NOT NULL,
    license_state   char(2) NOT NULL,
    license_expires date NOT NULL,
    role            varchar(20) NOT NULL CHECK (role IN ('pharmacist', 'pharmacist_in_charge', 'technician', 'intern')),
    immunizer_certified boolean NOT NULL DEFAULT false,
    supervisor_id   integer REFERENCES pharmacists(pharmacist_id),
    hired_at        date NOT NULL,
    hourly_rate     numeric(7,2)
);

CREATE TABLE prescribers (
    prescriber_id   serial PRIMARY KEY,
    npi             char(10) NOT NULL UNIQUE,
    dea_number      varchar(9),
    first_name      varchar(60) NOT NULL,
    last_name       varchar(60) NOT NULL,
    credential      varchar(10) NOT NULL,             -- MD, DO, NP, PA, DDS
    specialty       varchar(80),
    practice_phone  varchar(20),
    practice_fax    varchar(20)
);

CREATE TABLE patients (
    patient_id      bigserial PRIMARY KEY,
    first_name      varchar(60) NOT NULL,
    last_name       varchar(60) NOT NULL,
    dob             date NOT NULL,
    sex             char(1) CHECK (sex IN ('M', 'F', 'U')),
    phone           varchar(20),
    email           varchar(200),
    allergies       jsonb NOT NULL DEFAULT '[]',
    preferred_store_id integer REFERENCES stores(store_id),
    text_opt_in     smallint NOT NULL DEFAULT 1,
    created_ts      bigint NOT NULL                   -- epoch seconds
);

CREATE TABLE drugs (
    drug_id         serial PRIMARY KEY,
    ndc             char(11) NOT NULL UNIQUE,         -- 11-digit NDC, no dashes
    brand_name      varchar(120),
    generic_name    varchar(160) NOT NULL,
    strength        varchar(40) NOT NULL,             -- e.g. 500 mg, 10 mg/5 mL
    dosage_form     varchar(40) NOT NULL,             -- tablet, capsule, oral solution ...
    route           varchar(30) NOT NULL,
    manufacturer    varchar(120) NOT NULL,
    schedule        dea_schedule NOT NULL DEFAULT 'none',
    package_size    integer NOT NULL,
    unit_of_measure varchar(10) NOT NULL,             -- EA, ML, GM
    awp_unit_price  numeric(10,4) NOT NULL,           -- average wholesale price per unit
    is_generic      boolean NOT NULL,
    requires_refrigeration boolean NOT NULL DEFAULT false
);

CREATE TABLE insurance_plans (
    plan_id         serial PRIMARY KEY,
    payer_name      varchar(120) NOT NULL,
    bin             char(6) NOT NULL,
    pcn             varchar(10),
    group_number    varchar(15),
    plan_type       varchar(20) NOT NULL CHECK (plan_type IN ('commercial', 'medicare_d', 'medicaid', 'cash_discount')),
    generic_copay   numeric(6,2),
    brand_copay     numeric(6,2)
);

CREATE TABLE prescriptions (
    rx_id           bigserial PRIMARY KEY,
    rx_number       varchar(10) NOT NULL UNIQUE,
    patient_id      bigint NOT NULL REFERENCES patients(patient_id),
    prescriber_id   integer NOT NULL REFERENCES prescribers(prescriber_id),
    drug_id         integer NOT NULL REFERENCES drugs(drug_id),
    store_id        integer NOT NULL REFERENCES stores(store_id),
    written_date    date NOT NULL,
    expires_on      date NOT NULL,
    sig             text NOT NULL,                    -- directions, e.g. "Take 1 tablet by mouth twice daily"
    qty_prescribed  numeric(8,2) NOT NULL,
    days_supply     integer NOT NULL CHECK (days_supply BETWEEN 1 AND 365),
    refills_authorized smallint NOT NULL DEFAULT 0,
    refills_remaining  smallint NOT NULL DEFAULT 0,
    daw_code        smallint NOT NULL DEFAULT 0 CHECK (daw_code BETWEEN 0 AND 9),
    status          rx_status NOT NULL DEFAULT 'received',
    origin          varchar(12) NOT NULL CHECK (origin IN ('escript', 'phone', 'fax', 'written', 'transfer')),
    diagnosis_code  varchar(8)                        -- ICD-10
);

CREATE TABLE fills (
    fill_id         bigserial PRIMARY KEY,
    rx_id           bigint NOT NULL REFERENCES prescriptions(rx_id),
    fill_number     smallint NOT NULL,                -- 0 = original, 1.. = refill
    filled_at       timestamptz NOT NULL,
    pharmacist_id   integer NOT NULL REFERENCES pharmacists(pharmacist_id),
    qty_dispensed   numeric(8,2) NOT NULL,
    days_supply     integer NOT NULL,
    lot_number      varchar(20),
    expiration_date date,
    ingredient_cost numeric(10,2) NOT NULL,
    dispensing_fee  numeric(6,2) NOT NULL,
    patient_pay     numeric(10,2) NOT NULL,
    picked_up_at    timestamptz,
    counseled       smallint NOT NULL DEFAULT 0
);

CREATE TABLE claims (
    claim_id        bigserial PRIMARY KEY,
    fill_id         bigint NOT NULL REFERENCES fills(fill_id),
    plan_id         integer NOT NULL REFERENCES insurance_plans(plan_id),
    member_id       varchar(20) NOT NULL,
    submitted_at    timestamptz NOT NULL,
    status          claim_status NOT NULL,
    reject_code     varchar(3),                       -- NCPDP reject code, e.g. 75, 70, 79
    reject_reason   varchar(200),
    amount_billed   numeric(10,2) NOT NULL,
    amount_paid     numeric(10,2),
    copay_amount    numeric(8,2),
    authorization_number varchar(20),
    response_payload jsonb
);

CREATE TABLE inventory (
    store_id        integer NOT NULL REFERENCES stores(store_id),
    drug_id         integer NOT NULL REFERENCES drugs(drug_id),
    on_hand_qty     numeric(10,2) NOT NULL DEFAULT 0,
    reorder_point   numeric(10,2) NOT NULL,
    reorder_qty     numeric(10,2) NOT NULL,
    bin_location    varchar(10),
    last_counted_at timestamptz,
    last_received_at timestamptz,
    PRIMARY KEY (store_id, drug_id)
);

CREATE TABLE purchase_orders (
    po_id           serial PRIMARY KEY,
    po_number       varchar(12) NOT NULL UNIQUE,
    store_id        integer NOT NULL REFERENCES stores(store_id),
    wholesaler      varchar(80) NOT NULL,
    ordered_at      timestamptz NOT NULL,
    received_at     timestamptz,
    total_cost      numeric(12,2) NOT NULL,
    line_count      integer NOT NULL
);

COMMENT ON TABLE fills IS 'One dispensing event of a prescription (original fill or refill)';
COMMENT ON COLUMN drugs.awp_unit_price IS 'Average wholesale price per billing unit';
