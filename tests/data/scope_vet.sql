-- vet: a veterinary clinic chain (scope phrase tests, issue 11, brief s9 of session 7): owners, pets,
-- appointments, treatments, prescriptions, invoices; a domain the scope language was never tuned on.
CREATE TYPE appointment_status AS ENUM ('booked', 'checked_in', 'completed', 'cancelled', 'no_show');
CREATE TABLE clinics (id serial PRIMARY KEY, name text NOT NULL UNIQUE, city text NOT NULL, opened_on date NOT NULL);
CREATE TABLE vets (id serial PRIMARY KEY, clinic_id int NOT NULL REFERENCES clinics, full_name text NOT NULL,
                   specialty text NOT NULL CHECK (specialty IN ('general', 'surgery', 'dentistry', 'dermatology', 'exotics')),
                   licensed_since date NOT NULL, date_of_birth date);
CREATE TABLE owners (id bigserial PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, email text UNIQUE,
                     phone text, birth_date date, registered_at timestamptz NOT NULL);
CREATE TABLE pets (id bigserial PRIMARY KEY, owner_id bigint NOT NULL REFERENCES owners, name text NOT NULL,
                   species text NOT NULL CHECK (species IN ('dog', 'cat', 'rabbit', 'bird', 'reptile', 'ferret')),
                   breed text, born_on date, weight_kg numeric(5,2) CHECK (weight_kg > 0),
                   neutered boolean NOT NULL DEFAULT false, microchipped_on date, created_at timestamptz NOT NULL);
CREATE TABLE appointments (id bigserial PRIMARY KEY, pet_id bigint NOT NULL REFERENCES pets,
                           vet_id int NOT NULL REFERENCES vets, clinic_id int NOT NULL REFERENCES clinics,
                           reason text NOT NULL CHECK (reason IN ('checkup', 'vaccination', 'surgery', 'dental', 'emergency', 'follow_up')),
                           status appointment_status NOT NULL, booked_at timestamptz NOT NULL,
                           starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,
                           CHECK (ends_at > starts_at), CHECK (starts_at >= booked_at));
CREATE TABLE treatments (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL REFERENCES appointments,
                         procedure text NOT NULL, duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
                         cost numeric(8,2) NOT NULL CHECK (cost >= 0), performed_at timestamptz NOT NULL);
CREATE TABLE boarding_stays (id bigserial PRIMARY KEY, pet_id bigint NOT NULL REFERENCES pets,
                             clinic_id int NOT NULL REFERENCES clinics, check_in date NOT NULL, check_out date NOT NULL,
                             nightly_rate numeric(7,2) NOT NULL CHECK (nightly_rate > 0), CHECK (check_out > check_in));
CREATE TABLE prescriptions (id bigserial PRIMARY KEY, treatment_id bigint NOT NULL REFERENCES treatments,
                            drug text NOT NULL, dose_mg numeric(7,2) NOT NULL CHECK (dose_mg > 0),
                            refills smallint NOT NULL DEFAULT 0 CHECK (refills BETWEEN 0 AND 5),
                            prescribed_at timestamptz NOT NULL, expires_on date NOT NULL);
CREATE TABLE invoices (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL UNIQUE REFERENCES appointments,
                       total numeric(10,2) NOT NULL CHECK (total >= 0), issued_at timestamptz NOT NULL,
                       paid_at timestamptz, due_on date NOT NULL, CHECK (paid_at IS NULL OR paid_at >= issued_at));
