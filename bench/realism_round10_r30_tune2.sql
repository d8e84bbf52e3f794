-- Round 10 (r30) TUNE schema 2: a volcano monitoring observatory.
-- Written by the r30 helper before any change; tuned on.
CREATE TABLE volcanoes (
    volcano_id       serial PRIMARY KEY,
    name             varchar(80) NOT NULL,
    gvp_number       varchar(10) UNIQUE,
    volcano_type     varchar(40),
    summit_elev_m    int,
    alert_level      varchar(10) CHECK (alert_level IN ('green','yellow','orange','red')),
    last_eruption    int
);
CREATE TABLE stations (
    station_id       serial PRIMARY KEY,
    volcano_id       int NOT NULL REFERENCES volcanoes(volcano_id),
    code             varchar(8) UNIQUE NOT NULL,
    name             varchar(60),
    latitude         numeric(8,5),
    longitude        numeric(8,5),
    elevation_m      int,
    installed_on     date,
    telemetry        varchar(30),
    power_source     varchar(30)
);
CREATE TABLE sensors (
    sensor_id        serial PRIMARY KEY,
    station_id       int NOT NULL REFERENCES stations(station_id),
    model            varchar(40),
    serial_number    varchar(30),
    channel          varchar(10),
    component        varchar(20),
    sample_rate_hz   int,
    mount            varchar(30),
    status           varchar(20)
);
CREATE TABLE events (
    event_id         bigserial PRIMARY KEY,
    volcano_id       int NOT NULL REFERENCES volcanoes(volcano_id),
    origin_time      timestamptz NOT NULL,
    magnitude        numeric(3,1),
    depth_km         numeric(5,2),
    event_class      varchar(20),
    analyst          varchar(60),
    reviewed         boolean DEFAULT false,
    comment          text
);
CREATE TABLE gas_samples (
    sample_id        serial PRIMARY KEY,
    volcano_id       int NOT NULL REFERENCES volcanoes(volcano_id),
    collected_at     timestamp NOT NULL,
    so2_tpd          numeric(8,1),
    co2_so2_ratio    numeric(6,2),
    method           varchar(40),
    field            varchar(40),
    quality          varchar(10)
);
CREATE TABLE bulletins (
    bulletin_id      serial PRIMARY KEY,
    volcano_id       int NOT NULL REFERENCES volcanoes(volcano_id),
    title            varchar(200) NOT NULL,
    issued_at        timestamptz NOT NULL,
    summary          text,
    author           varchar(80),
    category         varchar(30)
);
CREATE TABLE field_campaigns (
    campaign_id      serial PRIMARY KEY,
    volcano_id       int REFERENCES volcanoes(volcano_id),
    project_name     varchar(120) NOT NULL,
    funder           varchar(80),
    start_date       date,
    end_date         date,
    phase            varchar(30),
    tool             varchar(40)
);
