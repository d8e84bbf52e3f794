-- Craft brewery: ingredients, recipes, recipe lines, fermenters, batches, gravity readings, packaging runs
CREATE SCHEMA brewing;
CREATE SCHEMA inventory;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE inventory.ingredient_kind AS ENUM ('malt', 'hop', 'yeast', 'adjunct', 'water_agent');
CREATE DOMAIN brewing.gravity AS numeric(4,3) CHECK (VALUE BETWEEN 0.990 AND 1.200);
CREATE DOMAIN brewing.percent AS numeric(5,2) CHECK (VALUE >= 0 AND VALUE <= 100);

CREATE TABLE inventory.ingredients (
    ingredient_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku           varchar(12) NOT NULL UNIQUE CHECK (sku SIMILAR TO '(MLT|HOP|YST|ADJ|WTR)-[0-9]{4,8}'),
    kind          inventory.ingredient_kind NOT NULL,
    name          text NOT NULL,
    alpha_acid    numeric(4,2),
    color_lovibond numeric(5,1),
    on_hand_kg    numeric(10,3) NOT NULL DEFAULT 0 CHECK (on_hand_kg >= 0),
    reorder_kg    numeric(10,3) NOT NULL DEFAULT 0 CHECK (reorder_kg >= 0),
    CHECK (CASE kind WHEN 'hop' THEN alpha_acid BETWEEN 1 AND 25 ELSE alpha_acid IS NULL END),
    CHECK (kind = 'malt' OR color_lovibond IS NULL),
    CHECK (left(sku, 3) = CASE kind WHEN 'malt' THEN 'MLT' WHEN 'hop' THEN 'HOP' WHEN 'yeast' THEN 'YST'
                                    WHEN 'adjunct' THEN 'ADJ' ELSE 'WTR' END)
);

CREATE TABLE brewing.recipes (
    recipe_code   text NOT NULL,
    version       smallint NOT NULL CHECK (version >= 1),
    style         text NOT NULL,
    target_og     brewing.gravity NOT NULL,
    target_fg     brewing.gravity NOT NULL,
    target_abv    numeric(4,2) GENERATED ALWAYS AS (round((target_og - target_fg) * 131.25, 2)) STORED,
    ibu           smallint CHECK (ibu BETWEEN 0 AND 120),
    batch_litres  integer NOT NULL CHECK (batch_litres % 50 = 0 AND batch_litres BETWEEN 100 AND 5000),
    retired       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (recipe_code, version),
    CHECK (recipe_code ~ '^[A-Z][A-Z0-9_]{2,15}$'),
    CHECK (target_og > target_fg + 0.010)
);
CREATE UNIQUE INDEX recipes_one_active ON brewing.recipes (recipe_code) WHERE NOT retired;

CREATE TABLE brewing.recipe_lines (
    recipe_code   text NOT NULL,
    version       smallint NOT NULL,
    line_no       smallint NOT NULL CHECK (line_no > 0),
    ingredient_id integer NOT NULL REFERENCES inventory.ingredients(ingredient_id) ON DELETE RESTRICT,
    grist_pct     brewing.percent,
    amount_g      numeric(10,1) NOT NULL CHECK (amount_g > 0),
    addition_min  smallint CHECK (addition_min BETWEEN 0 AND 90),
    PRIMARY KEY (recipe_code, version, line_no),
    UNIQUE (recipe_code, version, ingredient_id),
    FOREIGN KEY (recipe_code, version) REFERENCES brewing.recipes(recipe_code, version) ON DELETE CASCADE
);

-- grist percentages of malt lines must add up to 100 per recipe version (enforced at commit)
CREATE FUNCTION brewing.check_grist_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE total numeric;
BEGIN
    SELECT sum(grist_pct) INTO total FROM brewing.recipe_lines
     WHERE recipe_code = NEW.recipe_code AND version = NEW.version AND grist_pct IS NOT NULL;
    IF total IS NOT NULL AND total <> 100 THEN
        RAISE EXCEPTION 'grist for %/% sums to %, not 100', NEW.recipe_code, NEW.version, total;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER recipe_lines_grist AFTER INSERT OR UPDATE ON brewing.recipe_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION brewing.check_grist_total();

