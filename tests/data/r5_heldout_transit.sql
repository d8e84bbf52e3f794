-- a bus operator: departures on the quarter hour, layovers in whole minutes, shifts from the hour
CREATE TABLE routes (
    code        varchar(5) PRIMARY KEY,
    headway     interval NOT NULL CHECK (headway BETWEEN interval '5 minutes' AND interval '2 hours'
                                         AND extract(minute FROM headway) IN (0, 10, 15, 20, 30)),
    layover     interval NOT NULL CHECK (extract(second FROM layover) = 0)
);
CREATE TABLE departures (
    id          bigserial PRIMARY KEY,
    route_code  varchar(5) NOT NULL REFERENCES routes(code),
    leaves_at   timestamp NOT NULL CHECK (extract(minute FROM leaves_at) IN (0, 15, 30, 45)
                                          AND extract(second FROM leaves_at) = 0),
    arrives_at  timestamp NOT NULL,
    CHECK (arrives_at > leaves_at)
);
CREATE TABLE shifts (
    id          serial PRIMARY KEY,
    starts_at   timestamptz NOT NULL CHECK (date_trunc('hour', starts_at) = starts_at),
    ends_at     timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
