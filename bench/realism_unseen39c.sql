-- Windscreen (auto glass) replacement and repair company with shops and mobile vans, United States
CREATE TABLE shop (
    shop_id      serial PRIMARY KEY,
    store_no     char(4)     NOT NULL UNIQUE,                  -- 0412
    city         varchar(60) NOT NULL,
    state        char(2)     NOT NULL,
    phone        varchar(14) NOT NULL,                         -- (614) 555-0192
    mobile_vans  smallint    NOT NULL DEFAULT 0
);

CREATE TABLE tech (
    tech_id         serial PRIMARY KEY,
    shop_id         integer     NOT NULL REFERENCES shop(shop_id),
    full_name       varchar(80) NOT NULL,
    agsc_cert_no    varchar(12),                               -- Auto Glass Safety Council technician cert
    cert_expires    date,
    hired_on        date        NOT NULL,
    active          boolean     NOT NULL DEFAULT true
);

CREATE TABLE customer (
    cust_id      serial PRIMARY KEY,
    full_name    varchar(80)  NOT NULL,
    phone        varchar(14)  NOT NULL,
    email        varchar(120),
    street_addr  varchar(120) NOT NULL,
    zip          char(5)      NOT NULL,
    created_at   timestamptz  NOT NULL
);

CREATE TABLE vehicle (
    veh_id         serial PRIMARY KEY,
    cust_id        integer     NOT NULL REFERENCES customer(cust_id),
    vin            char(17)    NOT NULL,
    model_yr       smallint    NOT NULL CHECK (model_yr BETWEEN 1990 AND 2026),
    make           varchar(20) NOT NULL,
    model          varchar(30) NOT NULL,
    body_style     varchar(12) NOT NULL CHECK (body_style IN ('4D SEDAN', '2D COUPE', '4D UTILITY', '4D WAGON',
                      '2D PICKUP', '4D CREW CAB', '4D EXT CAB', 'VAN', '4D HATCHBACK')),
    plate          varchar(8),
    adas_camera    boolean     NOT NULL DEFAULT false,
    rain_sensor    boolean     NOT NULL DEFAULT false
);

CREATE TABLE work_order (
    wo_id            serial PRIMARY KEY,
    wo_no            varchar(10) NOT NULL UNIQUE,              -- 0412-58831
    shop_id          integer     NOT NULL REFERENCES shop(shop_id),
    veh_id           integer     NOT NULL REFERENCES vehicle(veh_id),
    tech_id          integer     NOT NULL REFERENCES tech(tech_id),
    svc_type         varchar(14) NOT NULL CHECK (svc_type IN ('WS replace', 'chip repair', 'door glass', 'back glass',
                        'vent glass', 'quarter glass', 'sunroof', 'mirror')),
    damage           varchar(16) CHECK (damage IN ('bullseye', 'star break', 'combination', 'half moon',
                        'edge crack', 'stress crack', 'long crack', 'shattered')),
    svc_location     varchar(8)  NOT NULL CHECK (svc_location IN ('in-shop', 'mobile')),
    odometer_mi      integer     CHECK (odometer_mi >= 0),
    scheduled_for    timestamptz NOT NULL,
    completed_at     timestamptz,
    safe_drive_away  timestamptz,                              -- urethane minimum drive-away time
    labor_hrs        numeric(4,2),
    tech_notes       text,
    CHECK (safe_drive_away IS NULL OR safe_drive_away >= completed_at)
);

CREATE TABLE glass_part (
    part_line_id    serial PRIMARY KEY,
    wo_id           integer      NOT NULL REFERENCES work_order(wo_id),
    nags_part_no    varchar(12)  NOT NULL,                     -- FW04567GBYN, DW01234GTY
    mfr             varchar(22)  NOT NULL CHECK (mfr IN ('Pilkington', 'PGW', 'Fuyao', 'XYG', 'Saint-Gobain Sekurit', 'AGC', 'Carlite', 'Vitro')),
    grade           char(3)      NOT NULL CHECK (grade IN ('OEM', 'OEE', 'ARG')),
    dot_no          varchar(8)   NOT NULL,                     -- DOT 563
    urethane        varchar(30)  NOT NULL CHECK (urethane IN ('Dow BETASEAL 15625', 'Sika SikaTack Drive', 'Sika SikaTack Ultrafast', 'n/a (repair resin)')),
    list_usd        numeric(8,2) NOT NULL,
    net_usd         numeric(8,2) NOT NULL,
    CHECK (net_usd <= list_usd)
);

CREATE TABLE adas_cal (
    cal_id          serial PRIMARY KEY,
    wo_id           integer     NOT NULL REFERENCES work_order(wo_id),
    cal_method      varchar(8)  NOT NULL CHECK (cal_method IN ('static', 'dynamic', 'dual')),
    system          varchar(24) NOT NULL CHECK (system IN ('forward camera', 'lane departure warning', 'automatic emergency braking',
                       'rain/light sensor', 'heads-up display')),
    scan_tool       varchar(24) NOT NULL CHECK (scan_tool IN ('Autel MaxiSys IA900', 'Bosch DAS 3000', 'Hunter ADAS', 'OEM dealer tool')),
    pre_scan_dtcs   smallint    NOT NULL DEFAULT 0,
    passed          boolean     NOT NULL,
    performed_at    timestamptz NOT NULL
);

CREATE TABLE ins_claim (
    claim_id        serial PRIMARY KEY,
    wo_id           integer      NOT NULL REFERENCES work_order(wo_id),
    carrier         varchar(20)  NOT NULL CHECK (carrier IN ('State Farm', 'GEICO', 'Progressive', 'Allstate', 'USAA',
                       'Liberty Mutual', 'Farmers', 'Nationwide')),
    policy_no       varchar(20)  NOT NULL,
    claim_no        varchar(20),
    date_of_loss    date         NOT NULL,
    deductible_usd  numeric(7,2) NOT NULL DEFAULT 0,
    billed_usd      numeric(8,2) NOT NULL,
    paid_usd        numeric(8,2),
    submitted_at    timestamptz  NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('submitted', 'approved', 'short-paid', 'paid', 'denied'))
);
