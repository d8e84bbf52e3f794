-- Marine fish farming company: sea sites, pens, fish stock, feed, treatments, harvests and buyers.
CREATE TABLE sites (
    site_id serial PRIMARY KEY,
    site_name varchar(80) NOT NULL,
    licence_number varchar(20) UNIQUE,
    region varchar(60),
    site_address varchar(200),
    water_depth_m numeric(6,1),
    max_biomass_tonnes numeric(8,1),
    site_manager varchar(100),
    contact_phone varchar(30),
    opened_on date
);

CREATE TABLE pens (
    pen_id serial PRIMARY KEY,
    site_id int NOT NULL REFERENCES sites(site_id),
    pen_code varchar(10) NOT NULL,
    circumference_m numeric(6,1),
    net_depth_m numeric(5,1),
    pen_type varchar(30),
    installed_date date,
    status varchar(20) CHECK (status IN ('stocked','fallow','maintenance'))
);

CREATE TABLE hatcheries (
    hatchery_id serial PRIMARY KEY,
    company_name varchar(120) NOT NULL,
    country varchar(60),
    address text,
    email varchar(120),
    certified boolean DEFAULT false
);

CREATE TABLE stock_batches (
    batch_id serial PRIMARY KEY,
    pen_id int NOT NULL REFERENCES pens(pen_id),
    hatchery_id int REFERENCES hatcheries(hatchery_id),
    species varchar(60) NOT NULL,
    strain varchar(60),
    stocked_at date NOT NULL,
    fish_count int,
    avg_weight_g numeric(8,1),
    vaccinated boolean,
    notes text
);

CREATE TABLE "FeedSuppliers" (
    "SupplierID" serial PRIMARY KEY,
    "SupplierName" varchar(120) NOT NULL,
    "ContactName" varchar(100),
    "Phone" varchar(30),
    "Website" varchar(200)
);

CREATE TABLE feed_products (
    product_id serial PRIMARY KEY,
    supplier_id int REFERENCES "FeedSuppliers"("SupplierID"),
    product_name varchar(120) NOT NULL,
    pellet_size_mm numeric(4,1),
    protein_pct numeric(4,1),
    fat_pct numeric(4,1),
    price_per_tonne numeric(10,2)
);

CREATE TABLE feedings (
    feeding_id bigserial PRIMARY KEY,
    batch_id int NOT NULL REFERENCES stock_batches(batch_id),
    product_id int REFERENCES feed_products(product_id),
    fed_at timestamp NOT NULL,
    amount_kg numeric(8,1),
    water_temp_c numeric(4,1),
    feeder_name varchar(80)
);

CREATE TABLE treatments (
    treatment_id serial PRIMARY KEY,
    batch_id int NOT NULL REFERENCES stock_batches(batch_id),
    treated_on date,
    reason varchar(120),
    medicine varchar(80),
    dose_mg_per_kg numeric(6,2),
    withdrawal_days int,
    vet_name varchar(100)
);

CREATE TABLE mortality_events (
    event_id serial PRIMARY KEY,
    batch_id int NOT NULL REFERENCES stock_batches(batch_id),
    recorded_on date NOT NULL,
    dead_count int,
    cause varchar(80),
    comment text
);

CREATE TABLE equipment (
    equipment_id serial PRIMARY KEY,
    site_id int REFERENCES sites(site_id),
    machine_type varchar(60),
    manufacturer varchar(80),
    serial_no varchar(40),
    purchased_on date,
    last_service date
);

CREATE TABLE buyers (
    buyer_id serial PRIMARY KEY,
    company_name varchar(120) NOT NULL,
    buyer_type varchar(40),
    country_code char(2),
    billing_address varchar(250),
    payment_terms_days int
);

CREATE TABLE harvests (
    harvest_id serial PRIMARY KEY,
    batch_id int NOT NULL REFERENCES stock_batches(batch_id),
    buyer_id int REFERENCES buyers(buyer_id),
    harvested_on date,
    commodity varchar(60),
    product_grade varchar(20),
    total_weight_kg numeric(10,1),
    price_per_kg numeric(8,2),
    delivery_note text
);
