-- Construction contractor: projects, sites, subcontractors, project documents (inheritance: drawings, RFIs,
-- change orders share one numbering sequence), site diary, timesheets
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA site;

CREATE TYPE project_stage AS ENUM ('tender', 'preconstruction', 'construction', 'handover', 'defects', 'closed');
CREATE TYPE weather AS ENUM ('dry', 'rain', 'heavy_rain', 'snow', 'frost', 'high_wind');

CREATE DOMAIN pct AS numeric(5,2) CHECK (VALUE BETWEEN 0 AND 100);

CREATE TABLE projects (
    project_no    varchar(9) PRIMARY KEY CHECK (project_no ~ '^[0-9]{2}-[0-9]{4}[A-Z]?$'),
    name          text NOT NULL,
    client        text NOT NULL,
    stage         project_stage NOT NULL DEFAULT 'tender',
    contract_value numeric(14,2) CHECK (contract_value > 0),
    retention_pct pct NOT NULL DEFAULT 5,
    start_on      date,
    completion_on date,
    site_hours    tstzrange,
    work_start    timetz NOT NULL DEFAULT '07:30+00',
    work_end      timetz NOT NULL DEFAULT '18:00+00',
    CHECK (stage = 'tender' OR contract_value IS NOT NULL AND start_on IS NOT NULL),
    CHECK (completion_on IS NULL OR start_on IS NOT NULL AND completion_on > start_on + interval '1 month'),
    CHECK (stage NOT IN ('handover', 'defects', 'closed') OR completion_on IS NOT NULL),
    CHECK (retention_pct <= 10),
    CHECK (work_end > work_start),
    CHECK (left(project_no, 2)::int = extract(year FROM coalesce(start_on, DATE '2000-01-01'))::int % 100 OR stage = 'tender')
);

