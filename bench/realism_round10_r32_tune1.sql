-- Pipe organ builder and restorer: workshop jobs on church and concert-hall organs.
CREATE TABLE clients (
    id serial PRIMARY KEY,
    name varchar(120) NOT NULL,
    client_type varchar(30) NOT NULL CHECK (client_type IN ('parish','cathedral','school','concert_hall','private','diocese')),
    contact_name varchar(80),
    email varchar(120),
    phone varchar(30),
    diocese varchar(60)
);
CREATE TABLE instruments (
    id serial PRIMARY KEY,
    client_id int NOT NULL REFERENCES clients(id),
    builder varchar(80),
    year_built int,
    manuals smallint CHECK (manuals BETWEEN 1 AND 5),
    stop_count smallint,
    action_type varchar(20) CHECK (action_type IN ('tracker','electro-pneumatic','direct electric','tubular pneumatic')),
    wind_pressure_mm numeric(5,1),
    pitch_hz numeric(5,1),
    temperament varchar(40),
    listed_grade varchar(10)
);
CREATE TABLE projects (
    id serial PRIMARY KEY,
    instrument_id int NOT NULL REFERENCES instruments(id),
    project_code varchar(12) NOT NULL UNIQUE,
    title varchar(150) NOT NULL,
    project_type varchar(30) NOT NULL,
    status varchar(20) NOT NULL,
    quoted_price numeric(10,2),
    start_date date,
    completion_date date,
    faculty_required boolean DEFAULT false
);
CREATE TABLE jobs (
    id serial PRIMARY KEY,
    project_id int NOT NULL REFERENCES projects(id),
    job_type varchar(40) NOT NULL,
    description text,
    division varchar(30),
    hours_estimated numeric(6,1),
    hours_actual numeric(6,1),
    assigned_to varchar(80),
    priority smallint
);
CREATE TABLE issues (
    id serial PRIMARY KEY,
    instrument_id int NOT NULL REFERENCES instruments(id),
    reported_on date NOT NULL,
    issue_type varchar(30) NOT NULL,
    severity varchar(10),
    pipe_note varchar(4),
    rank_name varchar(40),
    resolution varchar(200),
    resolved boolean DEFAULT false
);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    project_id int REFERENCES projects(id),
    supplier varchar(120) NOT NULL,
    order_status varchar(20) NOT NULL,
    material varchar(60),
    quantity numeric(8,2),
    unit varchar(10),
    total_cost numeric(10,2),
    ordered_on date
);
