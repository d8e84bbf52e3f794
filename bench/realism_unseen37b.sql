-- Domain: dry cleaner (US chain: one plant + drop stores + route delivery) - counter POS / plant tracking
-- Legacy point-of-sale schema, ported from the vendor's old DOS system.

CREATE TYPE ticket_status AS ENUM ('received', 'tagged', 'in_process', 'on_hold', 'ready', 'racked', 'picked_up', 'abandoned');

CREATE TABLE store (
    store_no  smallint PRIMARY KEY,
    store_nm  varchar(40) NOT NULL,
    store_typ char(4) NOT NULL CHECK (store_typ IN ('PLNT', 'DROP', 'LOCK')),   -- plant, drop store, 24h locker
    addr1     varchar(60) NOT NULL,
    zip_cd    char(5) NOT NULL,
    phone     varchar(14)
);

CREATE TABLE customer (
    cust_no      serial PRIMARY KEY,
    last_nm      varchar(40) NOT NULL,
    first_nm     varchar(30),
    phone_no     varchar(14) NOT NULL,
    email        varchar(100),
    starch_pref  varchar(6) NOT NULL DEFAULT 'NONE' CHECK (starch_pref IN ('NONE', 'LIGHT', 'MEDIUM', 'HEAVY')),
    shirt_finish varchar(6) NOT NULL DEFAULT 'HANGER' CHECK (shirt_finish IN ('HANGER', 'BOX', 'FOLD')),
    acct_type    char(2) NOT NULL DEFAULT 'CA' CHECK (acct_type IN ('CA', 'CH', 'RT'))   -- cash, charge acct, route
);

CREATE TABLE employee (
    emp_no        serial PRIMARY KEY,
    first_nm      varchar(30) NOT NULL,
    last_nm       varchar(40) NOT NULL,
    role_cd       varchar(7) NOT NULL CHECK (role_cd IN ('CSR', 'PRESSER', 'SPOTTER', 'TAGGER', 'DRIVER', 'TAILOR', 'MGR')),
    home_store_no smallint REFERENCES store(store_no),
    hire_dt       date NOT NULL
);

CREATE TABLE price_list (
    item_cd   varchar(4) NOT NULL,                -- SH shirt, PNT, 2PC suit, DRS, CT coat, TIE, CMF comforter
    svc_cd    char(2) NOT NULL CHECK (svc_cd IN ('DC', 'LD', 'PO', 'WC')),   -- dry clean, launder, press only, wet clean
    item_desc varchar(40) NOT NULL,
    base_prc  numeric(6,2) NOT NULL CHECK (base_prc >= 0),
    eff_dt    date NOT NULL,
    PRIMARY KEY (item_cd, svc_cd)
);

CREATE TABLE ticket (
    ticket_no  int PRIMARY KEY,                   -- pre-printed invoice number
    store_no   smallint NOT NULL REFERENCES store(store_no),
    cust_no    int NOT NULL REFERENCES customer(cust_no),
    drop_ts    timestamp NOT NULL,
    promised_dt date NOT NULL,
    ready_ts   timestamp,
    pickup_ts  timestamp,
    status     ticket_status NOT NULL DEFAULT 'received',
    piece_cnt  smallint NOT NULL CHECK (piece_cnt > 0),
    subtot_amt numeric(8,2) NOT NULL DEFAULT 0,
    tax_amt    numeric(7,2) NOT NULL DEFAULT 0,
    csr_emp_no int REFERENCES employee(emp_no),
    conv_slot  smallint,                          -- conveyor slot number on assembly rail
    CHECK (promised_dt >= drop_ts::date),
    CHECK (ready_ts IS NULL OR ready_ts >= drop_ts),
    CHECK (pickup_ts IS NULL OR (ready_ts IS NOT NULL AND pickup_ts >= ready_ts))
);

CREATE TABLE garment (
    garment_id    serial PRIMARY KEY,
    ticket_no     int NOT NULL REFERENCES ticket(ticket_no),
    item_cd       varchar(4) NOT NULL,
    svc_cd        char(2) NOT NULL,
    heat_seal_tag varchar(12) UNIQUE,             -- barcode heat-seal label
    color_desc    varchar(20),
    brand_nm      varchar(30),
    care_lbl_cd   varchar(3) CHECK (care_lbl_cd IN ('P', 'F', 'W', 'DND', 'NL')),   -- ISO 3758 circle letter; DND do-not-dryclean; NL no label
    line_prc      numeric(7,2) NOT NULL,
    FOREIGN KEY (item_cd, svc_cd) REFERENCES price_list(item_cd, svc_cd)
);

CREATE TABLE spot_treatment (
    spot_id        serial PRIMARY KEY,
    garment_id     int NOT NULL REFERENCES garment(garment_id),
    stain_typ      varchar(12) NOT NULL,          -- tannin, protein, oil, ink, wine, sweat, unknown
    loc_desc       varchar(40),                   -- e.g. "L cuff", "front below 2nd button"
    spotter_emp_no int NOT NULL REFERENCES employee(emp_no),
    result_cd      char(2) NOT NULL CHECK (result_cd IN ('RM', 'IM', 'NR', 'CR'))   -- removed, improved, not removed, cust released
);

CREATE TABLE machine_load (
    load_no         serial PRIMARY KEY,
    machine_id      varchar(6) NOT NULL,          -- DC1, DC2, WC1, WSH3
    solvent_typ     varchar(6) NOT NULL CHECK (solvent_typ IN ('PERC', 'HC', 'D5', 'WET')),
    load_wt_lb      numeric(5,1) NOT NULL CHECK (load_wt_lb > 0),
    cycle_start_ts  timestamp NOT NULL,
    cycle_end_ts    timestamp,
    operator_emp_no int NOT NULL REFERENCES employee(emp_no),
    CHECK (cycle_end_ts IS NULL OR cycle_end_ts > cycle_start_ts)
);

CREATE TABLE load_garment (
    load_no    int NOT NULL REFERENCES machine_load(load_no),
    garment_id int NOT NULL REFERENCES garment(garment_id),
    PRIMARY KEY (load_no, garment_id)
);

CREATE TABLE alteration (
    alt_id        serial PRIMARY KEY,
    garment_id    int NOT NULL REFERENCES garment(garment_id),
    alt_typ       varchar(8) NOT NULL CHECK (alt_typ IN ('HEM', 'TAKE_IN', 'LET_OUT', 'ZIPPER', 'BUTTON', 'CUFF', 'TAPER')),
    meas_in       numeric(4,2),                   -- inches taken in / hem length
    tailor_emp_no int REFERENCES employee(emp_no),
    alt_chg       numeric(6,2) NOT NULL
);

CREATE TABLE route_stop (
    stop_id        serial PRIMARY KEY,
    route_cd       varchar(4) NOT NULL,           -- R1 .. R12, by weekday/zone
    cust_no        int NOT NULL REFERENCES customer(cust_no),
    sched_dt       date NOT NULL,
    win_start_tm   time NOT NULL,
    win_end_tm     time NOT NULL,
    driver_emp_no  int REFERENCES employee(emp_no),
    bags_picked    smallint NOT NULL DEFAULT 0,
    bags_dropped   smallint NOT NULL DEFAULT 0,
    CHECK (win_end_tm > win_start_tm)
);
