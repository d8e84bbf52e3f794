-- A second schema written for the realism review (issue 10): HR / payroll and a crypto exchange, two
-- domains the corpus does not cover. Written before the r1 changes and scored before and after without
-- tuning on it (no rule names one of its tables or columns).
CREATE TABLE departments (id serial PRIMARY KEY, dept_code varchar(6) NOT NULL UNIQUE, dept_name varchar(60) NOT NULL,
  cost_center varchar(10), headcount_budget int, parent_department_id int REFERENCES departments);
CREATE TABLE staff_members (id serial PRIMARY KEY, employee_number varchar(12) NOT NULL UNIQUE, given_name varchar(40) NOT NULL,
  family_name varchar(40) NOT NULL, work_email varchar(120), department_id int REFERENCES departments, job_grade smallint,
  employment_type varchar(20), contract_start date NOT NULL, contract_end date, fte numeric(3,2), annual_salary numeric(10,2),
  salary_currency char(3), tax_code varchar(10), bank_iban varchar(34), is_contractor boolean NOT NULL DEFAULT false,
  terminated_at timestamptz, termination_reason varchar(80), manager_id int REFERENCES staff_members);
CREATE TABLE payslips (id serial PRIMARY KEY, staff_member_id int NOT NULL REFERENCES staff_members, period_start date NOT NULL,
  period_end date NOT NULL, gross_pay numeric(10,2), tax_withheld numeric(10,2), net_pay numeric(10,2), overtime_hours numeric(5,1),
  paid_on date, pay_method varchar(20));
CREATE TABLE leave_requests (id serial PRIMARY KEY, staff_member_id int NOT NULL REFERENCES staff_members, leave_kind smallint,
  first_day date NOT NULL, last_day date NOT NULL, days_requested numeric(4,1), approved boolean, approver_note text,
  requested_at timestamptz NOT NULL, decided_at timestamptz);
CREATE TABLE wallets (id serial PRIMARY KEY, owner_email varchar(120), chain varchar(20), wallet_address varchar(64) NOT NULL UNIQUE,
  label varchar(40), balance_wei numeric(38,0), is_frozen boolean NOT NULL DEFAULT false, created_at timestamptz NOT NULL);
CREATE TABLE transfers (id bigserial PRIMARY KEY, tx_hash char(66) NOT NULL UNIQUE, from_address varchar(64), to_address varchar(64),
  wallet_id int REFERENCES wallets, asset_symbol varchar(10), amount numeric(30,8), gas_used bigint, gas_price_gwei numeric(12,3),
  block_number bigint, confirmations int, tx_status varchar(12), submitted_at bigint, confirmed_at bigint);
CREATE TABLE trades (id bigserial PRIMARY KEY, market varchar(16), side varchar(4), order_type varchar(10), price numeric(20,8),
  quantity numeric(20,8), fee numeric(20,8), fee_asset varchar(10), maker boolean, executed_at timestamptz NOT NULL,
  settled_at timestamptz);
