-- Mountain rescue team: callouts, casualties, members and the kit they carry.
CREATE TABLE members (
    id serial PRIMARY KEY,
    full_name varchar(100) NOT NULL,
    callsign varchar(10),
    role varchar(30) NOT NULL,
    phone varchar(30),
    joined_on date,
    cas_care_level varchar(20),
    driver_authorised boolean DEFAULT false
);
CREATE TABLE incidents (
    id serial PRIMARY KEY,
    incident_ref varchar(16) NOT NULL UNIQUE,
    reported_at timestamptz NOT NULL,
    incident_type varchar(30) NOT NULL,
    location_name varchar(120),
    grid_ref varchar(14),
    weather varchar(60),
    casualties smallint,
    helicopter_used boolean,
    outcome varchar(40),
    total_hours numeric(6,1)
);
CREATE TABLE tasks (
    id serial PRIMARY KEY,
    incident_id int NOT NULL REFERENCES incidents(id),
    task_type varchar(30) NOT NULL,
    party_leader_id int REFERENCES members(id),
    search_area varchar(80),
    started_at timestamptz,
    finished_at timestamptz,
    status varchar(20)
);
CREATE TABLE casualties (
    id serial PRIMARY KEY,
    incident_id int NOT NULL REFERENCES incidents(id),
    age smallint,
    sex char(1),
    injury varchar(80),
    condition varchar(30),
    evacuated_by varchar(40),
    hospital varchar(80)
);
CREATE TABLE equipment (
    id serial PRIMARY KEY,
    asset_tag varchar(12) NOT NULL UNIQUE,
    item_type varchar(40) NOT NULL,
    make varchar(40),
    serial_no varchar(30),
    last_inspected date,
    next_inspection date,
    state varchar(20)
);
CREATE TABLE reports (
    id serial PRIMARY KEY,
    incident_id int NOT NULL REFERENCES incidents(id),
    author_id int REFERENCES members(id),
    report_type varchar(30) NOT NULL,
    summary text,
    submitted_on date,
    approved boolean
);
