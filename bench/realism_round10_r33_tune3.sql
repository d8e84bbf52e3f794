-- Custom bicycle frame building workshop
CREATE TABLE customers (
    customer_id    serial PRIMARY KEY,
    first_name     varchar(60) NOT NULL,
    last_name      varchar(60) NOT NULL,
    email          varchar(120),
    inseam_mm      integer,
    riding_style   varchar(30)
);
CREATE TABLE tubesets (
    tubeset_id     serial PRIMARY KEY,
    manufacturer   varchar(80) NOT NULL,
    name           varchar(80) NOT NULL,
    short_name     varchar(16),
    material       varchar(40),
    wall_thickness_mm numeric(4,2)
);
CREATE TABLE frames (
    frame_id       serial PRIMARY KEY,
    customer_id    integer NOT NULL REFERENCES customers(customer_id),
    tubeset_id     integer REFERENCES tubesets(tubeset_id),
    serial_number  varchar(20) UNIQUE,
    frame_type     varchar(20) CHECK (frame_type IN ('road','gravel','touring','track','mtb')),
    builder        varchar(80),
    designer       varchar(80),
    joining_method varchar(20) CHECK (joining_method IN ('lugged','fillet brazed','TIG welded','bonded')),
    seat_tube_mm   integer,
    top_tube_mm    integer,
    finish         varchar(60),
    order_date     date,
    delivered_on   date,
    price          numeric(8,2)
);
CREATE TABLE paint_jobs (
    paint_job_id   serial PRIMARY KEY,
    frame_id       integer NOT NULL REFERENCES frames(frame_id),
    painter        varchar(80),
    base_colour    varchar(40),
    paint_type     varchar(40),
    substrate      varchar(40),
    decals         boolean DEFAULT true
);
CREATE TABLE components (
    component_id   serial PRIMARY KEY,
    brand          varchar(60),
    name           varchar(80) NOT NULL,
    code           varchar(20),
    category       varchar(30) CHECK (category IN ('groupset','wheelset','saddle','bars','stem','headset','brakes')),
    unit_cost      numeric(8,2)
);
CREATE TABLE builds (
    build_id       serial PRIMARY KEY,
    frame_id       integer NOT NULL REFERENCES frames(frame_id),
    component_id   integer NOT NULL REFERENCES components(component_id),
    fitted_by      varchar(80),
    fitted_on      date,
    qty            smallint DEFAULT 1
);
CREATE TABLE fuel_log (
    entry_id       serial PRIMARY KEY,
    torch          varchar(40),
    fuel           varchar(30),
    used_on        date,
    litres         numeric(6,2)
);
