-- Ambulance service CAD (computer-aided dispatch) and ePCR
CREATE TYPE unit_status AS ENUM ('available', 'mobile', 'on_scene', 'conveying', 'at_hospital', 'off_road');

CREATE TABLE stations (
    station_id  serial PRIMARY KEY,
    stn_code    varchar(6) NOT NULL UNIQUE,
    stn_name    text NOT NULL,
    sector      text NOT NULL CHECK (sector IN ('NORTH', 'SOUTH', 'EAST', 'WEST', 'CENTRAL')),
    is_hub      boolean NOT NULL DEFAULT false,
    opened_on   date
);

CREATE TABLE hospitals (
    hosp_id               serial PRIMARY KEY,
    ods_code              varchar(5) NOT NULL UNIQUE,
    hosp_name             text NOT NULL,
    has_ed                boolean NOT NULL DEFAULT true,
    ppci_centre           boolean NOT NULL DEFAULT false,
    hasu                  boolean NOT NULL DEFAULT false,
    handover_target_mins  integer NOT NULL DEFAULT 15 CHECK (handover_target_mins BETWEEN 5 AND 60)
);

CREATE TABLE units (
    unit_id          serial PRIMARY KEY,
    callsign         text NOT NULL UNIQUE,
    reg_no           text NOT NULL UNIQUE,
    station_id       integer NOT NULL REFERENCES stations(station_id),
    unit_type        text NOT NULL CHECK (unit_type IN ('DCA', 'RRV', 'HART', 'PTS', 'MC', 'BARIATRIC')),
    status           unit_status NOT NULL DEFAULT 'available',
    odometer_km      integer NOT NULL CHECK (odometer_km >= 0),
    in_service_date  date NOT NULL,
    last_mot         date
);

CREATE TABLE staff (
    staff_id            serial PRIMARY KEY,
    payroll_no          varchar(8) NOT NULL UNIQUE,
    forename            text NOT NULL,
    surname             text NOT NULL,
    grade               text NOT NULL CHECK (grade IN ('ECA', 'AAP', 'EMT', 'PARAMEDIC', 'SP', 'ECP')),
    base_station_id     integer NOT NULL REFERENCES stations(station_id),
    blue_light_trained  boolean NOT NULL DEFAULT false,
    hcpc_reg_no         text,
    start_date          date NOT NULL,
    active              boolean NOT NULL DEFAULT true
);

CREATE TABLE crew_shifts (
    shift_id     serial PRIMARY KEY,
    unit_id      integer NOT NULL REFERENCES units(unit_id),
    staff_id     integer NOT NULL REFERENCES staff(staff_id),
    shift_start  timestamptz NOT NULL,
    shift_end    timestamptz NOT NULL,
    crew_role    text NOT NULL CHECK (crew_role IN ('driver', 'attendant', 'observer')),
    overtime     boolean NOT NULL DEFAULT false,
    CHECK (shift_end > shift_start)
);

CREATE TABLE incidents (
    incident_id      bigserial PRIMARY KEY,
    cad_ref          text NOT NULL UNIQUE,
    call_rcvd_at     timestamptz NOT NULL,
    caller_tel       text,
    location_text    text NOT NULL,
    postcode         text,
    category         text NOT NULL CHECK (category IN ('C1', 'C2', 'C3', 'C4', 'C5')),
    mpds_code        varchar(6),
    chief_complaint  text NOT NULL,
    status           text NOT NULL CHECK (status IN ('awaiting', 'assigned', 'closed', 'cancelled')),
    is_duplicate     boolean NOT NULL DEFAULT false,
    hcp_request      boolean NOT NULL DEFAULT false
);

CREATE TABLE dispatches (
    dispatch_id    bigserial PRIMARY KEY,
    incident_id    bigint NOT NULL REFERENCES incidents(incident_id),
    unit_id        integer NOT NULL REFERENCES units(unit_id),
    assigned_at    timestamptz NOT NULL,
    mobile_at      timestamptz,
    at_scene_at    timestamptz,
    left_scene_at  timestamptz,
    at_hosp_at     timestamptz,
    clear_at       timestamptz,
    dest_hosp_id   integer REFERENCES hospitals(hosp_id),
    stood_down     boolean NOT NULL DEFAULT false
);

CREATE TABLE patients (
    patient_id   bigserial PRIMARY KEY,
    incident_id  bigint NOT NULL REFERENCES incidents(incident_id),
    age_yrs      integer CHECK (age_yrs BETWEEN 0 AND 120),
    sex          char(1) NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'U')),
    nhs_no       varchar(10)
);

CREATE TABLE epcr (
    epcr_id       bigserial PRIMARY KEY,
    patient_id    bigint NOT NULL REFERENCES patients(patient_id),
    dispatch_id   bigint NOT NULL REFERENCES dispatches(dispatch_id),
    clinician_id  integer NOT NULL REFERENCES staff(staff_id),
    outcome       text NOT NULL CHECK (outcome IN ('conveyed', 'see_treat', 'hear_treat', 'refused', 'ROLE')),
    news2         integer CHECK (news2 BETWEEN 0 AND 20),
    gcs           integer CHECK (gcs BETWEEN 3 AND 15),
    pain_score    integer CHECK (pain_score BETWEEN 0 AND 10),
    completed_at  timestamptz NOT NULL
);
