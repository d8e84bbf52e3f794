-- Round 11 (r36) TUNE schema 1: a dog walking and pet sitting business (no word says which country).

CREATE TABLE walkers (
    id              serial PRIMARY KEY,
    full_name       varchar(100) NOT NULL,
    phone           varchar(20)  NOT NULL,
    email           varchar(120),
    home_address    varchar(200),
    max_dogs        smallint     NOT NULL DEFAULT 4,
    hired_on        date         NOT NULL
);

CREATE TABLE owners (
    id              serial PRIMARY KEY,
    first_name      varchar(50)  NOT NULL,
    last_name       varchar(50)  NOT NULL,
    phone           varchar(20),
    email           varchar(120),
    street          varchar(120) NOT NULL,
    city            varchar(60)  NOT NULL,
    postal_code     varchar(10),
    key_safe_code   varchar(8),
    lat             numeric(9,6),
    lon             numeric(9,6)
);

CREATE TABLE dogs (
    id              serial PRIMARY KEY,
    owner_id        integer      NOT NULL REFERENCES owners(id),
    name            varchar(40)  NOT NULL,
    breed           varchar(60),
    born_on         date,
    microchip_no    varchar(15)
);

CREATE TABLE walks (
    id              bigserial PRIMARY KEY,
    walker_id       integer      NOT NULL REFERENCES walkers(id),
    starts_at       timestamptz  NOT NULL,
    minutes         smallint     NOT NULL DEFAULT 60,
    pickup_lat      numeric(9,6),
    pickup_lon      numeric(9,6),
    distance_km     numeric(4,1)
);

CREATE TABLE walk_dogs (
    walk_id         bigint       NOT NULL REFERENCES walks(id),
    dog_id          integer      NOT NULL REFERENCES dogs(id),
    PRIMARY KEY (walk_id, dog_id)
);

CREATE TABLE invoices (
    id              serial PRIMARY KEY,
    owner_id        integer      NOT NULL REFERENCES owners(id),
    amount          numeric(8,2) NOT NULL,
    currency        char(3)      NOT NULL DEFAULT 'CAD',
    issued_at       timestamptz  NOT NULL
);
