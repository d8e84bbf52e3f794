-- Round 9 (r28) TUNE schema: a home energy-assessment and retrofit company.
-- Written by the r28 helper before any change; tuned on.
CREATE TABLE assessors (
    assessor_id     serial PRIMARY KEY,
    full_name       varchar(80) NOT NULL,
    nationality     varchar(40),
    language        varchar(30),
    skill           varchar(40),
    hobby           varchar(40),
    blood_group     varchar(3),
    hired_on        date NOT NULL
);
CREATE TABLE vans (
    van_id          serial PRIMARY KEY,
    reg_no          varchar(10) UNIQUE NOT NULL,
    body_style      varchar(30),
    fuel            varchar(20),
    transmission    varchar(20),
    colour          varchar(20),
    kept_at         varchar(60),
    assessor_id     int REFERENCES assessors(assessor_id)
);
CREATE TABLE properties (
    property_id     serial PRIMARY KEY,
    address_line    varchar(120) NOT NULL,
    postcode        varchar(10),
    wall            varchar(40),
    roof            varchar(40),
    foundation      varchar(40),
    flooring        varchar(40),
    heating         varchar(40),
    cooling         varchar(40),
    orientation     varchar(10),
    climate         varchar(30),
    soil            varchar(30),
    built_year      int CHECK (built_year BETWEEN 1700 AND 2026)
);
CREATE TABLE boilers (
    boiler_id       serial PRIMARY KEY,
    property_id     int NOT NULL REFERENCES properties(property_id),
    make            varchar(40),
    fuel            varchar(20),
    flue            varchar(30),
    location        varchar(40),
    installed_by    varchar(80),
    output_kw       numeric(5,1) CHECK (output_kw > 0),
    fitted_on       date
);
CREATE TABLE windows (
    window_id       serial PRIMARY KEY,
    property_id     int NOT NULL REFERENCES properties(property_id),
    frame           varchar(30),
    glazing         varchar(30),
    shape           varchar(20),
    lock            varchar(40),
    made_of         varchar(30),
    width_mm        int,
    height_mm       int
);
CREATE TABLE surveys (
    survey_id       serial PRIMARY KEY,
    property_id     int NOT NULL REFERENCES properties(property_id),
    assessor_id     int NOT NULL REFERENCES assessors(assessor_id),
    surveyed_on     date NOT NULL,
    weather         varchar(30),
    season          varchar(10),
    device          varchar(40),
    platform        varchar(20),
    sent_via        varchar(20),
    rating          char(1) CHECK (rating IN ('A','B','C','D','E','F','G')),
    notes           text
);
CREATE TABLE materials (
    material_id     serial PRIMARY KEY,
    name            varchar(80) NOT NULL,
    material        varchar(40),
    finish          varchar(30),
    texture         varchar(30),
    pattern         varchar(30),
    stored_in       varchar(40),
    supplied_by     varchar(80),
    unit_price      numeric(10,2) CHECK (unit_price >= 0)
);
CREATE TABLE jobs (
    job_id          serial PRIMARY KEY,
    property_id     int NOT NULL REFERENCES properties(property_id),
    measure         varchar(60),
    cause           varchar(60),
    tool            varchar(40),
    equipment       varchar(40),
    power_source    varchar(30),
    started_on      date,
    finished_on     date,
    CHECK (finished_on IS NULL OR finished_on >= started_on)
);
CREATE TABLE job_materials (
    job_id          int REFERENCES jobs(job_id),
    material_id     int REFERENCES materials(material_id),
    qty             numeric(8,2) NOT NULL CHECK (qty > 0),
    delivered_by    varchar(60),
    PRIMARY KEY (job_id, material_id)
);
CREATE TABLE customers (
    customer_id     serial PRIMARY KEY,
    first_name      varchar(40),
    last_name       varchar(40),
    religion        varchar(30),
    diet            varchar(30),
    allergy         varchar(40),
    browser         varchar(30),
    os              varchar(20),
    channel         varchar(30),
    paid_with       varchar(30),
    property_id     int REFERENCES properties(property_id)
);
