-- Fellside Mountain Rescue Team: callout & membership database
-- (volunteer mountain search and rescue team, tasked by police / ambulance / coastguard)

CREATE TABLE members (
    member_id       serial PRIMARY KEY,
    callsign        varchar(8)  NOT NULL UNIQUE,          -- e.g. 'FMR23'
    fname           varchar(40) NOT NULL,
    sname           varchar(60) NOT NULL,
    mob_no          varchar(20) NOT NULL,
    email           varchar(120),
    dob             date,
    joined_dt       date        NOT NULL,
    status          varchar(12) NOT NULL DEFAULT 'probation'
                    CHECK (status IN ('probation','operational','non_op','retired','suspended')),
    team_ldr_yn     boolean     NOT NULL DEFAULT false,
    nok_details     text,                                 -- next of kin, free text
    notes           text
);

CREATE TABLE qual_types (
    qual_code       varchar(10) PRIMARY KEY,              -- 'CASCARE', 'SARH', 'RADIO', 'SWIFTWTR', 'DRONE_A2'
    qual_desc       varchar(120) NOT NULL,
    validity_mths   smallint CHECK (validity_mths > 0),   -- NULL = never expires
    mandatory_yn    boolean NOT NULL DEFAULT false
);

CREATE TABLE member_quals (
    mq_id           serial PRIMARY KEY,
    member_id       int NOT NULL REFERENCES members(member_id),
    qual_code       varchar(10) NOT NULL REFERENCES qual_types(qual_code),
    passed_on       date NOT NULL,
    expires_on      date,
    cert_ref        varchar(30),
    assessor        varchar(80),
    CHECK (expires_on IS NULL OR expires_on > passed_on)
);

CREATE TABLE assets (
    asset_id        serial PRIMARY KEY,
    asset_tag       varchar(12) NOT NULL UNIQUE,          -- 'FMR-V02', 'FMR-STR-05'
    asset_type      varchar(12) NOT NULL
                    CHECK (asset_type IN ('vehicle','stretcher','radio','drone','casbag','rope_kit','vacmat')),
    descr           varchar(120) NOT NULL,
    reg_no          varchar(10),                          -- vehicles only
    radio_issi      varchar(10),                          -- airwave/TETRA ISSI for radios & vehicle sets
    purchased_on    date,
    last_insp_dt    date,
    odo_km          integer CHECK (odo_km >= 0),
    serviceable     boolean NOT NULL DEFAULT true
);

CREATE TABLE incidents (
    inc_id          serial PRIMARY KEY,
    inc_no          varchar(12) NOT NULL UNIQUE,          -- 'FMR-2024-117'
    paged_at        timestamptz NOT NULL,
    tasked_by       varchar(12) NOT NULL
                    CHECK (tasked_by IN ('police','ambulance','coastguard','neighbr_team','self')),
    police_log_ref  varchar(20),
    inc_type        varchar(20) NOT NULL
                    CHECK (inc_type IN ('lost','injured_walker','crag_fall','missing_vuln','water',
                                        'medical','animal','false_alarm','mutual_aid')),
    loc_desc        varchar(200),
    grid_ref        varchar(14),                          -- OS grid e.g. 'NY 215 072'
    lat             numeric(8,5),
    lon             numeric(8,5),
    elev_m          integer,
    first_on_scene_at timestamptz,
    stood_down_at   timestamptz,
    total_man_hrs   numeric(6,1) CHECK (total_man_hrs >= 0),
    wx              jsonb,                                -- {"wind_mph":35,"vis":"poor","temp_c":2,"precip":"snow"}
    sitrep          text,
    status          varchar(10) NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open','closed','stood_down')),
    CHECK (stood_down_at IS NULL OR stood_down_at >= paged_at),
    CHECK (first_on_scene_at IS NULL OR first_on_scene_at >= paged_at)
);

CREATE TABLE subjects (
    subj_id         serial PRIMARY KEY,
    inc_id          int NOT NULL REFERENCES incidents(inc_id),
    age_yrs         smallint CHECK (age_yrs BETWEEN 0 AND 110),
    gender          char(1) CHECK (gender IN ('M','F','X','U')),
    activity        varchar(30),                          -- hillwalking, scrambling, MTB, fell running...
    injury_desc     varchar(200),
    cas_cat         varchar(10) NOT NULL DEFAULT 'uninjured'
                    CHECK (cas_cat IN ('uninjured','minor','serious','fatal')),
    found_at        timestamptz,
    handover_to     varchar(15)
                    CHECK (handover_to IN ('ambulance','air_ambulance','police','own_transport','none'))
);

CREATE TABLE inc_attendance (
    inc_id          int NOT NULL REFERENCES incidents(inc_id),
    member_id       int NOT NULL REFERENCES members(member_id),
    role            varchar(12) NOT NULL
                    CHECK (role IN ('IC','dep_IC','party_ldr','medic','driver','searcher','base')),
    booked_on_at    timestamptz NOT NULL,
    booked_off_at   timestamptz,
    mileage_mi      numeric(5,1) CHECK (mileage_mi >= 0),
    PRIMARY KEY (inc_id, member_id),
    CHECK (booked_off_at IS NULL OR booked_off_at > booked_on_at)
);

CREATE TABLE search_segs (
    seg_id          serial PRIMARY KEY,
    inc_id          int NOT NULL REFERENCES incidents(inc_id),
    seg_code        varchar(6) NOT NULL,                  -- 'A3', 'C12'
    area_km2        numeric(6,2) CHECK (area_km2 > 0),
    terrain         varchar(20),
    party_ldr_id    int REFERENCES members(member_id),
    assigned_at     timestamptz,
    cleared_at      timestamptz,
    pod_pct         smallint CHECK (pod_pct BETWEEN 0 AND 100),   -- probability of detection
    UNIQUE (inc_id, seg_code)
);

CREATE TABLE asset_deploy (
    inc_id          int NOT NULL REFERENCES incidents(inc_id),
    asset_id        int NOT NULL REFERENCES assets(asset_id),
    out_at          timestamptz NOT NULL,
    back_at         timestamptz,
    dmg_note        text,
    PRIMARY KEY (inc_id, asset_id),
    CHECK (back_at IS NULL OR back_at >= out_at)
);
