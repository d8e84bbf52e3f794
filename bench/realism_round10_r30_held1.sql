-- Round 10 (r30) HELD-OUT schema 1: a canal and river navigation trust.
-- Written by the r30 helper before any change; measured at start and end only.
CREATE TABLE waterways (
    waterway_id      serial PRIMARY KEY,
    name             varchar(80) NOT NULL,
    length_km        numeric(6,1),
    opened_year      int,
    gauge            varchar(20),
    region           varchar(40)
);
CREATE TABLE locks (
    lock_id          serial PRIMARY KEY,
    waterway_id      int NOT NULL REFERENCES waterways(waterway_id),
    lock_no          int,
    name             varchar(60),
    rise_m           numeric(4,2),
    chamber_type     varchar(30),
    gate_material    varchar(30),
    listed_grade     varchar(5),
    mechanism        varchar(30)
);
CREATE TABLE boats (
    boat_id          serial PRIMARY KEY,
    boat_name        varchar(60) NOT NULL,
    index_number     varchar(10) UNIQUE,
    hull_type        varchar(30),
    length_ft        int,
    engine           varchar(40),
    owner_name       varchar(80),
    home_mooring     varchar(80)
);
CREATE TABLE licences (
    licence_id       serial PRIMARY KEY,
    boat_id          int NOT NULL REFERENCES boats(boat_id),
    licence_class    varchar(20),
    valid_from       date NOT NULL,
    valid_to         date NOT NULL,
    fee              numeric(8,2),
    status           varchar(20)
);
CREATE TABLE stoppages (
    stoppage_id      serial PRIMARY KEY,
    lock_id          int REFERENCES locks(lock_id),
    title            varchar(160) NOT NULL,
    reason           varchar(40),
    starts_at        timestamp NOT NULL,
    ends_at          timestamp,
    severity         varchar(15),
    notice_text      text
);
CREATE TABLE works_orders (
    order_id         serial PRIMARY KEY,
    lock_id          int REFERENCES locks(lock_id),
    reference        varchar(20) UNIQUE,
    description      text,
    component        varchar(40),
    contractor       varchar(80),
    estimated_cost   numeric(10,2),
    stage            varchar(20),
    raised_on        date
);
CREATE TABLE volunteers (
    volunteer_id     serial PRIMARY KEY,
    full_name        varchar(80) NOT NULL,
    role             varchar(40),
    team             varchar(40),
    tool             varchar(40),
    started_on       date
);
