-- A fitness club chain (brief s8 of session 7): clubs, membership plans, members, trainers, classes,
-- bookings, equipment, check-ins and payments. Written for the scope language's held-out sets:
-- columns whose words people rarely spell as the schema does (capacity, duration, weights, booleans
-- named by one side of an adjective pair, counters of what is left).
CREATE TYPE booking_status AS ENUM ('booked', 'attended', 'cancelled', 'no_show');
CREATE TABLE clubs (id serial PRIMARY KEY, name text NOT NULL UNIQUE, city text NOT NULL,
                    opened_on date NOT NULL, floor_area_sqm int NOT NULL CHECK (floor_area_sqm BETWEEN 200 AND 10000),
                    has_pool boolean NOT NULL DEFAULT false, is_open_24h boolean NOT NULL DEFAULT false);
CREATE TABLE membership_plans (id serial PRIMARY KEY, name text NOT NULL UNIQUE,
                               monthly_fee numeric(7,2) NOT NULL CHECK (monthly_fee > 0),
                               contract_months smallint NOT NULL CHECK (contract_months BETWEEN 1 AND 24),
                               includes_classes boolean NOT NULL DEFAULT true);
CREATE TABLE members (id bigserial PRIMARY KEY, home_club_id int NOT NULL REFERENCES clubs,
                      plan_id int NOT NULL REFERENCES membership_plans, first_name text NOT NULL,
                      last_name text NOT NULL, email text NOT NULL UNIQUE, date_of_birth date NOT NULL,
                      joined_on date NOT NULL, is_active boolean NOT NULL DEFAULT true,
                      weight_kg numeric(5,1) CHECK (weight_kg BETWEEN 35 AND 250),
                      guest_passes_left smallint NOT NULL DEFAULT 0 CHECK (guest_passes_left BETWEEN 0 AND 10));
CREATE TABLE trainers (id serial PRIMARY KEY, club_id int NOT NULL REFERENCES clubs, full_name text NOT NULL,
                       specialty text NOT NULL CHECK (specialty IN ('yoga', 'strength', 'cycling', 'pilates', 'boxing', 'hiit')),
                       hourly_rate numeric(6,2) NOT NULL CHECK (hourly_rate > 0),
                       years_experience smallint NOT NULL CHECK (years_experience BETWEEN 0 AND 40),
                       is_certified boolean NOT NULL DEFAULT true, hired_on date NOT NULL);
CREATE TABLE fitness_classes (id bigserial PRIMARY KEY, club_id int NOT NULL REFERENCES clubs,
                              trainer_id int NOT NULL REFERENCES trainers, title text NOT NULL,
                              kind text NOT NULL CHECK (kind IN ('yoga', 'spin', 'pilates', 'boxing', 'hiit', 'zumba')),
                              intensity text NOT NULL CHECK (intensity IN ('low', 'medium', 'high')),
                              duration_minutes smallint NOT NULL CHECK (duration_minutes BETWEEN 15 AND 120),
                              capacity smallint NOT NULL CHECK (capacity BETWEEN 4 AND 60),
                              is_outdoor boolean NOT NULL DEFAULT false, starts_at timestamptz NOT NULL);
CREATE TABLE bookings (id bigserial PRIMARY KEY, member_id bigint NOT NULL REFERENCES members,
                       class_id bigint NOT NULL REFERENCES fitness_classes, status booking_status NOT NULL,
                       is_waitlisted boolean NOT NULL DEFAULT false, booked_at timestamptz NOT NULL,
                       UNIQUE (member_id, class_id));
CREATE TABLE class_ratings (id bigserial PRIMARY KEY, booking_id bigint NOT NULL UNIQUE REFERENCES bookings,
                            stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5), comment text,
                            rated_at timestamptz NOT NULL);
CREATE TABLE equipment (id serial PRIMARY KEY, club_id int NOT NULL REFERENCES clubs, name text NOT NULL,
                        category text NOT NULL CHECK (category IN ('cardio', 'strength', 'free_weights', 'mobility')),
                        weight_kg numeric(6,1), purchase_price numeric(9,2) NOT NULL CHECK (purchase_price > 0),
                        purchased_on date NOT NULL, is_out_of_order boolean NOT NULL DEFAULT false,
                        last_serviced_at timestamptz);
CREATE TABLE check_ins (id bigserial PRIMARY KEY, member_id bigint NOT NULL REFERENCES members,
                        club_id int NOT NULL REFERENCES clubs, checked_in_at timestamptz NOT NULL,
                        minutes_on_site smallint CHECK (minutes_on_site BETWEEN 1 AND 600));
CREATE TABLE payments (id bigserial PRIMARY KEY, member_id bigint NOT NULL REFERENCES members,
                       amount numeric(8,2) NOT NULL CHECK (amount > 0),
                       method text NOT NULL CHECK (method IN ('card', 'direct_debit', 'cash')),
                       paid_at timestamptz NOT NULL);
