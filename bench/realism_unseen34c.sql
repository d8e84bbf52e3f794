-- realism_unseen34c: written blind (brief h4, session 13) from a domain drawn at random; scored in bench/blind_review13.
-- Sign shop job system: quotes, works orders, print room, installs, invoicing
CREATE TABLE customers (
    id                 serial PRIMARY KEY,
    account_code       varchar(10) NOT NULL UNIQUE,
    company_name       text NOT NULL,
    contact_name       text,
    email              text,
    trade_customer     boolean NOT NULL DEFAULT false,
    credit_terms_days  integer NOT NULL DEFAULT 30 CHECK (credit_terms_days IN (0, 7, 14, 30, 60)),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE quotes (
    id            serial PRIMARY KEY,
    quote_no      varchar(12) NOT NULL UNIQUE,
    customer_id   integer NOT NULL REFERENCES customers(id),
    site_address  text,
    issued_on     date NOT NULL,
    valid_until   date NOT NULL,
    status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'accepted', 'declined', 'expired')),
    discount_pct  numeric(5,2) NOT NULL DEFAULT 0 CHECK (discount_pct BETWEEN 0 AND 50)
);

CREATE TABLE quote_lines (
    id           serial PRIMARY KEY,
    quote_id     integer NOT NULL REFERENCES quotes(id),
    line_no      smallint NOT NULL,
    description  text NOT NULL,
    sign_type    text NOT NULL CHECK (sign_type IN ('fascia', 'projecting', 'vehicle_graphics', 'window_vinyl', 'banner', 'site_board', 'built_up_letters', 'totem', 'a_board')),
    substrate    text CHECK (substrate IN ('ACM', 'foamex', 'correx', 'acrylic', 'aluminium', 'PVC_banner', 'vinyl_only')),
    width_mm     integer NOT NULL CHECK (width_mm > 0),
    height_mm    integer NOT NULL CHECK (height_mm > 0),
    qty          integer NOT NULL DEFAULT 1 CHECK (qty > 0),
    illuminated  boolean NOT NULL DEFAULT false,
    unit_price   numeric(10,2) NOT NULL,
    UNIQUE (quote_id, line_no)
);

CREATE TABLE jobs (
    id                 serial PRIMARY KEY,
    job_no             varchar(10) NOT NULL UNIQUE,          -- works order no., e.g. WO-24117
    quote_id           integer REFERENCES quotes(id),
    customer_id        integer NOT NULL REFERENCES customers(id),
    due_date           date NOT NULL,
    priority           text NOT NULL DEFAULT 'std' CHECK (priority IN ('std', 'rush', 'same_day')),
    stage              text NOT NULL DEFAULT 'artwork' CHECK (stage IN ('artwork', 'proofing', 'approved', 'production', 'finishing', 'install', 'complete', 'on_hold')),
    artwork_file       text,
    proof_rev          smallint NOT NULL DEFAULT 0,
    proof_approved_at  timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE materials (
    id             serial PRIMARY KEY,
    sku            varchar(20) NOT NULL UNIQUE,
    material_type  text NOT NULL CHECK (material_type IN ('cast_vinyl', 'calendered_vinyl', 'laminate', 'app_tape', 'acm_sheet', 'foamex_sheet', 'ink')),
    brand          text,
    colour_code    varchar(20),                                   -- e.g. Oracal 651-070
    roll_width_mm  integer,
    stock_qty      numeric(10,2) NOT NULL DEFAULT 0,
    uom            text NOT NULL CHECK (uom IN ('m', 'sheet', 'ml')),
    reorder_level  numeric(10,2)
);

CREATE TABLE job_materials (
    job_id       integer NOT NULL REFERENCES jobs(id),
    material_id  integer NOT NULL REFERENCES materials(id),
    qty_used     numeric(10,2) NOT NULL CHECK (qty_used > 0),
    waste_pct    numeric(5,2) CHECK (waste_pct BETWEEN 0 AND 100),
    PRIMARY KEY (job_id, material_id)
);

CREATE TABLE print_runs (
    id           serial PRIMARY KEY,
    job_id       integer NOT NULL REFERENCES jobs(id),
    printer      text NOT NULL,                                  -- e.g. HP Latex 570, Roland VG2-540
    print_mode   text NOT NULL CHECK (print_mode IN ('4pass', '8pass', '12pass', '16pass')),
    media_sqm    numeric(8,2) NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    operator     text
);

CREATE TABLE installs (
    id                serial PRIMARY KEY,
    job_id            integer NOT NULL REFERENCES jobs(id),
    install_date      date NOT NULL,
    fitter_team       text,
    access_equipment  text NOT NULL DEFAULT 'none' CHECK (access_equipment IN ('none', 'ladders', 'tower', 'cherry_picker', 'scissor_lift')),
    install_height_m  numeric(4,1),
    permit_reqd       boolean NOT NULL DEFAULT false,
    signed_off_by     text,
    completed         boolean NOT NULL DEFAULT false
);

CREATE TABLE invoices (
    id          serial PRIMARY KEY,
    invoice_no  varchar(12) NOT NULL UNIQUE,
    job_id      integer NOT NULL REFERENCES jobs(id),
    net_total   numeric(10,2) NOT NULL,
    vat_rate    numeric(4,2) NOT NULL DEFAULT 20.00,
    issued_on   date NOT NULL,
    due_on      date NOT NULL,
    paid_on     date
);
