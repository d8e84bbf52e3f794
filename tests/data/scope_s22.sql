-- A winery: growers and their vineyard blocks, harvests, wines and the barrels they age in, wine-club members and
-- the shipments they receive (brief s22 of session 11: words about the request itself; see
-- tests/data/scope_heldout18_s22.txt).
CREATE TABLE growers (
    id serial PRIMARY KEY,
    name text NOT NULL,
    region text NOT NULL CHECK (region IN ('napa', 'sonoma', 'mendocino', 'paso_robles', 'lodi')),
    is_organic boolean NOT NULL DEFAULT false,
    joined_on date NOT NULL,
    email text
);
CREATE TABLE vineyard_blocks (
    id serial PRIMARY KEY,
    grower_id int NOT NULL REFERENCES growers,
    name text NOT NULL,
    hectares numeric(6,2) NOT NULL CHECK (hectares > 0),
    grape_variety text NOT NULL CHECK (grape_variety IN ('merlot', 'chardonnay', 'pinot_noir', 'riesling', 'syrah', 'zinfandel')),
    planted_year int NOT NULL CHECK (planted_year BETWEEN 1900 AND 2030)
);
CREATE TABLE harvests (
    id serial PRIMARY KEY,
    block_id int NOT NULL REFERENCES vineyard_blocks,
    picked_on date NOT NULL,
    tonnes numeric(7,2) NOT NULL CHECK (tonnes >= 0),
    sugar_brix numeric(4,1),
    status text NOT NULL CHECK (status IN ('planned', 'picked', 'crushed', 'rejected'))
);
CREATE TABLE wines (
    id serial PRIMARY KEY,
    name text NOT NULL,
    vintage int NOT NULL CHECK (vintage BETWEEN 1950 AND 2030),
    style text NOT NULL CHECK (style IN ('red', 'white', 'rose', 'sparkling', 'dessert')),
    price numeric(8,2) NOT NULL CHECK (price > 0),
    is_reserve boolean NOT NULL DEFAULT false,
    released_on date
);
CREATE TABLE barrels (
    id serial PRIMARY KEY,
    wine_id int NOT NULL REFERENCES wines,
    oak text NOT NULL CHECK (oak IN ('french', 'american', 'hungarian')),
    capacity_litres int NOT NULL CHECK (capacity_litres BETWEEN 50 AND 500),
    filled_on date NOT NULL,
    emptied_on date
);
CREATE TABLE club_members (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    tier text NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold')),
    joined_at timestamptz NOT NULL,
    phone text
);
CREATE TABLE shipments (
    id serial PRIMARY KEY,
    member_id int NOT NULL REFERENCES club_members,
    wine_id int NOT NULL REFERENCES wines,
    bottles int NOT NULL CHECK (bottles BETWEEN 1 AND 24),
    status text NOT NULL CHECK (status IN ('pending', 'packed', 'shipped', 'delivered', 'returned')),
    shipped_at timestamptz,
    total numeric(10,2) NOT NULL CHECK (total >= 0)
);
