-- billing: a small SaaS billing schema (scope phrase tests, issue 11).
CREATE TYPE subscription_status AS ENUM ('trialing', 'active', 'past_due', 'canceled', 'paused');
CREATE TABLE customers (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), company_name text NOT NULL,
                        email text NOT NULL UNIQUE, country char(2) NOT NULL,
                        segment text NOT NULL CHECK (segment IN ('startup', 'smb', 'mid_market', 'enterprise')),
                        signed_up_at timestamptz NOT NULL);
CREATE TABLE plans (id serial PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL,
                    monthly_price_cents int NOT NULL CHECK (monthly_price_cents >= 0),
                    billing_interval text NOT NULL CHECK (billing_interval IN ('month', 'year')));
CREATE TABLE subscriptions (id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
                            customer_id uuid NOT NULL REFERENCES customers, plan_id int NOT NULL REFERENCES plans,
                            status subscription_status NOT NULL, seats int NOT NULL CHECK (seats BETWEEN 1 AND 500),
                            started_at timestamptz NOT NULL, canceled_at timestamptz,
                            CHECK (canceled_at IS NULL OR canceled_at >= started_at));
CREATE TABLE invoices (id bigserial PRIMARY KEY, subscription_id uuid NOT NULL REFERENCES subscriptions,
                       number varchar(20) NOT NULL UNIQUE, amount_due_cents int NOT NULL CHECK (amount_due_cents >= 0),
                       currency char(3) NOT NULL CHECK (currency IN ('USD', 'EUR', 'GBP')),
                       status text NOT NULL CHECK (status IN ('draft', 'open', 'paid', 'void', 'uncollectible')),
                       issued_at timestamptz NOT NULL, due_at timestamptz NOT NULL, paid_at timestamptz);
CREATE TABLE invoice_lines (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices,
                            description text NOT NULL, quantity int NOT NULL CHECK (quantity > 0),
                            unit_amount_cents int NOT NULL CHECK (unit_amount_cents >= 0));
CREATE TABLE charges (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), invoice_id bigint NOT NULL REFERENCES invoices,
                      amount_cents int NOT NULL CHECK (amount_cents > 0),
                      payment_method text NOT NULL CHECK (payment_method IN ('card', 'sepa_debit', 'ach', 'wire_transfer')),
                      outcome text NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'refunded', 'disputed')),
                      created_at timestamptz NOT NULL);
CREATE TABLE usage_records (id bigserial PRIMARY KEY, subscription_id uuid NOT NULL REFERENCES subscriptions,
                            metric text NOT NULL, quantity bigint NOT NULL CHECK (quantity >= 0),
                            recorded_at timestamptz NOT NULL);
CREATE TABLE coupons (id serial PRIMARY KEY, code text NOT NULL UNIQUE,
                      percent_off int NOT NULL CHECK (percent_off BETWEEN 1 AND 100), expires_on date);
