-- Domain: surf school (Cornwall, UK) - lessons, bookings, board hire and beach safety log
-- Schema used by the school's in-house booking & ops app.

CREATE TYPE ability_lvl AS ENUM ('never_surfed', 'whitewater', 'unbroken_waves', 'green_waves', 'intermediate', 'advanced');
CREATE TYPE sess_status AS ENUM ('scheduled', 'confirmed', 'on_hold_conditions', 'cancelled_conditions', 'cancelled_staff', 'completed');

CREATE TABLE beach_spot (
    spot_id      serial PRIMARY KEY,
    spot_name    varchar(60) NOT NULL UNIQUE,
    os_grid_ref  varchar(14) NOT NULL,           -- e.g. SW 7814 6235
    break_type   varchar(6)  NOT NULL CHECK (break_type IN ('beach', 'reef', 'point')),
    best_tide_cd char(3)     NOT NULL DEFAULT 'ALL' CHECK (best_tide_cd IN ('LOW', 'MID', 'HI', 'ALL'))
);

CREATE TABLE instructor (
    instr_id            serial PRIMARY KEY,
    first_nm            varchar(40) NOT NULL,
    last_nm             varchar(40) NOT NULL,
    coach_qual_cd       varchar(8)  NOT NULL CHECK (coach_qual_cd IN ('ISA_L1', 'ISA_L2', 'SE_L1', 'SE_L2', 'SE_L3')),
    blsrt_expiry_dt     date NOT NULL,           -- Beach Lifeguard Surf Rescue Trained cert
    first_aid_expiry_dt date NOT NULL,
    dbs_cert_no         char(12)                 -- enhanced DBS certificate number
);

CREATE TABLE customer (
    cust_id           serial PRIMARY KEY,
    first_nm          varchar(40) NOT NULL,
    last_nm           varchar(40) NOT NULL,
    dob               date NOT NULL,
    email_addr        varchar(120),
    mobile_no         varchar(20),
    emerg_contact_tel varchar(20) NOT NULL,
    can_swim_50m      boolean NOT NULL DEFAULT false
);

CREATE TABLE lesson_product (
    prod_cd      varchar(8) PRIMARY KEY,        -- GRP2H, PRIV1H, KIDS90, IMPR3D
    prod_desc    varchar(80) NOT NULL,
    duration_min smallint NOT NULL CHECK (duration_min BETWEEN 30 AND 240),
    max_ratio    smallint NOT NULL CHECK (max_ratio BETWEEN 1 AND 8),   -- students per coach
    price_gbp    numeric(6,2) NOT NULL CHECK (price_gbp >= 0)
);

CREATE TABLE surf_report (
    report_id      serial PRIMARY KEY,
    spot_id        int NOT NULL REFERENCES beach_spot(spot_id),
    obs_ts         timestamptz NOT NULL,
    swell_ht_m     numeric(3,1) NOT NULL,
    swell_period_s smallint NOT NULL,
    wind_spd_kts   smallint NOT NULL,
    wind_dir_rel   varchar(8) NOT NULL CHECK (wind_dir_rel IN ('offshore', 'cross', 'cross_on', 'onshore')),
    water_temp_c   numeric(3,1)
);

CREATE TABLE lesson_session (
    sess_id       serial PRIMARY KEY,
    prod_cd       varchar(8) NOT NULL REFERENCES lesson_product(prod_cd),
    spot_id       int NOT NULL REFERENCES beach_spot(spot_id),
    sess_date     date NOT NULL,
    start_tm      time NOT NULL,
    end_tm        time NOT NULL,
    lead_instr_id int NOT NULL REFERENCES instructor(instr_id),
    status        sess_status NOT NULL DEFAULT 'scheduled',
    report_id     int REFERENCES surf_report(report_id),   -- conditions at go/no-go call
    CHECK (end_tm > start_tm)
);

CREATE TABLE booking (
    bkg_ref     varchar(14) PRIMARY KEY,          -- SRF-24-001234
    cust_id     int NOT NULL REFERENCES customer(cust_id),   -- lead booker
    booked_at   timestamptz NOT NULL DEFAULT now(),
    channel_cd  varchar(4) NOT NULL CHECK (channel_cd IN ('WEB', 'TEL', 'WALK', 'AGT')),
    party_size  smallint NOT NULL CHECK (party_size > 0),
    total_gbp   numeric(8,2) NOT NULL,
    deposit_gbp numeric(8,2) NOT NULL DEFAULT 0,
    paid_at     timestamptz,
    CHECK (deposit_gbp <= total_gbp),
    CHECK (paid_at IS NULL OR paid_at >= booked_at)
);

CREATE TABLE booking_participant (
    part_id       serial PRIMARY KEY,
    bkg_ref       varchar(14) NOT NULL REFERENCES booking(bkg_ref),
    sess_id       int NOT NULL REFERENCES lesson_session(sess_id),
    cust_id       int NOT NULL REFERENCES customer(cust_id),
    ability       ability_lvl NOT NULL DEFAULT 'never_surfed',
    weight_kg     numeric(4,1),
    wetsuit_sz    varchar(4) CHECK (wetsuit_sz IN ('K8', 'K10', 'K12', 'K14', 'XS', 'S', 'M', 'MT', 'L', 'LT', 'XL', 'XXL')),
    attended_flag char(1) CHECK (attended_flag IN ('Y', 'N'))
);

CREATE TABLE board (
    board_id     serial PRIMARY KEY,
    asset_tag    varchar(10) NOT NULL UNIQUE,     -- BRD-0412
    board_type   varchar(10) NOT NULL CHECK (board_type IN ('foamie', 'mini_mal', 'longboard', 'fish', 'shortboard', 'sup')),
    length_ft_in varchar(6) NOT NULL,             -- 8'0", 9'2"
    volume_l     numeric(5,1),
    fin_setup    varchar(8) CHECK (fin_setup IN ('single', 'twin', 'thruster', 'quad', '2+1')),
    purchase_dt  date
);

CREATE TABLE equipment_hire (
    hire_id   serial PRIMARY KEY,
    board_id  int NOT NULL REFERENCES board(board_id),
    cust_id   int NOT NULL REFERENCES customer(cust_id),
    out_ts    timestamptz NOT NULL,
    due_ts    timestamptz NOT NULL,
    return_ts timestamptz,
    CHECK (due_ts > out_ts),
    CHECK (return_ts IS NULL OR return_ts >= out_ts)
);

CREATE TABLE incident_log (
    inc_id   serial PRIMARY KEY,
    sess_id  int REFERENCES lesson_session(sess_id),
    part_id  int REFERENCES booking_participant(part_id),
    instr_id int NOT NULL REFERENCES instructor(instr_id),   -- reporting coach
    inc_ts   timestamptz NOT NULL,
    inc_type varchar(16) NOT NULL CHECK (inc_type IN ('weever_sting', 'fin_cut', 'board_strike', 'rip_assist', 'hypothermia', 'other'))
);
