-- users service: integer keys (bigserial).
-- References to other services are declared in seedbed.toml [references].
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, full_name text NOT NULL,
                    country char(2) NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE addresses (id bigserial PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, line1 text NOT NULL,
                        city text NOT NULL, postal_code text NOT NULL, country char(2) NOT NULL);
CREATE TABLE preferences (user_id bigint PRIMARY KEY REFERENCES users, marketing_emails boolean NOT NULL,
                          language char(2) NOT NULL, theme text NOT NULL CHECK (theme IN ('light', 'dark', 'system')));
