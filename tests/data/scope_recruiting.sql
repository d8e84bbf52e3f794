-- recruiting: an applicant-tracking system (scope phrase tests, issue 11, brief s4 of session 6): a
-- domain the scope language was never tuned on.
CREATE TYPE application_stage AS ENUM ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn');
CREATE TABLE companies (id serial PRIMARY KEY, name text NOT NULL UNIQUE, industry text NOT NULL
                        CHECK (industry IN ('software', 'finance', 'healthcare', 'retail', 'manufacturing')),
                        founded_year smallint CHECK (founded_year BETWEEN 1850 AND 2026), website text);
CREATE TABLE departments (id serial PRIMARY KEY, company_id int NOT NULL REFERENCES companies, name text NOT NULL);
CREATE TABLE recruiters (id serial PRIMARY KEY, company_id int NOT NULL REFERENCES companies, full_name text NOT NULL,
                         email text NOT NULL UNIQUE, is_active boolean NOT NULL DEFAULT true);
CREATE TABLE jobs (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments,
                   recruiter_id int REFERENCES recruiters, title text NOT NULL,
                   location text NOT NULL, is_remote boolean NOT NULL DEFAULT false,
                   employment_type text NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'contract', 'internship')),
                   salary_min numeric(10,2), salary_max numeric(10,2),
                   status text NOT NULL CHECK (status IN ('draft', 'open', 'paused', 'closed', 'filled')),
                   posted_at timestamptz NOT NULL, closes_on date,
                   CHECK (salary_max IS NULL OR salary_min IS NULL OR salary_max >= salary_min));
CREATE TABLE candidates (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), first_name text NOT NULL, last_name text NOT NULL,
                         email text UNIQUE, phone text, city text, linkedin_url text,
                         source text NOT NULL CHECK (source IN ('job_board', 'referral', 'linkedin', 'agency', 'career_site')),
                         years_experience smallint CHECK (years_experience BETWEEN 0 AND 50),
                         created_at timestamptz NOT NULL);
CREATE TABLE applications (id bigserial PRIMARY KEY, job_id int NOT NULL REFERENCES jobs,
                           candidate_id uuid NOT NULL REFERENCES candidates, stage application_stage NOT NULL,
                           applied_at timestamptz NOT NULL, cover_letter text, UNIQUE (job_id, candidate_id));
CREATE TABLE interviewers (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments,
                           full_name text NOT NULL, title text);
CREATE TABLE interviews (id bigserial PRIMARY KEY, application_id bigint NOT NULL REFERENCES applications,
                         interviewer_id int NOT NULL REFERENCES interviewers,
                         kind text NOT NULL CHECK (kind IN ('phone_screen', 'technical', 'onsite', 'culture', 'final')),
                         scheduled_at timestamptz NOT NULL, duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
                         score smallint CHECK (score BETWEEN 1 AND 5), feedback text);
CREATE TABLE offers (id bigserial PRIMARY KEY, application_id bigint NOT NULL UNIQUE REFERENCES applications,
                     amount numeric(10,2) NOT NULL CHECK (amount > 0), currency char(3) NOT NULL DEFAULT 'USD',
                     status text NOT NULL CHECK (status IN ('extended', 'accepted', 'declined', 'expired', 'rescinded')),
                     extended_at timestamptz NOT NULL, responded_at timestamptz,
                     CHECK (responded_at IS NULL OR responded_at >= extended_at));
CREATE TABLE employees (id serial PRIMARY KEY, candidate_id uuid NOT NULL UNIQUE REFERENCES candidates,
                        department_id int NOT NULL REFERENCES departments, start_date date NOT NULL,
                        base_salary numeric(10,2) NOT NULL CHECK (base_salary > 0), terminated_on date);
CREATE TABLE referrals (id serial PRIMARY KEY, employee_id int NOT NULL REFERENCES employees,
                        candidate_id uuid NOT NULL REFERENCES candidates, bonus_paid boolean NOT NULL DEFAULT false,
                        referred_at timestamptz NOT NULL);
