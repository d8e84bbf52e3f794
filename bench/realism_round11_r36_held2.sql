-- Round 11 (r36) HELD-OUT schema 2: an independent pharmacy's prescription home-delivery service.
-- Written by the r36 helper before any change; measured once at the start and once at the end.

CREATE TABLE stores (
    store_id        serial PRIMARY KEY,
    store_name      varchar(80)  NOT NULL,
    street_address  varchar(120) NOT NULL,
    city            varchar(60)  NOT NULL,
    state           char(2)      NOT NULL,
    zip             varchar(10)  NOT NULL,
    phone           varchar(20)  NOT NULL,
    dea_number      varchar(9),
    latitude        double precision,
    longitude       double precision
);

CREATE TABLE patients (
    patient_id      serial PRIMARY KEY,
    store_id        integer      NOT NULL REFERENCES stores(store_id),
    first_name      varchar(50)  NOT NULL,
    last_name       varchar(50)  NOT NULL,
    date_of_birth   date         NOT NULL,
    phone           varchar(20),
    address1        varchar(120) NOT NULL,
    address2        varchar(60),
    city            varchar(60)  NOT NULL,
    state           char(2)      NOT NULL,
    zip             varchar(10)  NOT NULL,
    allergies       text,
    insurance_member_id varchar(20)
);

CREATE TABLE prescribers (
    prescriber_id   serial PRIMARY KEY,
    full_name       varchar(100) NOT NULL,
    npi             char(10)     NOT NULL UNIQUE,
    practice_name   varchar(120),
    office_phone    varchar(20),
    fax             varchar(20)
);

CREATE TABLE prescriptions (
    rx_id           serial PRIMARY KEY,
    rx_number       varchar(12)  NOT NULL UNIQUE,
    patient_id      integer      NOT NULL REFERENCES patients(patient_id),
    prescriber_id   integer      NOT NULL REFERENCES prescribers(prescriber_id),
    drug_name       varchar(120) NOT NULL,
    quantity        integer      NOT NULL,
    refills_left    smallint     NOT NULL DEFAULT 0,
    written_on      date         NOT NULL,
    copay           numeric(7,2)
);

CREATE TABLE drivers (
    driver_id       serial PRIMARY KEY,
    store_id        integer      NOT NULL REFERENCES stores(store_id),
    name            varchar(100) NOT NULL,
    cell_phone      varchar(20)  NOT NULL,
    license_plate   varchar(8),
    hired_on        date
);

CREATE TABLE deliveries (
    delivery_id     bigserial PRIMARY KEY,
    rx_id           integer      NOT NULL REFERENCES prescriptions(rx_id),
    driver_id       integer      REFERENCES drivers(driver_id),
    scheduled_for   date         NOT NULL,
    delivered_at    timestamptz,
    drop_lat        double precision,
    drop_lng        double precision,
    signed_by       varchar(100),
    miles_driven    numeric(5,1),
    status          varchar(12)  NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('scheduled', 'out', 'delivered', 'failed'))
);
