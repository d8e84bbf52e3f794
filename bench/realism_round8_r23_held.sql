-- National park visitor and ranger operations
CREATE TABLE parks (
    park_id         serial PRIMARY KEY,
    park_name       varchar(100) NOT NULL,
    region          varchar(60),
    area_km2        numeric(10,2),
    gazetted_on     date,
    managing_authority varchar(120)
);

CREATE TABLE ranger_stations (
    station_id      serial PRIMARY KEY,
    park_id         int NOT NULL REFERENCES parks(park_id),
    station_name    varchar(80),
    phone           varchar(20),
    staffed         boolean DEFAULT true,
    elevation_m     int
);

CREATE TABLE rangers (
    ranger_id       serial PRIMARY KEY,
    station_id      int REFERENCES ranger_stations(station_id),
    full_name       varchar(100) NOT NULL,
    badge_no        varchar(10),
    grade           varchar(20),
    hired_on        date,
    email           varchar(120)
);

CREATE TABLE trails (
    trail_id        serial PRIMARY KEY,
    park_id         int NOT NULL REFERENCES parks(park_id),
    trail_name      varchar(100),
    length_km       numeric(6,2),
    difficulty      varchar(12) CHECK (difficulty IN ('easy','moderate','hard','expert')),
    elevation_gain_m int,
    surface         varchar(30),
    is_open         boolean DEFAULT true,
    description     text
);

CREATE TABLE huts (
    hut_id          serial PRIMARY KEY,
    trail_id        int REFERENCES trails(trail_id),
    hut_name        varchar(80),
    bunks           smallint,
    has_water       boolean,
    built_year      smallint,
    notes           text
);

CREATE TABLE campsites (
    campsite_id     serial PRIMARY KEY,
    park_id         int REFERENCES parks(park_id),
    site_name       varchar(80),
    pitches         smallint,
    nightly_fee     numeric(6,2),
    toilets         varchar(20),
    remarks         varchar(255)
);

CREATE TABLE permits (
    permit_id       serial PRIMARY KEY,
    campsite_id     int REFERENCES campsites(campsite_id),
    holder_name     varchar(100),
    party_size      smallint,
    valid_from      date,
    valid_to        date,
    permit_type     varchar(30),
    fee_paid        numeric(7,2)
);

CREATE TABLE patrols (
    patrol_id       serial PRIMARY KEY,
    ranger_id       int REFERENCES rangers(ranger_id),
    trail_id        int REFERENCES trails(trail_id),
    started_at      timestamp,
    ended_at        timestamp,
    distance_km     numeric(5,1),
    visitors_met    int,
    summary         text
);

CREATE TABLE trail_reports (
    report_id       serial PRIMARY KEY,
    trail_id        int NOT NULL REFERENCES trails(trail_id),
    reported_on     date,
    condition       varchar(20) CHECK (condition IN ('good','fair','poor','closed')),
    hazard          varchar(60),
    reported_by     varchar(100),
    comments        text
);

CREATE TABLE wildlife_sightings (
    sighting_id     serial PRIMARY KEY,
    park_id         int REFERENCES parks(park_id),
    species_name    varchar(80),
    count_seen      int,
    seen_at         timestamp,
    location_desc   varchar(120),
    observer        varchar(100),
    notes           text
);

CREATE TABLE maintenance_works (
    work_id         serial PRIMARY KEY,
    trail_id        int REFERENCES trails(trail_id),
    hut_id          int REFERENCES huts(hut_id),
    work_type       varchar(40),
    scheduled_for   date,
    completed_on    date,
    crew_size       smallint,
    cost_aud        numeric(9,2),
    description     text
);
