-- Round 10 (r30) TUNE schema 3: a university herbarium (plant specimens, loans, determinations).
-- Written by the r30 helper before any change; tuned on.
CREATE TABLE collectors (
    collector_id     serial PRIMARY KEY,
    full_name        varchar(100) NOT NULL,
    initials         varchar(10),
    born_year        int,
    institution      varchar(120)
);
CREATE TABLE cabinets (
    cabinet_id       serial PRIMARY KEY,
    name             varchar(40) NOT NULL,
    room             varchar(30),
    family_range     varchar(60),
    pest_check_on    date
);
CREATE TABLE specimens (
    specimen_id      serial PRIMARY KEY,
    barcode          varchar(20) UNIQUE NOT NULL,
    collector_id     int REFERENCES collectors(collector_id),
    collector_number varchar(20),
    collected_on     date,
    locality         text,
    habitat          varchar(200),
    cabinet_id       int REFERENCES cabinets(cabinet_id),
    preparation      varchar(30),
    type_status      varchar(20),
    condition        varchar(20),
    digitised        boolean DEFAULT false
);
CREATE TABLE determinations (
    determination_id serial PRIMARY KEY,
    specimen_id      int NOT NULL REFERENCES specimens(specimen_id),
    determined_by    varchar(100),
    determined_on    date,
    confidence       varchar(10),
    remarks          text
);
CREATE TABLE loans (
    loan_id          serial PRIMARY KEY,
    loan_number      varchar(20) UNIQUE NOT NULL,
    borrower         varchar(120) NOT NULL,
    purpose          varchar(200),
    sent_on          date NOT NULL,
    due_on           date,
    returned_on      date,
    status           varchar(20),
    courier          varchar(40)
);
CREATE TABLE loan_items (
    loan_id          int NOT NULL REFERENCES loans(loan_id),
    specimen_id      int NOT NULL REFERENCES specimens(specimen_id),
    sheets           int DEFAULT 1,
    PRIMARY KEY (loan_id, specimen_id)
);
CREATE TABLE projects (
    project_id       serial PRIMARY KEY,
    title            varchar(200) NOT NULL,
    lead_name        varchar(100),
    started          date,
    stage            varchar(30),
    abstract         text
);
