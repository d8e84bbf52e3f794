-- heating oil distributor: accounts, delivery sites and tanks, orders, truck deliveries, burner service and AR
CREATE TABLE cust (
    cust_no         integer PRIMARY KEY,
    cust_nm         varchar(80) NOT NULL,
    cust_typ        char(3) NOT NULL CHECK (cust_typ IN ('RES', 'COM', 'FRM', 'GOV')),
    acct_open_dt    date NOT NULL,
    credit_lim      numeric(10,2) NOT NULL DEFAULT 0 CHECK (credit_lim >= 0),
    budget_plan     boolean NOT NULL DEFAULT false,
    auto_dlvry      boolean NOT NULL DEFAULT false,
    tax_exempt      boolean NOT NULL DEFAULT false,
    acct_stat       char(1) NOT NULL DEFAULT 'A' CHECK (acct_stat IN ('A', 'H', 'C')),  -- active / credit hold / closed
    phone1          varchar(20),
    email           varchar(120)
);

CREATE TABLE site (
    site_id     serial PRIMARY KEY,
    cust_no     integer NOT NULL REFERENCES cust(cust_no),
    addr1       varchar(100) NOT NULL,
    town        varchar(50)  NOT NULL,
    zip         varchar(10)  NOT NULL,
    k_factor    numeric(5,2) CHECK (k_factor > 0),   -- degree days per gallon for auto delivery
    dlvry_instr text,
    dog_on_prem boolean NOT NULL DEFAULT false
);

CREATE TABLE tank (
    tank_id      serial PRIMARY KEY,
    site_id      integer NOT NULL REFERENCES site(site_id),
    cap_gal      smallint NOT NULL CHECK (cap_gal BETWEEN 100 AND 10000),
    tank_loc     text NOT NULL CHECK (tank_loc IN ('basement', 'outdoor', 'buried', 'garage')),
    material     text NOT NULL DEFAULT 'steel' CHECK (material IN ('steel', 'fiberglass', 'poly', 'double_wall')),
    install_yr   smallint CHECK (install_yr BETWEEN 1940 AND 2030),
    last_insp_dt date
);

CREATE TABLE prod (
    prod_cd     varchar(6) PRIMARY KEY,
    prod_desc   varchar(60) NOT NULL,
    uom         varchar(4) NOT NULL DEFAULT 'GAL',
    is_taxable  boolean NOT NULL DEFAULT true,
    list_ppg    numeric(6,4) NOT NULL CHECK (list_ppg > 0)
);

CREATE TABLE truck (
    truck_no     smallint PRIMARY KEY,
    plate        varchar(10) NOT NULL UNIQUE,
    cap_gal      smallint NOT NULL CHECK (cap_gal BETWEEN 1000 AND 5000),
    meter_sn     varchar(20),
    in_svc       boolean NOT NULL DEFAULT true,
    last_cal_dt  date
);

CREATE TABLE drvr (
    drvr_id     serial PRIMARY KEY,
    drvr_nm     varchar(60) NOT NULL,
    cdl_no      varchar(20) NOT NULL UNIQUE,
    hazmat_end  boolean NOT NULL DEFAULT true,
    hire_dt     date NOT NULL,
    drvr_stat   text NOT NULL DEFAULT 'active' CHECK (drvr_stat IN ('active', 'seasonal', 'leave', 'termed'))
);

CREATE TABLE ord (
    ord_no      serial PRIMARY KEY,
    cust_no     integer NOT NULL REFERENCES cust(cust_no),
    site_id     integer NOT NULL REFERENCES site(site_id),
    prod_cd     varchar(6) NOT NULL REFERENCES prod(prod_cd),
    ord_dt      date NOT NULL,
    req_dt      date,
    ord_src     text NOT NULL CHECK (ord_src IN ('phone', 'web', 'auto', 'will_call')),
    fill_flg    boolean NOT NULL DEFAULT true,    -- fill the tank instead of a fixed qty
    qty_ord     numeric(7,1) CHECK (qty_ord > 0),
    ord_stat    text NOT NULL DEFAULT 'open' CHECK (ord_stat IN ('open', 'sched', 'dlvd', 'cxl')),
    CHECK (fill_flg OR qty_ord IS NOT NULL)
);

