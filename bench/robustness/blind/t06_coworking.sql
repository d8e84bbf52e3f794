-- Coworking spaces: locations, rooms, companies with member seats, room reservations, day passes, invoices
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE room_kind AS ENUM ('meeting', 'phone_booth', 'event', 'private_office');

CREATE TABLE locations (
    location_id   smallint PRIMARY KEY,
    city          text NOT NULL,
    street        text NOT NULL,
    time_zone     text NOT NULL CHECK (time_zone IN ('Europe/London', 'Europe/Berlin', 'Europe/Lisbon', 'America/New_York')),
    open_from     time NOT NULL,
    open_until    time NOT NULL,
    weekend_open  boolean NOT NULL DEFAULT false,
    wifi_subnet   cidr NOT NULL UNIQUE CHECK (family(wifi_subnet) = 4 AND masklen(wifi_subnet) BETWEEN 16 AND 24),
    CHECK (open_until > open_from)
);

CREATE TABLE rooms (
    location_id   smallint NOT NULL REFERENCES locations(location_id),
    room_no       varchar(6) NOT NULL CHECK (room_no ~ '^[0-9]{1,2}\.[0-9]{2}[A-Z]?$'),
    kind          room_kind NOT NULL,
    seats         smallint NOT NULL CHECK (seats >= 1),
    hourly_credits smallint NOT NULL CHECK (hourly_credits >= 0),
    amenities     text[] NOT NULL DEFAULT ARRAY[]::text[],
    PRIMARY KEY (location_id, room_no),
    CHECK (kind <> 'phone_booth' OR seats <= 2),
    CHECK (kind <> 'event' OR seats >= 20),
    CHECK (NOT ('projector' = ANY (amenities)) OR kind IN ('meeting', 'event'))
);

CREATE TABLE companies (
    company_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_name    text NOT NULL,
    vat_number    varchar(14) UNIQUE NULLS NOT DISTINCT,
    billing_email citext NOT NULL,
    home_location smallint NOT NULL REFERENCES locations(location_id),
    seats_contracted smallint NOT NULL CHECK (seats_contracted BETWEEN 1 AND 200),
    monthly_credits integer GENERATED ALWAYS AS (seats_contracted * 10) STORED,
    contract       daterange NOT NULL,
    primary_admin  integer,  -- FK added below: company <-> admin member cycle
    CHECK (vat_number IS NULL OR vat_number ~ '^(GB[0-9]{9}|DE[0-9]{9}|PT[0-9]{9})$'),
    CHECK (upper(contract) - lower(contract) >= 30)
);
CREATE UNIQUE INDEX companies_legal_name ON companies (lower(btrim(legal_name)));

CREATE TABLE members (
    member_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id    integer NOT NULL REFERENCES companies(company_id) DEFERRABLE INITIALLY DEFERRED,
    email         citext NOT NULL UNIQUE,
    given_name    text NOT NULL,
    family_name   text NOT NULL,
    badge_uid     bytea UNIQUE CHECK (badge_uid IS NULL OR octet_length(badge_uid) IN (4, 7, 10)),
    laptop_mac    macaddr,
    is_active     boolean NOT NULL DEFAULT true,
    CHECK (email NOT LIKE '%@example.%')
);
ALTER TABLE companies ADD CONSTRAINT companies_primary_admin_fk
    FOREIGN KEY (primary_admin) REFERENCES members(member_id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE companies ALTER COLUMN primary_admin SET NOT NULL;

CREATE TABLE reservations (
    reservation_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id   smallint NOT NULL,
    room_no       varchar(6) NOT NULL,
    member_id     integer NOT NULL REFERENCES members(member_id) ON DELETE CASCADE,
    slot          tsrange NOT NULL,
    attendees     smallint NOT NULL DEFAULT 1 CHECK (attendees >= 1),
    cancelled     boolean NOT NULL DEFAULT false,
    credits_used  smallint NOT NULL CHECK (credits_used >= 0),
    FOREIGN KEY (location_id, room_no) REFERENCES rooms(location_id, room_no) ON UPDATE CASCADE,
    CHECK (date_trunc('day', lower(slot)) = date_trunc('day', upper(slot) - interval '1 microsecond')),
    CHECK (extract(minute FROM lower(slot)) IN (0, 15, 30, 45) AND extract(minute FROM upper(slot)) IN (0, 15, 30, 45)),
    CHECK (extract(second FROM lower(slot)) = 0 AND extract(second FROM upper(slot)) = 0),
    CHECK (upper(slot) - lower(slot) BETWEEN interval '15 minutes' AND interval '10 hours'),
    EXCLUDE USING gist (location_id WITH =, room_no WITH =, slot WITH &&) WHERE (NOT cancelled)
);

CREATE FUNCTION reservation_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE l locations%ROWTYPE; r rooms%ROWTYPE;
BEGIN
    SELECT * INTO l FROM locations WHERE location_id = NEW.location_id;
    SELECT * INTO r FROM rooms WHERE location_id = NEW.location_id AND room_no = NEW.room_no;
    IF lower(NEW.slot)::time < l.open_from OR upper(NEW.slot)::time > l.open_until THEN
        RAISE EXCEPTION 'reservation outside opening hours of location %', l.location_id;
    END IF;
    IF NOT l.weekend_open AND extract(isodow FROM lower(NEW.slot)) > 5 THEN
        RAISE EXCEPTION 'location % closed at weekends', l.location_id;
    END IF;
    IF NEW.attendees > r.seats THEN
        RAISE EXCEPTION 'room % seats only %', r.room_no, r.seats;
    END IF;
    IF r.kind = 'private_office' THEN
        RAISE EXCEPTION 'private offices cannot be reserved by the hour';
    END IF;
    NEW.credits_used := ceil(extract(epoch FROM upper(NEW.slot) - lower(NEW.slot)) / 3600.0 * r.hourly_credits);
    RETURN NEW;
END $$;
CREATE TRIGGER reservations_rules BEFORE INSERT OR UPDATE ON reservations
    FOR EACH ROW EXECUTE FUNCTION reservation_rules();

CREATE TABLE day_passes (
    pass_code     char(10) PRIMARY KEY DEFAULT upper(substr(md5(random()::text), 1, 10)),
    location_id   smallint NOT NULL REFERENCES locations(location_id),
    guest_email   citext NOT NULL,
    valid_on      date NOT NULL,
    host_member   integer REFERENCES members(member_id) ON DELETE SET NULL,
    price         numeric(6,2) NOT NULL CHECK (price >= 0),
    CHECK (host_member IS NOT NULL OR price > 0),
    UNIQUE (guest_email, valid_on)
);

CREATE TABLE invoices (
    invoice_no    text PRIMARY KEY CHECK (invoice_no ~ '^CW-[0-9]{4}-[0-9]{5}$'),
    company_id    integer NOT NULL REFERENCES companies(company_id),
    period_month  date NOT NULL CHECK (extract(day FROM period_month) = 1),
    net           numeric(10,2) NOT NULL CHECK (net >= 0),
    vat_rate      numeric(4,2) NOT NULL CHECK (vat_rate IN (0, 19, 20, 23)),
    vat           numeric(10,2) NOT NULL,
    gross         numeric(10,2) NOT NULL,
    CHECK (vat = round(net * vat_rate / 100, 2)),
    CHECK (gross = net + vat),
    CHECK (substr(invoice_no, 4, 4)::int = extract(year FROM period_month)),
    UNIQUE (company_id, period_month)
);

CREATE VIEW room_utilisation AS
    SELECT location_id, room_no, count(*) AS bookings FROM reservations WHERE NOT cancelled GROUP BY 1, 2;
