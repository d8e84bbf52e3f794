-- A tattoo studio: artists and their machines, clients, bookings with their designs, payments and reviews, and the
-- studio's supplies (8 tables) (brief s25 of session 11: verbs that name a child table or a column, ranges people
-- type, numbered lists; see tests/data/scope_heldout18_s25.txt).
CREATE TABLE artists (
    id            serial        PRIMARY KEY,
    full_name     text          NOT NULL,
    email         text          UNIQUE,
    style         text          NOT NULL CHECK (style IN ('traditional', 'realism', 'blackwork', 'watercolour', 'lettering')),
    hourly_rate   numeric(7,2)  NOT NULL CHECK (hourly_rate > 0),
    joined_on     date          NOT NULL,
    is_resident   boolean       NOT NULL DEFAULT true,
    instagram     text
);
CREATE TABLE machines (
    id            serial        PRIMARY KEY,
    artist_id     int           NOT NULL REFERENCES artists(id),
    brand         text          NOT NULL,
    kind          text          NOT NULL CHECK (kind IN ('coil', 'rotary', 'pen')),
    stroke_mm     numeric(3,1)  NOT NULL,
    weight_g      int           NOT NULL CHECK (weight_g > 0),
    battery_mah   int,
    purchased_on  date          NOT NULL,
    price         numeric(8,2)  NOT NULL,
    is_wireless   boolean       NOT NULL DEFAULT false
);
CREATE TABLE clients (
    id            serial        PRIMARY KEY,
    full_name     text          NOT NULL,
    email         text,
    phone         text,
    birth_date    date          NOT NULL,
    registered_at timestamptz   NOT NULL DEFAULT now(),
    is_vip        boolean       NOT NULL DEFAULT false,
    allergies     text
);
CREATE TABLE bookings (
    id            serial        PRIMARY KEY,
    client_id     int           NOT NULL REFERENCES clients(id),
    artist_id     int           NOT NULL REFERENCES artists(id),
    requested_at  timestamptz   NOT NULL,
    starts_at     timestamptz   NOT NULL,
    duration_min  int           NOT NULL CHECK (duration_min BETWEEN 30 AND 600),
    status        text          NOT NULL CHECK (status IN ('requested', 'confirmed', 'done', 'no_show', 'cancelled')),
    deposit       numeric(7,2),
    notes         text
);
CREATE TABLE designs (
    id            serial        PRIMARY KEY,
    booking_id    int           NOT NULL REFERENCES bookings(id),
    title         text          NOT NULL,
    placement     text          NOT NULL CHECK (placement IN ('arm', 'leg', 'back', 'chest', 'neck', 'hand')),
    width_cm      numeric(4,1)  NOT NULL,
    in_colour     boolean       NOT NULL DEFAULT false,
    approved_on   date
);
CREATE TABLE payments (
    id            serial        PRIMARY KEY,
    booking_id    int           NOT NULL REFERENCES bookings(id),
    amount        numeric(8,2)  NOT NULL CHECK (amount > 0),
    paid_at       timestamptz   NOT NULL,
    method        text          NOT NULL CHECK (method IN ('card', 'cash', 'transfer')),
    is_refund     boolean       NOT NULL DEFAULT false
);
CREATE TABLE reviews (
    id            serial        PRIMARY KEY,
    booking_id    int           NOT NULL REFERENCES bookings(id),
    rating        int           NOT NULL CHECK (rating BETWEEN 1 AND 5),
    written_on    date          NOT NULL,
    body          text
);
CREATE TABLE supplies (
    id                 serial        PRIMARY KEY,
    name               text          NOT NULL,
    category           text          NOT NULL CHECK (category IN ('ink', 'needles', 'gloves', 'aftercare', 'stencil')),
    unit_price         numeric(7,2)  NOT NULL,
    net_content_g      int,
    shipping_weight_g  int           NOT NULL,
    restocked_on       date,
    is_vegan           boolean       NOT NULL DEFAULT true
);
