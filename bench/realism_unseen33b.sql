CREATE TABLE shipping_lines (
    line_id          serial PRIMARY KEY,
    scac             char(4) NOT NULL UNIQUE,
    line_name        varchar(120) NOT NULL,
    alliance         varchar(20) CHECK (alliance IN ('2M', 'Ocean', 'THE', 'Gemini', 'none')),
    billing_email    varchar(200)
);

CREATE TABLE vessels (
    vessel_id        serial PRIMARY KEY,
    imo_no           char(7) NOT NULL UNIQUE,
    vessel_name      varchar(80) NOT NULL,
    call_sign        varchar(10),
    flag             char(2) NOT NULL,
    operator_line_id integer NOT NULL REFERENCES shipping_lines(line_id),
    loa_m            numeric(6,2) NOT NULL CHECK (loa_m BETWEEN 50 AND 450),
    beam_m           numeric(5,2) NOT NULL,
    max_draft_m      numeric(4,2) NOT NULL CHECK (max_draft_m BETWEEN 3 AND 20),
    teu_capacity     integer NOT NULL CHECK (teu_capacity > 0),
    gt               integer
);

CREATE TABLE berths (
    berth_id         serial PRIMARY KEY,
    berth_code       varchar(6) NOT NULL UNIQUE,
    quay_length_m    integer NOT NULL,
    depth_m          numeric(4,1) NOT NULL,
    sts_cranes       smallint NOT NULL DEFAULT 0,
    is_operational   boolean NOT NULL DEFAULT true
);

CREATE TABLE vessel_visits (
    visit_id         serial PRIMARY KEY,
    vessel_id        integer NOT NULL REFERENCES vessels(vessel_id),
    berth_id         integer REFERENCES berths(berth_id),
    voyage_in        varchar(12) NOT NULL,
    voyage_out       varchar(12) NOT NULL,
    eta              timestamptz NOT NULL,
    ata              timestamptz,
    etd              timestamptz NOT NULL,
    atd              timestamptz,
    phase            varchar(12) NOT NULL DEFAULT 'planned' CHECK (phase IN ('planned', 'inbound', 'arrived', 'working', 'completed', 'departed', 'cancelled')),
    arr_draft_m      numeric(4,2),
    pilot_req        boolean NOT NULL DEFAULT true,
    remarks          text
);

CREATE TABLE containers (
    cntr_id          serial PRIMARY KEY,
    cntr_no          char(11) NOT NULL,
    iso_type         char(4) NOT NULL CHECK (iso_type IN ('22G1', '42G1', '45G1', '22R1', '45R1', '22U1', '42P1', '22T1')),
    line_id          integer NOT NULL REFERENCES shipping_lines(line_id),
    freight_kind     varchar(4) NOT NULL CHECK (freight_kind IN ('FCL', 'LCL', 'MTY')),
    vgm_kg           integer CHECK (vgm_kg BETWEEN 1500 AND 36000),
    imdg_class       varchar(4),
    reefer_setpt_c   numeric(4,1) CHECK (reefer_setpt_c BETWEEN -35 AND 30),
    seal_no          varchar(20),
    pol              char(5),
    pod              char(5),
    yard_pos         varchar(12),
    hold_customs     boolean NOT NULL DEFAULT false,
    free_time_until  date
);

CREATE TABLE crane_moves (
    move_id          bigserial PRIMARY KEY,
    visit_id         integer NOT NULL REFERENCES vessel_visits(visit_id),
    cntr_id          integer NOT NULL REFERENCES containers(cntr_id),
    move_kind        char(4) NOT NULL CHECK (move_kind IN ('DSCH', 'LOAD', 'SHFT', 'RSTW')),
    crane_no         varchar(6) NOT NULL,
    bay              smallint NOT NULL CHECK (bay BETWEEN 1 AND 99),
    row_no           smallint NOT NULL CHECK (row_no BETWEEN 0 AND 24),
    tier             smallint NOT NULL CHECK (tier BETWEEN 2 AND 98),
    completed_at     timestamptz NOT NULL,
    operator_badge   varchar(10)
);

CREATE TABLE gate_txns (
    gate_txn_id      bigserial PRIMARY KEY,
    cntr_id          integer NOT NULL REFERENCES containers(cntr_id),
    direction        varchar(3) NOT NULL CHECK (direction IN ('IN', 'OUT')),
    truck_plate      varchar(12) NOT NULL,
    haulier          varchar(120),
    driver_name      varchar(120),
    lane_no          smallint NOT NULL CHECK (lane_no BETWEEN 1 AND 16),
    gate_time        timestamptz NOT NULL,
    damage_noted     boolean NOT NULL DEFAULT false,
    demurrage_eur    numeric(9,2) NOT NULL DEFAULT 0
);
