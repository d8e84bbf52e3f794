-- Round 10 (r30) TUNE schema 1: a caving club's cave survey and exploration records.
-- Written by the r30 helper before any change; tuned on.
CREATE TABLE caves (
    cave_id          serial PRIMARY KEY,
    name             varchar(80) NOT NULL,
    survey_code      varchar(12) UNIQUE,
    region           varchar(60),
    rock_type        varchar(30),
    entrance_count   int,
    surveyed_length_m numeric(8,1),
    depth_m          numeric(6,1),
    access_status    varchar(20) CHECK (access_status IN ('open','permit','closed','gated')),
    grade            varchar(4),
    notes            text
);
CREATE TABLE cavers (
    caver_id         serial PRIMARY KEY,
    full_name        varchar(80) NOT NULL,
    email            varchar(120),
    srt_trained      boolean DEFAULT false,
    rank             varchar(30),
    joined_on        date
);
CREATE TABLE expeditions (
    expedition_id    serial PRIMARY KEY,
    cave_id          int NOT NULL REFERENCES caves(cave_id),
    title            varchar(160) NOT NULL,
    leader_id        int REFERENCES cavers(caver_id),
    started_on       date NOT NULL,
    ended_on         date,
    objective        text,
    stage            varchar(30),
    category         varchar(30)
);
CREATE TABLE survey_legs (
    leg_id           bigserial PRIMARY KEY,
    expedition_id    int NOT NULL REFERENCES expeditions(expedition_id),
    from_station     varchar(12) NOT NULL,
    to_station       varchar(12) NOT NULL,
    tape_m           numeric(5,2),
    compass_deg      numeric(5,1),
    clino_deg        numeric(4,1),
    instrument       varchar(40),
    passage_type     varchar(30),
    quality_flag     varchar(10)
);
CREATE TABLE gear (
    gear_id          serial PRIMARY KEY,
    label            varchar(40) NOT NULL,
    serial_no        varchar(30) UNIQUE,
    component        varchar(40),
    tool             varchar(40),
    condition        varchar(20),
    last_inspected   date,
    owner_id         int REFERENCES cavers(caver_id)
);
CREATE TABLE trip_reports (
    report_id        serial PRIMARY KEY,
    expedition_id    int NOT NULL REFERENCES expeditions(expedition_id),
    author_id        int REFERENCES cavers(caver_id),
    title            varchar(200),
    body             text,
    hazard_level     varchar(10),
    status           varchar(20),
    filed_at         timestamp NOT NULL
);
