-- Round 11 (r36) TUNE schema 2: a German bakery's order book (identifiers in German) and a national
-- online shop's customers (no country column, serves the whole country).

CREATE TABLE kunden (
    kunden_id       serial PRIMARY KEY,
    vorname         varchar(50)  NOT NULL,
    nachname        varchar(50)  NOT NULL,
    strasse         varchar(120),
    plz             varchar(5),
    ort             varchar(60),
    telefon         varchar(20),
    email           varchar(120)
);

CREATE TABLE bestellungen (
    bestell_id      serial PRIMARY KEY,
    kunden_id       integer      NOT NULL REFERENCES kunden(kunden_id),
    abholung_am     timestamptz  NOT NULL,
    betrag          numeric(8,2) NOT NULL
);

CREATE TABLE warehouses (
    id              serial PRIMARY KEY,
    name            varchar(80)  NOT NULL,
    city            varchar(60)  NOT NULL,
    lat             double precision,
    lng             double precision
);

CREATE TABLE shop_customers (
    id              serial PRIMARY KEY,
    name            varchar(100) NOT NULL,
    phone           varchar(20),
    address         text,
    city            varchar(60),
    postal_code     varchar(10)
);

CREATE TABLE shipments (
    id              serial PRIMARY KEY,
    customer_id     integer      NOT NULL REFERENCES shop_customers(id),
    warehouse_id    integer      NOT NULL REFERENCES warehouses(id),
    carrier         varchar(40),
    tracking_no     varchar(30)
);
