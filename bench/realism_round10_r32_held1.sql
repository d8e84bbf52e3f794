-- Community seed library: members borrow seed packets and return saved seed at the end of the season.
CREATE TABLE members (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email varchar(120),
    postcode varchar(10),
    membership_type varchar(20) NOT NULL,
    joined date,
    volunteer boolean DEFAULT false
);
CREATE TABLE varieties (
    id serial PRIMARY KEY,
    common_name varchar(80) NOT NULL,
    variety_name varchar(80) NOT NULL,
    latin_name varchar(100),
    plant_family varchar(40),
    pollination varchar(20) CHECK (pollination IN ('self','insect','wind','mixed')),
    isolation_distance_m int,
    heritage boolean,
    days_to_maturity smallint
);
CREATE TABLE items (
    id serial PRIMARY KEY,
    variety_id int NOT NULL REFERENCES varieties(id),
    lot_code varchar(12) NOT NULL,
    harvest_year smallint,
    seed_count int,
    germination_rate numeric(4,1),
    storage_location varchar(40),
    item_status varchar(20)
);
CREATE TABLE loans (
    id serial PRIMARY KEY,
    member_id int NOT NULL REFERENCES members(id),
    item_id int NOT NULL REFERENCES items(id),
    loan_date date NOT NULL,
    due_back date,
    returned_date date,
    loan_status varchar(20) NOT NULL,
    packets smallint
);
CREATE TABLE entries (
    id serial PRIMARY KEY,
    loan_id int REFERENCES loans(id),
    entry_type varchar(30) NOT NULL,
    grow_notes text,
    yield_rating smallint CHECK (yield_rating BETWEEN 1 AND 5),
    pest_problems varchar(120),
    seed_saved boolean,
    entry_date date
);
CREATE TABLE events (
    id serial PRIMARY KEY,
    title varchar(120) NOT NULL,
    event_type varchar(30),
    venue varchar(100),
    event_date date,
    attendees int,
    swap_table boolean
);
