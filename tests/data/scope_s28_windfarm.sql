-- A wind-farm operator's maintenance schema (held-out set of brief s28, session 13).
CREATE TABLE sites (
    site_id       serial PRIMARY KEY,
    site_code     char(5) NOT NULL UNIQUE,
    region        varchar(60) NOT NULL,
    is_offshore   boolean NOT NULL DEFAULT false,
    capacity_mw   numeric(7,1) NOT NULL CHECK (capacity_mw > 0),
    opened_on     date NOT NULL
);

CREATE TABLE turbines (
    turbine_id      serial PRIMARY KEY,
    site_id         integer NOT NULL REFERENCES sites(site_id),
    serial_no       varchar(20) NOT NULL UNIQUE,
    model           varchar(40) NOT NULL,
    rated_kw        integer NOT NULL CHECK (rated_kw BETWEEN 500 AND 15000),
    hub_height_m    numeric(5,1) NOT NULL,
    commissioned_on date NOT NULL,
    status          varchar(16) NOT NULL DEFAULT 'operating'
                    CHECK (status IN ('operating', 'stopped', 'maintenance', 'decommissioned'))
);

CREATE TABLE techs (
    tech_id      serial PRIMARY KEY,
    site_id      integer NOT NULL REFERENCES sites(site_id),
    first_name   varchar(60) NOT NULL,
    last_name    varchar(60) NOT NULL,
    cert_level   varchar(16) NOT NULL CHECK (cert_level IN ('gwo_basic', 'gwo_advanced')),
    day_rate     numeric(7,2) NOT NULL CHECK (day_rate > 0),
    is_active    boolean NOT NULL DEFAULT true
);

CREATE TABLE work_orders (
    wo_id        serial PRIMARY KEY,
    turbine_id   integer NOT NULL REFERENCES turbines(turbine_id),
    opened_at    timestamptz NOT NULL,
    closed_at    timestamptz,
    priority     varchar(10) NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
    kind         varchar(16) NOT NULL CHECK (kind IN ('inspection', 'repair', 'blade_repair', 'gearbox', 'electrical')),
    status       varchar(10) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'assigned', 'done', 'cancelled')),
    est_hours    numeric(5,1) NOT NULL CHECK (est_hours > 0)
);

CREATE TABLE wo_techs (
    wo_id     integer NOT NULL REFERENCES work_orders(wo_id),
    tech_id   integer NOT NULL REFERENCES techs(tech_id),
    hours     numeric(4,1),
    PRIMARY KEY (wo_id, tech_id)
);

CREATE TABLE alarms (
    alarm_id    bigserial PRIMARY KEY,
    turbine_id  integer NOT NULL REFERENCES turbines(turbine_id),
    raised_at   timestamptz NOT NULL,
    code        varchar(10) NOT NULL,
    severity    varchar(8) NOT NULL CHECK (severity IN ('info', 'warning', 'fault')),
    cleared_at  timestamptz
);

CREATE TABLE readings (
    reading_id  bigserial PRIMARY KEY,
    turbine_id  integer NOT NULL REFERENCES turbines(turbine_id),
    taken_at    timestamptz NOT NULL,
    wind_ms     numeric(4,1) NOT NULL CHECK (wind_ms >= 0),
    power_kw    numeric(8,1) NOT NULL
);
