-- hotel: a hotel group's booking system (scope phrase tests, issue 11, brief s3 of session 6): a domain
-- the scope language was never tuned on.
CREATE TYPE reservation_status AS ENUM ('pending', 'confirmed', 'checked_in', 'checked_out', 'cancelled', 'no_show');
CREATE TABLE hotels (id serial PRIMARY KEY, name text NOT NULL UNIQUE, city text NOT NULL,
                     star_rating smallint NOT NULL CHECK (star_rating BETWEEN 1 AND 5),
                     opened_on date NOT NULL);
CREATE TABLE room_types (id serial PRIMARY KEY, hotel_id int NOT NULL REFERENCES hotels,
                         name text NOT NULL CHECK (name IN ('single', 'double', 'twin', 'suite', 'family')),
                         max_occupancy smallint NOT NULL CHECK (max_occupancy BETWEEN 1 AND 8),
                         base_rate numeric(8,2) NOT NULL CHECK (base_rate > 0));
CREATE TABLE rooms (id serial PRIMARY KEY, hotel_id int NOT NULL REFERENCES hotels,
                    room_type_id int NOT NULL REFERENCES room_types, room_number varchar(6) NOT NULL,
                    floor smallint NOT NULL CHECK (floor BETWEEN 0 AND 40),
                    smoking_policy text NOT NULL CHECK (smoking_policy IN ('non-smoking', 'smoking')),
                    is_accessible boolean NOT NULL DEFAULT false, UNIQUE (hotel_id, room_number));
CREATE TABLE guests (id bigserial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL,
                     email text UNIQUE, phone text, country char(2) NOT NULL, date_of_birth date,
                     created_at timestamptz NOT NULL);
CREATE TABLE loyalty_members (id serial PRIMARY KEY, guest_id bigint NOT NULL UNIQUE REFERENCES guests,
                              tier text NOT NULL CHECK (tier IN ('silver', 'gold', 'platinum')),
                              points integer NOT NULL DEFAULT 0 CHECK (points >= 0), enrolled_at timestamptz NOT NULL);
CREATE TABLE reservations (id bigserial PRIMARY KEY, guest_id bigint NOT NULL REFERENCES guests,
                           hotel_id int NOT NULL REFERENCES hotels, room_type_id int NOT NULL REFERENCES room_types,
                           check_in date NOT NULL, check_out date NOT NULL,
                           adults smallint NOT NULL CHECK (adults BETWEEN 1 AND 6),
                           children smallint NOT NULL DEFAULT 0 CHECK (children BETWEEN 0 AND 6),
                           status reservation_status NOT NULL,
                           channel text NOT NULL CHECK (channel IN ('direct', 'phone', 'booking_site', 'travel_agent')),
                           booked_at timestamptz NOT NULL, CHECK (check_out > check_in));
CREATE TABLE stays (id bigserial PRIMARY KEY, reservation_id bigint NOT NULL UNIQUE REFERENCES reservations,
                    room_id int NOT NULL REFERENCES rooms, checked_in_at timestamptz NOT NULL,
                    checked_out_at timestamptz, CHECK (checked_out_at IS NULL OR checked_out_at > checked_in_at));
CREATE TABLE charges (id bigserial PRIMARY KEY, stay_id bigint NOT NULL REFERENCES stays,
                      category text NOT NULL CHECK (category IN ('room', 'minibar', 'restaurant', 'spa', 'parking', 'laundry')),
                      amount numeric(10,2) NOT NULL CHECK (amount >= 0), charged_at timestamptz NOT NULL);
CREATE TABLE payments (id bigserial PRIMARY KEY, stay_id bigint NOT NULL REFERENCES stays,
                       amount numeric(10,2) NOT NULL CHECK (amount > 0),
                       method text NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer', 'voucher')),
                       paid_at timestamptz NOT NULL);
CREATE TABLE reviews (id bigserial PRIMARY KEY, stay_id bigint NOT NULL UNIQUE REFERENCES stays,
                      rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 10), title text, body text,
                      would_recommend boolean, posted_at timestamptz NOT NULL);
CREATE TABLE housekeeping_tasks (id bigserial PRIMARY KEY, room_id int NOT NULL REFERENCES rooms,
                                 task text NOT NULL CHECK (task IN ('clean', 'turndown', 'deep_clean', 'inspection', 'maintenance')),
                                 priority text NOT NULL CHECK (priority IN ('low', 'normal', 'urgent')),
                                 scheduled_for timestamptz NOT NULL, done_at timestamptz,
                                 duration_minutes int CHECK (duration_minutes BETWEEN 5 AND 240));
