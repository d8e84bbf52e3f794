-- Public-health bowel/cervical screening programme
CREATE TYPE invite_state AS ENUM ('invited', 'reminded', 'attended', 'declined', 'no_response');

CREATE TABLE screening_clinics (
    clinic_id        serial PRIMARY KEY,
    clinic_name      varchar(100) NOT NULL,
    ods_code         char(5) NOT NULL UNIQUE,
    health_board     varchar(80),
    address_line1    varchar(120),
    town             varchar(60),
    lead_nurse       varchar(100),
    capacity_per_day smallint
);

CREATE TABLE laboratories (
    lab_id           serial PRIMARY KEY,
    lab_name         varchar(100) NOT NULL,
    accreditation_no varchar(12),
    operator         varchar(100),
    courier          varchar(80),
    turnaround_days  smallint
);

CREATE TABLE participants (
    participant_id   bigserial PRIMARY KEY,
    nhs_number       char(10) NOT NULL UNIQUE,
    given_name       varchar(60) NOT NULL,
    family_name      varchar(60) NOT NULL,
    date_of_birth    date NOT NULL,
    sex              char(1),
    gp_practice      varchar(100),
    gp_code          char(6),
    postcode         varchar(8),
    registered_on    date
);

CREATE TABLE invitations (
    invitation_id    bigserial PRIMARY KEY,
    participant_id   bigint NOT NULL REFERENCES participants(participant_id),
    clinic_id        int REFERENCES screening_clinics(clinic_id),
    round_no         smallint NOT NULL,
    state            invite_state NOT NULL DEFAULT 'invited',
    batch_ref        varchar(10),
    sent_on          date NOT NULL,
    reminder_sent_on date,
    responded_on     date
);

CREATE TABLE appointments (
    appointment_id   bigserial PRIMARY KEY,
    invitation_id    bigint NOT NULL REFERENCES invitations(invitation_id),
    clinic_id        int NOT NULL REFERENCES screening_clinics(clinic_id),
    practitioner     varchar(100),
    room             varchar(20),
    slot_start       timestamp NOT NULL,
    duration_min     smallint DEFAULT 15,
    attended         boolean,
    chaperone        varchar(100)
);

CREATE TABLE samples (
    sample_id        bigserial PRIMARY KEY,
    appointment_id   bigint NOT NULL REFERENCES appointments(appointment_id),
    lab_id           int NOT NULL REFERENCES laboratories(lab_id),
    specimen_barcode varchar(16) NOT NULL UNIQUE,
    kit_lot          char(7),
    collected_at     timestamp NOT NULL,
    received_at      timestamp,
    reported_at      timestamp,
    result           varchar(30),
    fit_ug_g         numeric(6,1),
    reporting_scientist varchar(100),
    rejected_reason  text
);

CREATE TABLE referrals (
    referral_id      bigserial PRIMARY KEY,
    sample_id        bigint NOT NULL REFERENCES samples(sample_id),
    referred_to      varchar(120),
    consultant       varchar(100),
    priority         varchar(12),
    referred_on      date NOT NULL,
    seen_on          date,
    outcome_code     char(3)
);

CREATE TABLE outreach_workers (
    worker_id        serial PRIMARY KEY,
    clinic_id        int REFERENCES screening_clinics(clinic_id),
    name             varchar(100) NOT NULL,
    employer         varchar(100),
    languages        varchar(80),
    started_on       date
);
