CREATE TABLE partner_agencies (
    id                 serial PRIMARY KEY,
    name               varchar(150) NOT NULL,
    agency_type        varchar(20)  NOT NULL CHECK (agency_type IN ('pantry', 'soup_kitchen', 'shelter', 'school', 'senior_center', 'mobile')),
    ein                varchar(10),
    contact_name       varchar(100),
    contact_email      varchar(150),
    phone              varchar(20),
    address_line1      varchar(150) NOT NULL,
    city               varchar(80)  NOT NULL,
    state              char(2)      NOT NULL,
    zip                varchar(10)  NOT NULL,
    households_served  integer      CHECK (households_served >= 0),
    has_cold_storage   boolean      NOT NULL DEFAULT false,
    status             varchar(12)  NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'suspended', 'closed')),
    created_at         timestamp    NOT NULL DEFAULT now()
);

CREATE TABLE donors (
    id           serial PRIMARY KEY,
    donor_type   varchar(12)  NOT NULL CHECK (donor_type IN ('individual', 'grocer', 'manufacturer', 'farm', 'usda', 'food_drive')),
    name         varchar(150) NOT NULL,
    email        varchar(150),
    tax_receipt  boolean      NOT NULL DEFAULT true,
    created_at   timestamp    NOT NULL DEFAULT now()
);

CREATE TABLE items (
    id                serial PRIMARY KEY,
    sku               varchar(20)  NOT NULL UNIQUE,
    upc               varchar(14),
    description       varchar(200) NOT NULL,
    category          varchar(30)  NOT NULL,
    storage_temp      varchar(6)   NOT NULL DEFAULT 'dry' CHECK (storage_temp IN ('dry', 'refrig', 'frozen')),
    unit_weight_lbs   numeric(7,2) NOT NULL CHECK (unit_weight_lbs > 0),
    case_qty          smallint     NOT NULL DEFAULT 1,
    shared_maint_fee  numeric(6,4) NOT NULL DEFAULT 0.19,
    is_tefap          boolean      NOT NULL DEFAULT false
);

CREATE TABLE donations (
    id           serial PRIMARY KEY,
    donor_id     integer       NOT NULL REFERENCES donors (id),
    received_on  date          NOT NULL,
    receipt_no   varchar(20)   UNIQUE,
    total_lbs    numeric(10,2) NOT NULL,
    fmv_usd      numeric(12,2),
    pickup       boolean       NOT NULL DEFAULT false,
    notes        text
);

CREATE TABLE inventory_lots (
    id           serial PRIMARY KEY,
    item_id      integer     NOT NULL REFERENCES items (id),
    donation_id  integer     REFERENCES donations (id),
    lot_code     varchar(30),
    qty_cases    integer     NOT NULL CHECK (qty_cases >= 0),
    best_by      date,
    location     varchar(12) NOT NULL,
    on_hold      boolean     NOT NULL DEFAULT false
);

CREATE TABLE agency_orders (
    id             serial PRIMARY KEY,
    agency_id      integer       NOT NULL REFERENCES partner_agencies (id),
    order_no       varchar(16)   NOT NULL UNIQUE,
    requested_at   timestamp     NOT NULL,
    pickup_date    date,
    status         varchar(12)   NOT NULL DEFAULT 'submitted' CHECK (status IN ('draft', 'submitted', 'picking', 'ready', 'picked_up', 'delivered', 'cancelled')),
    delivery       boolean       NOT NULL DEFAULT false,
    invoice_total  numeric(10,2) DEFAULT 0
);

CREATE TABLE agency_order_lines (
    id               serial PRIMARY KEY,
    order_id         integer      NOT NULL REFERENCES agency_orders (id) ON DELETE CASCADE,
    lot_id           integer      NOT NULL REFERENCES inventory_lots (id),
    cases_requested  smallint     NOT NULL CHECK (cases_requested > 0),
    cases_filled     smallint     CHECK (cases_filled >= 0),
    lbs              numeric(9,2)
);

CREATE TABLE volunteers (
    id                serial PRIMARY KEY,
    first_name        varchar(60)  NOT NULL,
    last_name         varchar(60)  NOT NULL,
    email             varchar(150) UNIQUE,
    phone             varchar(20),
    dob               date,
    waiver_signed_on  date,
    group_name        varchar(100),
    total_hours       numeric(7,2) NOT NULL DEFAULT 0
);

CREATE TABLE volunteer_shifts (
    id              serial PRIMARY KEY,
    volunteer_id    integer     NOT NULL REFERENCES volunteers (id),
    shift_date      date        NOT NULL,
    role            varchar(20) NOT NULL CHECK (role IN ('sorting', 'packing', 'warehouse', 'driver', 'intake', 'mobile_pantry')),
    checked_in_at   time,
    checked_out_at  time,
    no_show         boolean     NOT NULL DEFAULT false
);

CREATE INDEX index_donations_on_donor_id ON donations (donor_id);
CREATE INDEX index_inventory_lots_on_item_id ON inventory_lots (item_id);
CREATE INDEX index_agency_orders_on_agency_id ON agency_orders (agency_id);
CREATE INDEX index_volunteer_shifts_on_volunteer_id ON volunteer_shifts (volunteer_id);
