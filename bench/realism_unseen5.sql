-- Held-out schema of round 3 (issue 10): a SaaS product-analytics service (workspaces, tracked
-- events, funnels, billing). Written before any round-3 change; no rule may name its tables or columns.
CREATE TYPE plan_tier AS ENUM ('free', 'starter', 'growth', 'enterprise');
CREATE TABLE organizations (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name varchar(120) NOT NULL, slug varchar(60) NOT NULL UNIQUE,
  plan plan_tier NOT NULL DEFAULT 'free', seats integer NOT NULL DEFAULT 1, billing_email varchar(200), vat_number varchar(20),
  country_code char(2), trial_ends_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(), deleted_at timestamptz);
CREATE TABLE members (id bigserial PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations, email varchar(200) NOT NULL,
  full_name varchar(120), role varchar(12) NOT NULL CHECK (role IN ('owner', 'admin', 'analyst', 'viewer')), mfa_enabled boolean NOT NULL DEFAULT false,
  last_login_at timestamptz, invited_at timestamptz, joined_at timestamptz, UNIQUE (organization_id, email));
CREATE TABLE projects (id serial PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations, name varchar(80) NOT NULL,
  api_key char(32) NOT NULL UNIQUE, platform varchar(12) CHECK (platform IN ('web', 'ios', 'android', 'server')), data_retention_days smallint NOT NULL DEFAULT 365,
  sampling_rate numeric(4,3) NOT NULL DEFAULT 1.0, timezone varchar(40) NOT NULL DEFAULT 'UTC', created_at timestamptz NOT NULL);
CREATE TABLE tracked_users (id bigserial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, distinct_id varchar(64) NOT NULL,
  first_seen bigint NOT NULL, last_seen bigint NOT NULL, properties jsonb, country char(2), os varchar(20), browser varchar(20),
  session_count integer NOT NULL DEFAULT 0, UNIQUE (project_id, distinct_id));
CREATE TABLE events (id bigserial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, tracked_user_id bigint REFERENCES tracked_users,
  event_name varchar(80) NOT NULL, ts bigint NOT NULL, received_at timestamptz NOT NULL, session_id varchar(36), page_url text, referrer text,
  utm_source varchar(40), utm_medium varchar(40), utm_campaign varchar(80), device_type varchar(10), screen_width smallint, screen_height smallint,
  duration_ms integer, revenue numeric(12,2), props jsonb);
CREATE TABLE funnels (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, name varchar(100) NOT NULL, steps jsonb NOT NULL,
  conversion_window_hours smallint NOT NULL DEFAULT 24, created_by bigint REFERENCES members, created_at timestamptz NOT NULL, updated_at timestamptz);
CREATE TABLE dashboards (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, title varchar(120) NOT NULL, description text,
  is_public boolean NOT NULL DEFAULT false, refresh_interval_sec integer, layout jsonb, owner_id bigint REFERENCES members, pinned boolean NOT NULL DEFAULT false);
CREATE TABLE subscriptions (id serial PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations, stripe_subscription_id varchar(40) UNIQUE,
  plan plan_tier NOT NULL, billing_interval varchar(8) CHECK (billing_interval IN ('month', 'year')), mrr_cents integer, currency char(3) NOT NULL DEFAULT 'usd',
  current_period_start timestamptz NOT NULL, current_period_end timestamptz NOT NULL, cancel_at_period_end boolean NOT NULL DEFAULT false,
  canceled_at timestamptz, status varchar(20) NOT NULL);
CREATE TABLE invoices (id serial PRIMARY KEY, subscription_id int NOT NULL REFERENCES subscriptions, number varchar(20) NOT NULL UNIQUE,
  amount_due_cents integer NOT NULL, amount_paid_cents integer NOT NULL DEFAULT 0, tax_cents integer, issued_at timestamptz NOT NULL,
  due_at timestamptz, paid_at timestamptz, hosted_invoice_url text, pdf_url text);
CREATE TABLE api_usage_daily (project_id int NOT NULL REFERENCES projects, day date NOT NULL, events_ingested bigint NOT NULL DEFAULT 0,
  events_dropped integer NOT NULL DEFAULT 0, p95_latency_ms integer, error_rate numeric(5,4), PRIMARY KEY (project_id, day));
CREATE TABLE alerts (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects, metric varchar(40) NOT NULL, comparator varchar(2)
  CHECK (comparator IN ('>', '<', '>=', '<=')), threshold numeric(12,2) NOT NULL, window_minutes smallint NOT NULL, channel varchar(10),
  webhook_url text, last_triggered_at timestamptz, muted_until timestamptz, notes text);
