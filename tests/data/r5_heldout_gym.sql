-- a swimming club: direct debits on a chosen day of the month, memberships from the first of a month
CREATE TABLE members (
    id            serial PRIMARY KEY,
    full_name     text NOT NULL,
    debit_day     smallint NOT NULL CHECK (debit_day IN (1, 10, 20, 28)),
    first_debit   date NOT NULL,
    CHECK (extract(day FROM first_debit) = debit_day)
);
CREATE TABLE memberships (
    id            serial PRIMARY KEY,
    member_id     int NOT NULL REFERENCES members(id),
    valid         daterange NOT NULL CHECK (extract(day FROM lower(valid)) = 1 AND NOT lower_inf(valid)),
    lanes         smallint NOT NULL CHECK (lanes BETWEEN 1 AND 8)
);
-- the date is declared before the day it must fall on
CREATE TABLE lane_bookings (
    id            serial PRIMARY KEY,
    member_id     int NOT NULL REFERENCES members(id),
    swim_on       date NOT NULL CHECK (swim_on >= date '2023-01-01'),
    fixed_day     smallint NOT NULL CHECK (fixed_day BETWEEN 1 AND 28),
    CHECK (fixed_day = date_part('day', swim_on))
);