CREATE TABLE brewing.fermenters (
    fermenter_id  smallint PRIMARY KEY,
    label         char(3) NOT NULL UNIQUE CHECK (label ~ '^FV[0-9]$|^F[0-9]{2}$'),
    capacity_l    integer NOT NULL CHECK (capacity_l BETWEEN 200 AND 10000),
    jacketed      boolean NOT NULL DEFAULT true
);

CREATE TABLE brewing.batches (
    batch_no      integer PRIMARY KEY CHECK (batch_no > 1000),
    recipe_code   text NOT NULL,
    version       smallint NOT NULL,
    fermenter_id  smallint NOT NULL REFERENCES brewing.fermenters(fermenter_id),
    brewed_on     date NOT NULL,
    tank_days     daterange NOT NULL,
    volume_l      integer NOT NULL CHECK (volume_l > 0),
    actual_og     brewing.gravity,
    actual_fg     brewing.gravity,
    status        text NOT NULL DEFAULT 'fermenting'
                  CHECK (status IN ('fermenting', 'conditioning', 'packaged', 'dumped')),
    dump_reason   text,
    FOREIGN KEY (recipe_code, version) REFERENCES brewing.recipes(recipe_code, version),
    CHECK (lower(tank_days) = brewed_on),
    CHECK (upper(tank_days) >= brewed_on + 7),
    CHECK (actual_fg IS NULL OR actual_og IS NOT NULL AND actual_fg < actual_og),
    CHECK ((status = 'dumped') = (dump_reason IS NOT NULL)),
    CHECK (status NOT IN ('conditioning', 'packaged') OR actual_fg IS NOT NULL),
    EXCLUDE USING gist (fermenter_id WITH =, tank_days WITH &&)
);

CREATE FUNCTION brewing.batch_fits_tank() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.volume_l > (SELECT capacity_l FROM brewing.fermenters WHERE fermenter_id = NEW.fermenter_id) THEN
        RAISE EXCEPTION 'batch % volume % exceeds fermenter capacity', NEW.batch_no, NEW.volume_l;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER batches_fit BEFORE INSERT OR UPDATE ON brewing.batches
    FOR EACH ROW EXECUTE FUNCTION brewing.batch_fits_tank();

CREATE TABLE brewing.gravity_readings (
    batch_no      integer NOT NULL REFERENCES brewing.batches(batch_no) ON DELETE CASCADE,
    taken_at      timestamp NOT NULL,
    gravity       brewing.gravity NOT NULL,
    temp_c        numeric(3,1) NOT NULL CHECK (temp_c BETWEEN -2 AND 40),
    ph            numeric(3,2) CHECK (ph BETWEEN 3.00 AND 6.00),
    PRIMARY KEY (batch_no, taken_at)
);

CREATE FUNCTION brewing.reading_after_brew() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE b brewing.batches%ROWTYPE;
BEGIN
    SELECT * INTO b FROM brewing.batches WHERE batch_no = NEW.batch_no;
    IF NEW.taken_at::date < b.brewed_on OR NEW.taken_at::date >= upper(b.tank_days) THEN
        RAISE EXCEPTION 'reading for batch % outside its tank days', NEW.batch_no;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER gravity_readings_window BEFORE INSERT OR UPDATE ON brewing.gravity_readings
    FOR EACH ROW EXECUTE FUNCTION brewing.reading_after_brew();

CREATE TABLE inventory.packaging_runs (
    run_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_no      integer NOT NULL REFERENCES brewing.batches(batch_no),
    format        text NOT NULL CHECK (format IN ('keg_50', 'keg_30', 'can_440', 'bottle_330')),
    units         integer NOT NULL CHECK (units > 0),
    litres        numeric(9,2) GENERATED ALWAYS AS (
        units * CASE format WHEN 'keg_50' THEN 50 WHEN 'keg_30' THEN 30
                            WHEN 'can_440' THEN 0.44 ELSE 0.33 END) STORED,
    best_before   date NOT NULL,
    packaged_on   date NOT NULL,
    CHECK (best_before BETWEEN packaged_on + 30 AND packaged_on + 365)
);

CREATE VIEW brewing.batch_summary AS
    SELECT b.batch_no, r.style, b.status, b.volume_l FROM brewing.batches b JOIN brewing.recipes r USING (recipe_code, version);
