-- A translation and localisation agency: clients, linguists, projects, jobs, files, QA.
CREATE TABLE clients (
    client_id serial PRIMARY KEY,
    company_name text NOT NULL,
    industry text,
    billing_currency char(3) NOT NULL,
    rate_per_word numeric(6,3)
);
CREATE TABLE linguists (
    linguist_id serial PRIMARY KEY,
    full_name text NOT NULL,
    native_language varchar(10) NOT NULL,
    specialisation text,
    cat_tool text,
    words_per_day integer,
    rate_per_word numeric(6,3),
    qualification text
);
CREATE TABLE projects (
    project_id serial PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients,
    project_name text NOT NULL,
    source_language varchar(10) NOT NULL,
    content_type text NOT NULL,
    service_level text,
    due_date date NOT NULL,
    status text NOT NULL CHECK (status IN ('quote','in_progress','delivered','invoiced','cancelled'))
);
CREATE TABLE jobs (
    job_id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects,
    linguist_id integer REFERENCES linguists,
    target_language varchar(10) NOT NULL,
    task_type text NOT NULL,
    word_count integer NOT NULL,
    fuzzy_match_words integer,
    repetition_words integer,
    deadline timestamptz NOT NULL,
    job_status text NOT NULL
);
CREATE TABLE source_files (
    file_id serial PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects,
    file_name text NOT NULL,
    file_format text NOT NULL,
    segment_count integer,
    word_count integer
);
CREATE TABLE qa_issues (
    issue_id serial PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs,
    error_category text NOT NULL,
    severity text NOT NULL,
    source_segment text,
    comment text,
    resolved boolean NOT NULL DEFAULT false
);
CREATE TABLE term_entries (
    term_id serial PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients,
    source_term text NOT NULL,
    target_term text NOT NULL,
    target_language varchar(10) NOT NULL,
    part_of_speech text,
    term_status text
);
