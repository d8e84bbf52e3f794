-- realism_round9_r27_held: an event catering company (round r27's held-out schema, written before any change)
CREATE TABLE kitchens (
  id serial PRIMARY KEY,
  name text NOT NULL,
  address text,
  max_covers_per_day int NOT NULL,
  hygiene_rating smallint CHECK (hygiene_rating BETWEEN 0 AND 5)
);
CREATE TABLE clients (
  id serial PRIMARY KEY,
  client_name text NOT NULL,
  client_type text NOT NULL CHECK (client_type IN ('private','corporate','charity','wedding_planner')),
  vat_number varchar(14),
  contact_person text,
  contact_phone varchar(20),
  payment_terms_days smallint DEFAULT 30
);
CREATE TABLE venues (
  id serial PRIMARY KEY,
  venue_name text NOT NULL,
  town text,
  capacity_seated int,
  has_kitchen boolean NOT NULL DEFAULT false,
  access_notes text
);
CREATE TABLE menus (
  id serial PRIMARY KEY,
  title text NOT NULL,
  style text NOT NULL CHECK (style IN ('buffet','plated','canapes','bbq','afternoon_tea')),
  price_per_head numeric(7,2) NOT NULL,
  min_guests int NOT NULL DEFAULT 20,
  is_vegan boolean NOT NULL DEFAULT false
);
CREATE TABLE events (
  id serial PRIMARY KEY,
  client_id int NOT NULL REFERENCES clients(id),
  venue_id int REFERENCES venues(id),
  menu_id int REFERENCES menus(id),
  kitchen_id int NOT NULL REFERENCES kitchens(id),
  event_date date NOT NULL,
  setup_start timestamp NOT NULL,
  service_end timestamp NOT NULL,
  guests_expected int NOT NULL CHECK (guests_expected > 0),
  guests_served int,
  status varchar(12) NOT NULL CHECK (status IN ('enquiry','confirmed','delivered','cancelled','postponed')),
  cancellation_fee numeric(9,2),
  postponed_to date
);
CREATE TABLE quotes (
  id serial PRIMARY KEY,
  event_id int NOT NULL REFERENCES events(id),
  issued date NOT NULL,
  valid_until date NOT NULL,
  head_count int NOT NULL,
  per_head numeric(7,2) NOT NULL,
  food_total numeric(10,2) NOT NULL,
  discount_pct numeric(4,1) DEFAULT 0,
  discount_reason text,
  accepted boolean
);
CREATE TABLE staff (
  id serial PRIMARY KEY,
  full_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('chef','sous_chef','waiter','bartender','driver','kitchen_porter')),
  hourly_rate numeric(6,2) NOT NULL,
  driving_licence_class varchar(4),
  food_hygiene_level smallint
);
CREATE TABLE shifts (
  id serial PRIMARY KEY,
  event_id int NOT NULL REFERENCES events(id),
  staff_id int NOT NULL REFERENCES staff(id),
  rostered_hours numeric(4,1) NOT NULL,
  hours_worked numeric(4,1),
  pay_rate numeric(6,2) NOT NULL,
  gross_pay numeric(8,2),
  mileage_claimed_km int
);
CREATE TABLE hire_items (
  id serial PRIMARY KEY,
  event_id int NOT NULL REFERENCES events(id),
  item text NOT NULL,
  category text NOT NULL CHECK (category IN ('crockery','glassware','linen','furniture','refrigeration','marquee')),
  qty_ordered int NOT NULL,
  qty_returned int,
  qty_broken int DEFAULT 0,
  unit_hire_price numeric(6,2) NOT NULL,
  line_cost numeric(9,2) NOT NULL,
  chiller_temp_c numeric(3,1)
);
CREATE TABLE food_orders (
  id serial PRIMARY KEY,
  kitchen_id int NOT NULL REFERENCES kitchens(id),
  supplier text NOT NULL,
  ordered_on date NOT NULL,
  expected_delivery date NOT NULL,
  delivered_on date,
  weight_kg numeric(7,2) NOT NULL,
  price_per_kg numeric(6,2) NOT NULL,
  order_value numeric(10,2),
  allergen_flag boolean NOT NULL DEFAULT false,
  allergens text
);
CREATE TABLE payments (
  id serial PRIMARY KEY,
  event_id int NOT NULL REFERENCES events(id),
  paid_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('card','bank_transfer','cash','cheque')),
  amount numeric(10,2) NOT NULL,
  card_last4 char(4),
  cheque_number varchar(10),
  is_deposit boolean NOT NULL DEFAULT false
);
