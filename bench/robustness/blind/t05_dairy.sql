-- Dairy farm: herds, animals (with dam/sire lineage), paddocks, grazing rotations, milkings, vet treatments, lab tests
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE sex AS ENUM ('F', 'M');
CREATE TYPE animal_status AS ENUM ('calf', 'heifer', 'milking', 'dry', 'bull', 'sold', 'dead');

CREATE DOMAIN ear_tag AS varchar(14) CHECK (VALUE ~ '^(UK|IE|FR)[0-9]{12}$');

CREATE TABLE herds (
    herd_no       char(8) PRIMARY KEY CHECK (herd_no ~ '^[0-9]{2}/[0-9]{3}/[0-9]{1}$' OR herd_no ~ '^H[0-9]{7}$'),
    name          text NOT NULL,
    organic       boolean NOT NULL DEFAULT false,
    milk_quota_l  integer CHECK (milk_quota_l > 0)
);

CREATE TABLE animals (
    tag           ear_tag PRIMARY KEY,
    herd_no       char(8) NOT NULL REFERENCES herds(herd_no),
    name          text,
    sex           sex NOT NULL,
    breed         text NOT NULL CHECK (breed IN ('Holstein', 'Jersey', 'Friesian', 'Ayrshire', 'Brown Swiss', 'Cross')),
    born_on       date NOT NULL,
    dam_tag       ear_tag REFERENCES animals(tag) ON DELETE SET NULL,
    sire_tag      ear_tag REFERENCES animals(tag) ON DELETE SET NULL,
    status        animal_status NOT NULL,
    left_on       date,
    CHECK (dam_tag IS DISTINCT FROM tag AND sire_tag IS DISTINCT FROM tag),
    CHECK (dam_tag IS DISTINCT FROM sire_tag OR dam_tag IS NULL),
    CHECK (sex = 'F' OR status IN ('calf', 'bull', 'sold', 'dead')),
    CHECK (status <> 'bull' OR sex = 'M'),
    CHECK ((status IN ('sold', 'dead')) = (left_on IS NOT NULL)),
    CHECK (left_on IS NULL OR left_on >= born_on),
    CHECK (status <> 'calf' OR left_on IS NOT NULL OR born_on > DATE '2000-01-01')
);

CREATE FUNCTION animal_parents_ok() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE d animals%ROWTYPE; s animals%ROWTYPE;
BEGIN
    IF NEW.dam_tag IS NOT NULL THEN
        SELECT * INTO d FROM animals WHERE tag = NEW.dam_tag;
        IF d.sex <> 'F' THEN RAISE EXCEPTION 'dam % is not female', NEW.dam_tag; END IF;
        IF NEW.born_on < d.born_on + interval '20 months' THEN
            RAISE EXCEPTION 'dam % too young at calving', NEW.dam_tag;
        END IF;
    END IF;
    IF NEW.sire_tag IS NOT NULL THEN
        SELECT * INTO s FROM animals WHERE tag = NEW.sire_tag;
        IF s.sex <> 'M' THEN RAISE EXCEPTION 'sire % is not male', NEW.sire_tag; END IF;
        IF NEW.born_on < s.born_on + interval '12 months' THEN
            RAISE EXCEPTION 'sire % too young', NEW.sire_tag;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER animals_parents BEFORE INSERT OR UPDATE ON animals
    FOR EACH ROW EXECUTE FUNCTION animal_parents_ok();

CREATE TABLE paddocks (
    paddock_id    smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    herd_no       char(8) NOT NULL REFERENCES herds(herd_no),
    code          varchar(5) NOT NULL,
    hectares      numeric(5,2) NOT NULL CHECK (hectares > 0.1),
    max_livestock_units numeric(5,1) GENERATED ALWAYS AS (round(hectares * 2.5, 1)) STORED,
    soil_ph       numeric(3,1) CHECK (soil_ph BETWEEN 4.0 AND 8.5),
    UNIQUE (herd_no, code),
    CHECK (code = upper(code))
);

