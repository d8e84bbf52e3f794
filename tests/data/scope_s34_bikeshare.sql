-- A city bike-share scheme (brief s34, held out): docks, bikes, riders, rides, repairs, mechanics.
CREATE TABLE docks (
    dock_id          serial PRIMARY KEY,
    station_name     varchar(80) NOT NULL,
    capacity         smallint NOT NULL CHECK (capacity BETWEEN 4 AND 60),
    opened_on        date NOT NULL,
    decommissioned_at timestamptz
);

CREATE TABLE bikes (
    bike_id          serial PRIMARY KEY,
    dock_id          integer REFERENCES docks(dock_id),
    frame_no         varchar(20) NOT NULL UNIQUE,
    bike_kind        varchar(10) NOT NULL CHECK (bike_kind IN ('classic', 'ebike', 'cargo')),
    state            varchar(12) NOT NULL CHECK (state IN ('in_service', 'in_repair', 'retired', 'missing')),
    battery_pct      smallint CHECK (battery_pct BETWEEN 0 AND 100),
    commissioned_on  date NOT NULL
);

CREATE TABLE riders (
    rider_id         serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    email            varchar(200),
    phone            varchar(30),
    plan             varchar(10) NOT NULL CHECK (plan IN ('payg', 'monthly', 'annual', 'student')),
    verified_at      timestamptz,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    signed_up_at     timestamptz NOT NULL
);

CREATE TABLE mechanics (
    mechanic_id      serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    hired_on         date NOT NULL,
    left_on          date,
    certified_on     date
);

CREATE TABLE rides (
    ride_id          bigserial PRIMARY KEY,
    bike_id          integer NOT NULL REFERENCES bikes(bike_id),
    rider_id         integer NOT NULL REFERENCES riders(rider_id),
    start_dock_id    integer NOT NULL REFERENCES docks(dock_id),
    end_dock_id      integer REFERENCES docks(dock_id),
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz,
    fare             numeric(6,2) NOT NULL CHECK (fare >= 0),
    pay_channel      varchar(10) NOT NULL CHECK (pay_channel IN ('card', 'wallet', 'voucher')),
    outcome          varchar(10) NOT NULL CHECK (outcome IN ('completed', 'abandoned', 'disputed')),
    refunded_at      timestamptz
);

CREATE TABLE repairs (
    repair_id        serial PRIMARY KEY,
    bike_id          integer NOT NULL REFERENCES bikes(bike_id),
    mechanic_id      integer REFERENCES mechanics(mechanic_id),
    reported_at      timestamptz NOT NULL,
    fixed_at         timestamptz,
    fault            varchar(12) NOT NULL CHECK (fault IN ('puncture', 'brakes', 'chain', 'battery', 'vandalism')),
    cost             numeric(7,2)
);
