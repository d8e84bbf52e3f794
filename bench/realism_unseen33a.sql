CREATE TABLE notaries (
    notary_id        serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    chamber_reg_no   varchar(20) NOT NULL UNIQUE,
    appointed_on     date NOT NULL,
    office_city      varchar(80) NOT NULL,
    is_deputy        boolean NOT NULL DEFAULT false,
    email            varchar(200) NOT NULL
);

CREATE TABLE clients (
    client_id        serial PRIMARY KEY,
    client_kind      varchar(12) NOT NULL CHECK (client_kind IN ('natural', 'legal_entity')),
    surname          varchar(80),
    given_names      varchar(120),
    company_name     varchar(200),
    date_of_birth    date,
    nationality      char(2),
    id_doc_type      varchar(12) CHECK (id_doc_type IN ('passport', 'id_card', 'residence', 'driver_lic')),
    id_doc_no        varchar(30),
    id_doc_expiry    date,
    trade_reg_no     varchar(30),
    addr_line        varchar(200) NOT NULL,
    postcode         varchar(10) NOT NULL,
    city             varchar(80) NOT NULL,
    phone            varchar(30),
    kyc_checked_at   timestamptz,
    pep_flag         boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE deeds (
    deed_id          serial PRIMARY KEY,
    repertory_no     integer NOT NULL,
    repertory_yr     smallint NOT NULL CHECK (repertory_yr BETWEEN 1990 AND 2100),
    notary_id        integer NOT NULL REFERENCES notaries(notary_id),
    deed_type        varchar(30) NOT NULL CHECK (deed_type IN ('conveyance', 'mortgage', 'poa', 'will', 'company_formation', 'share_transfer', 'prenup', 'gift', 'affidavit')),
    status           varchar(12) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'executed', 'registered', 'void')),
    executed_on      date,
    transaction_val  numeric(14,2) CHECK (transaction_val >= 0),
    property_ref     varchar(60),
    cadastral_area_m2 numeric(10,2),
    n_pages          smallint CHECK (n_pages BETWEEN 1 AND 500),
    remarks          text,
    UNIQUE (repertory_yr, repertory_no)
);

CREATE TABLE deed_parties (
    deed_id          integer NOT NULL REFERENCES deeds(deed_id),
    client_id        integer NOT NULL REFERENCES clients(client_id),
    party_role       varchar(20) NOT NULL CHECK (party_role IN ('seller', 'buyer', 'lender', 'borrower', 'principal', 'attorney', 'testator', 'donor', 'donee', 'shareholder', 'witness')),
    share_pct        numeric(5,2) CHECK (share_pct BETWEEN 0 AND 100),
    represented_by   varchar(120),
    signed_at        timestamptz,
    PRIMARY KEY (deed_id, client_id, party_role)
);

CREATE TABLE appointments (
    appt_id          serial PRIMARY KEY,
    deed_id          integer REFERENCES deeds(deed_id),
    notary_id        integer NOT NULL REFERENCES notaries(notary_id),
    starts_at        timestamptz NOT NULL,
    duration_min     smallint NOT NULL DEFAULT 60 CHECK (duration_min BETWEEN 15 AND 480),
    room             varchar(20),
    interpreter_req  boolean NOT NULL DEFAULT false,
    cancelled        boolean NOT NULL DEFAULT false
);

CREATE TABLE land_reg_filings (
    filing_id        serial PRIMARY KEY,
    deed_id          integer NOT NULL REFERENCES deeds(deed_id),
    registry_office  varchar(80) NOT NULL,
    filed_at         timestamptz NOT NULL,
    registry_ref     varchar(40),
    outcome          varchar(12) NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'entered', 'rejected', 'amended')),
    entered_on       date
);

CREATE TABLE escrow_txns (
    txn_id           serial PRIMARY KEY,
    deed_id          integer NOT NULL REFERENCES deeds(deed_id),
    direction        char(3) NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount           numeric(14,2) NOT NULL CHECK (amount > 0),
    currency         char(3) NOT NULL DEFAULT 'EUR',
    counterparty_iban varchar(34) NOT NULL,
    value_date       date NOT NULL,
    purpose          varchar(140)
);

CREATE TABLE fee_notes (
    fee_note_id      serial PRIMARY KEY,
    deed_id          integer NOT NULL REFERENCES deeds(deed_id),
    billed_client_id integer NOT NULL REFERENCES clients(client_id),
    fee_note_no      varchar(20) NOT NULL UNIQUE,
    notarial_fee     numeric(10,2) NOT NULL CHECK (notarial_fee >= 0),
    disbursements    numeric(10,2) NOT NULL DEFAULT 0,
    stamp_duty_amt   numeric(10,2) NOT NULL DEFAULT 0,
    vat_rate         numeric(4,2) NOT NULL DEFAULT 19.00 CHECK (vat_rate BETWEEN 0 AND 30),
    issued_on        date NOT NULL,
    paid_on          date
);
