-- community theatre: venues, productions and their performances, patrons booking seats, cast and volunteers
CREATE TABLE vnu (
    vnu_id      serial PRIMARY KEY,
    vnu_nm      varchar(80) NOT NULL UNIQUE,
    capacity    integer NOT NULL CHECK (capacity > 0),
    city        varchar(60) NOT NULL
);

CREATE TABLE prodn (
    prodn_id    serial PRIMARY KEY,
    title       varchar(120) NOT NULL,
    genre       text NOT NULL CHECK (genre IN ('drama', 'comedy', 'musical', 'panto')),
    open_dt     date NOT NULL,
    close_dt    date NOT NULL,
    budget      numeric(10,2) CHECK (budget >= 0),
    CHECK (close_dt >= open_dt)
);

CREATE TABLE perf (
    perf_id     serial PRIMARY KEY,
    prodn_id    integer NOT NULL REFERENCES prodn(prodn_id),
    vnu_id      integer NOT NULL REFERENCES vnu(vnu_id),
    perf_ts     timestamptz NOT NULL,
    is_matinee  boolean NOT NULL DEFAULT false,
    perf_stat   text NOT NULL DEFAULT 'scheduled' CHECK (perf_stat IN ('scheduled', 'sold_out', 'cancelled'))
);

CREATE TABLE patr (
    patr_id     serial PRIMARY KEY,
    first_nm    varchar(40) NOT NULL,
    last_nm     varchar(60) NOT NULL,
    email       varchar(120) UNIQUE,
    phone       varchar(20),
    is_friend   boolean NOT NULL DEFAULT false,
    joined_dt   date NOT NULL
);

CREATE TABLE bkg (
    bkg_id      serial PRIMARY KEY,
    perf_id     integer NOT NULL REFERENCES perf(perf_id),
    patr_id     integer NOT NULL REFERENCES patr(patr_id),
    seat_cd     varchar(5) NOT NULL,
    price       numeric(6,2) NOT NULL CHECK (price >= 0),
    band        text NOT NULL CHECK (band IN ('standard', 'concession', 'child')),
    UNIQUE (perf_id, seat_cd)
);

CREATE TABLE cst (
    cst_id      serial PRIMARY KEY,
    full_nm     varchar(80) NOT NULL,
    agent_email varchar(120),
    equity_no   varchar(12) UNIQUE
);

CREATE TABLE cst_role (
    cst_role_id serial PRIMARY KEY,
    prodn_id    integer NOT NULL REFERENCES prodn(prodn_id),
    cst_id      integer NOT NULL REFERENCES cst(cst_id),
    role_nm     varchar(80) NOT NULL,
    is_lead     boolean NOT NULL DEFAULT false
);

CREATE TABLE vol (
    vol_id      serial PRIMARY KEY,
    full_nm     varchar(80) NOT NULL,
    phone       varchar(20),
    duty        text NOT NULL CHECK (duty IN ('usher', 'bar', 'box_office', 'technician'))
);
