-- An allotment society (brief s34, held out): sites, tenants, plots, rent payments, inspections, a waiting list.
CREATE TABLE sites (
    site_id          serial PRIMARY KEY,
    site_name        varchar(80) NOT NULL,
    postcode         varchar(10) NOT NULL,
    has_water        boolean NOT NULL DEFAULT true,
    opened_on        date NOT NULL
);

CREATE TABLE tenants (
    tenant_id        serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    email            varchar(200),
    phone            varchar(30),
    gender           char(1) CHECK (gender IN ('F', 'M', 'X')),
    membership       varchar(12) NOT NULL CHECK (membership IN ('standard', 'concession', 'honorary')),
    joined_on        date NOT NULL,
    left_on          date,
    keyholder        boolean NOT NULL DEFAULT false
);

CREATE TABLE plots (
    plot_id          serial PRIMARY KEY,
    site_id          integer NOT NULL REFERENCES sites(site_id),
    plot_no          varchar(8) NOT NULL,
    plot_size        varchar(8) NOT NULL CHECK (plot_size IN ('full', 'half', 'quarter')),
    condition        varchar(10) NOT NULL CHECK (condition IN ('good', 'overgrown', 'derelict')),
    tenant_id        integer REFERENCES tenants(tenant_id),
    UNIQUE (site_id, plot_no)
);

CREATE TABLE rent_payments (
    payment_id       serial PRIMARY KEY,
    tenant_id        integer NOT NULL REFERENCES tenants(tenant_id),
    plot_id          integer NOT NULL REFERENCES plots(plot_id),
    amount           numeric(7,2) NOT NULL CHECK (amount > 0),
    paid_on          date NOT NULL,
    method           varchar(14) NOT NULL CHECK (method IN ('bank_transfer', 'cheque', 'cash')),
    status           varchar(10) NOT NULL CHECK (status IN ('cleared', 'bounced', 'pending')),
    reminder_sent_at timestamptz
);

CREATE TABLE inspections (
    inspection_id    serial PRIMARY KEY,
    plot_id          integer NOT NULL REFERENCES plots(plot_id),
    inspector_id     integer REFERENCES tenants(tenant_id),
    inspected_on     date NOT NULL,
    grade            char(1) NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D')),
    notice_issued_at timestamptz,
    notes            text
);

CREATE TABLE waiting_list (
    entry_id         serial PRIMARY KEY,
    full_name        varchar(120) NOT NULL,
    email            varchar(200) NOT NULL,
    added_on         date NOT NULL,
    offered_on       date,
    declined         boolean NOT NULL DEFAULT false
);
