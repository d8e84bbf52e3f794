-- r44 held-out 2: a municipal building-permit office (written before any change; not used for tuning)
CREATE TABLE applicants (
    applicant_id    serial PRIMARY KEY,
    applicant_kind  varchar(14) NOT NULL CHECK (applicant_kind IN ('individual', 'organisation')),
    last_name       varchar(80),
    given_name      varchar(80),
    organisation_name varchar(160),
    identity_doc_kind varchar(16) CHECK (identity_doc_kind IN ('passport', 'national_id', 'driving_licence')),
    identity_doc_number varchar(24),
    identity_doc_valid_until date,
    company_registration varchar(20),
    phone           varchar(30),
    created_at      timestamptz NOT NULL
);
CREATE TABLE permit_files (
    file_id         serial PRIMARY KEY,
    applicant_id    integer NOT NULL REFERENCES applicants(applicant_id),
    file_no         varchar(20) NOT NULL,
    case_ref        varchar(20),
    parcel_no       varchar(20),
    works_kind      varchar(16) NOT NULL CHECK (works_kind IN ('extension', 'new_build', 'demolition', 'renovation')),
    submitted_on    date NOT NULL
);
CREATE TABLE site_visits (
    visit_id        serial PRIMARY KEY,
    file_id         integer NOT NULL REFERENCES permit_files(file_id),
    inspector_badge varchar(10),
    visit_on        date NOT NULL,
    report_number   varchar(16),
    archive_position varchar(12)
);
