-- a cycling club's rides and an irrigation pump's runs: an amount made over the row's span at a capped rate
CREATE TABLE rides (
    id           serial PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL,
    odo_start_m  integer NOT NULL CHECK (odo_start_m >= 0),
    odo_end_m    integer NOT NULL,
    CHECK (finished_at > started_at AND finished_at <= started_at + interval '12 hours'),
    CHECK (odo_end_m >= odo_start_m),
    CHECK (odo_end_m - odo_start_m <= 2 * extract(epoch FROM finished_at - started_at))
);
CREATE TABLE pump_runs (
    id           serial PRIMARY KEY,
    started_at   timestamp NOT NULL,
    stopped_at   timestamp NOT NULL,
    litres       numeric(9,1) NOT NULL CHECK (litres BETWEEN 1 AND 50000),
    CHECK (stopped_at > started_at + interval '1 minute'),
    CHECK (litres < 2 * (extract(epoch FROM (stopped_at - started_at)) / 60))
);
