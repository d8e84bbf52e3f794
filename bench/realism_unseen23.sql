-- Coworking-space operator (locations, desks and rooms, members and companies, plans, bookings,
-- visitor passes, access-card events, invoices). HELD OUT for r13, round 6: written before any change.

CREATE TYPE membership_state AS ENUM ('pending', 'active', 'paused', 'cancelled', 'expired');
CREATE TYPE room_kind AS ENUM ('meeting_room', 'phone_booth', 'event_space', 'private_office', 'podcast_studio');
CREATE TYPE invoice_status AS ENUM ('draft', 'issued', 'paid', 'overdue', 'void');

CREATE TABLE locations (
    location_id     serial PRIMARY KEY,
    name            varchar(120) NOT NULL,
    street_address  varchar(200) NOT NULL,
    city            varchar(80) NOT NULL,
    postal_code     varchar(12),
    country_code    char(2) NOT NULL DEFAULT 'GB',
    timezone        varchar(40) NOT NULL DEFAULT 'Europe/London',
    opened_on       date NOT NULL,
    floor_count     smallint NOT NULL DEFAULT 1 CHECK (floor_count BETWEEN 1 AND 30),
    is_24h          smallint NOT NULL DEFAULT 0,
    manager_email   varchar(160)
);
COMMENT ON TABLE locations IS 'A building or floor we operate';

CREATE TABLE spaces (
    space_id        serial PRIMARY KEY,
    location_id     integer NOT NULL REFERENCES locations(location_id),
    kind            room_kind NOT NULL,
    name            varchar(80) NOT NULL,
    floor_no        smallint NOT NULL DEFAULT 1,
    capacity        smallint NOT NULL CHECK (capacity > 0),
    hourly_rate     numeric(8,2) NOT NULL,
    has_av          boolean NOT NULL DEFAULT false,
    amenities       jsonb NOT NULL DEFAULT '[]',
    is_bookable     boolean NOT NULL DEFAULT true,
    UNIQUE (location_id, name)
);

CREATE TABLE desks (
    desk_id         serial PRIMARY KEY,
    location_id     integer NOT NULL REFERENCES locations(location_id),
    desk_code       varchar(10) NOT NULL,
    zone            varchar(40),
    is_dedicated    boolean NOT NULL DEFAULT false,
    has_monitor     boolean NOT NULL DEFAULT true,
    standing        boolean NOT NULL DEFAULT false,
    UNIQUE (location_id, desk_code)
);

CREATE TABLE companies (
    company_id      serial PRIMARY KEY,
    legal_name      varchar(160) NOT NULL,
    vat_number      varchar(20),
    industry        varchar(60),
    headcount       integer,
    billing_email   varchar(160) NOT NULL,
    parent_company_id integer REFERENCES companies(company_id),
    createdAt       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plans (
    plan_id         serial PRIMARY KEY,
    plan_name       varchar(60) NOT NULL UNIQUE,
    monthly_price   numeric(10,2) NOT NULL,
    included_hours  integer NOT NULL DEFAULT 0,   -- meeting-room hours per month
    day_passes      smallint,
    desk_type       varchar(20) NOT NULL CHECK (desk_type IN ('hot', 'dedicated', 'office', 'none')),
    min_term_months smallint NOT NULL DEFAULT 1,
    is_public       boolean NOT NULL DEFAULT true
);

CREATE TABLE members (
    member_id       serial PRIMARY KEY,
    company_id      integer REFERENCES companies(company_id),
    first_name      varchar(60) NOT NULL,
    last_name       varchar(60) NOT NULL,
    email           varchar(160) NOT NULL UNIQUE,
    mobile          varchar(20),
    job_title       varchar(80),
    home_location_id integer REFERENCES locations(location_id),
    access_card_uid varchar(16) UNIQUE,
    joined_on       date NOT NULL,
    is_admin        smallint NOT NULL DEFAULT 0,
    marketing_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE memberships (
    membership_id   serial PRIMARY KEY,
    member_id       integer NOT NULL REFERENCES members(member_id),
    plan_id         integer NOT NULL REFERENCES plans(plan_id),
    desk_id         integer REFERENCES desks(desk_id),
    state           membership_state NOT NULL DEFAULT 'pending',
    start_date      date NOT NULL,
    end_date        date,
    discount_pct    numeric(5,2) NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 100),
    hours_used      numeric(6,2) NOT NULL DEFAULT 0,
    cancel_reason   text,
    CHECK (end_date IS NULL OR end_date > start_date)
);

CREATE TABLE bookings (
    booking_id      bigserial PRIMARY KEY,
    space_id        integer NOT NULL REFERENCES spaces(space_id),
    booked_by       integer NOT NULL REFERENCES members(member_id),
    title           varchar(120),
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz NOT NULL,
    attendee_count  smallint NOT NULL DEFAULT 1,
    status          varchar(12) NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'cancelled', 'no_show', 'completed')),
    cancelled_at    timestamptz,
    credits_charged numeric(6,2) NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);

CREATE TABLE visitor_passes (
    pass_id         serial PRIMARY KEY,
    host_member_id  integer NOT NULL REFERENCES members(member_id),
    location_id     integer NOT NULL REFERENCES locations(location_id),
    visitor_name    varchar(120) NOT NULL,
    visitor_email   varchar(160),
    visit_date      date NOT NULL,
    checked_in_at   timestamptz,
    checked_out_at  timestamptz,
    purpose         varchar(120),
    badge_no        varchar(8)
);

CREATE TABLE access_events (
    event_id        bigserial PRIMARY KEY,
    card_uid        varchar(16) NOT NULL,
    location_id     integer NOT NULL REFERENCES locations(location_id),
    door            varchar(40) NOT NULL,
    direction       char(3) NOT NULL CHECK (direction IN ('in', 'out')),
    granted         boolean NOT NULL,
    deny_reason     varchar(40),
    event_ts        bigint NOT NULL    -- epoch seconds from the door controller
);

CREATE TABLE invoices (
    invoice_id      serial PRIMARY KEY,
    company_id      integer REFERENCES companies(company_id),
    member_id       integer REFERENCES members(member_id),
    invoice_no      varchar(20) NOT NULL UNIQUE,
    period_start    date NOT NULL,
    period_end      date NOT NULL,
    subtotal        numeric(10,2) NOT NULL,
    vat_amount      numeric(10,2) NOT NULL,
    total           numeric(10,2) NOT NULL,
    currency        char(3) NOT NULL DEFAULT 'GBP',
    status          invoice_status NOT NULL DEFAULT 'draft',
    issued_at       timestamptz,
    due_date        date,
    paid_at         timestamptz
);
