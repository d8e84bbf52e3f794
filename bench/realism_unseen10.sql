-- realism_unseen10: a city's public library network (the lead's held-out schema, session 5).
-- Written at 13:30 UTC, scored on main 340aff9 before any change of this session, and again on the
-- merged result; no helper saw it.
CREATE TYPE loan_status AS ENUM ('active', 'returned', 'overdue', 'lost');

CREATE TABLE branches (
    branch_id     serial PRIMARY KEY,
    branch_name   varchar(80) NOT NULL UNIQUE,
    street        varchar(120) NOT NULL,
    city          varchar(60) NOT NULL,
    postcode      varchar(10) NOT NULL,
    phone         varchar(20),
    opened_year   smallint CHECK (opened_year BETWEEN 1850 AND 2026),
    opens_at      time NOT NULL DEFAULT '09:00',
    closes_at     time NOT NULL DEFAULT '18:00',
    has_makerspace boolean NOT NULL DEFAULT false
);

CREATE TABLE patrons (
    patron_id      bigserial PRIMARY KEY,
    card_number    char(14) NOT NULL UNIQUE,
    first_name     varchar(50) NOT NULL,
    last_name      varchar(50) NOT NULL,
    date_of_birth  date,
    email          varchar(120),
    home_branch_id int NOT NULL REFERENCES branches,
    patron_type    varchar(20) NOT NULL,
    registered_on  date NOT NULL,
    card_expires_on date NOT NULL,
    outstanding_fines numeric(7,2) NOT NULL DEFAULT 0,
    is_blocked     boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN patrons.patron_type IS 'adult, child, teen, senior, staff';

CREATE TABLE titles (
    title_id      bigserial PRIMARY KEY,
    isbn13        char(13) UNIQUE,
    title         varchar(300) NOT NULL,
    subtitle      varchar(300),
    author        varchar(200) NOT NULL,
    publisher     varchar(120),
    publication_year smallint,
    language_code char(3) NOT NULL DEFAULT 'eng',
    dewey_class   varchar(15),
    page_count    integer,
    format        varchar(20) NOT NULL,
    audience      varchar(20)
);

CREATE TABLE copies (
    copy_id       bigserial PRIMARY KEY,
    title_id      bigint NOT NULL REFERENCES titles,
    branch_id     int NOT NULL REFERENCES branches,
    barcode       varchar(20) NOT NULL UNIQUE,
    shelf_location varchar(30),
    acquired_on   date NOT NULL,
    price_paid    numeric(8,2),
    condition     varchar(12) NOT NULL DEFAULT 'good',
    withdrawn_on  date
);

CREATE TABLE loans (
    loan_id       bigserial PRIMARY KEY,
    copy_id       bigint NOT NULL REFERENCES copies,
    patron_id     bigint NOT NULL REFERENCES patrons,
    checked_out_at timestamptz NOT NULL,
    due_on        date NOT NULL,
    returned_at   timestamptz,
    renewals      smallint NOT NULL DEFAULT 0 CHECK (renewals BETWEEN 0 AND 3),
    status        loan_status NOT NULL DEFAULT 'active'
);

CREATE TABLE holds (
    hold_id       bigserial PRIMARY KEY,
    title_id      bigint NOT NULL REFERENCES titles,
    patron_id     bigint NOT NULL REFERENCES patrons,
    pickup_branch_id int NOT NULL REFERENCES branches,
    placed_at     timestamptz NOT NULL,
    queue_position integer NOT NULL,
    notified_at   timestamptz,
    expires_on    date,
    fulfilled     boolean NOT NULL DEFAULT false
);

CREATE TABLE fines (
    fine_id       bigserial PRIMARY KEY,
    loan_id       bigint NOT NULL REFERENCES loans,
    amount        numeric(6,2) NOT NULL CHECK (amount > 0),
    reason        varchar(40) NOT NULL,
    assessed_on   date NOT NULL,
    paid_on       date,
    waived        boolean NOT NULL DEFAULT false
);

CREATE TABLE library_events (
    event_id      bigserial PRIMARY KEY,
    branch_id     int NOT NULL REFERENCES branches,
    title         varchar(150) NOT NULL,
    description   text,
    age_group     varchar(20),
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    capacity      integer,
    registered_count integer NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at)
);
