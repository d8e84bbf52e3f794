-- A multiplayer game's live-ops database (the lead's held-out schema, session 9).
CREATE TYPE platform AS ENUM ('pc', 'playstation', 'xbox', 'switch', 'mobile');
CREATE TABLE regions (
    id serial PRIMARY KEY,
    code varchar(8) NOT NULL UNIQUE,
    name varchar(60) NOT NULL
);
CREATE TABLE players (
    id bigserial PRIMARY KEY,
    gamertag varchar(32) NOT NULL UNIQUE,
    email varchar(255) NOT NULL UNIQUE,
    region_id int NOT NULL REFERENCES regions(id),
    platform platform NOT NULL,
    level int NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 100),
    xp bigint NOT NULL DEFAULT 0,
    skill_rating int NOT NULL DEFAULT 1500,
    is_banned boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);
CREATE TABLE clans (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL UNIQUE,
    tag varchar(5) NOT NULL UNIQUE,
    leader_id bigint REFERENCES players(id),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE clan_members (
    clan_id int NOT NULL REFERENCES clans(id),
    player_id bigint NOT NULL REFERENCES players(id) UNIQUE,
    role varchar(12) NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'officer', 'member', 'recruit')),
    joined_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clan_id, player_id)
);
CREATE TABLE seasons (
    id serial PRIMARY KEY,
    name varchar(40) NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL
);
CREATE TABLE matches (
    id bigserial PRIMARY KEY,
    season_id int NOT NULL REFERENCES seasons(id),
    mode varchar(16) NOT NULL CHECK (mode IN ('ranked', 'casual', 'tournament', 'custom')),
    map_name varchar(40) NOT NULL,
    started_at timestamptz NOT NULL,
    duration_seconds int NOT NULL CHECK (duration_seconds > 0),
    region_id int NOT NULL REFERENCES regions(id)
);
CREATE TABLE match_players (
    match_id bigint NOT NULL REFERENCES matches(id),
    player_id bigint NOT NULL REFERENCES players(id),
    team smallint NOT NULL CHECK (team IN (1, 2)),
    kills int NOT NULL DEFAULT 0,
    deaths int NOT NULL DEFAULT 0,
    score int NOT NULL DEFAULT 0,
    won boolean NOT NULL,
    PRIMARY KEY (match_id, player_id)
);
CREATE TABLE items (
    id serial PRIMARY KEY,
    name varchar(60) NOT NULL,
    rarity varchar(12) NOT NULL CHECK (rarity IN ('common', 'rare', 'epic', 'legendary')),
    slot varchar(12) NOT NULL CHECK (slot IN ('weapon', 'armor', 'emote', 'skin', 'banner')),
    price_coins int CHECK (price_coins >= 0)
);
CREATE TABLE inventory (
    player_id bigint NOT NULL REFERENCES players(id),
    item_id int NOT NULL REFERENCES items(id),
    acquired_at timestamptz NOT NULL DEFAULT now(),
    equipped boolean NOT NULL DEFAULT false,
    PRIMARY KEY (player_id, item_id)
);
CREATE TABLE purchases (
    id bigserial PRIMARY KEY,
    player_id bigint NOT NULL REFERENCES players(id),
    sku varchar(32) NOT NULL,
    amount_usd numeric(8,2) NOT NULL CHECK (amount_usd > 0),
    store varchar(16) NOT NULL CHECK (store IN ('steam', 'psn', 'xbox_live', 'eshop', 'app_store', 'google_play')),
    status varchar(12) NOT NULL DEFAULT 'completed' CHECK (status IN ('completed', 'refunded', 'chargeback', 'pending')),
    purchased_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE reports (
    id bigserial PRIMARY KEY,
    reporter_id bigint NOT NULL REFERENCES players(id),
    reported_id bigint NOT NULL REFERENCES players(id),
    match_id bigint REFERENCES matches(id),
    reason varchar(20) NOT NULL CHECK (reason IN ('cheating', 'toxicity', 'griefing', 'afk', 'name')),
    outcome varchar(12) CHECK (outcome IN ('warned', 'suspended', 'banned', 'dismissed')),
    created_at timestamptz NOT NULL DEFAULT now(),
    reviewed_at timestamptz
);
