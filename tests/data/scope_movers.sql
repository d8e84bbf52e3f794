CREATE TYPE quote_status AS ENUM ('draft', 'sent', 'accepted', 'declined', 'expired');
CREATE TYPE job_status AS ENUM ('scheduled', 'in_progress', 'completed', 'cancelled', 'postponed');
CREATE TYPE cust_type AS ENUM ('residential', 'corporate');

CREATE TABLE customers (
    cust_id       serial PRIMARY KEY,
    cust_type     cust_type NOT NULL DEFAULT 'residential',
    first_name    varchar(60) NOT NULL,
    last_name     varchar(60) NOT NULL,
    company_name  varchar(120),
    email         varchar(200),
    phone         varchar(30) NOT NULL,
    is_vip        boolean NOT NULL DEFAULT false,
    referral_src  varchar(30) CHECK (referral_src IN ('google', 'facebook', 'word_of_mouth', 'realtor', 'repeat', 'flyer')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE depots (
    depot_id      serial PRIMARY KEY,
    depot_code    char(4) NOT NULL UNIQUE,
    city          varchar(80) NOT NULL,
    street_addr   varchar(200) NOT NULL,
    postcode      varchar(10) NOT NULL,
    capacity_m3   numeric(8,1) NOT NULL CHECK (capacity_m3 > 0),
    opened_on     date NOT NULL
);

CREATE TABLE crew_members (
    crew_id       serial PRIMARY KEY,
    depot_id      integer NOT NULL REFERENCES depots(depot_id),
    first_name    varchar(60) NOT NULL,
    last_name     varchar(60) NOT NULL,
    role          varchar(20) NOT NULL CHECK (role IN ('driver', 'mover', 'foreman', 'packer')),
    hourly_rate   numeric(6,2) NOT NULL CHECK (hourly_rate BETWEEN 10 AND 80),
    hire_date     date NOT NULL,
    has_hgv_lic   boolean NOT NULL DEFAULT false,
    is_active     boolean NOT NULL DEFAULT true
);

CREATE TABLE trucks (
    truck_id        serial PRIMARY KEY,
    depot_id        integer NOT NULL REFERENCES depots(depot_id),
    reg_plate       varchar(12) NOT NULL UNIQUE,
    make_model      varchar(60) NOT NULL,
    capacity_m3     numeric(5,1) NOT NULL CHECK (capacity_m3 BETWEEN 5 AND 120),
    max_payload_kg  integer NOT NULL CHECK (max_payload_kg BETWEEN 500 AND 40000),
    yr_built        smallint NOT NULL CHECK (yr_built BETWEEN 1990 AND 2030),
    status          varchar(15) NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'in_service', 'maintenance', 'retired')),
    last_service_dt date
);

CREATE TABLE quotes (
    quote_id       serial PRIMARY KEY,
    cust_id        integer NOT NULL REFERENCES customers(cust_id),
    survey_dt      date,
    est_volume_m3  numeric(6,1) NOT NULL CHECK (est_volume_m3 > 0),
    est_price      numeric(10,2) NOT NULL CHECK (est_price >= 0),
    status         quote_status NOT NULL DEFAULT 'draft',
    valid_until    date NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE jobs (
    job_id         serial PRIMARY KEY,
    cust_id        integer NOT NULL REFERENCES customers(cust_id),
    quote_id       integer REFERENCES quotes(quote_id),
    depot_id       integer NOT NULL REFERENCES depots(depot_id),
    truck_id       integer REFERENCES trucks(truck_id),
    status         job_status NOT NULL DEFAULT 'scheduled',
    move_date      date NOT NULL,
    pickup_addr    varchar(200) NOT NULL,
    pickup_city    varchar(80) NOT NULL,
    dropoff_addr   varchar(200) NOT NULL,
    dropoff_city   varchar(80) NOT NULL,
    distance_km    numeric(7,1) NOT NULL CHECK (distance_km >= 0),
    pickup_floor   smallint NOT NULL DEFAULT 0 CHECK (pickup_floor BETWEEN 0 AND 40),
    has_elevator   boolean NOT NULL DEFAULT false,
    needs_packing  boolean NOT NULL DEFAULT false,
    needs_storage  boolean NOT NULL DEFAULT false,
    total_price    numeric(10,2) NOT NULL CHECK (total_price >= 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    started_at     timestamptz,
    completed_at   timestamptz,
    notes          text
);

CREATE TABLE job_items (
    item_id         serial PRIMARY KEY,
    job_id          integer NOT NULL REFERENCES jobs(job_id) ON DELETE CASCADE,
    descr           varchar(200) NOT NULL,
    category        varchar(20) NOT NULL CHECK (category IN ('furniture', 'boxes', 'appliance', 'piano', 'artwork', 'fragile', 'other')),
    qty             integer NOT NULL DEFAULT 1 CHECK (qty BETWEEN 1 AND 500),
    volume_m3       numeric(6,2) NOT NULL CHECK (volume_m3 > 0),
    weight_kg       numeric(7,1) NOT NULL CHECK (weight_kg > 0),
    is_fragile      boolean NOT NULL DEFAULT false,
    declared_value  numeric(10,2)
);

CREATE TABLE job_crew (
    job_id        integer NOT NULL REFERENCES jobs(job_id) ON DELETE CASCADE,
    crew_id       integer NOT NULL REFERENCES crew_members(crew_id),
    role_on_job   varchar(20) NOT NULL CHECK (role_on_job IN ('driver', 'mover', 'foreman', 'packer')),
    hours_worked  numeric(4,1) CHECK (hours_worked BETWEEN 0 AND 24),
    PRIMARY KEY (job_id, crew_id)
);

CREATE TABLE invoices (
    inv_id      serial PRIMARY KEY,
    job_id      integer NOT NULL REFERENCES jobs(job_id),
    inv_no      varchar(20) NOT NULL UNIQUE,
    issued_at   timestamptz NOT NULL,
    due_date    date NOT NULL,
    amount_net  numeric(10,2) NOT NULL CHECK (amount_net >= 0),
    vat_pct     numeric(4,1) NOT NULL DEFAULT 19 CHECK (vat_pct IN (0, 7, 19)),
    paid_at     timestamptz,
    pay_method  varchar(15) CHECK (pay_method IN ('card', 'bank_transfer', 'cash', 'paypal'))
);

CREATE TABLE damage_claims (
    claim_id     serial PRIMARY KEY,
    job_id       integer NOT NULL REFERENCES jobs(job_id),
    item_id      integer REFERENCES job_items(item_id),
    reported_at  timestamptz NOT NULL,
    claim_amt    numeric(10,2) NOT NULL CHECK (claim_amt > 0),
    status       varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'approved', 'rejected', 'paid')),
    descr        text NOT NULL
);
