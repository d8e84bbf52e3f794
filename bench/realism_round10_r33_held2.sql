-- Philatelic society: stamp issues catalogue and members' collections
CREATE TABLE countries (
    country_id      serial PRIMARY KEY,
    name            varchar(80) NOT NULL,
    iso_code        char(2),
    currency_name   varchar(40),
    currency_symbol varchar(4)
);
CREATE TABLE issues (
    issue_id        serial PRIMARY KEY,
    country_id      integer NOT NULL REFERENCES countries(country_id),
    issue_title     varchar(200) NOT NULL,
    slug            varchar(200),
    issue_date      date,
    designer        varchar(120),
    engraver        varchar(120),
    printer         varchar(120),
    printing_process varchar(30) CHECK (printing_process IN ('recess','lithography','photogravure','letterpress','offset')),
    paper           varchar(60),
    perforation     varchar(20)
);
CREATE TABLE stamps (
    stamp_id        serial PRIMARY KEY,
    issue_id        integer NOT NULL REFERENCES issues(issue_id),
    catalogue_no    varchar(20),
    denomination    numeric(8,2),
    colour          varchar(40),
    subject         varchar(150),
    watermark       varchar(60),
    mint_value      numeric(10,2),
    used_value      numeric(10,2)
);
CREATE TABLE members (
    member_id       serial PRIMARY KEY,
    member_name     varchar(120) NOT NULL,
    joined_on       date,
    speciality      varchar(80),
    town            varchar(80)
);
CREATE TABLE holdings (
    holding_id      serial PRIMARY KEY,
    member_id       integer NOT NULL REFERENCES members(member_id),
    stamp_id        integer NOT NULL REFERENCES stamps(stamp_id),
    condition       varchar(20) CHECK (condition IN ('mint','mounted mint','fine used','used','damaged')),
    quantity        smallint,
    acquired_from   varchar(120),
    purchase_price  numeric(9,2)
);
CREATE TABLE auctions (
    auction_id      serial PRIMARY KEY,
    auction_house   varchar(120) NOT NULL,
    short_name      varchar(20),
    sale_date       date,
    auctioneer      varchar(120),
    venue           varchar(150)
);
CREATE TABLE auction_lots (
    lot_id          serial PRIMARY KEY,
    auction_id      integer NOT NULL REFERENCES auctions(auction_id),
    stamp_id        integer REFERENCES stamps(stamp_id),
    lot_number      integer,
    consignor       varchar(120),
    estimate_low    numeric(10,2),
    hammer_price    numeric(10,2),
    buyer           varchar(120),
    expertised_by   varchar(120)
);
