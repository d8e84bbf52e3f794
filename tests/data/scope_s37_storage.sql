-- A self-storage operator (brief s37 of session 16): held-out schema for values and columns said in the business's
-- words (coded labels, clipped column names, columns said by the verb that fills them).
CREATE TABLE site (
    site_id      serial PRIMARY KEY,
    site_nm      varchar(80) NOT NULL,
    opened_dt    date NOT NULL,
    sq_ft_total  integer NOT NULL,
    has_24h_acc  boolean NOT NULL DEFAULT false
);

CREATE TABLE unit (
    unit_id      serial PRIMARY KEY,
    site_id      integer NOT NULL REFERENCES site(site_id),
    unit_no      varchar(10) NOT NULL,
    size_cd      text NOT NULL CHECK (size_cd IN ('SM', 'MD', 'LG', 'XL')),
    climate_ctl  boolean NOT NULL DEFAULT false,
    wkly_rate    numeric(8,2) NOT NULL,
    unit_stat    text NOT NULL CHECK (unit_stat IN ('avail', 'occ', 'rsvd', 'ooo'))
);

CREATE TABLE cust (
    cust_id      serial PRIMARY KEY,
    full_nm      varchar(120) NOT NULL,
    email        varchar(120),
    mob_no       varchar(20),
    biz_acct     boolean NOT NULL DEFAULT false,
    ref_src      text CHECK (ref_src IN ('web', 'walkin', 'referral', 'ppc', 'signage')),
    dob          date,
    acct_stat    text NOT NULL CHECK (acct_stat IN ('active', 'delinq', 'closed', 'coll'))
);

CREATE TABLE lease (
    lease_id     serial PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES cust(cust_id),
    unit_id      integer NOT NULL REFERENCES unit(unit_id),
    move_in_dt   date NOT NULL,
    move_out_dt  date,
    dep_amt      numeric(8,2) NOT NULL DEFAULT 0,
    ins_cov_amt  numeric(10,2),
    autopay      boolean NOT NULL DEFAULT false,
    lease_stat   text NOT NULL CHECK (lease_stat IN ('actv', 'ntc_given', 'ended', 'lien'))
);

CREATE TABLE inv (
    inv_id       serial PRIMARY KEY,
    lease_id     integer NOT NULL REFERENCES lease(lease_id),
    issued_dt    date NOT NULL,
    due_dt       date NOT NULL,
    amt_due      numeric(10,2) NOT NULL,
    late_fee     numeric(8,2),
    inv_stat     text NOT NULL CHECK (inv_stat IN ('open', 'pd', 'part_pd', 'wo'))
);

CREATE TABLE pymt (
    pymt_id      serial PRIMARY KEY,
    inv_id       integer NOT NULL REFERENCES inv(inv_id),
    rcvd_dt      date NOT NULL,
    amt          numeric(10,2) NOT NULL,
    pay_mthd     text NOT NULL CHECK (pay_mthd IN ('DD', 'CC', 'CSH', 'ACH', 'MO')),
    card_last4   char(4),
    ref_no       varchar(30)
);

CREATE TABLE gate_evt (
    evt_id       bigserial PRIMARY KEY,
    cust_id      integer REFERENCES cust(cust_id),
    site_id      integer NOT NULL REFERENCES site(site_id),
    evt_ts       timestamptz NOT NULL,
    evt_typ      text NOT NULL CHECK (evt_typ IN ('entry', 'exit', 'denied', 'forced'))
);

CREATE TABLE auction (
    auction_id   serial PRIMARY KEY,
    lease_id     integer NOT NULL REFERENCES lease(lease_id),
    sched_dt     date NOT NULL,
    winning_bid  numeric(10,2),
    auc_stat     text NOT NULL CHECK (auc_stat IN ('sched', 'held', 'cxl_pd', 'cxl_other'))
);
