-- realism_round9_r27_tune: a car and van hire firm (round r27's tune schema: rows that follow their row)
CREATE TABLE branches (
  branch_id serial PRIMARY KEY,
  branch_name text NOT NULL,
  city text NOT NULL,
  phone varchar(20),
  opens_at time,
  closes_at time
);
CREATE TABLE vehicle_classes (
  class_code varchar(4) PRIMARY KEY,
  description text NOT NULL,
  daily_rate numeric(8,2) NOT NULL CHECK (daily_rate > 0),
  weekly_rate numeric(8,2),
  deposit numeric(8,2) NOT NULL DEFAULT 250
);
CREATE TABLE fleet (
  vehicle_id serial PRIMARY KEY,
  branch_id int NOT NULL REFERENCES branches(branch_id),
  class_code varchar(4) NOT NULL REFERENCES vehicle_classes(class_code),
  vin char(17) NOT NULL UNIQUE,
  reg_plate varchar(10) NOT NULL UNIQUE,
  make text NOT NULL,
  model text NOT NULL,
  fuel_type text NOT NULL CHECK (fuel_type IN ('petrol','diesel','hybrid','electric')),
  battery_kwh numeric(5,1),
  tank_litres smallint,
  odometer_km int NOT NULL DEFAULT 0,
  acquired_on date NOT NULL,
  disposed_on date
);
CREATE TABLE customers (
  cust_id serial PRIMARY KEY,
  full_name text NOT NULL,
  email text UNIQUE,
  licence_no varchar(20) NOT NULL,
  licence_expiry date NOT NULL,
  dob date NOT NULL,
  is_business boolean NOT NULL DEFAULT false,
  company_name text
);
CREATE TABLE bookings (
  booking_id serial PRIMARY KEY,
  cust_id int NOT NULL REFERENCES customers(cust_id),
  class_code varchar(4) NOT NULL REFERENCES vehicle_classes(class_code),
  pickup_branch int NOT NULL REFERENCES branches(branch_id),
  booked_at timestamptz NOT NULL DEFAULT now(),
  planned_pickup timestamptz NOT NULL,
  planned_return timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('reserved','on_hire','returned','cancelled','no_show')),
  cancel_reason text,
  quoted_total numeric(10,2)
);
CREATE TABLE rentals (
  rental_id serial PRIMARY KEY,
  booking_id int UNIQUE REFERENCES bookings(booking_id),
  vehicle_id int NOT NULL REFERENCES fleet(vehicle_id),
  picked_up_at timestamptz NOT NULL,
  returned_at timestamptz,
  odometer_out int NOT NULL,
  odometer_in int,
  fuel_out_pct smallint CHECK (fuel_out_pct BETWEEN 0 AND 100),
  fuel_in_pct smallint CHECK (fuel_in_pct BETWEEN 0 AND 100),
  days_charged smallint NOT NULL CHECK (days_charged > 0),
  rate_per_day numeric(8,2) NOT NULL,
  rental_charge numeric(10,2) NOT NULL,
  km_allowance int,
  km_driven int
);
CREATE TABLE extras (
  extra_id serial PRIMARY KEY,
  rental_id int NOT NULL REFERENCES rentals(rental_id),
  extra_type text NOT NULL CHECK (extra_type IN ('child_seat','gps','snow_chains','additional_driver','roof_box')),
  nights int NOT NULL DEFAULT 1,
  price_per_night numeric(6,2) NOT NULL,
  line_amount numeric(8,2) NOT NULL
);
CREATE TABLE damage_reports (
  report_id serial PRIMARY KEY,
  rental_id int NOT NULL REFERENCES rentals(rental_id),
  reported_on date NOT NULL,
  severity text NOT NULL CHECK (severity IN ('cosmetic','minor','major','write_off')),
  description text,
  estimated_cost numeric(10,2),
  actual_cost numeric(10,2),
  claim_status text NOT NULL CHECK (claim_status IN ('open','approved','rejected','paid')),
  rejection_reason text,
  amount_paid numeric(10,2)
);
CREATE TABLE service_jobs (
  job_id serial PRIMARY KEY,
  vehicle_id int NOT NULL REFERENCES fleet(vehicle_id),
  job_kind text NOT NULL CHECK (job_kind IN ('service','mot','tyres','bodywork','recall')),
  sched_start date NOT NULL,
  sched_end date NOT NULL,
  started_on date,
  finished_on date,
  est_hours numeric(5,1),
  labour_hours numeric(5,1),
  labour_rate numeric(6,2),
  labour_cost numeric(8,2),
  parts_cost numeric(8,2),
  tyre_size varchar(12)
);
CREATE TABLE invoices (
  invoice_no varchar(12) PRIMARY KEY,
  rental_id int NOT NULL REFERENCES rentals(rental_id),
  issued_on date NOT NULL,
  net_amount numeric(10,2) NOT NULL,
  vat_rate numeric(4,2) NOT NULL DEFAULT 20.00,
  vat_amount numeric(10,2) NOT NULL,
  gross_amount numeric(10,2) NOT NULL,
  amount_paid numeric(10,2) NOT NULL DEFAULT 0,
  balance_due numeric(10,2) NOT NULL,
  payment_status text NOT NULL CHECK (payment_status IN ('unpaid','part_paid','paid','refunded')),
  refund_amount numeric(10,2)
);
