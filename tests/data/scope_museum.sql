-- A museum: galleries, artists and their artworks, exhibitions and the works they show, members with their visits
-- and donations, and loans of works to other institutions (9 tables) (brief s27 of session 12: how facts are joined
-- in a clause; see tests/data/scope_heldout21_s27.txt).
CREATE TABLE galleries (
    id                  serial   PRIMARY KEY,
    name                text     NOT NULL,
    floor               int      NOT NULL CHECK (floor BETWEEN 0 AND 4),
    climate_controlled  boolean  NOT NULL DEFAULT false,
    opened_on           date
);
CREATE TABLE artists (
    id           serial  PRIMARY KEY,
    full_name    text    NOT NULL,
    nationality  text,
    born_year    int,
    died_year    int,
    movement     text    CHECK (movement IN ('baroque', 'impressionism', 'modernism', 'cubism', 'surrealism', 'contemporary'))
);
CREATE TABLE artworks (
    id             serial         PRIMARY KEY,
    artist_id      int            NOT NULL REFERENCES artists(id),
    gallery_id     int            REFERENCES galleries(id),
    title          text           NOT NULL,
    medium         text           NOT NULL CHECK (medium IN ('oil', 'watercolour', 'sculpture', 'photograph', 'textile', 'print')),
    year_made      int,
    insured_value  numeric(12,2),
    acquired_on    date,
    condition      text           NOT NULL CHECK (condition IN ('excellent', 'good', 'fair', 'poor')),
    on_display     boolean        NOT NULL DEFAULT true,
    provenance     text
);
CREATE TABLE exhibitions (
    id          serial         PRIMARY KEY,
    gallery_id  int            NOT NULL REFERENCES galleries(id),
    title       text           NOT NULL,
    opens_on    date           NOT NULL,
    closes_on   date           NOT NULL,
    kind        text           NOT NULL CHECK (kind IN ('permanent', 'temporary', 'travelling')),
    budget      numeric(10,2),
    sponsor     text
);
CREATE TABLE exhibit_items (
    id             serial  PRIMARY KEY,
    exhibition_id  int     NOT NULL REFERENCES exhibitions(id),
    artwork_id     int     NOT NULL REFERENCES artworks(id),
    label_text     text,
    position       int
);
CREATE TABLE members (
    id          serial   PRIMARY KEY,
    full_name   text     NOT NULL,
    email       text,
    phone       text,
    tier        text     NOT NULL CHECK (tier IN ('basic', 'family', 'patron', 'benefactor')),
    joined_on   date     NOT NULL,
    renews_on   date,
    newsletter  boolean  NOT NULL DEFAULT true
);
CREATE TABLE visits (
    id             serial        PRIMARY KEY,
    member_id      int           REFERENCES members(id),
    exhibition_id  int           NOT NULL REFERENCES exhibitions(id),
    visited_at     timestamptz   NOT NULL,
    ticket_type    text          NOT NULL CHECK (ticket_type IN ('adult', 'child', 'senior', 'student', 'free')),
    price          numeric(6,2)  NOT NULL,
    party_size     int           NOT NULL CHECK (party_size BETWEEN 1 AND 12)
);
CREATE TABLE loans (
    id          serial         PRIMARY KEY,
    artwork_id  int            NOT NULL REFERENCES artworks(id),
    borrower    text           NOT NULL,
    starts_on   date           NOT NULL,
    ends_on     date,
    status      text           NOT NULL CHECK (status IN ('requested', 'approved', 'in_transit', 'on_loan', 'returned', 'declined')),
    fee         numeric(10,2)
);
CREATE TABLE donations (
    id         serial         PRIMARY KEY,
    member_id  int            NOT NULL REFERENCES members(id),
    amount     numeric(10,2)  NOT NULL CHECK (amount > 0),
    given_on   date           NOT NULL,
    anonymous  boolean        NOT NULL DEFAULT false,
    note       text
);
