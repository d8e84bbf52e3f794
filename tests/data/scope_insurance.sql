-- A motor and home insurer (brief s16 of session 9: bounds and quantities in every word order; see
-- tests/data/scope_heldout15_s16.txt).
CREATE TYPE claim_status AS ENUM ('open', 'under_review', 'approved', 'denied', 'paid', 'withdrawn');
CREATE TABLE agents (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    region text NOT NULL CHECK (region IN ('north', 'south', 'east', 'west')),
    commission_rate numeric(4,3) NOT NULL CHECK (commission_rate BETWEEN 0 AND 0.3),
    hired_on date NOT NULL
);
CREATE TABLE policyholders (
    id bigserial PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text UNIQUE,
    phone text,
    date_of_birth date NOT NULL,
    customer_type text NOT NULL CHECK (customer_type IN ('new', 'returning')),
    agent_id int REFERENCES agents,
    created_at timestamptz NOT NULL
);
CREATE TABLE policies (
    id bigserial PRIMARY KEY,
    policy_number varchar(20) NOT NULL UNIQUE,
    policyholder_id bigint NOT NULL REFERENCES policyholders,
    product text NOT NULL CHECK (product IN ('auto', 'home', 'renters', 'travel')),
    status text NOT NULL CHECK (status IN ('quoted', 'active', 'lapsed', 'cancelled', 'expired')),
    annual_premium numeric(10,2) NOT NULL CHECK (annual_premium > 0),
    deductible numeric(10,2) NOT NULL CHECK (deductible >= 0),
    payment_method text NOT NULL CHECK (payment_method IN ('card', 'direct_debit', 'cash', 'cheque')),
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    CHECK (ends_on > starts_on)
);
CREATE TABLE vehicles (
    id bigserial PRIMARY KEY,
    policy_id bigint NOT NULL REFERENCES policies,
    vin char(17) NOT NULL UNIQUE,
    make text NOT NULL,
    model text NOT NULL,
    model_year int NOT NULL CHECK (model_year BETWEEN 1980 AND 2027),
    mileage_km int NOT NULL CHECK (mileage_km >= 0)
);
CREATE TABLE adjusters (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    license_state char(2) NOT NULL,
    years_experience int NOT NULL CHECK (years_experience >= 0)
);
CREATE TABLE claims (
    id bigserial PRIMARY KEY,
    claim_number varchar(20) NOT NULL UNIQUE,
    policy_id bigint NOT NULL REFERENCES policies,
    adjuster_id int REFERENCES adjusters,
    status claim_status NOT NULL,
    channel text NOT NULL CHECK (channel IN ('phone', 'web', 'app', 'agent')),
    amount_claimed numeric(12,2) NOT NULL CHECK (amount_claimed > 0),
    amount_approved numeric(12,2),
    is_fraud_suspected boolean NOT NULL DEFAULT false,
    reported_at timestamptz NOT NULL,
    closed_at timestamptz
);
CREATE TABLE claim_payments (
    id bigserial PRIMARY KEY,
    claim_id bigint NOT NULL REFERENCES claims,
    amount numeric(12,2) NOT NULL CHECK (amount > 0),
    method text NOT NULL CHECK (method IN ('bank_transfer', 'cheque', 'card')),
    paid_at timestamptz NOT NULL
);
CREATE TABLE inspections (
    id bigserial PRIMARY KEY,
    claim_id bigint NOT NULL REFERENCES claims,
    adjuster_id int NOT NULL REFERENCES adjusters,
    outcome text NOT NULL CHECK (outcome IN ('pass', 'fail', 'inconclusive')),
    damage_score int NOT NULL CHECK (damage_score BETWEEN 1 AND 10),
    inspected_at timestamptz NOT NULL
);
CREATE TABLE premium_invoices (
    id bigserial PRIMARY KEY,
    policy_id bigint NOT NULL REFERENCES policies,
    amount_due numeric(10,2) NOT NULL CHECK (amount_due > 0),
    status text NOT NULL CHECK (status IN ('issued', 'paid', 'overdue', 'void')),
    due_on date NOT NULL,
    paid_at timestamptz
);
CREATE TABLE claim_documents (
    id bigserial PRIMARY KEY,
    claim_id bigint NOT NULL REFERENCES claims,
    kind text NOT NULL CHECK (kind IN ('photo', 'police_report', 'receipt', 'estimate')),
    file_name text NOT NULL,
    size_kb int NOT NULL CHECK (size_kb > 0),
    uploaded_at timestamptz NOT NULL
);
