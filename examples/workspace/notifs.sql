-- notifs service: integer keys; user_id, order_id and product_sku (by SKU) point into other services.
-- References to other services are declared in seedbed.toml [references].
CREATE TABLE templates (id serial PRIMARY KEY, code text NOT NULL UNIQUE,
                        channel text NOT NULL CHECK (channel IN ('email', 'sms', 'push')), subject text NOT NULL);
CREATE TABLE notifications (id bigserial PRIMARY KEY, user_id bigint NOT NULL, order_id bigint,
                            product_sku varchar(16), template_id int NOT NULL REFERENCES templates,
                            kind text NOT NULL CHECK (kind IN ('order_confirmation', 'shipping_update',
                                                               'price_drop', 'password_reset')),
                            sent_at timestamptz NOT NULL, read_at timestamptz);
