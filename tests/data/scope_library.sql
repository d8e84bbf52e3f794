-- A university library and course-material platform (brief s10 of session 7): branches, patrons,
-- catalogue items and their copies, loans, holds, fines, course reserves and patron preferences.
CREATE TYPE patron_type AS ENUM ('undergraduate', 'graduate', 'faculty', 'staff', 'alumni');
CREATE TYPE item_format AS ENUM ('book', 'ebook', 'journal', 'dvd', 'audiobook', 'map');
CREATE TYPE loan_status AS ENUM ('active', 'returned', 'overdue', 'lost');

CREATE TABLE branches (
    id serial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    campus text NOT NULL,
    city text NOT NULL,
    opened_on date,
    is_24h boolean NOT NULL DEFAULT false
);

CREATE TABLE patrons (
    id bigserial PRIMARY KEY,
    card_number varchar(16) NOT NULL UNIQUE,
    full_name text NOT NULL,
    email text UNIQUE,
    phone text,
    patron_type patron_type NOT NULL,
    country char(2) NOT NULL,
    home_branch_id int NOT NULL REFERENCES branches(id),
    is_suspended boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE patron_preferences (
    patron_id bigint PRIMARY KEY REFERENCES patrons(id),
    language text NOT NULL DEFAULT 'en',
    notify_by text NOT NULL CHECK (notify_by IN ('email', 'sms', 'none')),
    newsletter boolean NOT NULL DEFAULT false
);

CREATE TABLE items (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    author text,
    isbn varchar(13) UNIQUE,
    format item_format NOT NULL,
    publication_year int CHECK (publication_year BETWEEN 1450 AND 2030),
    language text NOT NULL DEFAULT 'en',
    replacement_cost numeric(8,2) CHECK (replacement_cost >= 0),
    added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE copies (
    id bigserial PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id),
    branch_id int NOT NULL REFERENCES branches(id),
    barcode varchar(20) NOT NULL UNIQUE,
    condition text NOT NULL CHECK (condition IN ('new', 'good', 'worn', 'damaged')),
    shelved_at timestamptz NOT NULL
);

CREATE TABLE loans (
    id bigserial PRIMARY KEY,
    copy_id bigint NOT NULL REFERENCES copies(id),
    patron_id bigint NOT NULL REFERENCES patrons(id),
    status loan_status NOT NULL,
    borrowed_at timestamptz NOT NULL,
    due_at timestamptz NOT NULL,
    returned_at timestamptz,
    renewals int NOT NULL DEFAULT 0 CHECK (renewals BETWEEN 0 AND 5),
    CHECK (due_at > borrowed_at)
);

CREATE TABLE holds (
    id bigserial PRIMARY KEY,
    item_id bigint NOT NULL REFERENCES items(id),
    patron_id bigint NOT NULL REFERENCES patrons(id),
    pickup_branch_id int NOT NULL REFERENCES branches(id),
    status text NOT NULL CHECK (status IN ('waiting', 'ready', 'fulfilled', 'cancelled', 'expired')),
    placed_at timestamptz NOT NULL,
    queue_position int NOT NULL CHECK (queue_position >= 1)
);

CREATE TABLE fines (
    id bigserial PRIMARY KEY,
    loan_id bigint NOT NULL REFERENCES loans(id),
    patron_id bigint NOT NULL REFERENCES patrons(id),
    amount numeric(8,2) NOT NULL CHECK (amount > 0),
    reason text NOT NULL CHECK (reason IN ('late', 'damage', 'lost')),
    issued_at timestamptz NOT NULL,
    paid_at timestamptz,
    waived boolean NOT NULL DEFAULT false
);

CREATE TABLE courses (
    id serial PRIMARY KEY,
    code varchar(12) NOT NULL UNIQUE,
    title text NOT NULL,
    department text NOT NULL,
    term text NOT NULL CHECK (term IN ('fall', 'spring', 'summer'))
);

CREATE TABLE course_reserves (
    id bigserial PRIMARY KEY,
    course_id int NOT NULL REFERENCES courses(id),
    item_id bigint NOT NULL REFERENCES items(id),
    loan_period_hours int NOT NULL CHECK (loan_period_hours IN (2, 4, 24, 72)),
    UNIQUE (course_id, item_id)
);
