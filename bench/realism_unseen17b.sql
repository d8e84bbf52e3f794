-- HELD-OUT schema of round 5 (r10, issue 10): a recipe and meal-kit subscription service (recipes,
-- ingredients, allergens, weekly menus, plans, subscriptions, boxes and deliveries, ratings, suppliers).
-- Written before any r10 change; sampled only before and after, never tuned on.
CREATE TYPE difficulty_level AS ENUM ('easy', 'medium', 'hard');
CREATE TYPE subscription_state AS ENUM ('active', 'paused', 'cancelled');
CREATE TYPE delivery_status AS ENUM ('packed', 'shipped', 'delivered', 'failed', 'returned');

CREATE TABLE suppliers (
  supplier_id serial PRIMARY KEY,
  company_name varchar(120) NOT NULL,
  contact_name varchar(80),
  contact_email varchar(160),
  phone varchar(24),
  region varchar(60),
  is_organic_certified boolean NOT NULL DEFAULT false,
  onboarded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ingredients (
  ingredient_id serial PRIMARY KEY,
  name varchar(80) NOT NULL UNIQUE,
  category varchar(30) NOT NULL,
  default_unit varchar(10) NOT NULL CHECK (default_unit IN ('g', 'kg', 'ml', 'l', 'tsp', 'tbsp', 'cup', 'piece')),
  kcal_per_100g numeric(6,1),
  cost_per_unit numeric(8,4) NOT NULL,
  supplier_id int REFERENCES suppliers(supplier_id),
  shelf_life_days smallint,
  is_perishable smallint NOT NULL DEFAULT 1
);

CREATE TABLE allergens (
  allergen_id serial PRIMARY KEY,
  code varchar(4) NOT NULL UNIQUE,
  name varchar(40) NOT NULL
);
COMMENT ON TABLE allergens IS 'The 14 allergens of EU FIC: gluten, crustaceans, eggs, fish, peanuts, soy, milk, nuts, celery, mustard, sesame, sulphites, lupin, molluscs';

CREATE TABLE ingredient_allergens (
  ingredient_id int NOT NULL REFERENCES ingredients(ingredient_id),
  allergen_id int NOT NULL REFERENCES allergens(allergen_id),
  PRIMARY KEY (ingredient_id, allergen_id)
);

CREATE TABLE recipes (
  recipe_id serial PRIMARY KEY,
  title varchar(140) NOT NULL,
  slug varchar(160) NOT NULL UNIQUE,
  cuisine varchar(30) NOT NULL,
  difficulty difficulty_level NOT NULL DEFAULT 'easy',
  prep_minutes smallint NOT NULL CHECK (prep_minutes > 0),
  cook_minutes smallint NOT NULL CHECK (cook_minutes >= 0),
  servings smallint NOT NULL DEFAULT 2 CHECK (servings BETWEEN 1 AND 8),
  calories_per_serving int,
  protein_g numeric(5,1),
  carbs_g numeric(5,1),
  fat_g numeric(5,1),
  is_vegetarian boolean NOT NULL DEFAULT false,
  spice_level smallint CHECK (spice_level BETWEEN 0 AND 3),
  instructions text NOT NULL,
  hero_image_url varchar(255),
  variant_of int REFERENCES recipes(recipe_id),
  published_at timestamptz
);

CREATE TABLE recipe_ingredients (
  recipe_id int NOT NULL REFERENCES recipes(recipe_id),
  ingredient_id int NOT NULL REFERENCES ingredients(ingredient_id),
  quantity numeric(7,2) NOT NULL CHECK (quantity > 0),
  unit varchar(10) NOT NULL,
  is_optional boolean NOT NULL DEFAULT false,
  prep_note varchar(60),                    -- 'finely chopped'
  PRIMARY KEY (recipe_id, ingredient_id)
);

CREATE TABLE plans (
  plan_id serial PRIMARY KEY,
  plan_name varchar(40) NOT NULL UNIQUE,
  meals_per_week smallint NOT NULL CHECK (meals_per_week BETWEEN 2 AND 6),
  people smallint NOT NULL CHECK (people IN (1, 2, 4)),
  price_per_box numeric(7,2) NOT NULL,
  price_per_serving numeric(6,2) NOT NULL,
  is_available boolean NOT NULL DEFAULT true
);

CREATE TABLE weekly_menus (
  menu_id serial PRIMARY KEY,
  week_start date NOT NULL UNIQUE,
  iso_week smallint NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
  theme varchar(60),
  published boolean NOT NULL DEFAULT false
);

CREATE TABLE menu_items (
  menu_id int NOT NULL REFERENCES weekly_menus(menu_id),
  recipe_id int NOT NULL REFERENCES recipes(recipe_id),
  slot smallint NOT NULL,
  surcharge numeric(5,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (menu_id, recipe_id)
);

CREATE TABLE customers (
  customer_id serial PRIMARY KEY,
  email varchar(160) NOT NULL UNIQUE,
  firstName varchar(50) NOT NULL,
  lastName varchar(50) NOT NULL,
  phone varchar(24),
  street varchar(160) NOT NULL,
  city varchar(80) NOT NULL,
  postcode varchar(10) NOT NULL,
  dietary_prefs jsonb,
  referred_by int REFERENCES customers(customer_id),
  created_epoch bigint NOT NULL
);

CREATE TABLE subscriptions (
  subscription_id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers(customer_id),
  plan_id int NOT NULL REFERENCES plans(plan_id),
  state subscription_state NOT NULL DEFAULT 'active',
  started_on date NOT NULL,
  paused_until date,
  cancelled_on date,
  delivery_day varchar(9) NOT NULL,
  cancel_reason varchar(120)
);

CREATE TABLE boxes (
  box_id bigserial PRIMARY KEY,
  subscription_id int NOT NULL REFERENCES subscriptions(subscription_id),
  menu_id int NOT NULL REFERENCES weekly_menus(menu_id),
  status delivery_status NOT NULL DEFAULT 'packed',
  window_start time NOT NULL,
  window_end time NOT NULL,
  delivery_date date NOT NULL,
  courier varchar(40),
  tracking_no varchar(30),
  total_price numeric(8,2) NOT NULL,
  delivered_at timestamptz,
  CHECK (window_end > window_start)
);

CREATE TABLE ratings (
  rating_id serial PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers(customer_id),
  recipe_id int NOT NULL REFERENCES recipes(recipe_id),
  stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
  comment text,
  would_cook_again boolean,
  rated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (customer_id, recipe_id)
);