CREATE TABLE grazing (
    paddock_id    smallint NOT NULL REFERENCES paddocks(paddock_id) ON DELETE CASCADE,
    period        daterange NOT NULL,
    head_count    smallint NOT NULL CHECK (head_count > 0),
    supplement_kg numeric(6,1) NOT NULL DEFAULT 0 CHECK (supplement_kg >= 0),
    CHECK (NOT lower_inf(period) AND NOT upper_inf(period)),
    CHECK (upper(period) - lower(period) BETWEEN 1 AND 21),
    CHECK (date_part('month', lower(period)) BETWEEN 3 AND 11),
    EXCLUDE USING gist (paddock_id WITH =, period WITH &&)
);

CREATE TABLE milkings (
    tag           ear_tag NOT NULL REFERENCES animals(tag),
    milked_at     timestamp NOT NULL,
    session       char(2) NOT NULL CHECK (session IN ('AM', 'PM')),
    litres        numeric(4,1) NOT NULL CHECK (litres > 0 AND litres < 60),
    fat_pct       numeric(3,2) CHECK (fat_pct BETWEEN 2.50 AND 7.00),
    protein_pct   numeric(3,2) CHECK (protein_pct BETWEEN 2.50 AND 5.00),
    somatic_cells integer CHECK (somatic_cells >= 0),
    withheld      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tag, milked_at),
    CHECK ((session = 'AM') = (extract(hour FROM milked_at) < 12)),
    CHECK (fat_pct IS NULL OR protein_pct IS NULL OR fat_pct > protein_pct)
) PARTITION BY RANGE (milked_at);

CREATE TABLE milkings_2023 PARTITION OF milkings FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE milkings_2024 PARTITION OF milkings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE milkings_2025 PARTITION OF milkings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE milkings_default PARTITION OF milkings DEFAULT;

CREATE FUNCTION milking_cow_ok() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM animals WHERE tag = NEW.tag AND sex = 'F' AND status = 'milking') THEN
        RAISE EXCEPTION 'animal % is not a milking cow', NEW.tag;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER milkings_cow BEFORE INSERT ON milkings FOR EACH ROW EXECUTE FUNCTION milking_cow_ok();

CREATE TABLE treatments (
    treatment_id  integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tag           ear_tag NOT NULL REFERENCES animals(tag) ON DELETE CASCADE,
    given_on      date NOT NULL,
    product       text NOT NULL,
    dose_ml       numeric(6,1) NOT NULL CHECK (dose_ml > 0),
    milk_withdrawal_days smallint NOT NULL DEFAULT 0 CHECK (milk_withdrawal_days BETWEEN 0 AND 60),
    meat_withdrawal_days smallint NOT NULL DEFAULT 0 CHECK (meat_withdrawal_days BETWEEN 0 AND 400),
    milk_ok_from  date GENERATED ALWAYS AS (given_on + milk_withdrawal_days) STORED,
    vet_reg_no    varchar(8) CHECK (vet_reg_no ~ '^[0-9]{7}[A-Z]$'),
    CHECK (meat_withdrawal_days >= milk_withdrawal_days),
    CHECK (product !~* 'chloramphenicol')
);

CREATE TABLE lab_results (
    herd_no       char(8) NOT NULL REFERENCES herds(herd_no),
    sample_month  date NOT NULL CHECK (sample_month = date_trunc('month', sample_month)::date),
    bactoscan     integer NOT NULL CHECK (bactoscan >= 0),
    tb_status     text NOT NULL CHECK (tb_status IN ('OTF', 'OTS', 'OTW')),
    extras        jsonb CHECK (extras IS NULL OR jsonb_typeof(extras) = 'object' AND NOT extras ? 'herd_no'),
    PRIMARY KEY (herd_no, sample_month)
);

CREATE VIEW milking_herd AS SELECT tag, herd_no, breed FROM animals WHERE status = 'milking';
