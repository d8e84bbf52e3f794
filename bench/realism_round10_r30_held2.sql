-- Round 10 (r30) HELD-OUT schema 2: a bell foundry and its change-ringing towers.
-- Written by the r30 helper before any change; measured at start and end only.
CREATE TABLE towers (
    tower_id         serial PRIMARY KEY,
    dedication       varchar(100) NOT NULL,
    place            varchar(60),
    diocese          varchar(60),
    bell_count       int,
    ground_floor     boolean,
    practice_night   varchar(10),
    unringable       boolean DEFAULT false
);
CREATE TABLE bells (
    bell_id          serial PRIMARY KEY,
    tower_id         int NOT NULL REFERENCES towers(tower_id),
    position         int NOT NULL,
    weight_kg        numeric(7,1),
    nominal_hz       numeric(7,1),
    note             varchar(4),
    cast_year        int,
    founder          varchar(80),
    inscription      text,
    frame_type       varchar(30),
    fittings         varchar(40)
);
CREATE TABLE castings (
    casting_id       serial PRIMARY KEY,
    bell_id          int REFERENCES bells(bell_id),
    pattern_code     varchar(20),
    alloy            varchar(30),
    poured_on        date NOT NULL,
    mould_type       varchar(30),
    outcome          varchar(20),
    tuning_notes     text
);
CREATE TABLE ringers (
    ringer_id        serial PRIMARY KEY,
    full_name        varchar(80) NOT NULL,
    tower_id         int REFERENCES towers(tower_id),
    learned_year     int,
    level            varchar(20),
    is_conductor     boolean DEFAULT false
);
CREATE TABLE peals (
    peal_id          serial PRIMARY KEY,
    tower_id         int NOT NULL REFERENCES towers(tower_id),
    rung_on          date NOT NULL,
    method           varchar(80),
    changes          int,
    duration_mins    int,
    conductor_id     int REFERENCES ringers(ringer_id),
    footnote         text,
    composition      varchar(80)
);
CREATE TABLE restoration_projects (
    project_id       serial PRIMARY KEY,
    tower_id         int NOT NULL REFERENCES towers(tower_id),
    title            varchar(160) NOT NULL,
    budget           numeric(10,2),
    stage            varchar(30),
    grant_body       varchar(80),
    approved_on      date
);
