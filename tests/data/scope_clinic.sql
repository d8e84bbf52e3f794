-- clinic: an outpatient clinic (scope phrase tests, issue 11, brief s2): a domain the scope
-- language was never tuned on.
CREATE TYPE appointment_status AS ENUM ('scheduled', 'checked_in', 'completed', 'no_show', 'cancelled');
CREATE TABLE departments (id serial PRIMARY KEY, name text NOT NULL UNIQUE, floor smallint NOT NULL CHECK (floor BETWEEN 0 AND 12));
CREATE TABLE doctors (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments,
                      first_name text NOT NULL, last_name text NOT NULL, license_number varchar(12) NOT NULL UNIQUE,
                      specialty text NOT NULL CHECK (specialty IN ('general_practice', 'pediatrics', 'cardiology',
                                                                  'dermatology', 'orthopedics')),
                      hired_on date NOT NULL);
CREATE TABLE patients (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), first_name text NOT NULL, last_name text NOT NULL,
                       date_of_birth date NOT NULL, sex char(1) NOT NULL CHECK (sex IN ('F', 'M', 'X')),
                       email text UNIQUE, phone text, insurance_provider text,
                       registered_at timestamptz NOT NULL);
CREATE TABLE appointments (id bigserial PRIMARY KEY, patient_id uuid NOT NULL REFERENCES patients,
                           doctor_id int NOT NULL REFERENCES doctors, scheduled_for timestamptz NOT NULL,
                           duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 10 AND 120),
                           status appointment_status NOT NULL, reason text,
                           booked_at timestamptz NOT NULL, CHECK (scheduled_for >= booked_at));
CREATE TABLE prescriptions (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL REFERENCES appointments,
                            medication text NOT NULL, dosage_mg numeric(7,2) NOT NULL CHECK (dosage_mg > 0),
                            refills smallint NOT NULL DEFAULT 0 CHECK (refills BETWEEN 0 AND 5),
                            issued_at timestamptz NOT NULL);
CREATE TABLE invoices (id bigserial PRIMARY KEY, appointment_id bigint NOT NULL UNIQUE REFERENCES appointments,
                       total_amount numeric(10,2) NOT NULL CHECK (total_amount >= 0),
                       payer text NOT NULL CHECK (payer IN ('insurance', 'self_pay', 'medicare')),
                       status text NOT NULL CHECK (status IN ('pending', 'paid', 'denied', 'written_off')),
                       issued_on date NOT NULL, paid_on date, CHECK (paid_on IS NULL OR paid_on >= issued_on));
