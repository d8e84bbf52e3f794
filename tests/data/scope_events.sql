-- An event ticketing schema (lead's held-out for session 7; nobody tuned on it).
CREATE TYPE order_state AS ENUM ('pending', 'paid', 'refunded', 'expired');
CREATE TABLE organizers (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    contact_email text NOT NULL,
    country char(2) NOT NULL,
    verified boolean NOT NULL DEFAULT false,
    joined_at timestamptz NOT NULL
);
CREATE TABLE venues (
    id serial PRIMARY KEY,
    name text NOT NULL,
    city text NOT NULL,
    capacity int NOT NULL CHECK (capacity BETWEEN 50 AND 90000),
    indoor boolean NOT NULL DEFAULT true
);
CREATE TABLE events (
    id bigserial PRIMARY KEY,
    organizer_id int NOT NULL REFERENCES organizers,
    venue_id int NOT NULL REFERENCES venues,
    title text NOT NULL,
    genre text NOT NULL CHECK (genre IN ('concert', 'theatre', 'comedy', 'sports', 'conference', 'festival')),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    age_limit smallint CHECK (age_limit IN (0, 12, 16, 18, 21)),
    is_sold_out boolean NOT NULL DEFAULT false,
    published_at timestamptz,
    CHECK (ends_at > starts_at)
);
CREATE TABLE ticket_types (
    id serial PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES events,
    name text NOT NULL CHECK (name IN ('general', 'vip', 'early_bird', 'student', 'backstage')),
    price numeric(8,2) NOT NULL CHECK (price >= 0),
    quota int NOT NULL CHECK (quota > 0),
    UNIQUE (event_id, name)
);
CREATE TABLE attendees (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL UNIQUE,
    birth_date date,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL
);
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    attendee_id uuid NOT NULL REFERENCES attendees,
    state order_state NOT NULL,
    total numeric(10,2) NOT NULL CHECK (total >= 0),
    payment_method text NOT NULL CHECK (payment_method IN ('card', 'paypal', 'apple_pay', 'gift_card')),
    placed_at timestamptz NOT NULL
);
CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders,
    ticket_type_id int NOT NULL REFERENCES ticket_types,
    seat varchar(8),
    barcode char(12) NOT NULL UNIQUE,
    scanned_at timestamptz
);
CREATE TABLE reviews (
    id bigserial PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES events,
    attendee_id uuid NOT NULL REFERENCES attendees,
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment text,
    created_at timestamptz NOT NULL,
    UNIQUE (event_id, attendee_id)
);
