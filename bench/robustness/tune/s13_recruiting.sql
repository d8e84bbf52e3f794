-- Corporate HR and recruiting: departments with heads, employees with managers, job requisitions,
-- candidates, applications, interviews, offers
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA hr;
CREATE SCHEMA ats;   -- applicant tracking

CREATE TYPE ats.stage AS ENUM ('applied', 'screen', 'onsite', 'offer', 'hired', 'rejected', 'withdrawn');
CREATE TYPE hr.employment_type AS ENUM ('full_time', 'part_time', 'contractor', 'intern');

-- department head is an employee; every employee belongs to a department (NOT NULL cycle, deferred)
CREATE TABLE hr.departments (
    dept_id     smallint PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    head_employee_id integer NOT NULL,
    parent_dept_id smallint REFERENCES hr.departments ON DELETE RESTRICT,
    budget      numeric(14,2) NOT NULL CHECK (budget > 0),
    CHECK (parent_dept_id IS DISTINCT FROM dept_id)
);

CREATE TABLE hr.employees (
    employee_id integer PRIMARY KEY CHECK (employee_id BETWEEN 1000 AND 999999),
    dept_id     smallint NOT NULL,
    manager_id  integer REFERENCES hr.employees ON DELETE SET NULL,
    work_email  citext NOT NULL UNIQUE CHECK (work_email LIKE '%@acme.example'),
    full_name   text NOT NULL,
    title       text NOT NULL,
    type        hr.employment_type NOT NULL DEFAULT 'full_time',
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 10),
    fte         numeric(3,2) NOT NULL DEFAULT 1.00 CHECK (fte > 0 AND fte <= 1),
    salary      numeric(10,2) CHECK (salary > 0),
    hourly_rate numeric(7,2) CHECK (hourly_rate > 0),
    start_date  date NOT NULL,
    end_date    date,
    CHECK (manager_id <> employee_id),
    CHECK (num_nonnulls(salary, hourly_rate) = 1),
    CHECK (CASE type WHEN 'full_time' THEN fte = 1 AND salary IS NOT NULL
                     WHEN 'part_time' THEN fte < 1
                     WHEN 'contractor' THEN hourly_rate IS NOT NULL
                     ELSE level <= 2 END),
    CHECK (end_date IS NULL OR end_date > start_date),
    CHECK (type <> 'intern' OR (end_date IS NOT NULL AND end_date <= start_date + interval '6 months'))
);

ALTER TABLE hr.employees ADD FOREIGN KEY (dept_id) REFERENCES hr.departments
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE hr.departments ADD CONSTRAINT departments_head_fk FOREIGN KEY (head_employee_id)
    REFERENCES hr.employees DEFERRABLE INITIALLY DEFERRED;
-- one employee heads at most one department
ALTER TABLE hr.departments ADD CONSTRAINT departments_head_unique UNIQUE (head_employee_id);

-- a manager must be more senior than the report, and no management loops
CREATE FUNCTION hr.employees_manager_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE mgr_level smallint; cur integer; hops int := 0;
BEGIN
    IF NEW.manager_id IS NULL THEN RETURN NEW; END IF;
    SELECT level INTO mgr_level FROM hr.employees WHERE employee_id = NEW.manager_id;
    IF mgr_level <= NEW.level THEN
        RAISE EXCEPTION 'manager (level %) must outrank employee (level %)', mgr_level, NEW.level;
    END IF;
    cur := NEW.manager_id;
    WHILE cur IS NOT NULL LOOP
        IF cur = NEW.employee_id THEN RAISE EXCEPTION 'management cycle at %', NEW.employee_id; END IF;
        hops := hops + 1;
        IF hops > 20 THEN RAISE EXCEPTION 'management chain deeper than 20'; END IF;
        SELECT manager_id INTO cur FROM hr.employees WHERE employee_id = cur;
    END LOOP;
    RETURN NEW;
END $$;
CREATE TRIGGER employees_manager_check BEFORE INSERT OR UPDATE OF manager_id, level ON hr.employees
    FOR EACH ROW EXECUTE FUNCTION hr.employees_manager_check();

CREATE TABLE ats.requisitions (
    req_id      varchar(10) PRIMARY KEY CHECK (req_id ~ '^REQ-[0-9]{4,6}$'),
    dept_id     smallint NOT NULL REFERENCES hr.departments,
    hiring_manager_id integer NOT NULL REFERENCES hr.employees,
    title       text NOT NULL,
    level       smallint NOT NULL CHECK (level BETWEEN 1 AND 10),
    salary_band numrange NOT NULL CHECK (lower(salary_band) > 0 AND NOT upper_inf(salary_band)),
    headcount   smallint NOT NULL DEFAULT 1 CHECK (headcount BETWEEN 1 AND 25),
    remote_ok   boolean NOT NULL DEFAULT false,
    locations   text[] NOT NULL DEFAULT '{}',
    opened_on   date NOT NULL,
    closed_on   date,
    CHECK (upper(salary_band) <= lower(salary_band) * 1.6),
    CHECK (remote_ok OR cardinality(locations) >= 1),
    CHECK (closed_on IS NULL OR closed_on >= opened_on)
);

