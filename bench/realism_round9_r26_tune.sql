-- Round 9, r26 tune: a ski resort's mountain operations (lifts, runs, patrol, snowmaking, rentals).
CREATE TABLE resorts (
    resort_id      serial PRIMARY KEY,
    resort_name    varchar(80) NOT NULL UNIQUE,
    operator_name  varchar(100),
    base_elev_m    integer CHECK (base_elev_m > 0),
    summit_elev_m  integer,
    season_open    date,
    season_close   date,
    CHECK (summit_elev_m > base_elev_m)
);
CREATE TABLE lifts (
    lift_id        serial PRIMARY KEY,
    resort_id      integer NOT NULL REFERENCES resorts(resort_id),
    lift_name      varchar(60) NOT NULL,
    lift_type      varchar(30) NOT NULL,
    manufacturer   varchar(60),
    capacity_pph   integer CHECK (capacity_pph > 0),
    vert_rise_m    integer,
    ride_time_min  numeric(4,1),
    commissioned   smallint,
    status         varchar(20) NOT NULL DEFAULT 'open' CHECK (status IN ('open','on_hold','closed','wind_hold','maintenance'))
);
CREATE TABLE runs (
    run_id         serial PRIMARY KEY,
    resort_id      integer NOT NULL REFERENCES resorts(resort_id),
    run_name       varchar(60) NOT NULL,
    difficulty     varchar(20) NOT NULL CHECK (difficulty IN ('green','blue','black','double_black')),
    length_m       integer,
    grooming_type  varchar(30),
    snowmaking     boolean DEFAULT false
);
CREATE TABLE lift_inspections (
    insp_id        serial PRIMARY KEY,
    lift_id        integer NOT NULL REFERENCES lifts(lift_id),
    inspected_on   date NOT NULL,
    inspection_type varchar(40) NOT NULL,
    inspector      varchar(80),
    outcome        varchar(30),
    defects_found  smallint DEFAULT 0,
    remarks        text
);
CREATE TABLE lift_holds (
    hold_id        serial PRIMARY KEY,
    lift_id        integer NOT NULL REFERENCES lifts(lift_id),
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    hold_reason    varchar(60) NOT NULL,
    wind_kmh       smallint,
    CHECK (ended_at IS NULL OR ended_at > started_at)
);
CREATE TABLE patrollers (
    patroller_id   serial PRIMARY KEY,
    resort_id      integer NOT NULL REFERENCES resorts(resort_id),
    full_name      varchar(80) NOT NULL,
    cert_level     varchar(30),
    role           varchar(30),
    hired          date,
    radio_callsign varchar(12)
);
CREATE TABLE incidents (
    incident_id    serial PRIMARY KEY,
    run_id         integer REFERENCES runs(run_id),
    patroller_id   integer REFERENCES patrollers(patroller_id),
    occurred_at    timestamptz NOT NULL,
    incident_type  varchar(40) NOT NULL,
    injury_type    varchar(40),
    transport_method varchar(40),
    guest_age      smallint CHECK (guest_age BETWEEN 2 AND 100),
    helmet_worn    boolean,
    disposition    varchar(40)
);
CREATE TABLE snowmaking_logs (
    log_id         serial PRIMARY KEY,
    run_id         integer NOT NULL REFERENCES runs(run_id),
    log_date       date NOT NULL,
    gun_type       varchar(30),
    guns_running   smallint,
    wet_bulb_c     numeric(4,1),
    water_m3       numeric(8,1),
    hours_run      numeric(4,1)
);
CREATE TABLE rental_shops (
    shop_id        serial PRIMARY KEY,
    resort_id      integer NOT NULL REFERENCES resorts(resort_id),
    shop_name      varchar(60) NOT NULL,
    location_desc  varchar(120)
);
CREATE TABLE rental_gear (
    gear_id        serial PRIMARY KEY,
    shop_id        integer NOT NULL REFERENCES rental_shops(shop_id),
    gear_kind      varchar(30) NOT NULL,
    brand          varchar(40),
    size_label     varchar(10),
    condition      varchar(20),
    purchased      date
);
CREATE TABLE passes (
    pass_id        serial PRIMARY KEY,
    resort_id      integer NOT NULL REFERENCES resorts(resort_id),
    holder_name    varchar(80) NOT NULL,
    pass_type      varchar(30) NOT NULL,
    price_paid     numeric(8,2) CHECK (price_paid >= 0),
    valid_from     date NOT NULL,
    valid_to       date NOT NULL,
    CHECK (valid_to >= valid_from)
);
CREATE TABLE suppliers (
    supplier_id    serial PRIMARY KEY,
    company_name   varchar(100) NOT NULL,
    category       varchar(40),
    contact_email  varchar(120),
    phone          varchar(30)
);
