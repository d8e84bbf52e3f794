-- Periodicals publisher: subscription & fulfilment DB ("circ" system, legacy names kept from the AS/400 export)
CREATE TABLE pubs (
    pub_id      serial PRIMARY KEY,
    pub_code    char(4) NOT NULL UNIQUE,          -- e.g. 'GARD', 'YCHT'
    title_nm    varchar(120) NOT NULL,
    freq_cd     varchar(12) NOT NULL CHECK (freq_cd IN ('weekly','fortnightly','monthly','bimonthly','quarterly')),
    cover_price numeric(8,2) NOT NULL,
    launched_on date,
    is_active   boolean NOT NULL DEFAULT true
);

CREATE TABLE iss (                                -- issues of a title
    iss_id      serial PRIMARY KEY,
    pub_id      integer NOT NULL REFERENCES pubs(pub_id),
    iss_no      integer NOT NULL,
    cover_dt    date NOT NULL,
    on_sale_at  timestamptz,
    page_ct     smallint,
    print_run   integer,
    is_special  boolean NOT NULL DEFAULT false,   -- bumper / collector's issue
    UNIQUE (pub_id, iss_no)
);

CREATE TABLE subscr (                             -- the person/account (payer or recipient)
    subscr_id     serial PRIMARY KEY,
    acct_no       varchar(12) NOT NULL UNIQUE,
    first_nm      varchar(60),
    last_nm       varchar(80) NOT NULL,
    email         varchar(200),
    country_cd    char(2) NOT NULL DEFAULT 'GB',
    created_at    timestamptz NOT NULL DEFAULT now(),
    mktg_optin    boolean NOT NULL DEFAULT false,
    deceased_flg  boolean NOT NULL DEFAULT false
);

CREATE TABLE addr (
    addr_id     serial PRIMARY KEY,
    subscr_id   integer NOT NULL REFERENCES subscr(subscr_id),
    line1       varchar(120) NOT NULL,
    line2       varchar(120),
    town        varchar(80) NOT NULL,
    postcode    varchar(10),
    country_cd  char(2) NOT NULL DEFAULT 'GB',
    is_primary  boolean NOT NULL DEFAULT true,
    valid_from  date NOT NULL,
    valid_to    date
);

CREATE TABLE offr (                               -- promo / source codes
    offr_id      serial PRIMARY KEY,
    offr_code    varchar(16) NOT NULL UNIQUE,
    descr        varchar(200),
    disc_pct     numeric(5,2) NOT NULL DEFAULT 0,
    trial_iss    smallint NOT NULL DEFAULT 0,     -- "3 issues for £3" style intro issues
    valid_from   date NOT NULL,
    valid_to     date
);

CREATE TABLE pub_offr (                           -- which titles an offer code can be used on
    pub_id   integer NOT NULL REFERENCES pubs(pub_id),
    offr_id  integer NOT NULL REFERENCES offr(offr_id),
    PRIMARY KEY (pub_id, offr_id)
);

CREATE TABLE sub (                                -- a subscription to one title
    sub_id        serial PRIMARY KEY,
    subscr_id     integer NOT NULL REFERENCES subscr(subscr_id),   -- recipient
    pub_id        integer NOT NULL REFERENCES pubs(pub_id),
    offr_id       integer REFERENCES offr(offr_id),
    gift_donor_id integer REFERENCES subscr(subscr_id),           -- payer when it is a gift sub
    sub_status    varchar(12) NOT NULL CHECK (sub_status IN ('pending','active','suspended','lapsed','cancelled')),
    term_mths     smallint NOT NULL CHECK (term_mths > 0),
    start_dt      date NOT NULL,
    end_dt        date NOT NULL,
    auto_renew    boolean NOT NULL DEFAULT true,
    is_gift       boolean NOT NULL DEFAULT false,
    is_digital    boolean NOT NULL DEFAULT false,
    price_paid    numeric(10,2) NOT NULL,
    cancelled_at  timestamptz
);

CREATE TABLE dd_mandate (                         -- direct debit instructions
    mandate_id   serial PRIMARY KEY,
    subscr_id    integer NOT NULL REFERENCES subscr(subscr_id),
    mandate_ref  varchar(18) NOT NULL UNIQUE,
    sort_cd      char(6) NOT NULL,
    acct_last4   char(4) NOT NULL,
    mnd_status   varchar(10) NOT NULL CHECK (mnd_status IN ('pending','live','failed','cancelled')),
    lodged_at    timestamptz NOT NULL,
    cancelled_at timestamptz
);

CREATE TABLE pmt (
    pmt_id      serial PRIMARY KEY,
    sub_id      integer NOT NULL REFERENCES sub(sub_id),
    amt         numeric(10,2) NOT NULL,
    pay_meth    varchar(8) NOT NULL CHECK (pay_meth IN ('dd','card','paypal','cheque','invoice')),
    taken_at    timestamptz NOT NULL,
    failed      boolean NOT NULL DEFAULT false,
    fail_reason varchar(60),
    refunded_at timestamptz
);

CREATE TABLE dispatch (                           -- fulfilment: one copy of one issue to one sub
    disp_id     bigserial PRIMARY KEY,
    sub_id      integer NOT NULL REFERENCES sub(sub_id),
    iss_id      integer NOT NULL REFERENCES iss(iss_id),
    disp_dt     date NOT NULL,
    carrier     varchar(12) NOT NULL CHECK (carrier IN ('royal_mail','whistl','dhl','hand')),
    returned    boolean NOT NULL DEFAULT false,   -- RTS / gone away
    ret_reason  varchar(60)
);

CREATE TABLE cs_contact (                         -- customer services log
    contact_id    serial PRIMARY KEY,
    subscr_id     integer NOT NULL REFERENCES subscr(subscr_id),
    sub_id        integer REFERENCES sub(sub_id),
    channel       varchar(6) NOT NULL CHECK (channel IN ('phone','email','chat','letter')),
    reason_cd     varchar(16) NOT NULL CHECK (reason_cd IN ('missing_issue','damaged','billing','cancel_req','addr_change','other')),
    opened_at     timestamptz NOT NULL,
    resolved_at   timestamptz,
    agent_inits   varchar(4)
);

CREATE TABLE back_iss_ord (                       -- single-copy / back issue orders
    bio_id      serial PRIMARY KEY,
    subscr_id   integer REFERENCES subscr(subscr_id),   -- NULL = guest checkout
    iss_id      integer NOT NULL REFERENCES iss(iss_id),
    qty         smallint NOT NULL DEFAULT 1,
    unit_price  numeric(8,2) NOT NULL,
    ordered_at  timestamptz NOT NULL,
    shipped_at  timestamptz
);

CREATE TABLE renewal_ntc (                        -- renewal efforts (mailings) sent before expiry
    rn_id       serial PRIMARY KEY,
    sub_id      integer NOT NULL REFERENCES sub(sub_id),
    effort_no   smallint NOT NULL CHECK (effort_no BETWEEN 1 AND 6),
    channel     varchar(5) NOT NULL CHECK (channel IN ('post','email')),
    sent_at     timestamptz NOT NULL,
    responded   boolean NOT NULL DEFAULT false
);
