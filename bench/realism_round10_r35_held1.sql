-- Commercial print shop: customers, quotes, jobs, presses, paper stock, press runs, proofs.
CREATE TABLE customers (
    customer_id serial PRIMARY KEY,
    company_name text NOT NULL,
    contact_name text,
    email text,
    account_type text,
    credit_limit numeric(10,2)
);
CREATE TABLE paper_stock (
    stock_id serial PRIMARY KEY,
    stock_name text NOT NULL,
    finish text NOT NULL,
    gsm integer NOT NULL,
    sheet_size varchar(10) NOT NULL,
    sheets_on_hand integer,
    cost_per_1000 numeric(8,2)
);
CREATE TABLE presses (
    press_id serial PRIMARY KEY,
    press_name text NOT NULL,
    press_type text NOT NULL,
    max_sheet_size varchar(10),
    colours integer,
    speed_sph integer
);
CREATE TABLE jobs (
    job_id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    job_number varchar(12) NOT NULL UNIQUE,
    product_type text NOT NULL,
    quantity integer NOT NULL,
    finished_size varchar(10),
    pages integer,
    colours varchar(5),
    binding text,
    stock_id integer REFERENCES paper_stock,
    due_date date,
    status text NOT NULL CHECK (status IN ('quoted','artwork','proofing','approved','printing','finishing','dispatched','invoiced')),
    price numeric(10,2)
);
CREATE TABLE press_runs (
    run_id serial PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs,
    press_id integer NOT NULL REFERENCES presses,
    run_date date NOT NULL,
    sheets_printed integer,
    makeready_sheets integer,
    waste_sheets integer,
    run_minutes integer,
    operator text
);
CREATE TABLE proofs (
    proof_id serial PRIMARY KEY,
    job_id integer NOT NULL REFERENCES jobs,
    proof_type text NOT NULL,
    version integer NOT NULL,
    sent_at timestamptz,
    outcome text,
    customer_comments text
);
