-- r43 held-out 2 (inland barge freight): time as the row's life says it. Not tuned on.
CREATE TABLE barges (
    barge_id       serial PRIMARY KEY,
    eni_no         char(8) NOT NULL UNIQUE,
    barge_name     varchar(80) NOT NULL,
    capacity_t     integer NOT NULL CHECK (capacity_t > 0),
    commissioned   date NOT NULL
);

CREATE TABLE voyages (
    voyage_id      serial PRIMARY KEY,
    barge_id       integer NOT NULL REFERENCES barges(barge_id),
    voyage_ref     varchar(12) NOT NULL UNIQUE,
    ordered_at     timestamptz NOT NULL,
    sched_dep      timestamptz NOT NULL,
    sched_arr      timestamptz NOT NULL,
    act_dep        timestamptz,
    act_arr        timestamptz,
    cond           varchar(10) NOT NULL DEFAULT 'booked' CHECK (cond IN ('booked', 'loading', 'underway', 'unloading', 'finished', 'scrapped'))
);

CREATE TABLE lock_passages (
    passage_id     bigserial PRIMARY KEY,
    voyage_id      integer NOT NULL REFERENCES voyages(voyage_id),
    stop_seq       smallint NOT NULL CHECK (stop_seq BETWEEN 1 AND 20),
    lock_name      varchar(60) NOT NULL,
    entered_at     timestamptz,
    exited_at      timestamptz,
    UNIQUE (voyage_id, stop_seq)
);

CREATE TABLE cargo_surveys (
    survey_id      serial PRIMARY KEY,
    voyage_id      integer NOT NULL REFERENCES voyages(voyage_id),
    surveyed_at    timestamptz NOT NULL,
    certified_on   date,
    draft_fore_m   numeric(4,2),
    verdict        varchar(10) NOT NULL DEFAULT 'open' CHECK (verdict IN ('open', 'certified', 'disputed'))
);

CREATE TABLE crew_contracts (
    contract_id    serial PRIMARY KEY,
    barge_id       integer NOT NULL REFERENCES barges(barge_id),
    skipper_name   varchar(120) NOT NULL,
    signed_at      timestamptz NOT NULL,
    valid_from     date NOT NULL,
    valid_to       date
);
