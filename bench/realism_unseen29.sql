-- A translation and localisation agency (the lead's held-out schema, session 9).
CREATE TABLE languages (
    code varchar(10) PRIMARY KEY,
    name varchar(60) NOT NULL,
    native_name varchar(60),
    script varchar(20),
    rtl boolean NOT NULL DEFAULT false
);
CREATE TABLE clients (
    id serial PRIMARY KEY,
    company_name varchar(120) NOT NULL,
    industry varchar(40),
    billing_email varchar(255) NOT NULL,
    vat_number varchar(20),
    payment_terms_days smallint NOT NULL DEFAULT 30,
    preferred_currency char(3) NOT NULL DEFAULT 'EUR',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE linguists (
    id serial PRIMARY KEY,
    full_name varchar(100) NOT NULL,
    email varchar(255) NOT NULL UNIQUE,
    native_language varchar(10) NOT NULL REFERENCES languages(code),
    country char(2),
    sworn boolean NOT NULL DEFAULT false,
    years_experience smallint,
    rate_per_word numeric(6,3) NOT NULL,
    hourly_rate numeric(7,2),
    daily_capacity_words int,
    cat_tool varchar(30),
    status varchar(12) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'inactive'))
);
CREATE TABLE language_pairs (
    linguist_id int NOT NULL REFERENCES linguists(id),
    source_lang varchar(10) NOT NULL REFERENCES languages(code),
    target_lang varchar(10) NOT NULL REFERENCES languages(code),
    specialisation varchar(40),
    PRIMARY KEY (linguist_id, source_lang, target_lang)
);
CREATE TABLE projects (
    id serial PRIMARY KEY,
    client_id int NOT NULL REFERENCES clients(id),
    ref varchar(20) NOT NULL UNIQUE,
    title varchar(200) NOT NULL,
    source_lang varchar(10) NOT NULL REFERENCES languages(code),
    service varchar(30) NOT NULL,
    subject_field varchar(40),
    word_count int NOT NULL,
    repetitions_pct numeric(5,2),
    tm_match_pct numeric(5,2),
    received_at timestamptz NOT NULL,
    deadline timestamptz NOT NULL,
    delivered_at timestamptz,
    status varchar(16) NOT NULL CHECK (status IN ('quote', 'in_progress', 'review', 'delivered', 'cancelled')),
    quoted_price numeric(10,2),
    rush boolean NOT NULL DEFAULT false
);
CREATE TABLE jobs (
    id serial PRIMARY KEY,
    project_id int NOT NULL REFERENCES projects(id),
    target_lang varchar(10) NOT NULL REFERENCES languages(code),
    linguist_id int REFERENCES linguists(id),
    reviewer_id int REFERENCES linguists(id),
    task varchar(20) NOT NULL,
    words int NOT NULL,
    weighted_words int,
    rate numeric(6,3),
    cost numeric(10,2),
    assigned_at timestamptz,
    due_at timestamptz,
    completed_at timestamptz,
    status varchar(16) NOT NULL
);
CREATE TABLE qa_reviews (
    id serial PRIMARY KEY,
    job_id int NOT NULL REFERENCES jobs(id),
    reviewer_id int NOT NULL REFERENCES linguists(id),
    lqa_score numeric(5,2),
    errors_minor smallint,
    errors_major smallint,
    errors_critical smallint,
    error_category varchar(30),
    passed boolean,
    comments text,
    reviewed_at timestamptz NOT NULL
);
CREATE TABLE glossary_terms (
    id serial PRIMARY KEY,
    client_id int NOT NULL REFERENCES clients(id),
    source_lang varchar(10) NOT NULL REFERENCES languages(code),
    target_lang varchar(10) NOT NULL REFERENCES languages(code),
    source_term varchar(120) NOT NULL,
    target_term varchar(120) NOT NULL,
    part_of_speech varchar(12),
    forbidden boolean NOT NULL DEFAULT false,
    note varchar(255)
);
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    client_id int NOT NULL REFERENCES clients(id),
    project_id int REFERENCES projects(id),
    number varchar(20) NOT NULL UNIQUE,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    net_amount numeric(12,2) NOT NULL,
    vat_rate numeric(4,2) NOT NULL,
    vat_amount numeric(12,2) NOT NULL,
    total numeric(12,2) NOT NULL,
    currency char(3) NOT NULL,
    paid_on date
);
CREATE TABLE linguist_payments (
    id serial PRIMARY KEY,
    linguist_id int NOT NULL REFERENCES linguists(id),
    period_start date NOT NULL,
    period_end date NOT NULL,
    amount numeric(10,2) NOT NULL,
    method varchar(20),
    paid_at timestamptz
);
