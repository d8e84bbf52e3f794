-- Piling contractor (foundation piles: CFA, rotary bored, driven precast), United Kingdom: contracts, rigs, gang, pile schedule, pile logs, ready-mix tickets, integrity and load tests.

CREATE TYPE pile_status AS ENUM ('scheduled', 'bored', 'concreted', 'cut down', 'tested', 'rejected');

CREATE TABLE contract (
    id              serial PRIMARY KEY,
    contract_no     varchar(12)   NOT NULL UNIQUE,           -- e.g. P23-0417
    site_name       varchar(120)  NOT NULL,
    main_contractor varchar(120)  NOT NULL,
    site_postcode   varchar(8)    NOT NULL,
    pile_type       varchar(20)   NOT NULL CHECK (pile_type IN ('CFA', 'rotary bored', 'driven precast', 'sheet pile', 'mini pile', 'secant wall')),
    contract_val_gbp numeric(12,2) NOT NULL CHECK (contract_val_gbp > 0),
    award_date      date          NOT NULL,
    start_on_site   date,
    pcd             date,                                      -- practical completion
    retention_pct   numeric(4,2)  NOT NULL DEFAULT 3.00,
    status          varchar(16)   NOT NULL CHECK (status IN ('tender', 'awarded', 'on site', 'demobilised', 'final account')),
    notes           text,
    CHECK (start_on_site IS NULL OR start_on_site >= award_date),
    CHECK (pcd IS NULL OR pcd >= start_on_site)
);

CREATE TABLE rig (
    id               serial PRIMARY KEY,
    plant_no         varchar(8)   NOT NULL UNIQUE,             -- e.g. R-114
    make             varchar(16)  NOT NULL CHECK (make IN ('Bauer', 'Soilmec', 'Casagrande', 'Liebherr', 'Junttan', 'Klemm')),
    model            varchar(16)  NOT NULL,                    -- e.g. BG 28, SR-75, PMx22
    max_torque_knm   numeric(6,1) NOT NULL,
    max_depth_m      numeric(5,1) NOT NULL,
    op_weight_t      numeric(5,1) NOT NULL,
    loler_due        date         NOT NULL,                    -- next thorough examination
    on_hire          boolean      NOT NULL DEFAULT false,
    notes            text
);

CREATE TABLE operative (
    id           serial PRIMARY KEY,
    cscs_card_no varchar(10)  NOT NULL UNIQUE,
    full_name    varchar(80)  NOT NULL,
    trade        varchar(24)  NOT NULL CHECK (trade IN ('rig operator', 'banksman', 'pile foreman', 'ganger', 'labourer', 'concrete pump operator')),
    cpcs_ticket  varchar(12),                                  -- A-category card, only for plant operators
    day_rate_gbp numeric(7,2) NOT NULL,
    start_date   date         NOT NULL,
    is_active    boolean      NOT NULL DEFAULT true
);

CREATE TABLE pile (
    id              serial PRIMARY KEY,
    contract_id     integer      NOT NULL REFERENCES contract(id),
    pile_ref        varchar(10)  NOT NULL,                     -- e.g. P-A12
    grid_ref        varchar(8)   NOT NULL,                     -- e.g. C/4
    diameter_mm     smallint     NOT NULL CHECK (diameter_mm IN (300, 350, 450, 600, 750, 900, 1050, 1200)),
    platform_mod    numeric(6,2) NOT NULL,                     -- working platform level, m AOD
    toe_design_mod  numeric(6,2) NOT NULL,                     -- design toe level, m AOD
    swl_kn          integer      NOT NULL,                     -- safe working load
    cage_desc       varchar(30),                               -- e.g. 6H25 x 12m
    conc_grade      varchar(8)   NOT NULL CHECK (conc_grade IN ('C28/35', 'C32/40', 'C35/45', 'C40/50')),
    is_test_pile    boolean      NOT NULL DEFAULT false,
    status          pile_status  NOT NULL DEFAULT 'scheduled',
    UNIQUE (contract_id, pile_ref),
    CHECK (toe_design_mod < platform_mod)
);

CREATE TABLE pile_log (
    id              serial PRIMARY KEY,
    pile_id         integer      NOT NULL REFERENCES pile(id),
    rig_id          integer      NOT NULL REFERENCES rig(id),
    operator_id     integer      NOT NULL REFERENCES operative(id),
    log_date        date         NOT NULL,
    bore_start      timestamp    NOT NULL,
    bore_end        timestamp    NOT NULL,
    conc_start      timestamp    NOT NULL,
    conc_end        timestamp    NOT NULL,
    toe_asbuilt_mod numeric(6,2) NOT NULL,
    cutoff_mod      numeric(6,2) NOT NULL,
    vol_theo_m3     numeric(6,2) NOT NULL,
    vol_actual_m3   numeric(6,2) NOT NULL,
    auger_refusal   boolean      NOT NULL DEFAULT false,
    remarks         text,
    CHECK (bore_end > bore_start AND conc_start >= bore_end AND conc_end > conc_start),
    CHECK (cutoff_mod > toe_asbuilt_mod)
);

CREATE TABLE conc_ticket (
    id            serial PRIMARY KEY,
    pile_log_id   integer      NOT NULL REFERENCES pile_log(id),
    ticket_no     varchar(12)  NOT NULL,
    supplier      varchar(24)  NOT NULL CHECK (supplier IN ('Hanson', 'Tarmac', 'Cemex', 'Breedon', 'Aggregate Industries')),
    batched_at    timestamp    NOT NULL,
    arrived_at    timestamp    NOT NULL,
    vol_m3        numeric(4,2) NOT NULL CHECK (vol_m3 > 0 AND vol_m3 <= 10),
    slump_mm      smallint,                                    -- S3/S4 slump class, or flow for tremie mixes
    cubes_taken   boolean      NOT NULL DEFAULT false,
    rejected      boolean      NOT NULL DEFAULT false,
    CHECK (arrived_at > batched_at)
);

CREATE TABLE pile_test (
    id              serial PRIMARY KEY,
    pile_id         integer      NOT NULL REFERENCES pile(id),
    test_type       varchar(24)  NOT NULL CHECK (test_type IN ('PIT', 'static load test', 'dynamic (PDA)', 'crosshole sonic')),
    tested_on       date         NOT NULL,
    test_load_kn    integer,                                   -- only for load tests, usually 1.5 x SWL
    max_settle_mm   numeric(5,2),
    result          varchar(10)  NOT NULL CHECK (result IN ('pass', 'anomaly', 'fail')),
    tested_by       varchar(60)  NOT NULL
);
