-- held-out (r2): CHECKs calling user functions: check digits and format validators
CREATE FUNCTION gtin8_ok(code text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT code ~ '^[0-9]{8}$'
       AND (SELECT sum(substr(code, k, 1)::int * CASE WHEN k % 2 = 1 THEN 3 ELSE 1 END)
            FROM generate_series(1, 8) AS k) % 10 = 0
$$;
CREATE FUNCTION badge_ok(b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT b ~ '^EMP-[0-9]{6}$' AND (substr(b, 5, 5)::int % 7) = substr(b, 10, 1)::int
$$;
CREATE FUNCTION plate_format(t text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN t ~ '^[A-Z]{2}[0-9]{2} [A-Z]{3}$';
CREATE TABLE pallet_products (
    product_id  serial PRIMARY KEY,
    gtin        char(8) NOT NULL UNIQUE CHECK (gtin8_ok(gtin)),
    label       text NOT NULL
);
CREATE TABLE warehouse_staff (
    badge       varchar(11) PRIMARY KEY CHECK (badge_ok(badge)),
    full_name   text NOT NULL,
    supervisor  varchar(11) REFERENCES warehouse_staff(badge)
);
CREATE TABLE forklifts (
    forklift_id serial PRIMARY KEY,
    plate       text NOT NULL UNIQUE CHECK (plate_format(plate)),
    driver      varchar(11) REFERENCES warehouse_staff(badge),
    iban_like   text CHECK (iban_like IS NULL OR (iban_like ~ '^[0-9]{10}$' AND mod(iban_like::bigint, 97) = 1))
);
