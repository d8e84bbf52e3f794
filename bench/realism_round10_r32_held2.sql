-- Sign-language and spoken-language interpreting service for hospitals, courts and schools.
CREATE TABLE interpreters (
    id serial PRIMARY KEY,
    full_name varchar(100) NOT NULL,
    registration_no varchar(20),
    qualification varchar(60),
    languages varchar(120),
    hourly_rate numeric(6,2),
    dbs_checked boolean,
    region varchar(40)
);
CREATE TABLE customers (
    id serial PRIMARY KEY,
    organisation varchar(120) NOT NULL,
    sector varchar(30),
    billing_email varchar(120),
    account_code varchar(10),
    payment_terms_days smallint
);
CREATE TABLE bookings (
    id serial PRIMARY KEY,
    customer_id int NOT NULL REFERENCES customers(id),
    interpreter_id int REFERENCES interpreters(id),
    language varchar(40) NOT NULL,
    booking_type varchar(30) NOT NULL,
    setting varchar(40),
    starts_at timestamptz NOT NULL,
    duration_minutes int,
    remote boolean,
    status varchar(20) NOT NULL
);
CREATE TABLE sessions (
    id serial PRIMARY KEY,
    booking_id int NOT NULL REFERENCES bookings(id),
    session_type varchar(30),
    actual_start timestamptz,
    actual_end timestamptz,
    travel_miles numeric(6,1),
    notes text
);
CREATE TABLE claims (
    id serial PRIMARY KEY,
    interpreter_id int NOT NULL REFERENCES interpreters(id),
    booking_id int REFERENCES bookings(id),
    claim_type varchar(30) NOT NULL,
    amount numeric(8,2),
    claim_status varchar(20) NOT NULL,
    submitted_on date,
    paid_on date
);
CREATE TABLE feedback (
    id serial PRIMARY KEY,
    booking_id int NOT NULL REFERENCES bookings(id),
    rating smallint CHECK (rating BETWEEN 1 AND 5),
    comments text,
    complaint boolean,
    received_on date
);
