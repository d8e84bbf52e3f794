-- Sentinel ARC (alarm receiving / monitoring centre) - central station schema

CREATE TABLE dealers (
    dealer_id       serial PRIMARY KEY,
    dealer_cd       varchar(6) NOT NULL UNIQUE,           -- installer code, e.g. 'D0417'
    company_nm      varchar(120) NOT NULL,
    tech_phone      varchar(20),
    billing_email   varchar(120),
    nsi_cert_no     varchar(15),                          -- NSI / SSAIB approval number
    active_yn       boolean NOT NULL DEFAULT true
);

CREATE TABLE accounts (
    acct_no         varchar(8) PRIMARY KEY,               -- receiver account, e.g. '4-1187' style '41187'
    dealer_id       int NOT NULL REFERENCES dealers(dealer_id),
    premises_nm     varchar(120) NOT NULL,
    site_addr       varchar(200) NOT NULL,
    postcode        varchar(10),
    premises_type   varchar(12) NOT NULL
                    CHECK (premises_type IN ('domestic','retail','office','industrial','school','bank','pharmacy','other')),
    panel_make      varchar(30),                          -- Texecom, Honeywell Galaxy, Pyronix...
    comm_path       varchar(10) NOT NULL CHECK (comm_path IN ('PSTN','GPRS','IP','dual_path','radio')),
    grade           smallint CHECK (grade BETWEEN 1 AND 4),             -- EN 50131 security grade
    police_urn      varchar(20),                          -- police unique reference no. (NULL = no police response)
    monthly_fee     numeric(7,2) NOT NULL CHECK (monthly_fee >= 0),
    status          varchar(10) NOT NULL DEFAULT 'commiss'
                    CHECK (status IN ('commiss','live','on_test','suspended','cancelled')),
    live_dt         date,
    contract_end_dt date CHECK (contract_end_dt IS NULL OR contract_end_dt > live_dt),
    pwd_hint        varchar(40),                          -- verbal password reminder, not the password
    site_notes      text
);

CREATE TABLE zones (
    acct_no         varchar(8) NOT NULL REFERENCES accounts(acct_no),
    zone_no         smallint NOT NULL CHECK (zone_no BETWEEN 1 AND 999),
    zone_desc       varchar(60) NOT NULL,                 -- 'PIR HALL', 'FRONT DOOR', 'SMOKE 1ST FL'
    zone_type       varchar(8) NOT NULL CHECK (zone_type IN ('burg','fire','PA','tamper','tech','medical')),
    hr24_yn         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (acct_no, zone_no)
);

CREATE TABLE keyholders (
    kh_id           serial PRIMARY KEY,
    acct_no         varchar(8) NOT NULL REFERENCES accounts(acct_no),
    call_order      smallint NOT NULL CHECK (call_order BETWEEN 1 AND 9),
    kh_name         varchar(80) NOT NULL,
    phone1          varchar(20) NOT NULL,
    phone2          varchar(20),
    has_keys        boolean NOT NULL DEFAULT true,
    resp_mins       smallint CHECK (resp_mins > 0),       -- stated time to attend site
    UNIQUE (acct_no, call_order)
);

CREATE TABLE open_close_sched (
    acct_no         varchar(8) NOT NULL REFERENCES accounts(acct_no),
    dow             smallint NOT NULL CHECK (dow BETWEEN 1 AND 7),       -- 1 = Monday
    open_by         time,
    close_by        time,
    PRIMARY KEY (acct_no, dow)
);

CREATE TABLE operators (
    op_id           serial PRIMARY KEY,
    op_code         varchar(5) NOT NULL UNIQUE,
    op_name         varchar(80) NOT NULL,
    shift_grp       char(1) CHECK (shift_grp IN ('A','B','C','D')),
    sia_lic_no      char(16),                             -- SIA PSS (CCTV/ARC) licence number
    hired_on        date
);

CREATE TABLE signals (
    sig_id          bigserial PRIMARY KEY,
    acct_no         varchar(8) NOT NULL REFERENCES accounts(acct_no),
    recvd_at        timestamptz NOT NULL,
    rcvr_line       varchar(6),                           -- receiver / line, e.g. 'R2-L4'
    cid_code        char(3) NOT NULL,                     -- Contact ID event code: 130 burg, 110 fire, 120 PA, 401 O/C
    qual            char(1) NOT NULL CHECK (qual IN ('E','R','P')),     -- event / restore / previous
    partn           smallint DEFAULT 1,
    zone_no         smallint,
    raw_msg         varchar(64)
);

CREATE TABLE alarms (
    alarm_id        serial PRIMARY KEY,
    sig_id          bigint NOT NULL UNIQUE REFERENCES signals(sig_id),
    priority        smallint NOT NULL CHECK (priority BETWEEN 1 AND 5),     -- 1 = fire/PA
    opened_at       timestamptz NOT NULL,
    ack_at          timestamptz,
    op_id           int REFERENCES operators(op_id),
    disposition     varchar(14)
                    CHECK (disposition IN ('genuine','false_user','false_equip','false_weather','unconfirmed','test','cancelled_pwd')),
    police_ref      varchar(20),
    guard_eta_mins  smallint CHECK (guard_eta_mins >= 0),
    closed_at       timestamptz,
    CHECK (ack_at IS NULL OR ack_at >= opened_at),
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);

CREATE TABLE alarm_actions (
    action_id       serial PRIMARY KEY,
    alarm_id        int NOT NULL REFERENCES alarms(alarm_id),
    action_at       timestamptz NOT NULL,
    action_type     varchar(14) NOT NULL
                    CHECK (action_type IN ('call_premises','call_kh','call_police','call_fire','sms','email','guard_dispatch')),
    kh_id           int REFERENCES keyholders(kh_id),
    outcome         varchar(12) CHECK (outcome IN ('answered','no_answer','voicemail','busy','pwd_ok','pwd_fail')),
    call_secs       integer CHECK (call_secs >= 0),
    comments        text
);
