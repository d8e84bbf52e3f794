-- A school bus operator: depots with their buses and drivers, schools, routes and their stops, pupils, the trips run
-- and the incidents reported on them (9 tables) (brief s27 of session 12: how facts are joined in a clause; see
-- tests/data/scope_heldout21_s27.txt).
CREATE TABLE depots (
    id        serial  PRIMARY KEY,
    name      text    NOT NULL,
    city      text    NOT NULL,
    capacity  int     NOT NULL CHECK (capacity > 0)
);
CREATE TABLE buses (
    id                 serial   PRIMARY KEY,
    depot_id           int      NOT NULL REFERENCES depots(id),
    plate              text     NOT NULL UNIQUE,
    seats              int      NOT NULL CHECK (seats BETWEEN 16 AND 72),
    fuel               text     NOT NULL CHECK (fuel IN ('diesel', 'electric', 'hybrid', 'cng')),
    built_year         int      NOT NULL,
    wheelchair_lift    boolean  NOT NULL DEFAULT false,
    last_inspected_on  date
);
CREATE TABLE drivers (
    id                     serial  PRIMARY KEY,
    depot_id               int     NOT NULL REFERENCES depots(id),
    full_name              text    NOT NULL,
    phone                  text,
    email                  text,
    licence_class          text    NOT NULL CHECK (licence_class IN ('D', 'D1', 'DE')),
    hired_on               date    NOT NULL,
    status                 text    NOT NULL CHECK (status IN ('active', 'on_leave', 'suspended', 'retired')),
    background_checked_on  date
);
CREATE TABLE schools (
    id         serial  PRIMARY KEY,
    name       text    NOT NULL,
    district   text,
    phase      text    NOT NULL CHECK (phase IN ('primary', 'middle', 'secondary')),
    bell_time  time    NOT NULL
);
CREATE TABLE routes (
    id         serial        PRIMARY KEY,
    school_id  int           NOT NULL REFERENCES schools(id),
    bus_id     int           REFERENCES buses(id),
    driver_id  int           REFERENCES drivers(id),
    code       text          NOT NULL UNIQUE,
    length_km  numeric(5,1)  NOT NULL,
    session    text          NOT NULL CHECK (session IN ('morning', 'afternoon', 'both'))
);
CREATE TABLE stops (
    id           serial   PRIMARY KEY,
    route_id     int      NOT NULL REFERENCES routes(id),
    seq          int      NOT NULL,
    street       text     NOT NULL,
    pickup_time  time     NOT NULL,
    has_shelter  boolean  NOT NULL DEFAULT false
);
CREATE TABLE pupils (
    id                serial   PRIMARY KEY,
    school_id         int      NOT NULL REFERENCES schools(id),
    stop_id           int      REFERENCES stops(id),
    full_name         text     NOT NULL,
    grade             int      NOT NULL CHECK (grade BETWEEN 1 AND 12),
    guardian_phone    text,
    allergy_note      text,
    needs_assistance  boolean  NOT NULL DEFAULT false
);
CREATE TABLE trips (
    id           serial       PRIMARY KEY,
    route_id     int          NOT NULL REFERENCES routes(id),
    run_on       date         NOT NULL,
    departed_at  timestamptz  NOT NULL,
    delay_min    int          NOT NULL DEFAULT 0 CHECK (delay_min >= 0),
    outcome      text         NOT NULL CHECK (outcome IN ('on_time', 'late', 'cancelled', 'breakdown')),
    riders       int
);
CREATE TABLE incidents (
    id           serial       PRIMARY KEY,
    trip_id      int          NOT NULL REFERENCES trips(id),
    reported_at  timestamptz  NOT NULL,
    severity     text         NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious')),
    kind         text         NOT NULL CHECK (kind IN ('behaviour', 'medical', 'collision', 'mechanical')),
    resolved     boolean      NOT NULL DEFAULT false,
    notes        text
);
