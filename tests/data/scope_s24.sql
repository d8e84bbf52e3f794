-- A home solar installer: crews, homeowners and their sites, quotes, installations and their inspections, support
-- tickets (brief s24 of session 11: states and shares said in a clause; see tests/data/scope_heldout18_s24.txt).
CREATE TYPE install_status AS ENUM ('planned', 'in_progress', 'done', 'on_hold', 'failed_inspection');
CREATE TABLE crews (
    id serial PRIMARY KEY,
    crew_name text NOT NULL UNIQUE,
    lead_name text NOT NULL,
    is_certified boolean NOT NULL DEFAULT true,
    vehicle_count int NOT NULL CHECK (vehicle_count BETWEEN 1 AND 6),
    started_on date NOT NULL
);
CREATE TABLE homeowners (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text,
    tier text NOT NULL DEFAULT 'standard' CHECK (tier IN ('standard', 'premium')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sites (
    id serial PRIMARY KEY,
    homeowner_id int NOT NULL REFERENCES homeowners,
    street text NOT NULL,
    town text NOT NULL,
    roof_type text NOT NULL CHECK (roof_type IN ('tile', 'metal', 'slate', 'flat', 'shingle')),
    roof_area_m2 numeric(7,1) CHECK (roof_area_m2 > 0),
    has_battery boolean NOT NULL DEFAULT false,
    is_shaded boolean NOT NULL DEFAULT false,
    permit_notes text
);
CREATE TABLE quotes (
    id serial PRIMARY KEY,
    site_id int NOT NULL REFERENCES sites,
    quoted_on date NOT NULL,
    kw_capacity numeric(5,2) NOT NULL CHECK (kw_capacity > 0),
    price numeric(10,2) NOT NULL CHECK (price > 0),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'expired')),
    valid_until date,
    financing_required boolean NOT NULL DEFAULT false
);
CREATE TABLE installations (
    id serial PRIMARY KEY,
    site_id int NOT NULL REFERENCES sites,
    crew_id int NOT NULL REFERENCES crews,
    quote_id int REFERENCES quotes,
    scheduled_on date NOT NULL,
    installed_on date,
    panel_brand text NOT NULL CHECK (panel_brand IN ('sunpower', 'qcells', 'rec', 'longi', 'jinko')),
    status install_status NOT NULL DEFAULT 'planned',
    grid_connected boolean NOT NULL DEFAULT false,
    needs_scaffold boolean NOT NULL DEFAULT false,
    warranty_ends date
);
CREATE TABLE inspections (
    id serial PRIMARY KEY,
    installation_id int NOT NULL REFERENCES installations,
    inspected_on date NOT NULL,
    result text NOT NULL CHECK (result IN ('pass', 'fail', 'conditional')),
    inspector text NOT NULL,
    remarks text
);
CREATE TABLE support_tickets (
    id serial PRIMARY KEY,
    homeowner_id int NOT NULL REFERENCES homeowners,
    opened_at timestamptz NOT NULL,
    closed_at timestamptz,
    category text NOT NULL CHECK (category IN ('billing', 'low_output', 'damage', 'monitoring', 'other')),
    is_urgent boolean NOT NULL DEFAULT false
);
