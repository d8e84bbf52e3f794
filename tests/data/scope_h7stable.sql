-- horse riding stable: riding school lessons, livery, horse care and client billing
CREATE TYPE livery_type AS ENUM ('full', 'part', 'diy', 'grass');
CREATE TYPE lsn_kind AS ENUM ('private', 'semi_private', 'group', 'hack', 'pony_club');

CREATE TABLE client (
    client_id      serial PRIMARY KEY,
    first_nm       varchar(40)  NOT NULL,
    last_nm        varchar(60)  NOT NULL,
    email          varchar(120) UNIQUE,
    phone          varchar(20),
    dob            date,
    exp_lvl        text NOT NULL DEFAULT 'beginner'
                   CHECK (exp_lvl IN ('beginner', 'novice', 'intermediate', 'advanced')),
    wt_kg          numeric(5,1) CHECK (wt_kg BETWEEN 15 AND 150),
    waiver_signed  boolean NOT NULL DEFAULT false,
    is_active      boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stall (
    stall_id    serial PRIMARY KEY,
    block_cd    char(1) NOT NULL,
    stall_no    smallint NOT NULL CHECK (stall_no > 0),
    stall_typ   text NOT NULL DEFAULT 'box' CHECK (stall_typ IN ('box', 'foaling', 'isolation', 'pony')),
    has_rubber_mat boolean NOT NULL DEFAULT false,
    UNIQUE (block_cd, stall_no)
);

CREATE TABLE horse (
    horse_id        serial PRIMARY KEY,
    horse_nm        varchar(50) NOT NULL,
    breed           varchar(50),
    sex             text NOT NULL CHECK (sex IN ('mare', 'gelding', 'stallion')),
    foal_yr         smallint CHECK (foal_yr BETWEEN 1985 AND 2030),
    ht_hh           numeric(3,1) CHECK (ht_hh BETWEEN 10.0 AND 19.0),
    owner_client_id integer REFERENCES client(client_id),
    is_school_horse boolean NOT NULL DEFAULT true,
    max_rider_kg    smallint CHECK (max_rider_kg BETWEEN 30 AND 140),
    status          text NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'resting', 'lame', 'retired', 'sold')),
    passport_no     varchar(20) UNIQUE,
    purch_amt       numeric(10,2) CHECK (purch_amt >= 0)
);

CREATE TABLE livery_ctr (
    ctr_id      serial PRIMARY KEY,
    client_id   integer NOT NULL REFERENCES client(client_id),
    horse_id    integer NOT NULL REFERENCES horse(horse_id),
    stall_id    integer REFERENCES stall(stall_id),
    livery_typ  livery_type NOT NULL,
    start_dt    date NOT NULL,
    end_dt      date,
    mthly_fee   numeric(8,2) NOT NULL CHECK (mthly_fee > 0),
    status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'notice', 'ended')),
    CHECK (end_dt IS NULL OR end_dt >= start_dt)
);

CREATE TABLE instr (
    instr_id   serial PRIMARY KEY,
    full_nm    varchar(80) NOT NULL,
    bhs_lvl    text NOT NULL CHECK (bhs_lvl IN ('BHS2', 'BHS3', 'BHS4', 'BHSII', 'UKCC2')),
    hrly_rt    numeric(6,2) NOT NULL CHECK (hrly_rt > 0),
    hire_dt    date NOT NULL,
    is_active  boolean NOT NULL DEFAULT true
);

CREATE TABLE arena (
    arena_id   serial PRIMARY KEY,
    arena_nm   varchar(40) NOT NULL UNIQUE,
    surface    text NOT NULL CHECK (surface IN ('sand', 'rubber', 'grass', 'woodchip')),
    is_indoor  boolean NOT NULL DEFAULT false,
    len_m      smallint CHECK (len_m > 0),
    wid_m      smallint CHECK (wid_m > 0)
);

CREATE TABLE lsn (
    lesson_id   serial PRIMARY KEY,
    instr_id    integer NOT NULL REFERENCES instr(instr_id),
    arena_id    integer REFERENCES arena(arena_id),
    lsn_typ     lsn_kind NOT NULL,
    start_ts    timestamptz NOT NULL,
    dur_min     smallint NOT NULL CHECK (dur_min IN (30, 45, 60, 90, 120)),
    max_riders  smallint NOT NULL DEFAULT 1 CHECK (max_riders BETWEEN 1 AND 12),
    price       numeric(7,2) NOT NULL CHECK (price >= 0),
    status      text NOT NULL DEFAULT 'scheduled'
                CHECK (status IN ('scheduled', 'completed', 'cancelled', 'weather_cxl'))
);

CREATE TABLE lsn_bkg (
    bkg_id      serial PRIMARY KEY,
    lesson_id   integer NOT NULL REFERENCES lsn(lesson_id),
    client_id   integer NOT NULL REFERENCES client(client_id),
    horse_id    integer REFERENCES horse(horse_id),
    booked_at   timestamptz NOT NULL DEFAULT now(),
    attended    boolean,
    is_paid     boolean NOT NULL DEFAULT false,
    cxl_reason  text,
    UNIQUE (lesson_id, client_id)
);

CREATE TABLE vet_visit (
    visit_id      serial PRIMARY KEY,
    horse_id      integer NOT NULL REFERENCES horse(horse_id),
    visit_dt      date NOT NULL,
    vet_practice  varchar(80) NOT NULL,
    reason        text NOT NULL CHECK (reason IN ('vaccination', 'dental', 'lameness', 'colic', 'injury', 'worming', 'checkup')),
    cost          numeric(8,2) NOT NULL CHECK (cost >= 0),
    followup_dt   date,
    notes         text
);

CREATE TABLE farrier_appt (
    appt_id    serial PRIMARY KEY,
    horse_id   integer NOT NULL REFERENCES horse(horse_id),
    svc_dt     date NOT NULL,
    work_typ   text NOT NULL CHECK (work_typ IN ('trim', 'front_shoes', 'full_set', 'remedial')),
    cost       numeric(7,2) NOT NULL CHECK (cost >= 0),
    lost_shoe  boolean NOT NULL DEFAULT false
);

CREATE TABLE inv_hdr (
    inv_id     serial PRIMARY KEY,
    client_id  integer NOT NULL REFERENCES client(client_id),
    inv_dt     date NOT NULL,
    due_dt     date NOT NULL,
    total_amt  numeric(10,2) NOT NULL CHECK (total_amt >= 0),
    status     text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'paid', 'overdue', 'void')),
    paid_dt    date,
    CHECK (due_dt >= inv_dt)
);

CREATE TABLE inv_ln (
    ln_id     serial PRIMARY KEY,
    inv_id    integer NOT NULL REFERENCES inv_hdr(inv_id),
    ln_desc   varchar(200) NOT NULL,
    qty       numeric(6,2) NOT NULL DEFAULT 1 CHECK (qty > 0),
    unit_prc  numeric(8,2) NOT NULL CHECK (unit_prc >= 0),
    bkg_id    integer REFERENCES lsn_bkg(bkg_id),
    ctr_id    integer REFERENCES livery_ctr(ctr_id)
);

CREATE TABLE pmt (
    pmt_id    serial PRIMARY KEY,
    inv_id    integer NOT NULL REFERENCES inv_hdr(inv_id),
    pmt_dt    date NOT NULL,
    amt       numeric(10,2) NOT NULL CHECK (amt > 0),
    pmt_mthd  text NOT NULL CHECK (pmt_mthd IN ('card', 'cash', 'bank_xfer', 'voucher')),
    ref_no    varchar(40)
);
