-- Live-event ticketing: venues with seat maps, events, price tiers, orders, tickets, check-ins
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE event_status AS ENUM ('draft', 'on_sale', 'sold_out', 'cancelled', 'completed');
CREATE TYPE ticket_state AS ENUM ('held', 'sold', 'refunded', 'void');

CREATE TABLE venues (
    venue_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        char(4) NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{4}$'),
    name        text NOT NULL,
    timezone    text NOT NULL CHECK (timezone LIKE '%/%'),
    capacity    integer NOT NULL CHECK (capacity BETWEEN 50 AND 120000),
    curfew      timetz,
    accessible_seats smallint NOT NULL DEFAULT 0
);

CREATE TABLE sections (
    venue_id    integer NOT NULL REFERENCES venues ON DELETE CASCADE,
    section_code varchar(5) NOT NULL CHECK (section_code ~ '^[A-Z0-9]{1,5}$'),
    general_admission boolean NOT NULL DEFAULT false,
    ga_capacity integer,
    rows        char(2)[],            -- row labels, e.g. {A,B,...,AA}
    seats_per_row smallint,
    PRIMARY KEY (venue_id, section_code),
    CHECK (CASE WHEN general_admission THEN ga_capacity > 0 AND rows IS NULL AND seats_per_row IS NULL
                ELSE ga_capacity IS NULL AND cardinality(rows) BETWEEN 1 AND 60 AND seats_per_row BETWEEN 1 AND 80 END)
);

CREATE TABLE seats (
    seat_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id    integer NOT NULL,
    section_code varchar(5) NOT NULL,
    row_label   char(2) NOT NULL CHECK (row_label ~ '^[A-Z]{1,2}$'),
    seat_no     smallint NOT NULL CHECK (seat_no > 0),
    accessible  boolean NOT NULL DEFAULT false,
    obstructed  boolean NOT NULL DEFAULT false,
    FOREIGN KEY (venue_id, section_code) REFERENCES sections ON DELETE CASCADE,
    UNIQUE (venue_id, section_code, row_label, seat_no),
    UNIQUE (seat_id, venue_id)
);

-- seat row must be one of its section's rows and seat number within the row length
CREATE FUNCTION seats_in_section() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s sections%ROWTYPE;
BEGIN
    SELECT * INTO s FROM sections WHERE venue_id = NEW.venue_id AND section_code = NEW.section_code;
    IF s.general_admission THEN
        RAISE EXCEPTION 'section % is general admission', s.section_code;
    END IF;
    IF NOT (NEW.row_label = ANY (s.rows)) OR NEW.seat_no > s.seats_per_row THEN
        RAISE EXCEPTION 'seat %-% does not exist in section %', NEW.row_label, NEW.seat_no, s.section_code;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER seats_in_section BEFORE INSERT OR UPDATE ON seats
    FOR EACH ROW EXECUTE FUNCTION seats_in_section();

CREATE TABLE events (
    event_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id    integer NOT NULL REFERENCES venues,
    title       text NOT NULL,
    performers  text[] NOT NULL CHECK (array_length(performers, 1) BETWEEN 1 AND 12),
    doors_at    timestamptz NOT NULL,
    starts_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    on_sale_at  timestamptz NOT NULL,
    status      event_status NOT NULL DEFAULT 'draft',
    min_age     smallint CHECK (min_age IN (16, 18, 21)),
    per_order_limit smallint NOT NULL DEFAULT 8 CHECK (per_order_limit BETWEEN 1 AND 20),
    UNIQUE (event_id, venue_id),
    CHECK (doors_at <= starts_at - interval '30 minutes'),
    CHECK (starts_at < ends_at AND ends_at <= starts_at + interval '14 hours'),
    CHECK (on_sale_at <= doors_at - interval '1 day'),
    -- one show at a time per venue
    EXCLUDE USING gist (venue_id WITH =, tstzrange(doors_at, ends_at) WITH &&) WHERE (status <> 'cancelled')
);

CREATE TABLE price_tiers (
    event_id    integer NOT NULL REFERENCES events ON DELETE CASCADE,
    tier        varchar(12) NOT NULL CHECK (tier ~ '^[A-Z][A-Z0-9_]*$'),
    face_value  numeric(8,2) NOT NULL CHECK (face_value >= 0),
    fee         numeric(6,2) NOT NULL DEFAULT 0 CHECK (fee >= 0),
    tax_rate    numeric(4,3) NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 0.25),
    allocation  integer NOT NULL CHECK (allocation > 0),
    PRIMARY KEY (event_id, tier),
    CHECK (fee <= greatest(face_value * 0.30, 5.00)),
    CHECK (face_value > 0 OR tier IN ('COMP', 'GUEST'))
);

