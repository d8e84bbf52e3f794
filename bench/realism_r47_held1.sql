-- r47 held-out 1: a county records archive (written before any change; not used for tuning)
CREATE TABLE depositors (
    depositor_id     serial PRIMARY KEY,
    depositor_name   varchar(120) NOT NULL,
    is_institution   boolean NOT NULL DEFAULT false,
    charity_number   varchar(12),
    deposited_since  date NOT NULL
);
CREATE TABLE collections (
    collection_id    serial PRIMARY KEY,
    depositor_id     integer NOT NULL REFERENCES depositors(depositor_id),
    collection_title varchar(200) NOT NULL,
    accession_ref    varchar(24) NOT NULL UNIQUE,
    custodian        varchar(120),
    provenance       varchar(120),
    shelf_location   varchar(16),
    accessioned_on   date NOT NULL,
    is_restricted    boolean NOT NULL DEFAULT false,
    closure_review_date date
);
CREATE TABLE items (
    item_id          serial PRIMARY KEY,
    collection_id    integer NOT NULL REFERENCES collections(collection_id),
    catalogue_ref    varchar(30) NOT NULL,
    item_title       varchar(200) NOT NULL,
    folio_ref        varchar(20),
    volume_no        varchar(10),
    box_no           varchar(10),
    has_seal         boolean NOT NULL DEFAULT false,
    seal_description varchar(120),
    date_from        integer,
    date_to          integer
);
CREATE TABLE readers (
    reader_id        serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    reader_ticket_no varchar(16) NOT NULL UNIQUE,
    ticket_expires   date NOT NULL,
    institution      varchar(120),
    registered_at    timestamptz NOT NULL
);
CREATE TABLE productions (
    production_id    serial PRIMARY KEY,
    reader_id        integer NOT NULL REFERENCES readers(reader_id),
    item_id          integer NOT NULL REFERENCES items(item_id),
    requested_at     timestamptz NOT NULL,
    produced_at      timestamptz,
    desk_no          varchar(6),
    request_slip_no  varchar(16),
    is_copy_ordered  boolean NOT NULL DEFAULT false,
    copy_order_ref   varchar(20),
    copy_invoice_no  varchar(20)
);
CREATE TABLE conservation_jobs (
    job_id           serial PRIMARY KEY,
    item_id          integer NOT NULL REFERENCES items(item_id),
    job_ref          varchar(20) NOT NULL,
    opened_on        date NOT NULL,
    closed_on        date,
    treatment        varchar(200),
    has_grant        boolean NOT NULL DEFAULT false,
    grant_ref        varchar(20),
    financial_year   varchar(7) NOT NULL
);
CREATE TABLE loans_out (
    loan_id          serial PRIMARY KEY,
    item_id          integer NOT NULL REFERENCES items(item_id),
    borrowing_venue  varchar(120) NOT NULL,
    loan_agreement_ref varchar(20) NOT NULL,
    crate_no         varchar(10),
    courier_tracking_no varchar(30),
    sent_on          date NOT NULL,
    returned_on      date
);
