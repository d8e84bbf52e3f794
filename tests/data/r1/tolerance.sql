-- held-out (r1): tolerance CHECKs deriving one column from an expression
CREATE TABLE invoices_lines (
    id serial PRIMARY KEY,
    hours numeric(6,2) NOT NULL CHECK (hours > 0),
    rate numeric(8,2) NOT NULL CHECK (rate > 0),
    amount numeric(10,2) NOT NULL,
    CHECK (abs(amount - round(hours * rate, 2)) <= 0.01)
);
CREATE TABLE meter_reads (
    id serial PRIMARY KEY,
    day_units numeric(8,2),
    night_units numeric(8,2),
    tariff numeric(6,4) NOT NULL CHECK (tariff > 0 AND tariff < 1),
    charge numeric(10,2) NOT NULL,
    CHECK (num_nonnulls(day_units, night_units) >= 1),
    CHECK (abs(charge - round(COALESCE(day_units, night_units) * tariff, 2)) < 0.02)
);
CREATE TABLE conversions (
    id serial PRIMARY KEY,
    celsius numeric(5,1) NOT NULL CHECK (celsius BETWEEN -40 AND 60),
    fahrenheit numeric(6,1) NOT NULL,
    CHECK (abs(fahrenheit - (celsius * 1.8 + 32)) < 0.1)
);
