-- Indoor climbing centre (bouldering and roped walls): walls, route setters, routes/problems, staff, customers with waivers, memberships, check-ins, courses and course bookings, front-desk/cafe till sales, incident book.

CREATE TABLE wall (
    wall_id      serial PRIMARY KEY,
    wall_nm      varchar(40)  NOT NULL,
    wall_typ     varchar(4)   NOT NULL CHECK (wall_typ IN ('BLDR', 'TR', 'LEAD', 'AUTO', 'SPRAY')),
    ht_m         numeric(4,1) NOT NULL,
    angle_deg    smallint     NOT NULL DEFAULT 0,
    n_lines      smallint,
    last_insp_dt date,
    is_open      boolean      NOT NULL DEFAULT true
);

CREATE TABLE setr (
    setr_id      serial PRIMARY KEY,
    fname        varchar(40)  NOT NULL,
    lname        varchar(40)  NOT NULL,
    setr_lvl     varchar(5)   NOT NULL CHECK (setr_lvl IN ('HEAD', 'SNR', 'JNR', 'GUEST')),
    day_rate     numeric(7,2) NOT NULL,
    is_actv      boolean      NOT NULL DEFAULT true
);

CREATE TABLE rte (
    rte_id       serial PRIMARY KEY,
    wall_id      integer      NOT NULL REFERENCES wall(wall_id),
    setr_id      integer      NOT NULL REFERENCES setr(setr_id),
    rte_typ      varchar(4)   NOT NULL CHECK (rte_typ IN ('BLDR', 'TR', 'LEAD')),
    hold_clr     varchar(10)  NOT NULL CHECK (hold_clr IN ('red', 'blue', 'green', 'yellow', 'black', 'white', 'purple', 'orange', 'pink')),
    grd_cd       varchar(4)   NOT NULL,
    grd_num      smallint     NOT NULL CHECK (grd_num BETWEEN 1 AND 20),
    set_dt       date         NOT NULL,
    strip_dt     date,
    n_sends      integer      NOT NULL DEFAULT 0,
    status       varchar(5)   NOT NULL CHECK (status IN ('UP', 'STRIP', 'RSET', 'CLSD'))
);

CREATE TABLE staff (
    staff_id     serial PRIMARY KEY,
    fname        varchar(40)  NOT NULL,
    lname        varchar(40)  NOT NULL,
    role_cd      varchar(5)   NOT NULL CHECK (role_cd IN ('DESK', 'INSTR', 'DM', 'MGR', 'CAFE')),
    hrly_rate    numeric(6,2) NOT NULL,
    first_aid_exp date,
    hired_dt     date         NOT NULL,
    is_actv      boolean      NOT NULL DEFAULT true
);

CREATE TABLE cust (
    cust_id      serial PRIMARY KEY,
    fname        varchar(40)  NOT NULL,
    lname        varchar(40)  NOT NULL,
    dob          date         NOT NULL,
    email        varchar(120),
    mob_no       varchar(20),
    emerg_ph     varchar(20),
    waiver_dt    date         NOT NULL,
    belay_cert   varchar(4)   NOT NULL DEFAULT 'NONE' CHECK (belay_cert IN ('NONE', 'TR', 'LEAD')),
    is_junior    boolean      NOT NULL DEFAULT false,
    mkt_optin    boolean      NOT NULL DEFAULT false
);

CREATE TABLE memshp (
    memshp_id    serial PRIMARY KEY,
    cust_id      integer      NOT NULL REFERENCES cust(cust_id),
    plan_cd      varchar(5)   NOT NULL CHECK (plan_cd IN ('MTH', 'ANN', 'OFFPK', 'STU', 'JNR', 'FAM')),
    start_dt     date         NOT NULL,
    end_dt       date,
    mthly_fee    numeric(6,2) NOT NULL,
    auto_rnw     boolean      NOT NULL DEFAULT true,
    status       varchar(6)   NOT NULL CHECK (status IN ('actv', 'frzn', 'cxl', 'lapsed'))
);

CREATE TABLE chkin (
    chkin_id     bigserial PRIMARY KEY,
    cust_id      integer      NOT NULL REFERENCES cust(cust_id),
    staff_id     integer      REFERENCES staff(staff_id),
    chkin_ts     timestamp    NOT NULL,
    entry_typ    varchar(5)   NOT NULL CHECK (entry_typ IN ('MEMB', 'DAY', 'PUNCH', 'GUEST', 'CLASS')),
    fee_pd       numeric(6,2) NOT NULL DEFAULT 0,
    is_peak      boolean      NOT NULL DEFAULT false
);

CREATE TABLE crs (
    crs_id       serial PRIMARY KEY,
    instr_id     integer      NOT NULL REFERENCES staff(staff_id),
    crs_cd       varchar(10)  NOT NULL,
    crs_typ      varchar(5)   NOT NULL CHECK (crs_typ IN ('INTRO', 'BELAY', 'LEAD', 'KIDS', 'TECH', 'PARTY')),
    start_ts     timestamp    NOT NULL,
    dur_min      smallint     NOT NULL,
    max_plcs     smallint     NOT NULL CHECK (max_plcs > 0),
    price        numeric(6,2) NOT NULL,
    is_cxl       boolean      NOT NULL DEFAULT false
);

CREATE TABLE crs_bkng (
    bkng_id      serial PRIMARY KEY,
    crs_id       integer      NOT NULL REFERENCES crs(crs_id),
    cust_id      integer      NOT NULL REFERENCES cust(cust_id),
    bkd_ts       timestamp    NOT NULL,
    amt_pd       numeric(6,2) NOT NULL DEFAULT 0,
    disc_cd      varchar(10),
    status       varchar(4)   NOT NULL CHECK (status IN ('CONF', 'WAIT', 'CXL', 'ATT', 'NS'))
);

CREATE TABLE till_sale (
    sale_id      bigserial PRIMARY KEY,
    staff_id     integer      NOT NULL REFERENCES staff(staff_id),
    cust_id      integer      REFERENCES cust(cust_id),
    sale_ts      timestamp    NOT NULL,
    catg         varchar(8)   NOT NULL CHECK (catg IN ('SHOE_HR', 'HARN_HR', 'CHALK', 'CAFE', 'MERCH', 'GIFTCRD')),
    qty          smallint     NOT NULL DEFAULT 1,
    amt          numeric(7,2) NOT NULL,
    pay_mthd     varchar(4)   NOT NULL CHECK (pay_mthd IN ('CARD', 'CASH', 'ACCT', 'VCHR'))
);

CREATE TABLE incdt (
    inc_id       serial PRIMARY KEY,
    wall_id      integer      NOT NULL REFERENCES wall(wall_id),
    rptd_by      integer      NOT NULL REFERENCES staff(staff_id),
    cust_id      integer      REFERENCES cust(cust_id),
    inc_ts       timestamp    NOT NULL,
    inc_typ      varchar(8)   NOT NULL CHECK (inc_typ IN ('FALL', 'BELAY', 'HOLD', 'ABRASN', 'FIRSTAID', 'NRMISS')),
    first_aid    boolean      NOT NULL DEFAULT false,
    amb_called   boolean      NOT NULL DEFAULT false,
    descr        text
);
