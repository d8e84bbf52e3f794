-- beauty salon: clients, staff, treatments menu, appointments, retail sales, gift vouchers and loyalty points
CREATE TYPE pay_mthd AS ENUM ('cash', 'card', 'gift_vchr', 'bank_xfer');

CREATE TABLE client (
    cli_id        serial PRIMARY KEY,
    first_nm      varchar(40) NOT NULL,
    last_nm       varchar(60) NOT NULL,
    mob_no        varchar(20),
    email         varchar(120),
    dob           date,
    gender        char(1) CHECK (gender IN ('F', 'M', 'X')),
    sms_opt_in    boolean NOT NULL DEFAULT true,
    allergy_notes text,
    patch_test_dt date,
    ref_src       text CHECK (ref_src IN ('walk_in', 'friend', 'instagram', 'google', 'flyer')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff (
    stf_id     serial PRIMARY KEY,
    stf_nm     varchar(60) NOT NULL,
    role       text NOT NULL CHECK (role IN ('stylist', 'sr_stylist', 'colourist', 'nail_tech', 'beautician', 'reception', 'manager')),
    comm_pct   numeric(4,2) NOT NULL DEFAULT 0 CHECK (comm_pct BETWEEN 0 AND 60),
    start_dt   date NOT NULL,
    is_active  boolean NOT NULL DEFAULT true
);

CREATE TABLE svc_cat (
    cat_id   serial PRIMARY KEY,
    cat_nm   varchar(40) NOT NULL UNIQUE
);

CREATE TABLE svc (
    svc_id         serial PRIMARY KEY,
    cat_id         integer NOT NULL REFERENCES svc_cat(cat_id),
    svc_nm         varchar(80) NOT NULL,
    dur_min        smallint NOT NULL CHECK (dur_min BETWEEN 5 AND 480),
    base_prc       numeric(7,2) NOT NULL CHECK (base_prc >= 0),
    req_patch_test boolean NOT NULL DEFAULT false,
    is_active      boolean NOT NULL DEFAULT true
);

CREATE TABLE appt (
    appt_id      serial PRIMARY KEY,
    cli_id       integer NOT NULL REFERENCES client(cli_id),
    stf_id       integer NOT NULL REFERENCES staff(stf_id),
    start_ts     timestamptz NOT NULL,
    status       text NOT NULL DEFAULT 'booked'
                 CHECK (status IN ('booked', 'confirmed', 'arrived', 'completed', 'no_show', 'cancelled')),
    booked_via   text NOT NULL CHECK (booked_via IN ('phone', 'walk_in', 'online', 'instagram')),
    deposit_amt  numeric(7,2) CHECK (deposit_amt >= 0),
    notes        text
);

CREATE TABLE appt_svc (
    appt_id   integer NOT NULL REFERENCES appt(appt_id),
    ln_no     smallint NOT NULL,
    svc_id    integer NOT NULL REFERENCES svc(svc_id),
    prc_chg   numeric(7,2) NOT NULL CHECK (prc_chg >= 0),
    disc_pct  numeric(5,2) NOT NULL DEFAULT 0 CHECK (disc_pct BETWEEN 0 AND 100),
    PRIMARY KEY (appt_id, ln_no)
);

CREATE TABLE prod (
    prod_id      serial PRIMARY KEY,
    brand        varchar(40) NOT NULL,
    prod_nm      varchar(80) NOT NULL,
    sku          varchar(30) UNIQUE,
    retail_prc   numeric(7,2) NOT NULL CHECK (retail_prc >= 0),
    cost_prc     numeric(7,2) NOT NULL CHECK (cost_prc >= 0),
    qty_oh       integer NOT NULL DEFAULT 0 CHECK (qty_oh >= 0),
    reorder_lvl  integer NOT NULL DEFAULT 3 CHECK (reorder_lvl >= 0),
    is_backbar   boolean NOT NULL DEFAULT false
);

CREATE TABLE sale (
    sale_id    serial PRIMARY KEY,
    cli_id     integer REFERENCES client(cli_id),
    stf_id     integer NOT NULL REFERENCES staff(stf_id),
    appt_id    integer REFERENCES appt(appt_id),
    sale_ts    timestamptz NOT NULL,
    pay_mthd   pay_mthd NOT NULL,
    total_amt  numeric(9,2) NOT NULL CHECK (total_amt >= 0),
    tip_amt    numeric(7,2) CHECK (tip_amt >= 0),
    is_refund  boolean NOT NULL DEFAULT false
);

CREATE TABLE sale_ln (
    sale_id   integer NOT NULL REFERENCES sale(sale_id),
    ln_no     smallint NOT NULL,
    prod_id   integer NOT NULL REFERENCES prod(prod_id),
    qty       smallint NOT NULL CHECK (qty > 0),
    unit_prc  numeric(7,2) NOT NULL CHECK (unit_prc >= 0),
    PRIMARY KEY (sale_id, ln_no)
);

CREATE TABLE gift_vchr (
    vchr_cd       varchar(12) PRIMARY KEY,
    purch_cli_id  integer REFERENCES client(cli_id),
    purch_dt      date NOT NULL,
    orig_val      numeric(7,2) NOT NULL CHECK (orig_val > 0),
    bal           numeric(7,2) NOT NULL CHECK (bal >= 0),
    exp_dt        date NOT NULL,
    is_void       boolean NOT NULL DEFAULT false,
    CHECK (bal <= orig_val),
    CHECK (exp_dt > purch_dt)
);

CREATE TABLE stf_shift (
    shift_id   serial PRIMARY KEY,
    stf_id     integer NOT NULL REFERENCES staff(stf_id),
    shift_dt   date NOT NULL,
    start_tm   time NOT NULL,
    end_tm     time NOT NULL,
    is_sick    boolean NOT NULL DEFAULT false,
    CHECK (end_tm > start_tm)
);

CREATE TABLE loyalty_txn (
    txn_id    serial PRIMARY KEY,
    cli_id    integer NOT NULL REFERENCES client(cli_id),
    txn_dt    date NOT NULL,
    pts       integer NOT NULL CHECK (pts <> 0),
    reason    text NOT NULL CHECK (reason IN ('visit', 'retail', 'referral', 'redeem', 'birthday', 'adjust')),
    sale_id   integer REFERENCES sale(sale_id)
);
