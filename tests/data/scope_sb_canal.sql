-- Domain: a canal narrowboat hire yard (helper sb's held-out, session 17): boats, hirers, hires, damage reports and
-- the boatyard's service jobs; clipped names and short CHECK codes, as such systems write them.
CREATE TABLE bt (
    bt_id       serial PRIMARY KEY,
    bt_nm       varchar(60) NOT NULL,
    berths      smallint NOT NULL CHECK (berths BETWEEN 2 AND 12),
    len_ft      smallint NOT NULL CHECK (len_ft BETWEEN 30 AND 72),
    hull_typ    varchar(3) NOT NULL CHECK (hull_typ IN ('STL', 'GRP', 'WD')),
    bt_stat     varchar(5) NOT NULL DEFAULT 'AVL' CHECK (bt_stat IN ('AVL', 'HIRED', 'RPR', 'WNTR', 'SOLD')),
    pet_ok      boolean NOT NULL DEFAULT false
);

CREATE TABLE cust (
    cust_id     serial PRIMARY KEY,
    full_nm     varchar(120) NOT NULL,
    email       varchar(160),
    exp_lvl     varchar(4) NOT NULL CHECK (exp_lvl IN ('NOV', 'SOME', 'EXPD')),
    ctry        char(2) NOT NULL DEFAULT 'GB'
);

CREATE TABLE hire (
    hire_id     serial PRIMARY KEY,
    bt_id       integer NOT NULL REFERENCES bt(bt_id),
    cust_id     integer NOT NULL REFERENCES cust(cust_id),
    start_dt    date NOT NULL,
    nights      smallint NOT NULL CHECK (nights BETWEEN 2 AND 21),
    hire_stat   varchar(5) NOT NULL CHECK (hire_stat IN ('PROV', 'CONF', 'CMPL', 'CXL', 'NOSHW')),
    dep_amt     numeric(8,2),
    tot_amt     numeric(9,2) NOT NULL CHECK (tot_amt >= 0),
    pay_mthd    varchar(4) NOT NULL CHECK (pay_mthd IN ('CARD', 'BACS', 'CHQ', 'VCHR'))
);

CREATE TABLE dmg_rpt (
    rpt_id      serial PRIMARY KEY,
    hire_id     integer NOT NULL REFERENCES hire(hire_id),
    rpt_dt      date NOT NULL,
    sev         char(1) NOT NULL CHECK (sev IN ('L', 'M', 'H')),
    dmg_area    varchar(4) NOT NULL CHECK (dmg_area IN ('HULL', 'PROP', 'ENG', 'INT', 'ROOF')),
    rpr_cost    numeric(8,2),
    rslv_stat   varchar(4) NOT NULL CHECK (rslv_stat IN ('OPEN', 'RPRD', 'WVD', 'CHGD'))
);

CREATE TABLE svc_job (
    job_id      serial PRIMARY KEY,
    bt_id       integer NOT NULL REFERENCES bt(bt_id),
    job_typ     varchar(5) NOT NULL CHECK (job_typ IN ('BLKT', 'ENGSV', 'PUMP', 'PAINT', 'ELEC')),
    sched_dt    date NOT NULL,
    done_dt     date,
    job_stat    varchar(5) NOT NULL CHECK (job_stat IN ('SCHD', 'INPRG', 'DONE', 'DEFRD'))
);
