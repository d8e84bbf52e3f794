-- an orchard: harvests on weekdays in season, inspections on Mondays, pay periods that start on the 1st
CREATE TABLE growers (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    joined_on   date NOT NULL CHECK (joined_on >= date '2015-01-01')
);
CREATE TABLE harvests (
    id          bigserial PRIMARY KEY,
    grower_id   int NOT NULL REFERENCES growers(id),
    picked_on   date NOT NULL CHECK (extract(dow FROM picked_on) NOT IN (0, 6)
                                     AND date_part('month', picked_on) BETWEEN 7 AND 10),
    weighed_at  timestamptz NOT NULL CHECK (extract(hour FROM weighed_at) BETWEEN 6 AND 17),
    crates      smallint NOT NULL CHECK (crates > 0)
);
CREATE TABLE inspections (
    id          serial PRIMARY KEY,
    grower_id   int NOT NULL REFERENCES growers(id),
    week_of     date NOT NULL CHECK (extract(isodow FROM week_of) = 1),
    passed      boolean NOT NULL
);
CREATE TABLE pay_periods (
    grower_id   int NOT NULL REFERENCES growers(id),
    period      date NOT NULL CHECK (period = date_trunc('month', period)::date),
    amount      numeric(10,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (grower_id, period)
);
