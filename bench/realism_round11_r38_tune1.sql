-- Round 11 (r38) TUNE schema 1: a free-to-play mobile RPG's backend (heroes, loot, guilds, a soft
-- and a hard currency). Tuned on.
CREATE TABLE accounts (
    account_id     bigserial PRIMARY KEY,
    nickname       varchar(20) NOT NULL,
    account_level  smallint NOT NULL DEFAULT 1,
    total_xp       bigint NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL
);
CREATE TABLE coin_types (
    code           varchar(12) PRIMARY KEY,
    name           varchar(30) NOT NULL,
    premium        boolean NOT NULL DEFAULT false
);
CREATE TABLE loot_items (
    id             serial PRIMARY KEY,
    item_code      varchar(40) NOT NULL UNIQUE,
    title          varchar(60) NOT NULL,
    slot           varchar(12) NOT NULL CHECK (slot IN ('weapon', 'armor', 'ring', 'potion')),
    power          integer NOT NULL,
    description    text
);
CREATE TABLE hero_inventory (
    id             bigserial PRIMARY KEY,
    account_id     bigint NOT NULL REFERENCES accounts(account_id),
    loot_item_id   integer NOT NULL REFERENCES loot_items(id),
    quantity       integer NOT NULL DEFAULT 1,
    obtained_via   varchar(20),
    obtained_at    timestamptz NOT NULL
);
CREATE TABLE coin_ledger (
    id             bigserial PRIMARY KEY,
    account_id     bigint NOT NULL REFERENCES accounts(account_id),
    coin_code      varchar(12) NOT NULL REFERENCES coin_types(code),
    amount         integer NOT NULL,
    reason         varchar(40) NOT NULL,
    note           text,
    created_at     timestamptz NOT NULL
);
CREATE TABLE guild_events (
    id             serial PRIMARY KEY,
    account_id     bigint NOT NULL REFERENCES accounts(account_id),
    happened_at    timestamptz NOT NULL,
    source         varchar(20),
    notes          text
);
