-- A council's open-air swimming pools (brief s33 of session 15): pools run sessions, lifeguards work rota slots,
-- swimmers hold passes and book sessions; incidents are logged against a session.
CREATE TABLE pools (
    pool_id      serial PRIMARY KEY,
    pool_name    varchar(80) NOT NULL,
    length_m     smallint NOT NULL CHECK (length_m IN (25, 33, 50, 100)),
    heated       boolean NOT NULL DEFAULT false
);

CREATE TABLE lifeguards (
    guard_id     serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    qualified_on date NOT NULL,
    hourly_rate  numeric(6,2) NOT NULL CHECK (hourly_rate BETWEEN 8 AND 40)
);

CREATE TABLE swim_sessions (
    session_id   serial PRIMARY KEY,
    pool_id      integer NOT NULL REFERENCES pools(pool_id),
    starts_at    timestamptz NOT NULL,
    capacity     smallint NOT NULL CHECK (capacity BETWEEN 10 AND 400),
    session_kind varchar(10) NOT NULL CHECK (session_kind IN ('lane', 'family', 'lesson', 'club'))
);

CREATE TABLE rota_slots (
    slot_id      serial PRIMARY KEY,
    session_id   integer NOT NULL REFERENCES swim_sessions(session_id),
    guard_id     integer NOT NULL REFERENCES lifeguards(guard_id),
    chair_no     smallint NOT NULL CHECK (chair_no BETWEEN 1 AND 6)
);

CREATE TABLE swimmers (
    swimmer_id   serial PRIMARY KEY,
    full_name    varchar(120) NOT NULL,
    email        varchar(200),
    birth_year   smallint CHECK (birth_year BETWEEN 1920 AND 2024)
);

CREATE TABLE season_passes (
    pass_id      serial PRIMARY KEY,
    swimmer_id   integer NOT NULL REFERENCES swimmers(swimmer_id),
    pass_kind    varchar(10) NOT NULL CHECK (pass_kind IN ('adult', 'junior', 'senior', 'family')),
    valid_from   date NOT NULL
);

CREATE TABLE bookings (
    booking_id   serial PRIMARY KEY,
    session_id   integer NOT NULL REFERENCES swim_sessions(session_id),
    swimmer_id   integer NOT NULL REFERENCES swimmers(swimmer_id),
    pass_id      integer REFERENCES season_passes(pass_id),
    booked_at    timestamptz NOT NULL,
    attended     boolean NOT NULL DEFAULT true
);

CREATE TABLE incidents (
    incident_id  serial PRIMARY KEY,
    session_id   integer NOT NULL REFERENCES swim_sessions(session_id),
    severity     varchar(8) NOT NULL CHECK (severity IN ('minor', 'moderate', 'serious')),
    logged_at    timestamptz NOT NULL
);