CREATE TABLE orders (
    order_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id    integer NOT NULL REFERENCES events,
    buyer_email text NOT NULL CHECK (buyer_email ~ '^[^@]+@[^@]+\.[^@]+$'),
    placed_at   timestamptz NOT NULL DEFAULT now(),
    amount_paid numeric(10,2) NOT NULL CHECK (amount_paid >= 0),
    payment_ref varchar(32),
    promo_code  varchar(16) CHECK (promo_code = upper(promo_code)),
    CHECK ((amount_paid > 0) = (payment_ref IS NOT NULL))
);

CREATE TABLE tickets (
    ticket_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    barcode     char(16) NOT NULL UNIQUE CHECK (barcode ~ '^[0-9A-F]{16}$'),
    order_id    uuid NOT NULL REFERENCES orders ON DELETE CASCADE,
    event_id    integer NOT NULL,
    venue_id    integer NOT NULL,
    tier        varchar(12) NOT NULL,
    seat_id     bigint,
    ga_section  varchar(5),
    state       ticket_state NOT NULL DEFAULT 'held',
    held_until  timestamptz,
    price       numeric(8,2) NOT NULL CHECK (price >= 0),
    FOREIGN KEY (event_id, tier) REFERENCES price_tiers,
    FOREIGN KEY (event_id, venue_id) REFERENCES events (event_id, venue_id),
    -- the seat must be in the event's venue (FK to a UNIQUE, non-PK column pair)
    FOREIGN KEY (seat_id, venue_id) REFERENCES seats (seat_id, venue_id),
    FOREIGN KEY (venue_id, ga_section) REFERENCES sections (venue_id, section_code),
    CHECK (num_nonnulls(seat_id, ga_section) = 1),
    CHECK ((state = 'held') = (held_until IS NOT NULL))
);
-- a seat is sold at most once per event (refunded/void tickets release it)
CREATE UNIQUE INDEX tickets_seat_once ON tickets (event_id, seat_id)
    WHERE seat_id IS NOT NULL AND state IN ('held', 'sold');

CREATE FUNCTION tickets_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE o orders%ROWTYPE; ga boolean; lim smallint; n int;
BEGIN
    SELECT * INTO o FROM orders WHERE order_id = NEW.order_id;
    IF o.event_id <> NEW.event_id THEN
        RAISE EXCEPTION 'ticket event % differs from order event %', NEW.event_id, o.event_id;
    END IF;
    IF NEW.ga_section IS NOT NULL THEN
        SELECT general_admission INTO ga FROM sections WHERE venue_id = NEW.venue_id AND section_code = NEW.ga_section;
        IF NOT ga THEN RAISE EXCEPTION 'section % is reserved seating', NEW.ga_section; END IF;
    END IF;
    SELECT per_order_limit INTO lim FROM events WHERE event_id = NEW.event_id;
    SELECT count(*) INTO n FROM tickets WHERE order_id = NEW.order_id AND ticket_id <> NEW.ticket_id;
    IF n + 1 > lim THEN
        RAISE EXCEPTION 'order % exceeds the limit of % tickets', NEW.order_id, lim;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tickets_validate BEFORE INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION tickets_validate();

CREATE TABLE checkins (
    ticket_id   bigint PRIMARY KEY REFERENCES tickets ON DELETE CASCADE,
    scanned_at  timestamptz NOT NULL,
    gate        varchar(4) NOT NULL CHECK (gate ~ '^G[0-9]{1,3}$'),
    device_mac  macaddr8
);

CREATE FUNCTION checkins_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE e events%ROWTYPE; st ticket_state;
BEGIN
    SELECT ev.* INTO e FROM tickets t JOIN events ev USING (event_id) WHERE t.ticket_id = NEW.ticket_id;
    SELECT t.state INTO st FROM tickets t WHERE t.ticket_id = NEW.ticket_id;
    IF st <> 'sold' THEN RAISE EXCEPTION 'ticket % is %', NEW.ticket_id, st; END IF;
    IF NEW.scanned_at < e.doors_at OR NEW.scanned_at > e.ends_at THEN
        RAISE EXCEPTION 'scan at % outside doors-to-end window of event %', NEW.scanned_at, e.event_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER checkins_validate BEFORE INSERT OR UPDATE ON checkins
    FOR EACH ROW EXECUTE FUNCTION checkins_validate();

CREATE VIEW sales_by_tier AS
    SELECT t.event_id, t.tier, count(*) FILTER (WHERE t.state = 'sold') AS sold
    FROM tickets t GROUP BY t.event_id, t.tier;