CREATE TABLE ats.candidates (
    candidate_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       citext NOT NULL UNIQUE,
    full_name   text NOT NULL,
    linkedin_url text CHECK (linkedin_url ~ '^https://(www\.)?linkedin\.com/in/[A-Za-z0-9_-]+/?$'),
    source      text NOT NULL CHECK (source IN ('referral', 'job_board', 'agency', 'sourced', 'career_site')),
    referred_by integer REFERENCES hr.employees ON DELETE SET NULL,
    consent_until date NOT NULL,
    CHECK ((source = 'referral') = (referred_by IS NOT NULL))
);

CREATE TABLE ats.applications (
    req_id      varchar(10) NOT NULL REFERENCES ats.requisitions ON DELETE CASCADE,
    candidate_id bigint NOT NULL REFERENCES ats.candidates ON DELETE CASCADE,
    stage       ats.stage NOT NULL DEFAULT 'applied',
    applied_at  timestamptz NOT NULL,
    stage_changed_at timestamptz NOT NULL,
    rejection_reason text,
    expected_salary numeric(10,2),
    PRIMARY KEY (req_id, candidate_id),
    CHECK (stage_changed_at >= applied_at),
    CHECK ((stage = 'rejected') = (rejection_reason IS NOT NULL)),
    CHECK (stage <> 'applied' OR stage_changed_at = applied_at)
);

CREATE TABLE ats.interviews (
    interview_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    req_id      varchar(10) NOT NULL,
    candidate_id bigint NOT NULL,
    interviewer_id integer NOT NULL REFERENCES hr.employees,
    scheduled_for tstzrange NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('phone', 'technical', 'behavioral', 'panel', 'executive')),
    score       smallint CHECK (score BETWEEN 1 AND 4),
    feedback    text,
    FOREIGN KEY (req_id, candidate_id) REFERENCES ats.applications ON DELETE CASCADE,
    CHECK (upper(scheduled_for) - lower(scheduled_for) BETWEEN interval '15 minutes' AND interval '3 hours'),
    CHECK ((score IS NULL) = (feedback IS NULL)),
    CHECK (feedback IS NULL OR length(feedback) >= 50)
);

CREATE TABLE ats.offers (
    req_id      varchar(10) NOT NULL,
    candidate_id bigint NOT NULL,
    base_salary numeric(10,2) NOT NULL,
    signing_bonus numeric(9,2) NOT NULL DEFAULT 0 CHECK (signing_bonus >= 0),
    equity_units integer NOT NULL DEFAULT 0 CHECK (equity_units >= 0),
    start_date  date NOT NULL,
    extended_on date NOT NULL,
    expires_on  date NOT NULL,
    accepted_on date,
    declined_on date,
    PRIMARY KEY (req_id, candidate_id),
    FOREIGN KEY (req_id, candidate_id) REFERENCES ats.applications ON DELETE CASCADE,
    CHECK (expires_on BETWEEN extended_on + 3 AND extended_on + 14),
    CHECK (num_nonnulls(accepted_on, declined_on) <= 1),
    CHECK (accepted_on BETWEEN extended_on AND expires_on),
    CHECK (declined_on >= extended_on),
    CHECK (start_date >= COALESCE(accepted_on, extended_on) + 7),
    CHECK (signing_bonus <= base_salary * 0.25)
);

-- offer salary must lie in the requisition band and the application must be at offer stage or later
CREATE FUNCTION ats.offers_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE band numrange; st ats.stage;
BEGIN
    SELECT salary_band INTO band FROM ats.requisitions WHERE req_id = NEW.req_id;
    IF NOT band @> NEW.base_salary THEN
        RAISE EXCEPTION 'offer % outside band %', NEW.base_salary, band;
    END IF;
    SELECT stage INTO st FROM ats.applications WHERE req_id = NEW.req_id AND candidate_id = NEW.candidate_id;
    IF st NOT IN ('offer', 'hired', 'rejected', 'withdrawn') THEN
        RAISE EXCEPTION 'application is at stage %, not offer', st;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER offers_validate BEFORE INSERT OR UPDATE ON ats.offers
    FOR EACH ROW EXECUTE FUNCTION ats.offers_validate();

CREATE VIEW ats.pipeline AS
    SELECT r.req_id, a.stage, count(*) FROM ats.requisitions r JOIN ats.applications a USING (req_id)
    GROUP BY r.req_id, a.stage;
