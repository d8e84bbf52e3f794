-- Round 9 (r28) HELD-OUT schema: a touring theatre company.
-- Written by the r28 helper before any change; measured once at the start and once at the end.
CREATE TABLE productions (
    production_id   serial PRIMARY KEY,
    title           varchar(120) NOT NULL,
    genre           varchar(30),
    language        varchar(30),
    style           varchar(40),
    subject         varchar(60),
    premiered_on    date,
    running_mins    int CHECK (running_mins BETWEEN 30 AND 300)
);
CREATE TABLE performers (
    performer_id    serial PRIMARY KEY,
    stage_name      varchar(80) NOT NULL,
    nationality     varchar(40),
    dialect         varchar(40),
    voice           varchar(20),
    instrument      varchar(30),
    eye_colour      varchar(15),
    hair_colour     varchar(15),
    height_cm       int,
    discipline      varchar(30),
    joined          date
);
CREATE TABLE venues (
    venue_id        serial PRIMARY KEY,
    venue_name      varchar(100) NOT NULL,
    city            varchar(60),
    stage           varchar(30),
    surface         varchar(30),
    layout          varchar(30),
    capacity        int CHECK (capacity > 0),
    accessibility   varchar(60),
    climate         varchar(30)
);
CREATE TABLE tours (
    tour_id         serial PRIMARY KEY,
    production_id   int NOT NULL REFERENCES productions(production_id),
    tour_name       varchar(80),
    opens           date NOT NULL,
    closes          date NOT NULL,
    sponsor         varchar(80),
    CHECK (closes >= opens)
);
CREATE TABLE shows (
    show_id         serial PRIMARY KEY,
    tour_id         int NOT NULL REFERENCES tours(tour_id),
    venue_id        int NOT NULL REFERENCES venues(venue_id),
    starts_at       timestamp NOT NULL,
    weather         varchar(30),
    terrain         varchar(30),
    attendance      int CHECK (attendance >= 0),
    cancelled       boolean DEFAULT false
);
CREATE TABLE costumes (
    costume_id      serial PRIMARY KEY,
    production_id   int REFERENCES productions(production_id),
    character_name  varchar(60),
    fabric          varchar(30),
    color           varchar(20),
    era             varchar(30),
    size            varchar(5),
    stored_in       varchar(40),
    made_by         varchar(80)
);
CREATE TABLE props (
    prop_id         serial PRIMARY KEY,
    production_id   int REFERENCES productions(production_id),
    description     varchar(120),
    made_of         varchar(30),
    shape           varchar(20),
    weight_kg       numeric(6,2),
    kept_at         varchar(60),
    condition       varchar(20)
);
CREATE TABLE trucks (
    truck_id        serial PRIMARY KEY,
    plate           varchar(10) UNIQUE,
    vehicle         varchar(40),
    engine          varchar(40),
    fuel            varchar(20),
    drivetrain      varchar(10),
    paint           varchar(30),
    driven_by       varchar(80)
);
CREATE TABLE tickets (
    ticket_id       serial PRIMARY KEY,
    show_id         int NOT NULL REFERENCES shows(show_id),
    seat            varchar(6),
    tier            varchar(20),
    price           numeric(8,2) CHECK (price >= 0),
    channel         varchar(20),
    paid_with       varchar(20),
    device          varchar(30),
    browser         varchar(20),
    bought_at       timestamp
);
CREATE TABLE crew (
    crew_id         serial PRIMARY KEY,
    full_name       varchar(80) NOT NULL,
    trade           varchar(40),
    tool            varchar(40),
    allergy         varchar(40),
    diet            varchar(30),
    religion        varchar(30),
    sport           varchar(30),
    hobby           varchar(40),
    tour_id         int REFERENCES tours(tour_id)
);
