-- Regional airline operations: airports, aircraft, crew, routes, flights, crew assignments, duty logs
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA ops;
SET search_path = ops, public;

CREATE TYPE crew_role AS ENUM ('captain', 'first_officer', 'purser', 'cabin_attendant');
CREATE TYPE flight_status AS ENUM ('scheduled', 'boarding', 'departed', 'arrived', 'cancelled', 'diverted');

CREATE DOMAIN iata_code AS char(3) CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE DOMAIN icao_code AS char(4) CHECK (VALUE ~ '^[A-Z]{4}$');

CREATE TABLE airports (
    iata          iata_code PRIMARY KEY,
    icao          icao_code NOT NULL UNIQUE,
    name          text NOT NULL,
    latitude      numeric(8,5) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     numeric(8,5) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    utc_offset    interval NOT NULL CHECK (utc_offset BETWEEN interval '-12 hours' AND interval '14 hours'
                                           AND extract(minute FROM utc_offset) IN (0, 30, 45)),
    curfew        int4range,
    CHECK (curfew IS NULL OR (lower(curfew) >= 0 AND upper(curfew) <= 24))
);

CREATE TABLE aircraft (
    registration  varchar(6) PRIMARY KEY CHECK (registration ~ '^[A-Z]{1,2}-[A-Z]{3,4}$'),
    type_code     char(4) NOT NULL CHECK (type_code IN ('AT76', 'DH8D', 'E195', 'A220')),
    seats         smallint NOT NULL CHECK (seats BETWEEN 30 AND 160),
    mtow_kg       integer NOT NULL CHECK (mtow_kg > 15000),
    delivered_on  date NOT NULL,
    retired_on    date,
    CHECK (retired_on IS NULL OR retired_on > delivered_on + interval '1 year')
);

CREATE TABLE crew (
    crew_id       integer PRIMARY KEY,
    staff_no      char(6) NOT NULL UNIQUE CHECK (staff_no ~ '^[0-9]{6}$'),
    name          text NOT NULL,
    base          iata_code NOT NULL REFERENCES airports(iata),
    role          crew_role NOT NULL,
    type_ratings  char(4)[] NOT NULL DEFAULT '{}',
    licence_expires date,
    CHECK ((role IN ('captain', 'first_officer')) = (licence_expires IS NOT NULL)),
    CHECK (role NOT IN ('captain', 'first_officer') OR cardinality(type_ratings) BETWEEN 1 AND 3),
    CHECK (type_ratings <@ ARRAY['AT76', 'DH8D', 'E195', 'A220']::char(4)[])
);

CREATE TABLE routes (
    origin        iata_code NOT NULL REFERENCES airports(iata),
    destination   iata_code NOT NULL REFERENCES airports(iata),
    flight_no     varchar(6) NOT NULL UNIQUE CHECK (flight_no ~ '^RX[0-9]{1,4}$'),
    block_time    interval NOT NULL CHECK (block_time BETWEEN interval '25 minutes' AND interval '6 hours'),
    distance_km   integer NOT NULL CHECK (distance_km > 50),
    PRIMARY KEY (origin, destination),
    CHECK (origin <> destination)
);

CREATE TABLE flights (
    flight_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    flight_no     varchar(6) NOT NULL REFERENCES routes(flight_no) ON UPDATE CASCADE,
    flight_date   date NOT NULL,
    registration  varchar(6) REFERENCES aircraft(registration),
    sched_dep     timestamptz NOT NULL,
    sched_arr     timestamptz NOT NULL,
    actual_dep    timestamptz,
    actual_arr    timestamptz,
    status        flight_status NOT NULL DEFAULT 'scheduled',
    pax_booked    smallint NOT NULL DEFAULT 0 CHECK (pax_booked >= 0),
    delay_minutes integer GENERATED ALWAYS AS (
        CASE WHEN actual_dep IS NULL THEN NULL
             ELSE greatest(0, (extract(epoch FROM actual_dep - sched_dep) / 60)::integer) END) STORED,
    UNIQUE (flight_no, flight_date),
    CHECK (sched_arr > sched_dep),
    CHECK (flight_date = (sched_dep AT TIME ZONE 'UTC')::date),
    CHECK (actual_arr IS NULL OR actual_dep IS NOT NULL AND actual_arr > actual_dep),
    CHECK (status NOT IN ('departed', 'arrived', 'diverted') OR actual_dep IS NOT NULL),
    CHECK (status <> 'arrived' OR actual_arr IS NOT NULL),
    CHECK (status = 'cancelled' OR registration IS NOT NULL),
    EXCLUDE USING gist (registration WITH =, tstzrange(sched_dep, sched_arr) WITH &&) WHERE (status <> 'cancelled')
);

