-- Public library: branches, bibliographic records (with inheritance for item kinds), copies, members, loans, holds, fines
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ISBN-13 checksum validation
CREATE FUNCTION is_valid_isbn13(s text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT s ~ '^97[89][0-9]{10}$'
       AND (SELECT sum(substr(s, i, 1)::int * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END)
            FROM generate_series(1, 13) AS i) % 10 = 0
$$;

-- Luhn check digit used on library card numbers
CREATE FUNCTION luhn_ok(s text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT s ~ '^[0-9]+$' AND (
        SELECT sum(CASE WHEN (length(s) - i) % 2 = 1
                        THEN (d * 2) / 10 + (d * 2) % 10 ELSE d END) % 10 = 0
        FROM (SELECT i, substr(s, i, 1)::int AS d FROM generate_series(1, length(s)) AS i) x)
$$;

CREATE TABLE branches (
    branch_id  smallint PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    opens      time NOT NULL,
    closes     time NOT NULL,
    open_days  smallint[] NOT NULL CHECK (open_days <@ '{0,1,2,3,4,5,6}' AND cardinality(open_days) BETWEEN 1 AND 7),
    CHECK (closes > opens)
);

CREATE SEQUENCE catalog_item_id_seq;

-- parent table; item kinds inherit from it and share its id sequence
CREATE TABLE catalog_items (
    item_id     bigint PRIMARY KEY DEFAULT nextval('catalog_item_id_seq'),
    title       text NOT NULL CHECK (btrim(title) <> ''),
    language    char(3) NOT NULL DEFAULT 'eng' CHECK (language ~ '^[a-z]{3}$'),
    pub_year    smallint CHECK (pub_year BETWEEN 1450 AND 2100),
    loan_days   smallint NOT NULL DEFAULT 21 CHECK (loan_days IN (7, 14, 21, 28)),
    subjects    text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE books (
    isbn        char(13) NOT NULL UNIQUE CHECK (is_valid_isbn13(isbn)),
    authors     text[] NOT NULL CHECK (array_length(authors, 1) >= 1),
    pages       integer CHECK (pages > 0),
    edition     smallint NOT NULL DEFAULT 1 CHECK (edition >= 1),
    PRIMARY KEY (item_id)
) INHERITS (catalog_items);

CREATE TABLE audiovisual (
    format      text NOT NULL CHECK (format IN ('DVD', 'Blu-ray', 'CD', 'Vinyl')),
    runtime     interval NOT NULL CHECK (runtime > interval '0' AND runtime < interval '12 hours'),
    age_rating  varchar(5) CHECK (age_rating IN ('G', 'PG', 'PG-13', 'R', 'NC-17')),
    PRIMARY KEY (item_id),
    CHECK (format NOT IN ('CD', 'Vinyl') OR age_rating IS NULL)
) INHERITS (catalog_items);

CREATE TABLE members (
    card_number varchar(14) PRIMARY KEY CHECK (length(card_number) = 14 AND luhn_ok(card_number)),
    full_name   text NOT NULL,
    home_branch smallint NOT NULL REFERENCES branches,
    birth_date  date NOT NULL,
    joined_on   date NOT NULL DEFAULT current_date,
    expires_on  date NOT NULL,
    max_loans   smallint NOT NULL DEFAULT 10 CHECK (max_loans BETWEEN 0 AND 50),
    blocked     boolean NOT NULL DEFAULT false,
    guarantor   varchar(14) REFERENCES members ON DELETE RESTRICT,
    CHECK (expires_on > joined_on AND expires_on <= joined_on + interval '3 years'),
    CHECK (joined_on >= birth_date),
    -- children under 14 at joining need an adult member as guarantor
    CHECK (guarantor IS NOT NULL OR date_part('year', age(joined_on, birth_date)) >= 14),
    CHECK (guarantor <> card_number)
);

CREATE TABLE copies (
    barcode     char(10) PRIMARY KEY CHECK (barcode ~ '^3[0-9]{9}$'),
    item_id     bigint NOT NULL,   -- references catalog_items or any child table (checked by trigger)
    branch_id   smallint NOT NULL REFERENCES branches,
    shelf_mark  varchar(20) NOT NULL,
    acquired_on date NOT NULL,
    price       money CHECK (price >= '0'::money),
    condition   text NOT NULL DEFAULT 'good' CHECK (condition IN ('new', 'good', 'worn', 'damaged', 'lost', 'withdrawn')),
    UNIQUE (branch_id, shelf_mark)
);

CREATE FUNCTION copies_item_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM catalog_items WHERE item_id = NEW.item_id) THEN
        RAISE EXCEPTION 'catalog item % does not exist', NEW.item_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER copies_item_exists BEFORE INSERT OR UPDATE OF item_id ON copies
    FOR EACH ROW EXECUTE FUNCTION copies_item_exists();

CREATE TABLE loans (
    loan_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    barcode     char(10) NOT NULL REFERENCES copies ON DELETE CASCADE,
    card_number varchar(14) NOT NULL REFERENCES members ON DELETE CASCADE,
    checked_out timestamptz NOT NULL,
    due_on      date NOT NULL,
    returned_at timestamptz,
    renewals    smallint NOT NULL DEFAULT 0 CHECK (renewals BETWEEN 0 AND 3),
    CHECK (due_on > checked_out::date AND due_on <= checked_out::date + 28 * (renewals + 1)),
    CHECK (returned_at IS NULL OR returned_at >= checked_out),
    -- a copy can only be lent to one member at a time
    EXCLUDE USING gist (barcode WITH =, tstzrange(checked_out, returned_at) WITH &&)
);
-- at most one open loan per copy (also guards against exotic time ranges)
CREATE UNIQUE INDEX loans_one_open ON loans (barcode) WHERE returned_at IS NULL;

CREATE FUNCTION loans_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE m members%ROWTYPE; c copies%ROWTYPE; open_count int;
BEGIN
    SELECT * INTO m FROM members WHERE card_number = NEW.card_number;
    SELECT * INTO c FROM copies WHERE barcode = NEW.barcode;
    IF m.blocked THEN RAISE EXCEPTION 'member % is blocked', m.card_number; END IF;
    IF NEW.checked_out::date > m.expires_on OR NEW.checked_out::date < m.joined_on THEN
        RAISE EXCEPTION 'membership % not valid on %', m.card_number, NEW.checked_out::date;
    END IF;
    IF c.condition IN ('lost', 'withdrawn', 'damaged') THEN
        RAISE EXCEPTION 'copy % cannot be lent (%)', c.barcode, c.condition;
    END IF;
    IF NEW.checked_out::date < c.acquired_on THEN
        RAISE EXCEPTION 'copy % lent before it was acquired', c.barcode;
    END IF;
    SELECT count(*) INTO open_count FROM loans
     WHERE card_number = NEW.card_number AND returned_at IS NULL AND loan_id IS DISTINCT FROM NEW.loan_id;
    IF NEW.returned_at IS NULL AND open_count >= m.max_loans THEN
        RAISE EXCEPTION 'member % already has % loans', m.card_number, open_count;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER loans_validate BEFORE INSERT OR UPDATE ON loans
    FOR EACH ROW EXECUTE FUNCTION loans_validate();

CREATE TABLE fines (
    loan_id     bigint PRIMARY KEY REFERENCES loans ON DELETE CASCADE,
    amount      numeric(6,2) NOT NULL CHECK (amount > 0 AND amount <= 50.00),
    paid        numeric(6,2) NOT NULL DEFAULT 0,
    waived      boolean NOT NULL DEFAULT false,
    CHECK (paid >= 0 AND paid <= amount),
    CHECK (NOT waived OR paid = 0)
);

CREATE VIEW overdue AS
    SELECT l.loan_id, l.card_number, l.due_on FROM loans l
    WHERE l.returned_at IS NULL AND l.due_on < current_date;
