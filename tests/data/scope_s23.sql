-- A community food bank: administrators, volunteers and their pickups from donors, the items collected, households
-- and the food parcels handed out to them (brief s23 of session 11: the words people use for tables and rows; see
-- tests/data/scope_heldout18_s23.txt).
CREATE TABLE administrators (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    phone text,
    started_on date NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);
CREATE TABLE volunteers (
    id serial PRIMARY KEY,
    administrator_id int REFERENCES administrators,
    full_name text NOT NULL,
    email text,
    phone text,
    has_vehicle boolean NOT NULL DEFAULT false,
    joined_on date NOT NULL,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'on_leave', 'retired'))
);
CREATE TABLE donors (
    id serial PRIMARY KEY,
    name text NOT NULL,
    donor_type text NOT NULL CHECK (donor_type IN ('individual', 'supermarket', 'restaurant', 'farm', 'church')),
    email text,
    postcode varchar(10),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pickups (
    id serial PRIMARY KEY,
    volunteer_id int NOT NULL REFERENCES volunteers,
    donor_id int NOT NULL REFERENCES donors,
    scheduled_for timestamptz NOT NULL,
    picked_up_at timestamptz,
    status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'missed', 'cancelled')),
    weight_kg numeric(7,1) CHECK (weight_kg > 0),
    drive_minutes smallint CHECK (drive_minutes > 0),
    notes text
);
CREATE TABLE pickup_items (
    id serial PRIMARY KEY,
    pickup_id int NOT NULL REFERENCES pickups,
    category text NOT NULL CHECK (category IN ('produce', 'dairy', 'bakery', 'canned', 'dry_goods', 'hygiene')),
    quantity int NOT NULL CHECK (quantity > 0),
    est_value numeric(8,2) NOT NULL,
    expires_on date
);
CREATE TABLE households (
    id serial PRIMARY KEY,
    family_name text NOT NULL,
    members smallint NOT NULL CHECK (members > 0),
    postcode varchar(10) NOT NULL,
    registered_on date NOT NULL,
    needs_delivery boolean NOT NULL DEFAULT false,
    phone text
);
CREATE TABLE parcels (
    id serial PRIMARY KEY,
    household_id int NOT NULL REFERENCES households,
    packed_by int REFERENCES volunteers,
    handed_out_on date NOT NULL,
    boxes smallint NOT NULL CHECK (boxes BETWEEN 1 AND 6),
    status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'collected', 'delivered', 'no_show'))
);