CREATE TABLE site.subcontractors (
    sub_id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company       text NOT NULL,
    trade         text NOT NULL CHECK (trade IN ('groundworks', 'steel', 'concrete', 'roofing', 'electrical',
                                                  'mechanical', 'drylining', 'glazing', 'scaffolding')),
    cis_status    char(5) NOT NULL CHECK (cis_status IN ('GROSS', 'NET20', 'NET30')),
    utr           char(10) NOT NULL UNIQUE CHECK (utr ~ '^[0-9]{10}$'),
    insurance_expiry date NOT NULL,
    chas_accredited boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX subcontractors_company ON site.subcontractors (lower(company), trade);

CREATE TABLE packages (
    project_no    varchar(9) NOT NULL REFERENCES projects(project_no) ON DELETE CASCADE,
    package_code  char(3) NOT NULL CHECK (package_code ~ '^[A-Z][0-9]{2}$'),
    sub_id        integer REFERENCES site.subcontractors(sub_id),
    budget        numeric(12,2) NOT NULL CHECK (budget > 0),
    committed     numeric(12,2) NOT NULL DEFAULT 0 CHECK (committed >= 0),
    variance      numeric(12,2) GENERATED ALWAYS AS (budget - committed) STORED,
    PRIMARY KEY (project_no, package_code),
    CHECK (committed = 0 OR sub_id IS NOT NULL),
    CHECK (committed <= budget * 1.15)
);

-- all project documents share one running number; children inherit common columns
CREATE SEQUENCE doc_no_seq START 1000;

CREATE TABLE documents (
    doc_no        integer NOT NULL DEFAULT nextval('doc_no_seq'),
    project_no    varchar(9) NOT NULL REFERENCES projects(project_no),
    title         text NOT NULL CHECK (length(title) >= 3),
    revision      char(2) NOT NULL DEFAULT 'P1' CHECK (revision ~ '^[PC][0-9]$'),
    issued_at     timestamptz NOT NULL DEFAULT now(),
    author        text NOT NULL,
    PRIMARY KEY (doc_no)
);

CREATE TABLE drawings (
    discipline    char(1) NOT NULL CHECK (discipline IN ('A', 'S', 'M', 'E', 'C')),
    scale         varchar(7) CHECK (scale ~ '^1:[0-9]{1,4}$'),
    sheet_size    char(2) NOT NULL CHECK (sheet_size IN ('A0', 'A1', 'A2', 'A3')),
    PRIMARY KEY (doc_no),
    FOREIGN KEY (project_no) REFERENCES projects(project_no)
) INHERITS (documents);

CREATE TABLE rfis (
    question      text NOT NULL,
    answer        text,
    answered_at   timestamptz,
    due_by        date NOT NULL,
    PRIMARY KEY (doc_no),
    FOREIGN KEY (project_no) REFERENCES projects(project_no),
    CHECK ((answer IS NULL) = (answered_at IS NULL)),
    CHECK (answered_at IS NULL OR answered_at >= issued_at),
    CHECK (due_by BETWEEN issued_at::date + 2 AND issued_at::date + 28)
) INHERITS (documents);

CREATE TABLE change_orders (
    package_code  char(3) NOT NULL,
    cost_delta    numeric(12,2) NOT NULL CHECK (cost_delta <> 0),
    days_delta    integer NOT NULL DEFAULT 0 CHECK (days_delta BETWEEN -60 AND 365),
    approved_by   text,
    rfi_doc_no    integer REFERENCES rfis(doc_no),
    PRIMARY KEY (doc_no),
    FOREIGN KEY (project_no, package_code) REFERENCES packages(project_no, package_code),
    CHECK (abs(cost_delta) < 50000 OR approved_by IS NOT NULL)
) INHERITS (documents);

CREATE TABLE site.diary (
    project_no    varchar(9) NOT NULL REFERENCES projects(project_no) ON DELETE CASCADE,
    day           date NOT NULL,
    weather_am    weather NOT NULL,
    weather_pm    weather NOT NULL,
    min_temp_c    smallint NOT NULL,
    max_temp_c    smallint NOT NULL,
    headcount     smallint NOT NULL CHECK (headcount >= 0),
    lost_hours    numeric(4,1) NOT NULL DEFAULT 0 CHECK (lost_hours >= 0 AND lost_hours * 2 = floor(lost_hours * 2)),
    incidents     jsonb NOT NULL DEFAULT '[]',
    PRIMARY KEY (project_no, day),
    CHECK (max_temp_c >= min_temp_c AND min_temp_c BETWEEN -25 AND 40 AND max_temp_c BETWEEN -20 AND 45),
    CHECK (NOT (weather_am = 'frost' OR weather_pm = 'frost') OR min_temp_c <= 2),
    CHECK (jsonb_typeof(incidents) = 'array' AND jsonb_array_length(incidents) <= 20)
);

CREATE FUNCTION site.diary_in_programme() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p projects%ROWTYPE;
BEGIN
    SELECT * INTO p FROM projects WHERE project_no = NEW.project_no;
    IF p.stage IN ('tender', 'preconstruction') THEN
        RAISE EXCEPTION 'project % is not on site yet', p.project_no;
    END IF;
    IF NEW.day < p.start_on OR NEW.day > coalesce(p.completion_on + 365, 'infinity'::date) THEN
        RAISE EXCEPTION 'diary day % outside project %', NEW.day, p.project_no;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER diary_programme BEFORE INSERT OR UPDATE ON site.diary
    FOR EACH ROW EXECUTE FUNCTION site.diary_in_programme();

CREATE TABLE site.timesheets (
    timesheet_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_no    varchar(9) NOT NULL,
    package_code  char(3) NOT NULL,
    operative     text NOT NULL,
    cscs_card     char(8) NOT NULL CHECK (cscs_card ~ '^[0-9]{8}$'),
    shift         tstzrange NOT NULL,
    break_minutes smallint NOT NULL DEFAULT 30 CHECK (break_minutes IN (0, 15, 30, 45, 60)),
    paid_hours    numeric(4,2) GENERATED ALWAYS AS (
        round((extract(epoch FROM upper(shift) - lower(shift)) / 3600 - break_minutes / 60.0)::numeric, 2)) STORED,
    FOREIGN KEY (project_no, package_code) REFERENCES packages(project_no, package_code),
    CHECK (upper(shift) - lower(shift) BETWEEN interval '2 hours' AND interval '13 hours'),
    CHECK (upper(shift) - lower(shift) > break_minutes * interval '1 minute' + interval '1 hour'),
    CHECK (upper(shift) - lower(shift) <= interval '6 hours' OR break_minutes >= 20),
    EXCLUDE USING gist (cscs_card WITH =, shift WITH &&)
);

CREATE VIEW open_rfis AS SELECT doc_no, project_no, title, due_by FROM rfis WHERE answer IS NULL;
