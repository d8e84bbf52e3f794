-- Round 12 (r39) HELD-OUT schema 2: a pawnbroker's shop (pawners, pledges, appraisals, loans, redemptions,
-- forfeited goods sold at auction). Names use everyday and trade words no vocabulary of seedbed's lists.
-- Written by the r39 helper before any change; measured at start and end only.
CREATE TABLE pawners (
    id              serial PRIMARY KEY,
    forename        varchar(40) NOT NULL,
    surname         varchar(40) NOT NULL,
    abode           varchar(120),
    landline        varchar(20),
    cellphone       varchar(20),
    livelihood      varchar(60),
    birthdate       date,
    identity_document varchar(30),
    first_visit     date NOT NULL
);

CREATE TABLE clerks (
    id              serial PRIMARY KEY,
    forename        varchar(40) NOT NULL,
    surname         varchar(40) NOT NULL,
    remuneration    numeric(9,2),
    commission_rate numeric(4,2),
    hired_on        date NOT NULL
);

CREATE TABLE pledges (
    id              serial PRIMARY KEY,
    pawner_id       integer NOT NULL REFERENCES pawners(id),
    clerk_id        integer REFERENCES clerks(id),
    article         varchar(120) NOT NULL,
    hallmark        varchar(40),
    caratage        smallint,
    heft_grams      numeric(8,2),
    appraisal       numeric(10,2) NOT NULL,
    principal       numeric(10,2) NOT NULL,
    pledged_on      date NOT NULL,
    maturity        date NOT NULL
);

CREATE TABLE redemptions (
    id              serial PRIMARY KEY,
    pledge_id       integer NOT NULL REFERENCES pledges(id),
    redeemed_on     date NOT NULL,
    interest        numeric(9,2),
    surcharge       numeric(7,2),
    tender          varchar(20)
);

CREATE TABLE auctions (
    id              serial PRIMARY KEY,
    held_on         date NOT NULL,
    auctioneer      varchar(80),
    saleroom        varchar(80),
    turnout         smallint,
    commission      numeric(9,2)
);

CREATE TABLE auction_lots (
    id              serial PRIMARY KEY,
    auction_id      integer NOT NULL REFERENCES auctions(id),
    pledge_id       integer NOT NULL REFERENCES pledges(id),
    lot_no          smallint NOT NULL,
    reserve         numeric(10,2),
    hammer_price    numeric(10,2),
    purchaser       varchar(80),
    gratuity        numeric(7,2)
);

CREATE TABLE strongrooms (
    id              serial PRIMARY KEY,
    name            varchar(40) NOT NULL,
    custodian       varchar(80),
    shelving_units  smallint,
    humidity        numeric(4,1),
    last_audit      date
);
