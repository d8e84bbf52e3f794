-- Electricity & gas retailer: customers, supply points, meters, tariffs, meter readings (list+range partitioned), bills
CREATE SCHEMA retail;
CREATE SCHEMA metering;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE retail.fuel AS ENUM ('electricity', 'gas');
CREATE TYPE metering.read_source AS ENUM ('smart', 'customer', 'engineer', 'estimate');

CREATE DOMAIN retail.mpan AS char(13) CHECK (VALUE ~ '^[0-9]{13}$');
CREATE DOMAIN retail.mprn AS varchar(10) CHECK (VALUE ~ '^[0-9]{6,10}$');

-- MPAN core check digit (primes weighting, mod 11 mod 10)
CREATE FUNCTION retail.mpan_check(m text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT (SELECT sum(substr(m, i, 1)::int * (ARRAY[3,5,7,13,17,19,23,29,31,37,41,43])[i])
              FROM generate_series(1, 12) i) % 11 % 10 = substr(m, 13, 1)::int
$$;

CREATE SEQUENCE retail.account_no_seq START 10000001;

CREATE TABLE retail.accounts (
    account_no    bigint PRIMARY KEY DEFAULT nextval('retail.account_no_seq'),
    holder_name   text NOT NULL CHECK (holder_name = btrim(holder_name) AND holder_name <> ''),
    email         text CHECK (email ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$'),
    postal_address jsonb NOT NULL CHECK (jsonb_typeof(postal_address) = 'object'
                                         AND postal_address ?& ARRAY['line1', 'town', 'postcode']
                                         AND jsonb_typeof(postal_address -> 'line1') = 'string'),
    payment_method text NOT NULL CHECK (payment_method IN ('direct_debit', 'prepay', 'on_receipt')),
    dd_day        smallint CHECK (dd_day BETWEEN 1 AND 28),
    priority_services boolean NOT NULL DEFAULT false,
    psr_needs     text[],
    opened_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((payment_method = 'direct_debit') = (dd_day IS NOT NULL)),
    CHECK (priority_services OR psr_needs IS NULL),
    CHECK (NOT priority_services OR array_length(psr_needs, 1) >= 1)
);

CREATE TABLE retail.tariffs (
    tariff_code   varchar(20) PRIMARY KEY CHECK (tariff_code ~ '^[A-Z]+(-[A-Z0-9]+)+$'),
    fuel          retail.fuel NOT NULL,
    unit_rate_p   numeric(6,3) NOT NULL CHECK (unit_rate_p > 0),
    night_rate_p  numeric(6,3),
    standing_p_day numeric(6,3) NOT NULL CHECK (standing_p_day >= 0),
    available     daterange NOT NULL,
    CHECK (night_rate_p IS NULL OR fuel = 'electricity' AND night_rate_p < unit_rate_p),
    CHECK (NOT isempty(available) AND NOT lower_inf(available))
);

CREATE TABLE retail.supply_points (
    supply_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no    bigint NOT NULL REFERENCES retail.accounts(account_no) ON DELETE CASCADE,
    fuel          retail.fuel NOT NULL,
    mpan          retail.mpan UNIQUE CHECK (retail.mpan_check(mpan)),
    mprn          retail.mprn UNIQUE,
    tariff_code   varchar(20) NOT NULL REFERENCES retail.tariffs(tariff_code),
    supply_start  date NOT NULL,
    supply_end    date,
    CHECK (num_nonnulls(mpan, mprn) = 1),
    CHECK ((fuel = 'electricity') = (mpan IS NOT NULL)),
    CHECK (supply_end IS NULL OR supply_end > supply_start),
    UNIQUE (supply_id, fuel)
);

CREATE FUNCTION retail.tariff_fuel_matches() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT fuel FROM retail.tariffs WHERE tariff_code = NEW.tariff_code) <> NEW.fuel THEN
        RAISE EXCEPTION 'tariff % is not a % tariff', NEW.tariff_code, NEW.fuel;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER supply_points_tariff BEFORE INSERT OR UPDATE ON retail.supply_points
    FOR EACH ROW EXECUTE FUNCTION retail.tariff_fuel_matches();

CREATE TABLE metering.meters (
    serial        varchar(12) PRIMARY KEY CHECK (serial ~ '^[0-9]{2}[A-Z][0-9]{5,9}$'),
    supply_id     integer NOT NULL,
    fuel          retail.fuel NOT NULL,
    registers     smallint NOT NULL DEFAULT 1 CHECK (registers IN (1, 2)),
    digits        smallint NOT NULL CHECK (digits BETWEEN 4 AND 6),
    installed_on  date NOT NULL,
    removed_on    date,
    comms_hub_ip  inet CHECK (comms_hub_ip IS NULL OR family(comms_hub_ip) = 6),
    FOREIGN KEY (supply_id, fuel) REFERENCES retail.supply_points(supply_id, fuel),
    CHECK (fuel = 'electricity' OR registers = 1),
    CHECK (removed_on IS NULL OR removed_on >= installed_on)
);
CREATE UNIQUE INDEX meters_one_live_per_supply ON metering.meters (supply_id) WHERE removed_on IS NULL;

CREATE TABLE metering.readings (
    fuel          retail.fuel NOT NULL,
    serial        varchar(12) NOT NULL REFERENCES metering.meters(serial),
    register      smallint NOT NULL DEFAULT 1 CHECK (register IN (1, 2)),
    read_at       timestamptz NOT NULL,
    value         integer NOT NULL CHECK (value >= 0),
    source        metering.read_source NOT NULL,
    photo         bytea,
    PRIMARY KEY (fuel, serial, register, read_at),
    CHECK (source <> 'customer' OR photo IS NOT NULL OR value < 1000000)
) PARTITION BY LIST (fuel);

CREATE TABLE metering.readings_gas PARTITION OF metering.readings FOR VALUES IN ('gas');
CREATE TABLE metering.readings_elec PARTITION OF metering.readings FOR VALUES IN ('electricity')
    PARTITION BY RANGE (read_at);
CREATE TABLE metering.readings_elec_2024 PARTITION OF metering.readings_elec
    FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE metering.readings_elec_2025 PARTITION OF metering.readings_elec
    FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE metering.readings_elec_other PARTITION OF metering.readings_elec DEFAULT;

CREATE FUNCTION metering.reading_valid() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE m metering.meters%ROWTYPE; prev integer;
BEGIN
    SELECT * INTO m FROM metering.meters WHERE serial = NEW.serial;
    IF m.fuel <> NEW.fuel THEN RAISE EXCEPTION 'reading fuel mismatch for meter %', NEW.serial; END IF;
    IF NEW.register > m.registers THEN RAISE EXCEPTION 'meter % has no register %', NEW.serial, NEW.register; END IF;
    IF NEW.value >= 10 ^ m.digits THEN RAISE EXCEPTION 'reading % exceeds % dials', NEW.value, m.digits; END IF;
    IF NEW.read_at::date < m.installed_on OR NEW.read_at::date > coalesce(m.removed_on, 'infinity'::date) THEN
        RAISE EXCEPTION 'reading outside meter % installation period', NEW.serial;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER readings_valid BEFORE INSERT OR UPDATE ON metering.readings
    FOR EACH ROW EXECUTE FUNCTION metering.reading_valid();

CREATE TABLE retail.bills (
    bill_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no    bigint NOT NULL REFERENCES retail.accounts(account_no),
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    kwh           numeric(10,1) NOT NULL CHECK (kwh >= 0),
    energy_charge numeric(10,2) NOT NULL CHECK (energy_charge >= 0),
    standing_charge numeric(10,2) NOT NULL CHECK (standing_charge >= 0),
    vat_pct       numeric(4,2) NOT NULL DEFAULT 5.00 CHECK (vat_pct IN (5.00, 20.00)),
    total         numeric(10,2) GENERATED ALWAYS AS (round((energy_charge + standing_charge) * (1 + vat_pct / 100), 2)) STORED,
    issued_on     date NOT NULL,
    CHECK (period_end > period_start AND period_end - period_start <= 93),
    CHECK (issued_on >= period_end),
    EXCLUDE USING gist (account_no WITH =, daterange(period_start, period_end) WITH &&)
);

CREATE VIEW retail.live_supplies AS
    SELECT s.*, a.holder_name FROM retail.supply_points s JOIN retail.accounts a USING (account_no) WHERE s.supply_end IS NULL;
