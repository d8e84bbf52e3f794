-- Main Street Pharmacy (independent retail pharmacy) - dispensing system schema

CREATE TABLE patients (
    pt_id           serial PRIMARY KEY,
    last_nm         varchar(50) NOT NULL,
    first_nm        varchar(40) NOT NULL,
    dob             date NOT NULL,
    sex             char(1) CHECK (sex IN ('M','F','U')),
    phone           varchar(20),
    addr1           varchar(100),
    zip             varchar(10),
    allergies       jsonb,                                -- [{"agent":"penicillin","rxn":"hives"}]
    hipaa_ack_dt    date
);

CREATE TABLE prescribers (
    presc_id        serial PRIMARY KEY,
    npi             char(10) NOT NULL UNIQUE,
    dea_no          char(9) UNIQUE,                       -- e.g. 'BS1234563'
    last_nm         varchar(50) NOT NULL,
    first_nm        varchar(40),
    credential      varchar(10),                          -- MD, DO, NP, PA, DDS
    practice_nm     varchar(120),
    fax             varchar(20)
);

CREATE TABLE drugs (
    ndc11           char(11) PRIMARY KEY,                 -- 5-4-2, no dashes
    drug_nm         varchar(120) NOT NULL,
    strength        varchar(30),                          -- '500 mg', '10 mg/5 mL'
    dosage_form     varchar(20),                          -- TAB, CAP, SUSP, INH, CRM
    pkg_size        numeric(8,2) NOT NULL CHECK (pkg_size > 0),
    dea_sched       varchar(3) CHECK (dea_sched IN ('II','III','IV','V')),  -- NULL = not controlled
    generic_yn      boolean NOT NULL DEFAULT true,
    mfr             varchar(60),
    awp_unit        numeric(10,4) CHECK (awp_unit >= 0)   -- AWP per unit, USD
);

CREATE TABLE stock_lots (
    lot_id          serial PRIMARY KEY,
    ndc11           char(11) NOT NULL REFERENCES drugs(ndc11),
    lot_no          varchar(20) NOT NULL,
    exp_dt          date NOT NULL,
    qty_oh          numeric(10,2) NOT NULL DEFAULT 0 CHECK (qty_oh >= 0),
    shelf_loc       varchar(10)                           -- 'A-14', 'CII SAFE', 'FRIDGE'
);

CREATE TABLE plans (
    plan_id         serial PRIMARY KEY,
    bin             char(6) NOT NULL,
    pcn             varchar(10),
    grp_no          varchar(15),
    payer_nm        varchar(80) NOT NULL
);

CREATE TABLE pt_coverage (
    cov_id          serial PRIMARY KEY,
    pt_id           int NOT NULL REFERENCES patients(pt_id),
    plan_id         int NOT NULL REFERENCES plans(plan_id),
    cardholder_id   varchar(20) NOT NULL,
    person_cd       char(3) DEFAULT '001',                -- 001 cardholder, 002 spouse, 003+ dependents
    eff_dt          date NOT NULL,
    term_dt         date,
    CHECK (term_dt IS NULL OR term_dt >= eff_dt)
);

CREATE TABLE rx (
    rx_no           integer PRIMARY KEY,                  -- store Rx number, e.g. 6012345
    pt_id           int NOT NULL REFERENCES patients(pt_id),
    presc_id        int NOT NULL REFERENCES prescribers(presc_id),
    ndc11           char(11) NOT NULL REFERENCES drugs(ndc11),
    written_dt      date NOT NULL,
    sig             varchar(255) NOT NULL,                -- 'TAKE 1 TAB PO BID X 10D'
    qty_written     numeric(8,2) NOT NULL CHECK (qty_written > 0),
    refills_auth    smallint NOT NULL DEFAULT 0 CHECK (refills_auth BETWEEN 0 AND 11),
    daw_cd          smallint NOT NULL DEFAULT 0 CHECK (daw_cd BETWEEN 0 AND 9),
    origin          varchar(8) NOT NULL CHECK (origin IN ('erx','written','phoned','fax','xfer_in')),
    status          varchar(10) NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active','on_hold','expired','xfer_out','inactive','cancelled')),
    expires_dt      date,
    CHECK (expires_dt IS NULL OR expires_dt > written_dt)
);

CREATE TABLE fills (
    fill_id         serial PRIMARY KEY,
    rx_no           int NOT NULL REFERENCES rx(rx_no),
    fill_no         smallint NOT NULL CHECK (fill_no >= 0),          -- 0 = original
    filled_at       timestamp NOT NULL,
    qty_disp        numeric(8,2) NOT NULL CHECK (qty_disp > 0),
    days_supply     smallint NOT NULL CHECK (days_supply BETWEEN 1 AND 365),
    lot_id          int REFERENCES stock_lots(lot_id),
    rph_init        varchar(4) NOT NULL,                  -- verifying pharmacist initials
    sold_at         timestamp,                            -- picked up at register
    status          varchar(10) NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued','filled','verified','ready','sold','rts')),
    UNIQUE (rx_no, fill_no),
    CHECK (sold_at IS NULL OR sold_at >= filled_at)
);

CREATE TABLE claims (
    claim_id        serial PRIMARY KEY,
    fill_id         int NOT NULL REFERENCES fills(fill_id),
    cov_id          int NOT NULL REFERENCES pt_coverage(cov_id),
    submitted_at    timestamp NOT NULL,
    resp_status     char(1) NOT NULL CHECK (resp_status IN ('P','R','D','C')),  -- paid, rejected, duplicate, captured
    reject_cds      varchar(40),                          -- NCPDP reject codes, e.g. '75,79'
    ingr_cost_pd    numeric(10,2),
    disp_fee_pd     numeric(8,2),
    pt_pay_amt      numeric(8,2) CHECK (pt_pay_amt >= 0),
    auth_no         varchar(20)
);