CREATE FUNCTION ops.flight_checks() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bt interval; cap smallint;
BEGIN
    SELECT block_time INTO bt FROM ops.routes WHERE flight_no = NEW.flight_no;
    IF NEW.sched_arr - NEW.sched_dep NOT BETWEEN bt - interval '15 minutes' AND bt + interval '30 minutes' THEN
        RAISE EXCEPTION 'scheduled block time for % deviates from route block time %', NEW.flight_no, bt;
    END IF;
    IF NEW.registration IS NOT NULL THEN
        SELECT seats INTO cap FROM ops.aircraft WHERE registration = NEW.registration;
        IF NEW.pax_booked > cap THEN
            RAISE EXCEPTION 'overbooked: % pax on % seats', NEW.pax_booked, cap;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER flights_checks BEFORE INSERT OR UPDATE ON flights
    FOR EACH ROW EXECUTE FUNCTION ops.flight_checks();

CREATE TABLE crew_assignments (
    flight_id     bigint NOT NULL REFERENCES flights(flight_id) ON DELETE CASCADE,
    crew_id       integer NOT NULL REFERENCES crew(crew_id),
    seat_role     crew_role NOT NULL,
    is_deadhead   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (flight_id, crew_id)
);
CREATE UNIQUE INDEX one_captain_per_flight ON crew_assignments (flight_id)
    WHERE seat_role = 'captain' AND NOT is_deadhead;

CREATE FUNCTION ops.assignment_rated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE c ops.crew%ROWTYPE; f ops.flights%ROWTYPE; t char(4);
BEGIN
    SELECT * INTO c FROM ops.crew WHERE crew_id = NEW.crew_id;
    SELECT * INTO f FROM ops.flights WHERE flight_id = NEW.flight_id;
    IF NEW.seat_role IN ('captain', 'first_officer') AND NOT NEW.is_deadhead THEN
        IF c.role NOT IN ('captain', 'first_officer') THEN
            RAISE EXCEPTION 'crew % is not a pilot', NEW.crew_id;
        END IF;
        IF NEW.seat_role = 'captain' AND c.role <> 'captain' THEN
            RAISE EXCEPTION 'crew % cannot sit as captain', NEW.crew_id;
        END IF;
        SELECT type_code INTO t FROM ops.aircraft WHERE registration = f.registration;
        IF NOT (t = ANY (c.type_ratings)) THEN
            RAISE EXCEPTION 'crew % not rated on %', NEW.crew_id, t;
        END IF;
        IF c.licence_expires < f.flight_date THEN
            RAISE EXCEPTION 'licence of crew % expired', NEW.crew_id;
        END IF;
    ELSIF NEW.seat_role IN ('purser', 'cabin_attendant') AND c.role NOT IN ('purser', 'cabin_attendant') THEN
        RAISE EXCEPTION 'crew % is not cabin crew', NEW.crew_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER crew_assignments_rated BEFORE INSERT OR UPDATE ON crew_assignments
    FOR EACH ROW EXECUTE FUNCTION ops.assignment_rated();

CREATE TABLE duty_periods (
    crew_id       integer NOT NULL REFERENCES crew(crew_id) ON DELETE CASCADE,
    duty          tstzrange NOT NULL,
    rest_before   interval NOT NULL CHECK (rest_before >= interval '10 hours'),
    sectors       smallint NOT NULL CHECK (sectors BETWEEN 1 AND 6),
    CHECK (upper(duty) - lower(duty) <= interval '13 hours' - (greatest(sectors - 2, 0) * interval '30 minutes')),
    PRIMARY KEY (crew_id, duty),
    EXCLUDE USING gist (crew_id WITH =, duty WITH &&)
);

CREATE VIEW todays_departures AS
    SELECT f.flight_no, r.origin, r.destination, f.sched_dep, f.status
    FROM flights f JOIN routes r USING (flight_no) WHERE f.flight_date = current_date;
