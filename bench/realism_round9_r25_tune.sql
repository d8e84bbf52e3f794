-- Round 9 (r25) TUNE schema: a broker-dealer's custody and settlement back office.
CREATE TABLE legal_entities (
    entity_id      serial PRIMARY KEY,
    lei            char(20) NOT NULL UNIQUE,
    legal_name     varchar(160) NOT NULL,
    duns_no        varchar(9),
    ein            varchar(10),
    incorporated_in char(2) NOT NULL,
    entity_kind    varchar(20) NOT NULL CHECK (entity_kind IN ('issuer','counterparty','custodian','fund')),
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE securities (
    security_id    serial PRIMARY KEY,
    isin           char(12) NOT NULL UNIQUE,
    cusip          char(9) UNIQUE,
    sedol          char(7),
    ticker         varchar(8),
    figi           char(12),
    issuer_id      int NOT NULL REFERENCES legal_entities(entity_id),
    sec_type       varchar(12) NOT NULL CHECK (sec_type IN ('EQUITY','BOND','ETF','ADR','PREF')),
    cfi_code       char(6),
    ccy            char(3) NOT NULL,
    coupon_rate    numeric(6,4),
    maturity_dt    date
);
CREATE TABLE client_accounts (
    acct_id        serial PRIMARY KEY,
    acct_no        varchar(12) NOT NULL UNIQUE,
    holder_name    varchar(120) NOT NULL,
    tax_id         varchar(11),
    entity_id      int REFERENCES legal_entities(entity_id),
    base_ccy       char(3) NOT NULL DEFAULT 'USD',
    opened_on      date NOT NULL,
    closed_on      date,
    risk_profile   varchar(12) CHECK (risk_profile IN ('conservative','balanced','growth','aggressive'))
);
CREATE TABLE settlement_instructions (
    ssi_id         serial PRIMARY KEY,
    acct_id        int NOT NULL REFERENCES client_accounts(acct_id),
    bic            varchar(11) NOT NULL,
    iban           varchar(34),
    aba_routing    char(9),
    sort_code      char(8),
    beneficiary    varchar(140),
    market         char(4),
    valid_from     date NOT NULL
);
CREATE TABLE trades (
    trade_id       bigserial PRIMARY KEY,
    trade_ref      varchar(16) NOT NULL UNIQUE,
    acct_id        int NOT NULL REFERENCES client_accounts(acct_id),
    security_id    int NOT NULL REFERENCES securities(security_id),
    counterparty_id int REFERENCES legal_entities(entity_id),
    side           char(1) NOT NULL CHECK (side IN ('B','S')),
    qty            numeric(18,4) NOT NULL CHECK (qty > 0),
    px             numeric(18,6) NOT NULL,
    trade_dt       date NOT NULL,
    settle_dt      date NOT NULL,
    mic            char(4),
    uti            varchar(52)
);
CREATE TABLE positions (
    acct_id        int NOT NULL REFERENCES client_accounts(acct_id),
    security_id    int NOT NULL REFERENCES securities(security_id),
    as_of          date NOT NULL,
    quantity       numeric(18,4) NOT NULL,
    market_value   numeric(18,2),
    PRIMARY KEY (acct_id, security_id, as_of)
);
CREATE TABLE corporate_actions (
    ca_id          serial PRIMARY KEY,
    security_id    int NOT NULL REFERENCES securities(security_id),
    ca_ref         varchar(16) NOT NULL UNIQUE,
    event_type     varchar(10) NOT NULL CHECK (event_type IN ('DVCA','SPLF','MRGR','RHTS','BONU','TEND')),
    ex_date        date,
    record_date    date,
    pay_date       date,
    rate           numeric(12,6)
);
CREATE TABLE wire_transfers (
    wire_id        bigserial PRIMARY KEY,
    acct_id        int NOT NULL REFERENCES client_accounts(acct_id),
    ssi_id         int REFERENCES settlement_instructions(ssi_id),
    uetr           uuid NOT NULL,
    amount         numeric(16,2) NOT NULL,
    currency       char(3) NOT NULL,
    value_date     date NOT NULL,
    fed_imad       varchar(22),
    status         varchar(10) NOT NULL CHECK (status IN ('pending','sent','settled','returned'))
);
CREATE TABLE branch_offices (
    branch_id      serial PRIMARY KEY,
    crd_number     varchar(8) NOT NULL UNIQUE,
    branch_code    varchar(6) NOT NULL,
    city           varchar(60),
    phone          varchar(20)
);
CREATE TABLE advisors (
    advisor_id     serial PRIMARY KEY,
    branch_id      int NOT NULL REFERENCES branch_offices(branch_id),
    full_name      varchar(100) NOT NULL,
    crd_no         varchar(8) UNIQUE,
    series7_license varchar(12),
    email          varchar(120),
    hired_on       date
);
