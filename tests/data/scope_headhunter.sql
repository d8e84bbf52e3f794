CREATE TABLE recruiters (
    id          serial PRIMARY KEY,
    full_name   varchar(120) NOT NULL,
    email       varchar(160) NOT NULL UNIQUE,
    office      varchar(20)  NOT NULL CHECK (office IN ('London', 'Frankfurt', 'Singapore', 'New York', 'Dubai')),
    seniority   varchar(20)  NOT NULL CHECK (seniority IN ('associate', 'consultant', 'senior', 'partner')),
    hired_on    date         NOT NULL,
    is_active   boolean      NOT NULL DEFAULT true
);

CREATE TABLE clients (
    id            serial PRIMARY KEY,
    company_name  varchar(160) NOT NULL,
    industry      varchar(20)  NOT NULL CHECK (industry IN ('finance', 'tech', 'healthcare', 'energy', 'retail', 'manufacturing', 'legal')),
    country       char(2)      NOT NULL,
    fee_pct       numeric(4,1) NOT NULL DEFAULT 25.0 CHECK (fee_pct BETWEEN 10 AND 40),
    status        varchar(12)  NOT NULL DEFAULT 'active' CHECK (status IN ('prospect', 'active', 'dormant', 'blacklisted')),
    exclusive     boolean      NOT NULL DEFAULT false,
    signed_on     date,
    website       varchar(200)
);

CREATE TABLE client_contacts (
    id          serial PRIMARY KEY,
    client_id   integer      NOT NULL REFERENCES clients (id),
    name        varchar(120) NOT NULL,
    job_title   varchar(120),
    email       varchar(160),
    phone       varchar(30),
    is_primary  boolean      NOT NULL DEFAULT false
);

CREATE TABLE searches (
    id                 serial PRIMARY KEY,
    client_id          integer       NOT NULL REFERENCES clients (id),
    lead_recruiter_id  integer       NOT NULL REFERENCES recruiters (id),
    title              varchar(160)  NOT NULL,
    level              varchar(12)   NOT NULL CHECK (level IN ('manager', 'director', 'vp', 'c_level', 'board')),
    location           varchar(80),
    remote_ok          boolean       NOT NULL DEFAULT false,
    salary_min         numeric(12,2),
    salary_max         numeric(12,2),
    retainer_amount    numeric(12,2),
    status             varchar(12)   NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'on_hold', 'filled', 'cancelled', 'lost')),
    opened_on          date          NOT NULL,
    closed_on          date,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_max >= salary_min)
);

CREATE TABLE candidates (
    id                serial PRIMARY KEY,
    first_name        varchar(60)  NOT NULL,
    last_name         varchar(60)  NOT NULL,
    email             varchar(160),
    phone             varchar(30),
    linkedin_url      varchar(200),
    current_title     varchar(160),
    current_employer  varchar(160),
    years_experience  smallint     CHECK (years_experience BETWEEN 0 AND 50),
    expected_salary   numeric(12,2),
    open_to_relocate  boolean      NOT NULL DEFAULT false,
    source            varchar(20)  NOT NULL CHECK (source IN ('linkedin', 'referral', 'database', 'inbound', 'event')),
    gdpr_consent      boolean      NOT NULL DEFAULT false,
    created_at        timestamp    NOT NULL DEFAULT now()
);

CREATE TABLE submissions (
    id                serial PRIMARY KEY,
    search_id         integer     NOT NULL REFERENCES searches (id),
    candidate_id      integer     NOT NULL REFERENCES candidates (id),
    submitted_by      integer     NOT NULL REFERENCES recruiters (id),
    submitted_on      date        NOT NULL,
    stage             varchar(20) NOT NULL DEFAULT 'sourced' CHECK (stage IN ('sourced', 'screened', 'shortlisted', 'interviewing', 'offer', 'placed', 'rejected', 'withdrawn')),
    rejection_reason  text,
    UNIQUE (search_id, candidate_id)
);

CREATE TABLE interviews (
    id             serial PRIMARY KEY,
    submission_id  integer     NOT NULL REFERENCES submissions (id),
    round          smallint    NOT NULL CHECK (round BETWEEN 1 AND 6),
    scheduled_at   timestamp   NOT NULL,
    format         varchar(10) NOT NULL CHECK (format IN ('phone', 'video', 'onsite')),
    outcome        varchar(12) CHECK (outcome IN ('pending', 'passed', 'failed', 'no_show', 'cancelled')),
    feedback       text
);

CREATE TABLE placements (
    id               serial PRIMARY KEY,
    submission_id    integer       NOT NULL UNIQUE REFERENCES submissions (id),
    start_date       date          NOT NULL,
    base_salary      numeric(12,2) NOT NULL,
    fee_amount       numeric(12,2) NOT NULL,
    invoice_status   varchar(12)   NOT NULL DEFAULT 'draft' CHECK (invoice_status IN ('draft', 'sent', 'paid', 'overdue', 'written_off')),
    paid_on          date,
    guarantee_until  date,
    fell_through     boolean       NOT NULL DEFAULT false
);
