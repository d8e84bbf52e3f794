-- Tobacco leaf auction floor (flue-cured Virginia), Zimbabwe: growers, merchants (buyers), TIMB classifiers, sale days, bookings, bales, bids and grower sale sheets.

CREATE TYPE bale_outcome AS ENUM ('sold', 'cancelled by grower', 'rejected - NTRM', 'no bid', 'rehandle');

CREATE TABLE grower (
    id              serial PRIMARY KEY,
    grower_no       varchar(10)   NOT NULL UNIQUE,             -- TIMB registration, e.g. V123456
    grower_name     varchar(80)   NOT NULL,
    grower_type     varchar(24)   NOT NULL CHECK (grower_type IN ('A1', 'A2', 'communal', 'small-scale commercial', 'large-scale commercial')),
    province        varchar(24)   NOT NULL CHECK (province IN ('Mashonaland West', 'Mashonaland Central', 'Mashonaland East', 'Manicaland', 'Masvingo', 'Midlands')),
    district        varchar(30)   NOT NULL,                    -- e.g. Hurungwe, Guruve, Marondera
    national_id     varchar(16)   NOT NULL,                    -- e.g. 63-123456-F-42
    hectares        numeric(6,2)  NOT NULL CHECK (hectares > 0),
    bank            varchar(30),
    bank_acc        varchar(20),
    ecocash_no      varchar(13),                               -- +26377xxxxxxx
    contracted      boolean       NOT NULL DEFAULT false,      -- on a merchant's contract scheme
    registered_on   date          NOT NULL,
    notes           text
);

CREATE TABLE merchant (
    id              serial PRIMARY KEY,
    buyer_code      char(3)       NOT NULL UNIQUE,             -- e.g. TZT, MTC, NTC
    company         varchar(60)   NOT NULL,
    licence_no      varchar(12)   NOT NULL,
    licence_expiry  date          NOT NULL,
    is_active       boolean       NOT NULL DEFAULT true
);

CREATE TABLE classifier (
    id              serial PRIMARY KEY,
    timb_no         varchar(8)    NOT NULL UNIQUE,
    full_name       varchar(60)   NOT NULL,
    is_senior       boolean       NOT NULL DEFAULT false
);

CREATE TABLE sale_day (
    id              serial PRIMARY KEY,
    floor           varchar(40)   NOT NULL CHECK (floor IN ('Boka Tobacco Auction Floors', 'Tobacco Sales Floor', 'Premier Tobacco Auction Floors')),
    sale_date       date          NOT NULL,
    season          smallint      NOT NULL,
    rows_laid       smallint      NOT NULL,
    bales_booked    integer       NOT NULL,
    opened_at       timestamp     NOT NULL,
    closed_at       timestamp,
    notes           text,
    UNIQUE (floor, sale_date),
    CHECK (closed_at IS NULL OR closed_at > opened_at)
);

CREATE TABLE booking (
    id              serial PRIMARY KEY,
    grower_id       integer       NOT NULL REFERENCES grower(id),
    sale_day_id     integer       NOT NULL REFERENCES sale_day(id),
    booking_ref     varchar(12)   NOT NULL UNIQUE,
    bales_booked    smallint      NOT NULL CHECK (bales_booked BETWEEN 1 AND 60),
    arrived_at      timestamp,
    transport       varchar(20)   NOT NULL CHECK (transport IN ('own truck', 'hired truck', 'tractor and trailer', 'merchant transport')),
    status          varchar(12)   NOT NULL CHECK (status IN ('booked', 'arrived', 'sold', 'no show'))
);

CREATE TABLE bale (
    id              serial PRIMARY KEY,
    booking_id      integer       NOT NULL REFERENCES booking(id),
    classifier_id   integer       NOT NULL REFERENCES classifier(id),
    ticket_no       varchar(10)   NOT NULL UNIQUE,             -- bar-coded bale ticket
    row_no          smallint      NOT NULL,
    mass_kg         numeric(5,1)  NOT NULL CHECK (mass_kg BETWEEN 20 AND 130),
    moisture_pct    numeric(4,1),
    timb_grade      varchar(6)    NOT NULL,                    -- e.g. L2OF, X3LV, T4KF
    ntrm_found      boolean       NOT NULL DEFAULT false,      -- non-tobacco related material
    weighed_at      timestamp     NOT NULL
);

CREATE TABLE bid (
    id              serial PRIMARY KEY,
    bale_id         integer       NOT NULL REFERENCES bale(id),
    merchant_id     integer       NOT NULL REFERENCES merchant(id),
    price_usc_kg    numeric(6,1)  NOT NULL CHECK (price_usc_kg > 0),  -- US cents per kg
    buyer_grade     varchar(8),
    bid_at          timestamp     NOT NULL,
    outcome         bale_outcome  NOT NULL,
    cancel_reason   varchar(80)
);

CREATE TABLE sale_sheet (
    id              serial PRIMARY KEY,
    booking_id      integer       NOT NULL REFERENCES booking(id),
    sheet_no        varchar(12)   NOT NULL UNIQUE,
    gross_usd       numeric(10,2) NOT NULL,
    timb_levy_usd   numeric(8,2)  NOT NULL,
    floor_fee_usd   numeric(8,2)  NOT NULL,                    -- handling and bale ticket charges
    stop_order_usd  numeric(10,2) NOT NULL DEFAULT 0,          -- contractor input loan recovery
    net_usd         numeric(10,2) NOT NULL,
    usd_share_pct   numeric(5,2)  NOT NULL DEFAULT 70.00,      -- part paid in US$, rest in local currency
    paid_at         timestamp,
    pay_method      varchar(14)   CHECK (pay_method IN ('bank transfer', 'EcoCash', 'cash')),
    remarks         text,
    CHECK (net_usd = gross_usd - timb_levy_usd - floor_fee_usd - stop_order_usd)
);
