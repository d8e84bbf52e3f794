CREATE TYPE case_status AS ENUM ('received', 'in_work', 'qc', 'shipped', 'on_hold');

CREATE TABLE clinics (
    clinic_id     serial PRIMARY KEY,
    clinic_name   varchar(120) NOT NULL,
    city          varchar(80) NOT NULL,
    chairs        smallint NOT NULL CHECK (chairs BETWEEN 1 AND 40),
    onboarded_on  date NOT NULL
);

CREATE TABLE technicians (
    tech_id       serial PRIMARY KEY,
    full_name     varchar(120) NOT NULL,
    speciality    varchar(20) NOT NULL CHECK (speciality IN ('ceramics', 'cad_cam', 'dentures', 'implants')),
    is_certified  boolean NOT NULL DEFAULT false,
    hired_on      date NOT NULL
);

CREATE TABLE cases (
    case_id       serial PRIMARY KEY,
    clinic_id     integer NOT NULL REFERENCES clinics(clinic_id),
    tech_id       integer REFERENCES technicians(tech_id),
    restoration   varchar(12) NOT NULL CHECK (restoration IN ('crown', 'bridge', 'veneer', 'denture', 'inlay', 'implant')),
    shade         varchar(4) NOT NULL,
    units         smallint NOT NULL CHECK (units BETWEEN 1 AND 14),
    status        case_status NOT NULL DEFAULT 'received',
    received_on   date NOT NULL,
    due_on        date NOT NULL,
    shipped_at    timestamptz
);

CREATE TABLE remakes (
    remake_id     serial PRIMARY KEY,
    case_id       integer NOT NULL REFERENCES cases(case_id),
    reason        varchar(20) NOT NULL CHECK (reason IN ('fit', 'shade', 'fracture', 'contact', 'other')),
    logged_at     timestamptz NOT NULL
);

CREATE TABLE invoices (
    invoice_id    serial PRIMARY KEY,
    clinic_id     integer NOT NULL REFERENCES clinics(clinic_id),
    issued_on     date NOT NULL,
    total         numeric(10,2) NOT NULL CHECK (total >= 0),
    paid_on       date
);

CREATE TABLE material_lots (
    lot_id        serial PRIMARY KEY,
    material      varchar(20) NOT NULL CHECK (material IN ('zirconia', 'emax', 'pfm_alloy', 'acrylic', 'wax')),
    qty_grams     integer NOT NULL CHECK (qty_grams > 0),
    arrived_on    date NOT NULL,
    expires_on    date
);
