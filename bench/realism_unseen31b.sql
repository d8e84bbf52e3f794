-- Domain: mobile game player economy

CREATE TYPE platform_t AS ENUM ('ios', 'android');
CREATE TYPE item_type_t AS ENUM ('consumable', 'cosmetic', 'character', 'booster', 'bundle');
CREATE TYPE rarity_t AS ENUM ('common', 'rare', 'epic', 'legendary');
CREATE TYPE app_store_t AS ENUM ('app_store', 'google_play');

CREATE TABLE players (
    player_id       bigserial PRIMARY KEY,
    device_id       varchar(64) NOT NULL,
    display_name    varchar(24),
    platform        platform_t  NOT NULL,
    country_code    char(2),
    lang            varchar(5)  NOT NULL DEFAULT 'en',
    install_ts      timestamptz NOT NULL,
    last_login_ts   timestamptz,
    lvl             smallint    NOT NULL DEFAULT 1 CHECK (lvl BETWEEN 1 AND 200),
    xp              bigint      NOT NULL DEFAULT 0,
    is_payer        boolean     NOT NULL DEFAULT false,
    is_banned       boolean     NOT NULL DEFAULT false
);

CREATE TABLE currencies (
    currency_code   varchar(16) PRIMARY KEY,
    display_name    varchar(32) NOT NULL,
    is_premium      boolean     NOT NULL DEFAULT false,
    max_balance     bigint
);

CREATE TABLE wallets (
    player_id       bigint      NOT NULL REFERENCES players(player_id),
    currency_code   varchar(16) NOT NULL REFERENCES currencies(currency_code),
    balance         bigint      NOT NULL DEFAULT 0 CHECK (balance >= 0),
    updated_ts      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (player_id, currency_code)
);

CREATE TABLE items (
    item_id         serial PRIMARY KEY,
    sku             varchar(48) NOT NULL UNIQUE,
    name            varchar(64) NOT NULL,
    item_type       item_type_t NOT NULL,
    rarity          rarity_t    NOT NULL DEFAULT 'common',
    stack_max       smallint    NOT NULL DEFAULT 1,
    tradable        boolean     NOT NULL DEFAULT false
);

CREATE TABLE store_offers (
    offer_id        serial PRIMARY KEY,
    item_id         integer     NOT NULL REFERENCES items(item_id),
    price_currency  varchar(16) REFERENCES currencies(currency_code),
    price_amt       integer,
    iap_product_id  varchar(100),
    price_usd       numeric(6,2),
    starts_ts       timestamptz NOT NULL,
    ends_ts         timestamptz,
    is_active       boolean     NOT NULL DEFAULT true
);

CREATE TABLE inventory (
    inv_id          bigserial PRIMARY KEY,
    player_id       bigint      NOT NULL REFERENCES players(player_id),
    item_id         integer     NOT NULL REFERENCES items(item_id),
    qty             integer     NOT NULL DEFAULT 1 CHECK (qty > 0),
    acquired_ts     timestamptz NOT NULL DEFAULT now(),
    source          varchar(20)
);

CREATE TABLE iap_receipts (
    receipt_id        bigserial PRIMARY KEY,
    player_id         bigint      NOT NULL REFERENCES players(player_id),
    offer_id          integer     NOT NULL REFERENCES store_offers(offer_id),
    store             app_store_t NOT NULL,
    store_txn_id      varchar(64) NOT NULL UNIQUE,
    price_local       numeric(10,2) NOT NULL,
    local_currency    char(3)     NOT NULL,
    price_usd         numeric(8,2) NOT NULL,
    purchased_ts      timestamptz NOT NULL,
    validation_status varchar(12) NOT NULL DEFAULT 'pending'
                      CHECK (validation_status IN ('pending', 'valid', 'invalid', 'refunded')),
    refunded_ts       timestamptz
);

CREATE TABLE currency_txns (
    txn_id          bigserial PRIMARY KEY,
    player_id       bigint      NOT NULL REFERENCES players(player_id),
    currency_code   varchar(16) NOT NULL REFERENCES currencies(currency_code),
    delta           bigint      NOT NULL,
    balance_after   bigint      NOT NULL,
    reason          varchar(32) NOT NULL,
    ref_id          bigint,
    created_ts      timestamptz NOT NULL DEFAULT now()
);
