-- payments service: UUID keys; order_id and user_id point into other services.
-- References to other services are declared in seedbed.toml [references].
CREATE TABLE payments (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), order_id bigint NOT NULL UNIQUE,
                       user_id bigint NOT NULL, amount_cents int NOT NULL CHECK (amount_cents > 0),
                       method text NOT NULL CHECK (method IN ('card', 'paypal', 'bank_transfer', 'gift_card')),
                       status text NOT NULL CHECK (status IN ('authorized', 'captured', 'failed', 'refunded')),
                       paid_at timestamptz NOT NULL);
CREATE TABLE refunds (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), payment_id uuid NOT NULL REFERENCES payments,
                      amount_cents int NOT NULL CHECK (amount_cents > 0), reason text NOT NULL,
                      refunded_at timestamptz NOT NULL);
