-- SaaS subscription / licensing system
CREATE TABLE accounts (
    id              BIGSERIAL PRIMARY KEY,
    company_name    VARCHAR(200) NOT NULL,
    billing_email   VARCHAR(255) NOT NULL UNIQUE,
    country_code    CHAR(2),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    closed_at       TIMESTAMPTZ,
    is_active       BOOLEAN NOT NULL DEFAULT true,
    churned_at      TIMESTAMPTZ,
    is_churned      BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE plans (
    plan_id         SERIAL PRIMARY KEY,
    plan_code       VARCHAR(40) NOT NULL UNIQUE,
    display_name    VARCHAR(100) NOT NULL,
    monthly_price_cents INTEGER NOT NULL,
    seat_limit      INTEGER,
    is_archived     BOOLEAN NOT NULL DEFAULT false,
    archived_at     TIMESTAMP
);

CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled', 'expired');

CREATE TABLE subscriptions (
    id                  BIGSERIAL PRIMARY KEY,
    account_id          BIGINT NOT NULL REFERENCES accounts(id),
    plan_id             INTEGER NOT NULL REFERENCES plans(plan_id),
    status              subscription_status NOT NULL,
    started_at          TIMESTAMPTZ NOT NULL,
    trial_ends_at       TIMESTAMPTZ,
    current_period_end  TIMESTAMPTZ NOT NULL,
    canceled_at         TIMESTAMPTZ,
    ended_at            TIMESTAMPTZ,
    cancel_reason       TEXT,
    seats               INTEGER NOT NULL DEFAULT 1,
    auto_renew          BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE license_keys (
    license_id      BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES subscriptions(id),
    license_key     VARCHAR(64) NOT NULL UNIQUE,
    issued_at       TIMESTAMP NOT NULL,
    expires_at      TIMESTAMP,
    revoked_at      TIMESTAMP,
    is_expired      BOOLEAN NOT NULL DEFAULT false,
    is_revoked      BOOLEAN NOT NULL DEFAULT false,
    machine_fingerprint VARCHAR(128)
);

CREATE TABLE invoices (
    invoice_id      BIGSERIAL PRIMARY KEY,
    subscription_id BIGINT NOT NULL REFERENCES subscriptions(id),
    invoice_number  VARCHAR(30) NOT NULL UNIQUE,
    issued_on       DATE NOT NULL,
    due_on          DATE NOT NULL,
    paid_on         DATE,
    amount_cents    INTEGER NOT NULL,
    currency        CHAR(3) NOT NULL DEFAULT 'USD',
    is_overdue      BOOLEAN NOT NULL DEFAULT false,
    status          VARCHAR(20) NOT NULL
);

CREATE TABLE users (
    user_id         BIGSERIAL PRIMARY KEY,
    account_id      BIGINT NOT NULL REFERENCES accounts(id),
    email           VARCHAR(255) NOT NULL UNIQUE,
    full_name       VARCHAR(150),
    role            VARCHAR(20) NOT NULL,
    invited_at      TIMESTAMPTZ,
    last_login_at   TIMESTAMPTZ,
    deactivated_at  TIMESTAMPTZ,
    "isActive"      BOOLEAN NOT NULL DEFAULT true,
    deleted_at      TIMESTAMPTZ
);

CREATE TABLE newsletter_subscribers (
    id              SERIAL PRIMARY KEY,
    email           VARCHAR(255) NOT NULL UNIQUE,
    subscribed_at   TIMESTAMP NOT NULL,
    unsubscribed_at TIMESTAMP,
    confirmed       BOOLEAN NOT NULL DEFAULT false,
    source          VARCHAR(40)
);

CREATE TABLE api_tokens (
    token_id        BIGSERIAL PRIMARY KEY,
    user_id         BIGINT NOT NULL REFERENCES users(user_id),
    token_prefix    CHAR(8) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    revoked         BOOLEAN NOT NULL DEFAULT false,
    revoked_at      TIMESTAMPTZ,
    scopes          TEXT
);
