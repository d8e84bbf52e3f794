-- An art museum: artists and their artworks, galleries, exhibitions and the works each shows, loans to and from other
-- institutions, members and their visits, docents and the tours they lead (brief s26 of session 11: words the schema
-- never uses for its tables, columns and values; see tests/data/scope_heldout21_s26.txt).
CREATE TABLE artists (
    id           serial PRIMARY KEY,
    name         varchar(120) NOT NULL,
    birth_yr     smallint,
    death_yr     smallint,
    nationality  char(2),
    movement     varchar(20)  CHECK (movement IN ('renaissance', 'baroque', 'impressionism', 'modernism', 'contemporary'))
);

CREATE TABLE artworks (
    id           serial PRIMARY KEY,
    artist_id    integer       NOT NULL REFERENCES artists (id),
    title        varchar(200)  NOT NULL,
    medium       varchar(20)   NOT NULL CHECK (medium IN ('oil', 'watercolour', 'sculpture', 'photograph', 'print', 'textile')),
    created_yr   smallint,
    acq_date     date,
    insured_val  numeric(12,2),
    height_cm    numeric(6,1),
    width_cm     numeric(6,1),
    on_display   boolean       NOT NULL DEFAULT false,
    condition    varchar(10)   NOT NULL DEFAULT 'good' CHECK (condition IN ('excellent', 'good', 'fair', 'poor', 'damaged'))
);

CREATE TABLE galleries (
    id             serial PRIMARY KEY,
    name           varchar(80) NOT NULL,
    floor          smallint    NOT NULL CHECK (floor BETWEEN 0 AND 4),
    max_occupancy  integer
);

CREATE TABLE exhibitions (
    id            serial PRIMARY KEY,
    gallery_id    integer      NOT NULL REFERENCES galleries (id),
    title         varchar(200) NOT NULL,
    opens_on      date         NOT NULL,
    closes_on     date,
    ticket_price  numeric(6,2),
    status        varchar(10)  NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'closed', 'cancelled'))
);

CREATE TABLE exhibition_items (
    id             serial PRIMARY KEY,
    exhibition_id  integer NOT NULL REFERENCES exhibitions (id),
    artwork_id     integer NOT NULL REFERENCES artworks (id),
    UNIQUE (exhibition_id, artwork_id)
);

CREATE TABLE loans (
    id           serial PRIMARY KEY,
    artwork_id   integer      NOT NULL REFERENCES artworks (id),
    institution  varchar(160) NOT NULL,
    direction    varchar(8)   NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    start_date   date         NOT NULL,
    end_date     date,
    status       varchar(12)  NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'in_transit', 'on_loan', 'returned', 'declined'))
);

CREATE TABLE members (
    id          serial PRIMARY KEY,
    first_name  varchar(60)  NOT NULL,
    last_name   varchar(60)  NOT NULL,
    email       varchar(160),
    tier        varchar(12)  NOT NULL DEFAULT 'individual' CHECK (tier IN ('individual', 'family', 'patron')),
    joined_on   date         NOT NULL,
    auto_renew  boolean      NOT NULL DEFAULT true
);

CREATE TABLE visits (
    id          serial PRIMARY KEY,
    member_id   integer     NOT NULL REFERENCES members (id),
    visited_at  timestamptz NOT NULL,
    party_size  smallint    NOT NULL DEFAULT 1 CHECK (party_size BETWEEN 1 AND 12)
);

CREATE TABLE docents (
    id         serial PRIMARY KEY,
    full_name  varchar(120) NOT NULL,
    languages  varchar(60),
    active     boolean      NOT NULL DEFAULT true
);

CREATE TABLE tours (
    id             serial PRIMARY KEY,
    docent_id      integer     NOT NULL REFERENCES docents (id),
    exhibition_id  integer     REFERENCES exhibitions (id),
    starts_at      timestamptz NOT NULL,
    group_size     smallint    CHECK (group_size BETWEEN 1 AND 30),
    language       char(2)     NOT NULL DEFAULT 'en'
);
