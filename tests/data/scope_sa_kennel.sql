-- dog boarding kennels: owners, their dogs, stays in the kennel runs, grooming, vaccination records, payments
CREATE TABLE ownr (
    ownr_id     serial PRIMARY KEY,
    first_nm    varchar(40) NOT NULL,
    last_nm     varchar(60) NOT NULL,
    email       varchar(120) UNIQUE,
    phone       varchar(20),
    addr_ln1    varchar(120),
    postcode    varchar(10),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dog (
    dog_id      serial PRIMARY KEY,
    ownr_id     integer NOT NULL REFERENCES ownr(ownr_id),
    dog_nm      varchar(40) NOT NULL,
    breed       varchar(60),
    dob         date,
    wt_kg       numeric(4,1) CHECK (wt_kg BETWEEN 1 AND 100),
    sex         char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    is_neutered boolean NOT NULL DEFAULT false
);

CREATE TABLE knl (
    knl_id      serial PRIMARY KEY,
    knl_cd      varchar(6) NOT NULL UNIQUE,
    size_cd     char(1) NOT NULL CHECK (size_cd IN ('S', 'M', 'L')),
    is_heated   boolean NOT NULL DEFAULT false,
    nightly_rt  numeric(6,2) NOT NULL CHECK (nightly_rt > 0)
);

CREATE TABLE stf (
    stf_id      serial PRIMARY KEY,
    full_nm     varchar(80) NOT NULL,
    role        text NOT NULL CHECK (role IN ('handler', 'groomer', 'manager', 'trainee')),
    hrly_rt     numeric(6,2) NOT NULL CHECK (hrly_rt > 0),
    hire_dt     date NOT NULL
);

CREATE TABLE bkg (
    bkg_id      serial PRIMARY KEY,
    dog_id      integer NOT NULL REFERENCES dog(dog_id),
    knl_id      integer NOT NULL REFERENCES knl(knl_id),
    chk_in_dt   date NOT NULL,
    chk_out_dt  date NOT NULL,
    bkg_stat    text NOT NULL DEFAULT 'reserved'
                CHECK (bkg_stat IN ('reserved', 'checked_in', 'checked_out', 'cancelled')),
    CHECK (chk_out_dt > chk_in_dt)
);

CREATE TABLE grm_appt (
    appt_id     serial PRIMARY KEY,
    dog_id      integer NOT NULL REFERENCES dog(dog_id),
    stf_id      integer NOT NULL REFERENCES stf(stf_id),
    appt_ts     timestamptz NOT NULL,
    svc_typ     text NOT NULL CHECK (svc_typ IN ('bath', 'trim', 'nails', 'full')),
    price       numeric(6,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE vacc (
    vacc_id     serial PRIMARY KEY,
    dog_id      integer NOT NULL REFERENCES dog(dog_id),
    vacc_typ    text NOT NULL CHECK (vacc_typ IN ('rabies', 'kennel_cough', 'distemper', 'parvo')),
    given_dt    date NOT NULL,
    expiry_dt   date
);

CREATE TABLE pmt (
    pmt_id      serial PRIMARY KEY,
    bkg_id      integer NOT NULL REFERENCES bkg(bkg_id),
    amt         numeric(8,2) NOT NULL CHECK (amt > 0),
    pd_dt       date NOT NULL,
    mthd        text NOT NULL CHECK (mthd IN ('card', 'cash', 'bank_transfer'))
);
