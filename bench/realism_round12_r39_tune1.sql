-- Round 12 (r39) TUNE schema: columns and tables named by everyday and trade words no vocabulary of seedbed's
-- lists (a port, leases, payroll, a hotel's guests, farms, courts, a school, hikes). Tuned on, with
-- tests/test_realism_r39.py; read with `plan --explain`: '(WordNet)' marks a reading through WordNet.
CREATE TABLE port_calls (
    id serial PRIMARY KEY,
    consignee varchar(80),
    consignor varchar(80),
    shipowner varchar(80),
    stevedore varchar(80),
    helmsman varchar(80),
    freighter varchar(80),
    wharf varchar(80),
    quay varchar(80),
    cargo varchar(80),
    freight numeric(10,2),
    tonnage integer,
    berth varchar(80),
    pilotage numeric(10,2),
    demurrage numeric(10,2),
    wharfage numeric(10,2),
    draught numeric(10,2),
    skipper varchar(80),
    harbourmaster varchar(80)
);

CREATE TABLE leases (
    id serial PRIMARY KEY,
    lessor varchar(80),
    lessee varchar(80),
    guarantor varchar(80),
    rent numeric(10,2),
    rental numeric(10,2),
    deposit numeric(10,2),
    premises varchar(80),
    landlord varchar(80),
    tenancy varchar(80),
    arrears numeric(10,2),
    occupant varchar(80),
    caretaker varchar(80),
    dwelling varchar(80),
    residence varchar(80),
    lodger varchar(80)
);

CREATE TABLE employees (
    id serial PRIMARY KEY,
    wage numeric(10,2),
    earnings numeric(10,2),
    pension numeric(10,2),
    allowance numeric(10,2),
    bonus numeric(10,2),
    stipulation varchar(80),
    occupation varchar(80),
    profession varchar(80),
    workplace varchar(80),
    hometown varchar(80),
    birthplace varchar(80),
    nationality varchar(80),
    citizenship varchar(80),
    sibling varchar(80),
    offspring varchar(80),
    kin varchar(80),
    heir varchar(80),
    widow varchar(80),
    nickname varchar(80),
    moniker varchar(80),
    appellation varchar(80),
    whereabouts varchar(80),
    headcount integer,
    overtime numeric(10,2),
    payout numeric(10,2),
    honorarium numeric(10,2),
    severance numeric(10,2),
    annuity numeric(10,2),
    dividend numeric(10,2),
    royalty numeric(10,2)
);

CREATE TABLE guests (
    id serial PRIMARY KEY,
    concierge varchar(80),
    valet varchar(80),
    chauffeur varchar(80),
    doorman varchar(80),
    housekeeper varchar(80),
    butler varchar(80),
    nanny varchar(80),
    companion varchar(80),
    escort varchar(80),
    visitor varchar(80),
    clientele varchar(80),
    gratuity numeric(10,2),
    toll numeric(10,2),
    fare numeric(10,2),
    levy numeric(10,2),
    surcharge numeric(10,2),
    rebate numeric(10,2),
    refund numeric(10,2),
    markup numeric(10,2),
    penalty numeric(10,2),
    bail numeric(10,2),
    bounty numeric(10,2)
);

CREATE TABLE farms (
    id serial PRIMARY KEY,
    acreage numeric(10,2),
    yield numeric(10,2),
    harvest varchar(80),
    livestock integer,
    herd integer,
    flock integer,
    farmhand varchar(80),
    tractor varchar(80),
    barn varchar(80),
    paddock varchar(80),
    orchard varchar(80),
    crop varchar(80),
    fodder varchar(80),
    silo varchar(80),
    homestead varchar(80),
    landholder varchar(80),
    sharecropper varchar(80)
);

CREATE TABLE court_cases (
    id serial PRIMARY KEY,
    plaintiff varchar(80),
    defendant varchar(80),
    counsel varchar(80),
    magistrate varchar(80),
    bailiff varchar(80),
    juror varchar(80),
    litigant varchar(80),
    verdict varchar(80),
    sentence varchar(80),
    plea varchar(80),
    docket varchar(80),
    courthouse varchar(80),
    fine numeric(10,2),
    damages numeric(10,2),
    retainer numeric(10,2),
    settlement numeric(10,2)
);

CREATE TABLE school_pupils (
    id serial PRIMARY KEY,
    forename varchar(80),
    surname varchar(80),
    guardian varchar(80),
    headmaster varchar(80),
    classmate varchar(80),
    dormitory varchar(80),
    tuition numeric(10,2),
    scholarship numeric(10,2),
    grade varchar(80),
    enrolment varchar(80),
    truancy integer,
    homeroom varchar(80)
);

CREATE TABLE hikes (
    id serial PRIMARY KEY,
    trailhead varchar(80),
    summit varchar(80),
    elevation numeric(10,2),
    mileage numeric(10,2),
    distance numeric(10,2),
    duration integer,
    companion varchar(80),
    campsite varchar(80),
    ranger varchar(80)
);
