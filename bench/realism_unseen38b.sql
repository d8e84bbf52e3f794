-- Oil well drilling, daily drilling reports (operator's DDR system), United States (Permian Basin, Texas): rigs, wells, DDRs, bit runs, mud checks, casing, NPT.

CREATE TABLE rig (
    id               serial PRIMARY KEY,
    rig_name         varchar(30)   NOT NULL UNIQUE,            -- e.g. H&P 512, Patterson-UTI 301
    contractor       varchar(30)   NOT NULL CHECK (contractor IN ('Helmerich & Payne', 'Patterson-UTI', 'Nabors', 'Precision Drilling', 'Ensign', 'Cactus Drilling')),
    rig_type         varchar(12)   NOT NULL CHECK (rig_type IN ('AC walking', 'AC skidding', 'SCR', 'mechanical')),
    hp_rating        integer       NOT NULL,                   -- drawworks hp, e.g. 1500
    mast_cap_klbs    integer       NOT NULL,                   -- hook load rating, e.g. 750
    day_rate_usd     numeric(9,2)  NOT NULL
);

CREATE TABLE well (
    id               serial PRIMARY KEY,
    api_no           varchar(14)   NOT NULL UNIQUE,            -- e.g. 42-329-44017
    well_name        varchar(40)   NOT NULL,                   -- e.g. UNIVERSITY 7-12 2H
    lease            varchar(40)   NOT NULL,
    county           varchar(16)   NOT NULL CHECK (county IN ('Midland', 'Martin', 'Howard', 'Reagan', 'Upton', 'Glasscock', 'Reeves', 'Loving', 'Ward')),
    field            varchar(40)   NOT NULL,                   -- e.g. SPRABERRY (TREND AREA)
    target_fm        varchar(20)   NOT NULL CHECK (target_fm IN ('Wolfcamp A', 'Wolfcamp B', 'Lower Spraberry', 'Jo Mill', 'Dean', 'Bone Spring 2nd')),
    surf_lat         numeric(9,6)  NOT NULL,
    surf_lon         numeric(10,6) NOT NULL,
    kb_elev_ft       numeric(7,1)  NOT NULL,
    planned_td_ft    integer       NOT NULL,                   -- measured depth
    afe_no           varchar(12)   NOT NULL,
    afe_usd          numeric(12,2) NOT NULL,
    spud_at          timestamp,
    rig_release_at   timestamp,
    status           varchar(14)   NOT NULL CHECK (status IN ('permitted', 'spudded', 'drilling', 'TD', 'rig released', 'completed')),
    CHECK (rig_release_at IS NULL OR rig_release_at > spud_at)
);

CREATE TABLE ddr (
    id              serial PRIMARY KEY,
    well_id         integer       NOT NULL REFERENCES well(id),
    rig_id          integer       NOT NULL REFERENCES rig(id),
    report_no       smallint      NOT NULL,
    report_date     date          NOT NULL,
    md_ft           integer       NOT NULL,                    -- depth at 06:00 / midnight
    tvd_ft          integer       NOT NULL,
    ftg_24h_ft      integer       NOT NULL DEFAULT 0,
    hole_size_in    numeric(6,3)  NOT NULL,                    -- e.g. 12.250, 8.750, 6.125
    rop_avg_fph     numeric(6,1),
    wob_klbs        numeric(5,1),
    spp_psi         integer,
    flow_gpm        integer,
    daily_cost_usd  numeric(10,2) NOT NULL,
    cum_cost_usd    numeric(12,2) NOT NULL,
    current_ops     text          NOT NULL,
    company_man     varchar(60)   NOT NULL,
    UNIQUE (well_id, report_no),
    CHECK (tvd_ft <= md_ft),
    CHECK (cum_cost_usd >= daily_cost_usd)
);

CREATE TABLE bit_run (
    id              serial PRIMARY KEY,
    well_id         integer       NOT NULL REFERENCES well(id),
    bit_no          smallint      NOT NULL,
    size_in         numeric(6,3)  NOT NULL,
    mfr             varchar(20)   NOT NULL CHECK (mfr IN ('Smith', 'Baker Hughes', 'NOV ReedHycalog', 'Ulterra', 'Taurex')),
    bit_type        varchar(12)   NOT NULL CHECK (bit_type IN ('PDC', 'roller cone', 'hybrid')),
    iadc_code       varchar(6)    NOT NULL,                    -- e.g. M323, 517
    depth_in_ft     integer       NOT NULL,
    depth_out_ft    integer,
    hrs_on_btm      numeric(6,1),
    dull_grade      varchar(24),                               -- IADC dull: 1-2-CT-S-X-I-WT-TD
    reason_pulled   varchar(4)    CHECK (reason_pulled IN ('TD', 'PR', 'BHA', 'HP', 'DMF', 'CP')),
    UNIQUE (well_id, bit_no),
    CHECK (depth_out_ft IS NULL OR depth_out_ft > depth_in_ft)
);

CREATE TABLE mud_check (
    id           serial PRIMARY KEY,
    ddr_id       integer       NOT NULL REFERENCES ddr(id),
    checked_at   timestamp     NOT NULL,
    mud_type     varchar(10)   NOT NULL CHECK (mud_type IN ('WBM', 'OBM', 'brine', 'cut brine')),
    depth_ft     integer       NOT NULL,
    mw_ppg       numeric(4,2)  NOT NULL CHECK (mw_ppg BETWEEN 8.30 AND 18.00),
    pv_cp        smallint,
    yp_lb100ft2  smallint
);

CREATE TABLE casing_string (
    id            serial PRIMARY KEY,
    well_id       integer       NOT NULL REFERENCES well(id),
    string        varchar(14)   NOT NULL CHECK (string IN ('conductor', 'surface', 'intermediate', 'production')),
    od_in         numeric(6,3)  NOT NULL,                      -- e.g. 13.375, 9.625, 5.500
    wt_ppf        numeric(5,1)  NOT NULL,                      -- lb/ft
    grade         varchar(8)    NOT NULL CHECK (grade IN ('J-55', 'K-55', 'L-80', 'P-110', 'HCP-110')),
    shoe_ft       integer       NOT NULL,
    cement_sx     integer,                                     -- sacks
    set_on        date          NOT NULL,
    cmt_to_surf   boolean       NOT NULL DEFAULT false
);

CREATE TABLE npt_event (
    id           serial PRIMARY KEY,
    ddr_id       integer       NOT NULL REFERENCES ddr(id),
    from_ts      timestamp     NOT NULL,
    to_ts        timestamp     NOT NULL,
    npt_code     varchar(20)   NOT NULL CHECK (npt_code IN ('RIG REPAIR', 'WAIT ON WEATHER', 'STUCK PIPE', 'LOST CIRCULATION', 'WELL CONTROL', 'WAIT ON CEMENT', 'WAIT ON ORDERS')),
    hrs          numeric(4,1)  NOT NULL CHECK (hrs > 0 AND hrs <= 24),
    responsible  varchar(12)   NOT NULL CHECK (responsible IN ('operator', 'contractor', 'third party')),
    descr        text          NOT NULL,
    CHECK (to_ts > from_ts)
);
