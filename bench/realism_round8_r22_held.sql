-- Plant nursery and landscaping contractor: growing beds, plants, supplies, client sites and jobs.
CREATE TABLE nurseries (
    nursery_id serial PRIMARY KEY,
    name varchar(80) NOT NULL,
    address varchar(200),
    greenhouse_area_m2 numeric(8,1),
    head_grower varchar(100),
    phone varchar(30)
);

CREATE TABLE growing_beds (
    bed_id serial PRIMARY KEY,
    nursery_id int NOT NULL REFERENCES nurseries(nursery_id),
    bed_code varchar(12),
    bed_type varchar(30) CHECK (bed_type IN ('greenhouse','polytunnel','open field','shade house')),
    irrigation varchar(30),
    area_m2 numeric(7,1)
);

CREATE TABLE plants (
    plant_id serial PRIMARY KEY,
    bed_id int REFERENCES growing_beds(bed_id),
    species varchar(80) NOT NULL,
    variety varchar(80),
    common_name varchar(80),
    pot_size_l numeric(5,1),
    height_cm int,
    sown_on date,
    ready_on date,
    qty_on_hand int,
    unit_price numeric(8,2)
);

CREATE TABLE suppliers (
    supplier_id serial PRIMARY KEY,
    supplier_name varchar(120) NOT NULL,
    category varchar(40),
    contact_email varchar(120),
    postal_address text,
    vat_number varchar(20)
);

CREATE TABLE supplies (
    supply_id serial PRIMARY KEY,
    supplier_id int REFERENCES suppliers(supplier_id),
    product_name varchar(120) NOT NULL,
    product_type varchar(40),
    pack_size varchar(30),
    npk_ratio varchar(12),
    cost numeric(9,2),
    hazardous boolean DEFAULT false
);

CREATE TABLE clients (
    client_id serial PRIMARY KEY,
    client_name varchar(120) NOT NULL,
    client_type varchar(30),
    email varchar(120),
    phone varchar(30),
    billing_address varchar(250)
);

CREATE TABLE client_sites (
    site_id serial PRIMARY KEY,
    client_id int NOT NULL REFERENCES clients(client_id),
    site_address varchar(200) NOT NULL,
    soil_type varchar(40),
    garden_area_m2 numeric(8,1),
    access_notes text
);

CREATE TABLE subcontractors (
    subcontractor_id serial PRIMARY KEY,
    company_name varchar(120) NOT NULL,
    trade varchar(60),
    insured_until date,
    day_rate numeric(8,2)
);

CREATE TABLE machinery (
    machine_id serial PRIMARY KEY,
    machine_type varchar(60) NOT NULL,
    make varchar(60),
    model varchar(60),
    fuel varchar(20),
    hours_used int,
    next_service date
);

CREATE TABLE jobs (
    job_id serial PRIMARY KEY,
    site_id int NOT NULL REFERENCES client_sites(site_id),
    subcontractor_id int REFERENCES subcontractors(subcontractor_id),
    machine_id int REFERENCES machinery(machine_id),
    job_type varchar(40),
    scheduled_for date,
    completed_at timestamp,
    crew_size smallint,
    quote_amount numeric(10,2),
    delivery_note text
);

CREATE TABLE plant_orders (
    order_id serial PRIMARY KEY,
    job_id int REFERENCES jobs(job_id),
    plant_id int NOT NULL REFERENCES plants(plant_id),
    quantity int,
    ordered_at timestamp,
    returned boolean DEFAULT false,
    return_reason varchar(120)
);

CREATE TABLE pest_sightings (
    sighting_id serial PRIMARY KEY,
    bed_id int REFERENCES growing_beds(bed_id),
    seen_on date,
    pest_species varchar(80),
    severity smallint CHECK (severity BETWEEN 1 AND 5),
    action_taken varchar(120)
);