CREATE TABLE dlvry (
    tkt_no      serial PRIMARY KEY,
    ord_no      integer NOT NULL REFERENCES ord(ord_no),
    truck_no    smallint NOT NULL REFERENCES truck(truck_no),
    drvr_id     integer NOT NULL REFERENCES drvr(drvr_id),
    dlvry_dt    date NOT NULL,
    gal_dlvd    numeric(7,1) NOT NULL CHECK (gal_dlvd > 0),
    ppg         numeric(6,4) NOT NULL CHECK (ppg > 0),
    tkt_amt     numeric(10,2) NOT NULL CHECK (tkt_amt >= 0),
    meter_start numeric(10,1),
    meter_end   numeric(10,1),
    runout      boolean NOT NULL DEFAULT false,
    CHECK (meter_end IS NULL OR meter_start IS NULL OR meter_end >= meter_start)
);

CREATE TABLE svc_ctr (
    ctr_no      serial PRIMARY KEY,
    cust_no     integer NOT NULL REFERENCES cust(cust_no),
    site_id     integer NOT NULL REFERENCES site(site_id),
    plan_cd     text NOT NULL CHECK (plan_cd IN ('BASIC', 'PREM', 'PL')),
    start_dt    date NOT NULL,
    end_dt      date NOT NULL,
    ann_fee     numeric(8,2) NOT NULL CHECK (ann_fee >= 0),
    auto_renew  boolean NOT NULL DEFAULT true,
    CHECK (end_dt > start_dt)
);

CREATE TABLE svc_call (
    call_no     serial PRIMARY KEY,
    site_id     integer NOT NULL REFERENCES site(site_id),
    ctr_no      integer REFERENCES svc_ctr(ctr_no),
    call_ts     timestamp NOT NULL,
    call_typ    text NOT NULL CHECK (call_typ IN ('no_heat', 'tune_up', 'leak', 'install', 'other')),
    priority    smallint NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),
    tech_nm     varchar(60),
    labor_hrs   numeric(4,2) CHECK (labor_hrs >= 0),
    closed_ts   timestamp
);

CREATE TABLE inv (
    inv_no      serial PRIMARY KEY,
    cust_no     integer NOT NULL REFERENCES cust(cust_no),
    inv_dt      date NOT NULL,
    due_dt      date NOT NULL,
    inv_amt     numeric(10,2) NOT NULL,
    bal_due     numeric(10,2) NOT NULL DEFAULT 0,
    inv_stat    text NOT NULL DEFAULT 'open' CHECK (inv_stat IN ('open', 'partial', 'paid', 'writeoff'))
);

CREATE TABLE inv_ln (
    inv_no      integer NOT NULL REFERENCES inv(inv_no),
    ln_no       smallint NOT NULL,
    tkt_no      integer REFERENCES dlvry(tkt_no),
    call_no     integer REFERENCES svc_call(call_no),
    descr       varchar(120) NOT NULL,
    qty         numeric(8,2) NOT NULL DEFAULT 1,
    unit_prc    numeric(10,4) NOT NULL,
    ext_amt     numeric(10,2) NOT NULL,
    PRIMARY KEY (inv_no, ln_no)
);

CREATE TABLE pmt (
    pmt_no      serial PRIMARY KEY,
    cust_no     integer NOT NULL REFERENCES cust(cust_no),
    inv_no      integer REFERENCES inv(inv_no),
    pmt_dt      date NOT NULL,
    amt         numeric(10,2) NOT NULL CHECK (amt > 0),
    pmt_typ     text NOT NULL CHECK (pmt_typ IN ('CHK', 'CC', 'ACH', 'CASH')),
    chk_no      varchar(12)
);
