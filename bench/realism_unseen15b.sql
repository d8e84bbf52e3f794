-- HELD-OUT schema of round 5 (r8, issue 10): a dating / social app: member profiles with bios and
-- preferences, photos, prompts and answers, swipes, matches, messages, reports and blocks, paid
-- subscriptions and boosts, device sessions. Written before any r8 change; not studied for fixes.
CREATE TYPE gender AS ENUM ('woman', 'man', 'non_binary', 'other');
CREATE TYPE swipe_dir AS ENUM ('left', 'right', 'super');
CREATE TYPE report_status AS ENUM ('open', 'reviewing', 'actioned', 'dismissed');
CREATE TYPE tier AS ENUM ('free', 'plus', 'gold', 'platinum');

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  phone_e164 varchar(16) UNIQUE,
  email varchar(254) UNIQUE,
  first_name varchar(50) NOT NULL,
  birth_date date NOT NULL,
  gender gender NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_active_at timestamptz,
  is_verified boolean NOT NULL DEFAULT false,
  is_banned smallint NOT NULL DEFAULT 0 CHECK (is_banned IN (0, 1)),
  referred_by bigint REFERENCES users(id),
  CHECK (birth_date <= CURRENT_DATE - INTERVAL '18 years')
);

CREATE TABLE profiles (
  user_id bigint PRIMARY KEY REFERENCES users(id),
  bio varchar(500),
  job_title varchar(80),
  company varchar(80),
  school varchar(120),
  height_cm smallint CHECK (height_cm BETWEEN 120 AND 230),
  city varchar(80),
  lat numeric(9,6),
  lng numeric(9,6),
  drinking varchar(12) CHECK (drinking IN ('never', 'socially', 'often')),
  smoking varchar(12) CHECK (smoking IN ('never', 'sometimes', 'regularly')),
  looking_for varchar(30),
  interests jsonb NOT NULL DEFAULT '[]',
  profile_completeness smallint NOT NULL DEFAULT 0 CHECK (profile_completeness BETWEEN 0 AND 100)
);

CREATE TABLE preferences (
  user_id bigint PRIMARY KEY REFERENCES users(id),
  interested_in gender[] NOT NULL,
  min_age smallint NOT NULL DEFAULT 18,
  max_age smallint NOT NULL DEFAULT 99,
  max_distance_km smallint NOT NULL DEFAULT 50 CHECK (max_distance_km BETWEEN 1 AND 500),
  show_me smallint NOT NULL DEFAULT 1,
  CHECK (min_age >= 18 AND min_age <= max_age)
);

CREATE TABLE photos (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 9),
  storage_key varchar(200) NOT NULL,
  width integer NOT NULL,
  height integer NOT NULL,
  is_primary boolean NOT NULL DEFAULT false,
  moderation_status varchar(12) NOT NULL DEFAULT 'pending',
  uploaded_at timestamptz NOT NULL,
  UNIQUE (user_id, position)
);

CREATE TABLE prompts (
  id serial PRIMARY KEY,
  question varchar(200) NOT NULL UNIQUE,
  category varchar(40),
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE prompt_answers (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  prompt_id int NOT NULL REFERENCES prompts(id),
  answer_text varchar(300) NOT NULL,
  display_order smallint NOT NULL,
  answered_at timestamptz NOT NULL,
  UNIQUE (user_id, prompt_id)
);

CREATE TABLE swipes (
  swiper_id bigint NOT NULL REFERENCES users(id),
  swipee_id bigint NOT NULL REFERENCES users(id),
  direction swipe_dir NOT NULL,
  swiped_at_epoch bigint NOT NULL,
  PRIMARY KEY (swiper_id, swipee_id),
  CHECK (swiper_id <> swipee_id)
);

CREATE TABLE matches (
  id bigserial PRIMARY KEY,
  user_a bigint NOT NULL REFERENCES users(id),
  user_b bigint NOT NULL REFERENCES users(id),
  matched_at timestamptz NOT NULL,
  unmatched_at timestamptz,
  unmatched_by bigint REFERENCES users(id),
  message_count integer NOT NULL DEFAULT 0,
  last_message_at timestamptz,
  CHECK (user_a < user_b)
);

CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  match_id bigint NOT NULL REFERENCES matches(id),
  sender_id bigint NOT NULL REFERENCES users(id),
  body text NOT NULL,
  msg_type varchar(10) NOT NULL DEFAULT 'text' CHECK (msg_type IN ('text', 'gif', 'image', 'voice')),
  sent_at timestamptz NOT NULL,
  read_at timestamptz,
  is_deleted smallint NOT NULL DEFAULT 0
);

CREATE TABLE reports (
  id bigserial PRIMARY KEY,
  reporter_id bigint NOT NULL REFERENCES users(id),
  reported_id bigint NOT NULL REFERENCES users(id),
  reason varchar(30) NOT NULL CHECK (reason IN ('fake_profile', 'harassment', 'inappropriate_photos', 'spam', 'underage', 'scam', 'other')),
  details text,
  status report_status NOT NULL DEFAULT 'open',
  created_at timestamptz NOT NULL,
  resolved_at timestamptz
);

CREATE TABLE blocks (
  blocker_id bigint NOT NULL REFERENCES users(id),
  blocked_id bigint NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (blocker_id, blocked_id)
);

CREATE TABLE subscriptions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  tier tier NOT NULL,
  store varchar(12) NOT NULL CHECK (store IN ('app_store', 'play_store', 'web')),
  price_paid numeric(7,2) NOT NULL,
  currency char(3) NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  auto_renews boolean NOT NULL DEFAULT true,
  CHECK (ends_at > starts_at)
);

CREATE TABLE boosts (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  activated_at timestamptz NOT NULL,
  duration_min smallint NOT NULL DEFAULT 30,
  views_gained integer NOT NULL DEFAULT 0,
  likes_gained integer NOT NULL DEFAULT 0
);

CREATE TABLE device_sessions (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users(id),
  platform varchar(10) NOT NULL CHECK (platform IN ('ios', 'android', 'web')),
  app_version varchar(16) NOT NULL,
  device_model varchar(60),
  push_token varchar(200),
  ip_address inet,
  started_at timestamptz NOT NULL,
  ended_at timestamptz
);
COMMENT ON TABLE device_sessions IS 'One row per app session, for security and analytics.';
