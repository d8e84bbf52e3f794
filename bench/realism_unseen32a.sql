CREATE TYPE ride_cat AS ENUM ('coaster', 'flat', 'water', 'dark', 'family', 'kiddie', 'transport');
CREATE TYPE wo_status AS ENUM ('open', 'assigned', 'in_progress', 'awaiting_parts', 'closed', 'cancelled');

CREATE TABLE zone (
    zone_id   smallserial PRIMARY KEY,
    zone_cd   varchar(4)  NOT NULL UNIQUE,
    zone_nm   varchar(60) NOT NULL
);

CREATE TABLE ride (
    ride_id          serial PRIMARY KEY,
    ride_cd          varchar(8)  NOT NULL UNIQUE,
    ride_nm          varchar(80) NOT NULL,
    zone_id          smallint    NOT NULL REFERENCES zone (zone_id),
    cat              ride_cat    NOT NULL,
    mfr              varchar(60),
    mfr_serial_no    varchar(40),
    commissioned_on  date        NOT NULL,
    min_hgt_cm       smallint    CHECK (min_hgt_cm BETWEEN 80 AND 150),
    max_spd_kmh      numeric(5,1),
    cap_per_hr       integer     CHECK (cap_per_hr > 0),
    total_cycles     bigint      NOT NULL DEFAULT 0,
    is_operational   boolean     NOT NULL DEFAULT true,
    last_ndt_dt      date
);

CREATE TABLE tech (
    tech_id      serial PRIMARY KEY,
    emp_no       varchar(10)  NOT NULL UNIQUE,
    first_nm     varchar(40)  NOT NULL,
    last_nm      varchar(40)  NOT NULL,
    trade        char(3)      NOT NULL CHECK (trade IN ('MEC', 'ELE', 'HYD', 'WLD', 'CTL')),
    cert_lvl     smallint     NOT NULL DEFAULT 1 CHECK (cert_lvl BETWEEN 1 AND 4),
    hourly_rate  numeric(6,2) NOT NULL,
    phone        varchar(20),
    active       boolean      NOT NULL DEFAULT true
);

CREATE TABLE daily_insp (
    insp_id         bigserial PRIMARY KEY,
    ride_id         integer     NOT NULL REFERENCES ride (ride_id),
    insp_dt         date        NOT NULL,
    insp_by         integer     NOT NULL REFERENCES tech (tech_id),
    started_at      timestamptz NOT NULL,
    test_cycles     smallint    NOT NULL DEFAULT 2 CHECK (test_cycles >= 0),
    result          varchar(10) NOT NULL CHECK (result IN ('PASS', 'PASS_NOTE', 'FAIL')),
    ambient_temp_c  numeric(4,1),
    wind_spd_ms     numeric(4,1),
    remarks         text,
    UNIQUE (ride_id, insp_dt)
);

CREATE TABLE work_order (
    wo_id        bigserial PRIMARY KEY,
    wo_no        varchar(14) NOT NULL UNIQUE,
    ride_id      integer     NOT NULL REFERENCES ride (ride_id),
    insp_id      bigint      REFERENCES daily_insp (insp_id),
    wo_type      char(2)     NOT NULL CHECK (wo_type IN ('PM', 'CM', 'EM', 'IN')),
    priority     smallint    NOT NULL CHECK (priority BETWEEN 1 AND 5),
    status       wo_status   NOT NULL DEFAULT 'open',
    descr        text        NOT NULL,
    opened_at    timestamptz NOT NULL DEFAULT now(),
    due_dt       date,
    closed_at    timestamptz,
    assigned_to  integer     REFERENCES tech (tech_id),
    labour_hrs   numeric(5,2) DEFAULT 0,
    ride_closed  boolean     NOT NULL DEFAULT false,
    CHECK (closed_at IS NULL OR closed_at >= opened_at)
);

CREATE TABLE part (
    part_id          serial PRIMARY KEY,
    part_no          varchar(30)   NOT NULL UNIQUE,
    descr            varchar(120)  NOT NULL,
    uom              varchar(4)    NOT NULL DEFAULT 'EA' CHECK (uom IN ('EA', 'M', 'L', 'KG', 'SET')),
    unit_cost        numeric(10,2) NOT NULL CHECK (unit_cost >= 0),
    qty_on_hand      integer       NOT NULL DEFAULT 0,
    reorder_pt       integer       NOT NULL DEFAULT 0,
    bin_loc          varchar(10),
    safety_critical  boolean       NOT NULL DEFAULT false
);

CREATE TABLE wo_part (
    wo_id      bigint       NOT NULL REFERENCES work_order (wo_id) ON DELETE CASCADE,
    part_id    integer      NOT NULL REFERENCES part (part_id),
    qty        numeric(8,2) NOT NULL CHECK (qty > 0),
    issued_dt  date         NOT NULL,
    PRIMARY KEY (wo_id, part_id)
);

CREATE TABLE downtime (
    dt_id        bigserial PRIMARY KEY,
    ride_id      integer     NOT NULL REFERENCES ride (ride_id),
    wo_id        bigint      REFERENCES work_order (wo_id),
    down_from    timestamptz NOT NULL,
    down_to      timestamptz,
    reason_cd    varchar(6)  NOT NULL CHECK (reason_cd IN ('WX', 'MECH', 'ELEC', 'GUEST', 'STAFF', 'EVAC', 'OTHER')),
    guests_evac  integer     DEFAULT 0 CHECK (guests_evac >= 0),
    reported_by  varchar(60)
);

CREATE INDEX ix_daily_insp_dt ON daily_insp (insp_dt);
CREATE INDEX ix_wo_ride_status ON work_order (ride_id, status);
CREATE INDEX ix_downtime_ride ON downtime (ride_id, down_from);

COMMENT ON COLUMN ride.last_ndt_dt IS 'last non-destructive test (annual)';
