-- B2B SaaS: organizations and their users (auth schema), subscriptions, invoices (billing schema)
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA auth;
CREATE SCHEMA billing;

CREATE TYPE auth.role AS ENUM ('owner', 'admin', 'member', 'viewer', 'billing');
CREATE TYPE billing.plan_interval AS ENUM ('month', 'year');
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');

-- every organization has exactly one owner user, and every user belongs to an organization:
-- a NOT NULL foreign-key cycle, made insertable by deferring the checks to commit
CREATE TABLE auth.organizations (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        varchar(40) NOT NULL CHECK (slug ~ '^[a-z][a-z0-9-]{2,39}$' AND slug NOT LIKE '%--%'),
    name        text NOT NULL,
    owner_id    uuid NOT NULL,
    seats       integer NOT NULL DEFAULT 5 CHECK (seats BETWEEN 1 AND 10000),
    sso_domain  citext,
    sso_enforced boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT sso_enforced OR sso_domain IS NOT NULL),
    CHECK (sso_domain IS NULL OR sso_domain ~ '^([a-z0-9-]+\.)+[a-z]{2,}$')
);
CREATE UNIQUE INDEX organizations_slug_ci ON auth.organizations (lower(slug));
CREATE UNIQUE INDEX organizations_sso_domain ON auth.organizations (sso_domain) WHERE sso_domain IS NOT NULL;

CREATE TABLE auth.users (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    org_id      uuid NOT NULL,
    email       citext NOT NULL UNIQUE CHECK (email ~ '^[^@]+@[^@]+$' AND length(email) <= 254),
    role        auth.role NOT NULL DEFAULT 'member',
    password_hash bytea CHECK (octet_length(password_hash) = 32),
    mfa_secret  bytea,
    mfa_enabled boolean NOT NULL DEFAULT false,
    last_login_ip inet,
    invited_by  uuid REFERENCES auth.users (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, org_id),
    CHECK (mfa_enabled = (mfa_secret IS NOT NULL)),
    CHECK (invited_by IS NULL OR invited_by <> id),
    CHECK (family(last_login_ip) IN (4, 6))
);

ALTER TABLE auth.users ADD CONSTRAINT users_org_fk
    FOREIGN KEY (org_id) REFERENCES auth.organizations (id) ON DELETE CASCADE
    DEFERRABLE INITIALLY DEFERRED;
-- the owner must be a user of the same organization
ALTER TABLE auth.organizations ADD CONSTRAINT organizations_owner_fk
    FOREIGN KEY (owner_id, id) REFERENCES auth.users (id, org_id)
    DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE auth.api_keys (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES auth.organizations ON DELETE CASCADE,
    created_by  uuid NOT NULL,
    prefix      char(8) NOT NULL UNIQUE CHECK (prefix ~ '^sk_[a-z0-9]{5}$'),
    secret_sha256 bytea NOT NULL CHECK (octet_length(secret_sha256) = 32),
    scopes      text[] NOT NULL CHECK (array_length(scopes, 1) >= 1
                    AND scopes <@ ARRAY['read', 'write', 'admin', 'billing']::text[]),
    allowed_cidrs cidr[],
    expires_at  timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (created_by, org_id) REFERENCES auth.users (id, org_id),
    CHECK (expires_at IS NULL OR expires_at > created_at),
    CHECK (expires_at IS NULL OR expires_at <= created_at + interval '1 year'),
    CHECK (revoked_at IS NULL OR revoked_at >= created_at)
);

CREATE TABLE billing.plans (
    code        varchar(20) PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
    interval    billing.plan_interval NOT NULL,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    currency    char(3) NOT NULL DEFAULT 'USD' CHECK (currency IN ('USD', 'EUR', 'GBP')),
    min_seats   integer NOT NULL DEFAULT 1,
    max_seats   integer,
    features    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(features) = 'array'),
    CHECK (max_seats IS NULL OR max_seats >= min_seats),
    CHECK (min_seats >= 1)
);

CREATE TABLE billing.subscriptions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id      uuid NOT NULL REFERENCES auth.organizations ON DELETE CASCADE,
    plan_code   varchar(20) NOT NULL REFERENCES billing.plans ON UPDATE CASCADE,
    quantity    integer NOT NULL CHECK (quantity > 0),
    trial_ends_at timestamptz,
    current_period tstzrange NOT NULL CHECK (NOT isempty(current_period) AND NOT upper_inf(current_period)),
    cancel_at_period_end boolean NOT NULL DEFAULT false,
    ended_at    timestamptz,
    CHECK (upper(current_period) - lower(current_period) BETWEEN interval '28 days' AND interval '366 days'),
    CHECK (trial_ends_at IS NULL OR trial_ends_at <= lower(current_period) + interval '30 days')
);
-- only one live subscription per organization
CREATE UNIQUE INDEX subscriptions_one_active ON billing.subscriptions (org_id) WHERE ended_at IS NULL;

CREATE FUNCTION billing.subscription_seats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p billing.plans%ROWTYPE;
BEGIN
    SELECT * INTO p FROM billing.plans WHERE code = NEW.plan_code;
    IF NEW.quantity < p.min_seats OR NEW.quantity > COALESCE(p.max_seats, NEW.quantity) THEN
        RAISE EXCEPTION 'plan % allows % to % seats, got %', p.code, p.min_seats, p.max_seats, NEW.quantity;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER subscription_seats BEFORE INSERT OR UPDATE ON billing.subscriptions
    FOR EACH ROW EXECUTE FUNCTION billing.subscription_seats();

CREATE SEQUENCE billing.invoice_number_seq START 1000;

CREATE TABLE billing.invoices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number      text NOT NULL UNIQUE DEFAULT 'INV-' || lpad(nextval('billing.invoice_number_seq')::text, 7, '0')
                CHECK (number ~ '^INV-[0-9]{7}$'),
    subscription_id bigint NOT NULL REFERENCES billing.subscriptions ON DELETE RESTRICT,
    status      billing.invoice_status NOT NULL DEFAULT 'draft',
    period_start date NOT NULL,
    period_end  date NOT NULL,
    subtotal_cents bigint NOT NULL CHECK (subtotal_cents >= 0),
    tax_cents   bigint NOT NULL DEFAULT 0 CHECK (tax_cents >= 0),
    total_cents bigint GENERATED ALWAYS AS (subtotal_cents + tax_cents) STORED,
    amount_paid_cents bigint NOT NULL DEFAULT 0,
    due_on      date,
    finalized_at timestamptz,
    CHECK (period_end > period_start),
    CHECK (amount_paid_cents BETWEEN 0 AND subtotal_cents + tax_cents),
    CHECK (status <> 'paid' OR amount_paid_cents = subtotal_cents + tax_cents),
    CHECK ((status = 'draft') = (finalized_at IS NULL)),
    CHECK (status = 'draft' OR due_on IS NOT NULL),
    CHECK (due_on IS NULL OR due_on BETWEEN period_end AND period_end + 60),
    UNIQUE (subscription_id, period_start)
);

CREATE VIEW billing.mrr AS
    SELECT s.org_id, sum(CASE p.interval WHEN 'month' THEN p.price_cents * s.quantity
                                         ELSE p.price_cents * s.quantity / 12 END) AS mrr_cents
    FROM billing.subscriptions s JOIN billing.plans p ON p.code = s.plan_code
    WHERE s.ended_at IS NULL GROUP BY s.org_id;
