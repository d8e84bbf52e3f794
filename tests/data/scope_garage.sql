-- Brief s15 (session 9): a chain of car repair garages (departments, employees, customers and their addresses,
-- vehicles, service appointments, repair orders and their lines, parts, part suppliers, invoices, payment
-- transactions), for tables and columns said with several words, abbreviations (appts, txns,
-- qty, amt, cust, emp, dept, inv, addr, desc, no.), compounds and possessives ("each customer's vehicles").
CREATE TABLE departments (id serial PRIMARY KEY, name text NOT NULL UNIQUE, code varchar(6) NOT NULL UNIQUE,
                          annual_budget numeric(12,2) CHECK (annual_budget >= 0), opened_on date NOT NULL);
CREATE TABLE employees (id serial PRIMARY KEY, department_id int NOT NULL REFERENCES departments,
                        full_name text NOT NULL, email text NOT NULL UNIQUE,
                        hourly_rate numeric(6,2) NOT NULL CHECK (hourly_rate > 0),
                        employment_type text NOT NULL CHECK (employment_type IN ('full_time', 'part_time', 'contractor')),
                        is_active boolean NOT NULL DEFAULT true, hired_on date NOT NULL);
CREATE TABLE customers (id serial PRIMARY KEY, full_name text NOT NULL, email text UNIQUE, phone text,
                        loyalty_tier text NOT NULL DEFAULT 'standard' CHECK (loyalty_tier IN ('standard', 'silver', 'gold')),
                        created_at timestamptz NOT NULL);
CREATE TABLE customer_addresses (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers,
                                 line1 text NOT NULL, city text NOT NULL, postcode varchar(10) NOT NULL,
                                 is_primary boolean NOT NULL DEFAULT false);
CREATE TABLE vehicles (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers,
                       vin char(17) NOT NULL UNIQUE, make text NOT NULL, model text NOT NULL,
                       model_year smallint NOT NULL CHECK (model_year BETWEEN 1980 AND 2027),
                       mileage_km int NOT NULL CHECK (mileage_km >= 0),
                       fuel_type text NOT NULL CHECK (fuel_type IN ('petrol', 'diesel', 'hybrid', 'electric')));
CREATE TABLE part_suppliers (id serial PRIMARY KEY, name text NOT NULL, country char(2) NOT NULL,
                             lead_time_days int NOT NULL CHECK (lead_time_days BETWEEN 0 AND 120),
                             is_preferred boolean NOT NULL DEFAULT false);
CREATE TABLE parts (id serial PRIMARY KEY, part_number varchar(20) NOT NULL UNIQUE, description text NOT NULL,
                    supplier_id int NOT NULL REFERENCES part_suppliers,
                    category text NOT NULL CHECK (category IN ('brakes', 'engine', 'electrical', 'tyres', 'body', 'fluids')),
                    unit_cost numeric(10,2) NOT NULL CHECK (unit_cost >= 0),
                    quantity_on_hand int NOT NULL DEFAULT 0 CHECK (quantity_on_hand >= 0),
                    reorder_level int NOT NULL DEFAULT 0 CHECK (reorder_level >= 0));
CREATE TABLE service_appointments (id bigserial PRIMARY KEY, vehicle_id int NOT NULL REFERENCES vehicles,
                                   advisor_id int NOT NULL REFERENCES employees,
                                   status text NOT NULL CHECK (status IN ('booked', 'confirmed', 'completed', 'no_show', 'cancelled')),
                                   estimated_minutes int NOT NULL CHECK (estimated_minutes BETWEEN 15 AND 600),
                                   scheduled_at timestamptz NOT NULL);
CREATE TABLE repair_orders (id bigserial PRIMARY KEY, vehicle_id int NOT NULL REFERENCES vehicles,
                            appointment_id bigint REFERENCES service_appointments,
                            technician_id int NOT NULL REFERENCES employees,
                            status text NOT NULL CHECK (status IN ('open', 'in_progress', 'waiting_parts', 'closed')),
                            labour_hours numeric(5,2) NOT NULL DEFAULT 0 CHECK (labour_hours >= 0),
                            total_amount numeric(10,2) NOT NULL CHECK (total_amount >= 0),
                            opened_at timestamptz NOT NULL, closed_at timestamptz,
                            CHECK (closed_at IS NULL OR closed_at >= opened_at));
CREATE TABLE repair_order_lines (id bigserial PRIMARY KEY, repair_order_id bigint NOT NULL REFERENCES repair_orders,
                                 part_id int REFERENCES parts, description text NOT NULL,
                                 line_type text NOT NULL CHECK (line_type IN ('part', 'labour', 'fee')),
                                 quantity numeric(8,2) NOT NULL CHECK (quantity > 0),
                                 unit_price numeric(10,2) NOT NULL CHECK (unit_price >= 0));
CREATE TABLE invoices (id bigserial PRIMARY KEY, repair_order_id bigint NOT NULL REFERENCES repair_orders,
                       invoice_number varchar(20) NOT NULL UNIQUE,
                       amount_due numeric(10,2) NOT NULL CHECK (amount_due >= 0),
                       status text NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'overdue', 'void')),
                       issued_at timestamptz NOT NULL, paid_at timestamptz);
CREATE TABLE payment_transactions (id bigserial PRIMARY KEY, invoice_id bigint NOT NULL REFERENCES invoices,
                                   amount numeric(10,2) NOT NULL CHECK (amount > 0),
                                   method text NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer')),
                                   processed_at timestamptz NOT NULL);
