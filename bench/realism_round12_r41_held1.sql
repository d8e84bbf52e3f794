-- r41 held-out: a piano restoration and tuning workshop (free text of a trade no pack knows)
CREATE TABLE technicians (
    id            serial PRIMARY KEY,
    full_name     varchar(80)  NOT NULL,
    grade         varchar(12)  NOT NULL CHECK (grade IN ('apprentice', 'tuner', 'rebuilder', 'master')),
    hourly_rate   numeric(6,2) NOT NULL,
    notes         text
);

CREATE TABLE pianos (
    id              serial PRIMARY KEY,
    maker           varchar(40)  NOT NULL,
    model           varchar(40),
    serial_no       varchar(20),
    build_year      smallint,
    case_finish     varchar(20)  NOT NULL CHECK (case_finish IN ('ebony', 'walnut', 'mahogany', 'oak', 'white')),
    piano_type      varchar(10)  NOT NULL CHECK (piano_type IN ('upright', 'grand', 'baby_grand', 'console')),
    key_count       smallint     NOT NULL DEFAULT 88,
    description     text
);

CREATE TABLE work_orders (
    id              serial PRIMARY KEY,
    piano_id        integer      NOT NULL REFERENCES pianos (id),
    technician_id   integer      REFERENCES technicians (id),
    job_type        varchar(16)  NOT NULL CHECK (job_type IN ('tuning', 'regulation', 'voicing', 'restring', 'refinish', 'repair')),
    opened_on       date         NOT NULL,
    closed_on       date,
    labour_hours    numeric(5,1),
    quote_amount    numeric(8,2),
    details         text
);

CREATE TABLE parts (
    id              serial PRIMARY KEY,
    part_no         varchar(16)  NOT NULL UNIQUE,
    part_kind       varchar(16)  NOT NULL CHECK (part_kind IN ('string', 'hammer', 'damper', 'pin', 'felt', 'key_top')),
    unit_cost       numeric(7,2) NOT NULL,
    qty_on_hand     integer      NOT NULL DEFAULT 0,
    description     varchar(200) NOT NULL
);

CREATE TABLE work_order_items (
    id              serial PRIMARY KEY,
    work_order_id   integer      NOT NULL REFERENCES work_orders (id),
    part_id         integer      NOT NULL REFERENCES parts (id),
    qty             integer      NOT NULL,
    line_total      numeric(8,2) NOT NULL,
    notes           varchar(200)
);

CREATE TABLE tuning_visits (
    id              serial PRIMARY KEY,
    piano_id        integer      NOT NULL REFERENCES pianos (id),
    technician_id   integer      NOT NULL REFERENCES technicians (id),
    visited_on      date         NOT NULL,
    pitch_hz        numeric(5,1) NOT NULL DEFAULT 440.0,
    humidity_pct    smallint,
    pitch_raise     boolean      NOT NULL DEFAULT false,
    summary         text
);

CREATE TABLE estimates (
    id              serial PRIMARY KEY,
    piano_id        integer      NOT NULL REFERENCES pianos (id),
    issued_on       date         NOT NULL,
    total_amount    numeric(9,2) NOT NULL,
    accepted        boolean      NOT NULL DEFAULT false,
    remarks         text
);

CREATE TABLE service_tickets (
    id              serial PRIMARY KEY,
    piano_id        integer      NOT NULL REFERENCES pianos (id),
    complaint       varchar(60)  NOT NULL,
    description     text,
    opened_at       timestamp    NOT NULL DEFAULT now()
);
