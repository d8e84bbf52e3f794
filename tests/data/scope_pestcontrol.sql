-- Domain: pest control service

CREATE TYPE customer_type AS ENUM ('residential', 'commercial');
CREATE TYPE visit_status AS ENUM ('scheduled', 'completed', 'cancelled', 'no_access');
CREATE TYPE pest_kind AS ENUM ('rodents', 'cockroaches', 'ants', 'bed_bugs', 'termites', 'wasps', 'fleas', 'birds');
CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid', 'overdue', 'void');

CREATE TABLE technicians (
    id              serial PRIMARY KEY,
    full_name       varchar(100) NOT NULL,
    license_no      varchar(20)  NOT NULL UNIQUE,
    phone           varchar(20)  NOT NULL,
    hired_on        date         NOT NULL,
    hourly_cost     numeric(6,2) NOT NULL,
    is_active       boolean      NOT NULL DEFAULT true
);

CREATE TABLE customers (
    id              serial PRIMARY KEY,
    name            varchar(120) NOT NULL,
    customer_type   customer_type NOT NULL DEFAULT 'residential',
    email           varchar(120),
    phone           varchar(20),
    created_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE properties (
    id              serial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES customers(id),
    address         varchar(200) NOT NULL,
    city            varchar(60)  NOT NULL,
    property_kind   varchar(20)  NOT NULL
                    CHECK (property_kind IN ('house', 'apartment', 'restaurant', 'warehouse', 'office', 'farm')),
    floor_area_m2   integer      CHECK (floor_area_m2 > 0),
    has_pets        boolean      NOT NULL DEFAULT false,
    access_notes    text
);

CREATE TABLE service_plans (
    id              serial PRIMARY KEY,
    property_id     integer      NOT NULL REFERENCES properties(id),
    plan_type       varchar(12)  NOT NULL CHECK (plan_type IN ('one_off', 'monthly', 'quarterly', 'annual')),
    start_date      date         NOT NULL,
    end_date        date,
    monthly_fee     numeric(8,2) NOT NULL,
    status          varchar(10)  NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'cancelled'))
);

CREATE TABLE products (
    id                serial PRIMARY KEY,
    name              varchar(80)  NOT NULL,
    active_ingredient varchar(80),
    hazard_class      varchar(6)   NOT NULL CHECK (hazard_class IN ('low', 'medium', 'high')),
    unit_cost         numeric(8,2) NOT NULL
);

CREATE TABLE visits (
    id                serial PRIMARY KEY,
    property_id       integer      NOT NULL REFERENCES properties(id),
    technician_id     integer      NOT NULL REFERENCES technicians(id),
    plan_id           integer      REFERENCES service_plans(id),
    scheduled_for     timestamptz  NOT NULL,
    completed_at      timestamptz,
    status            visit_status NOT NULL DEFAULT 'scheduled',
    pest              pest_kind    NOT NULL,
    duration_min      smallint     CHECK (duration_min > 0),
    follow_up_needed  boolean      NOT NULL DEFAULT false,
    notes             text
);

CREATE TABLE treatments (
    id              serial PRIMARY KEY,
    visit_id        integer      NOT NULL REFERENCES visits(id),
    product_id      integer      NOT NULL REFERENCES products(id),
    quantity_ml     numeric(8,1) NOT NULL,
    area            varchar(60),
    method          varchar(12)  NOT NULL CHECK (method IN ('spray', 'bait', 'trap', 'fumigation', 'dust'))
);

CREATE TABLE invoices (
    id              serial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES customers(id),
    visit_id        integer      REFERENCES visits(id),
    issued_on       date         NOT NULL,
    due_on          date         NOT NULL,
    total           numeric(10,2) NOT NULL,
    status          invoice_status NOT NULL DEFAULT 'draft'
);

CREATE TABLE payments (
    id              serial PRIMARY KEY,
    invoice_id      integer      NOT NULL REFERENCES invoices(id),
    amount          numeric(10,2) NOT NULL CHECK (amount > 0),
    paid_on         date         NOT NULL,
    method          varchar(15)  NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'cheque'))
);
