CREATE TABLE sites (
    site_id      serial PRIMARY KEY,
    site_name    varchar(80) NOT NULL,
    city         varchar(80) NOT NULL,
    bay_count    smallint NOT NULL CHECK (bay_count BETWEEN 1 AND 12),
    opened_on    date NOT NULL,
    has_tunnel   boolean NOT NULL DEFAULT false
);

CREATE TABLE attendants (
    attendant_id serial PRIMARY KEY,
    site_id      integer NOT NULL REFERENCES sites(site_id),
    full_name    varchar(120) NOT NULL,
    hourly_wage  numeric(6,2) NOT NULL CHECK (hourly_wage > 0),
    hired_on     date NOT NULL,
    is_supervisor boolean NOT NULL DEFAULT false
);

CREATE TABLE customers (
    customer_id  serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    phone        varchar(30),
    plate_no     varchar(12) NOT NULL,
    loyalty_tier varchar(10) NOT NULL CHECK (loyalty_tier IN ('none', 'silver', 'gold', 'platinum'))
);

CREATE TABLE wash_packages (
    package_id   serial PRIMARY KEY,
    pkg_name     varchar(60) NOT NULL,
    price        numeric(6,2) NOT NULL CHECK (price > 0),
    includes_wax boolean NOT NULL DEFAULT false,
    minutes      smallint NOT NULL CHECK (minutes BETWEEN 3 AND 120)
);

CREATE TABLE washes (
    wash_id      serial PRIMARY KEY,
    site_id      integer NOT NULL REFERENCES sites(site_id),
    customer_id  integer REFERENCES customers(customer_id),
    package_id   integer NOT NULL REFERENCES wash_packages(package_id),
    attendant_id integer REFERENCES attendants(attendant_id),
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    pay_method   varchar(10) NOT NULL CHECK (pay_method IN ('cash', 'card', 'app', 'voucher')),
    amount       numeric(7,2) NOT NULL CHECK (amount >= 0)
);

CREATE TABLE shifts (
    shift_id     serial PRIMARY KEY,
    attendant_id integer NOT NULL REFERENCES attendants(attendant_id),
    site_id      integer NOT NULL REFERENCES sites(site_id),
    shift_start  timestamptz NOT NULL,
    shift_end    timestamptz NOT NULL
);

CREATE TABLE complaints (
    complaint_id serial PRIMARY KEY,
    wash_id      integer NOT NULL REFERENCES washes(wash_id),
    raised_at    timestamptz NOT NULL,
    category     varchar(20) NOT NULL CHECK (category IN ('damage', 'dirty', 'slow', 'rude', 'billing')),
    resolved_at  timestamptz
);
