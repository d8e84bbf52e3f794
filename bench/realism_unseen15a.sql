-- Tune schema of round 5 (r8, issue 10): a news publisher's CMS: sections, authors and bylines,
-- articles with revisions and tags, media assets, reader comments with moderation, paywall plans and
-- subscriptions, newsletters and their sends, daily page-view stats. Written before any r8 change;
-- no rule may name one of its tables or columns.
CREATE TYPE article_status AS ENUM ('draft', 'in_review', 'scheduled', 'published', 'unpublished', 'archived');
CREATE TYPE moderation_state AS ENUM ('pending', 'approved', 'rejected', 'flagged', 'spam');
CREATE TYPE media_kind AS ENUM ('photo', 'video', 'graphic', 'audio');
CREATE TYPE billing_period AS ENUM ('monthly', 'quarterly', 'annual');

CREATE TABLE sections (
  id serial PRIMARY KEY,
  parent_id int REFERENCES sections(id),
  name varchar(80) NOT NULL,
  slug varchar(80) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
  sort_order smallint NOT NULL DEFAULT 0,
  is_visible boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE sections IS 'Site sections (News, Sport, Opinion) and their subsections.';

CREATE TABLE authors (
  id serial PRIMARY KEY,
  display_name varchar(120) NOT NULL,
  byline varchar(160) NOT NULL,
  email varchar(200) NOT NULL UNIQUE,
  twitter_handle varchar(30),
  bio text,
  job_title varchar(100),
  is_staff smallint NOT NULL DEFAULT 1 CHECK (is_staff IN (0, 1)),
  joined_on date NOT NULL,
  left_on date,
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
COMMENT ON COLUMN authors.byline IS 'How the author is credited under a headline, e.g. "By Jane Doe, Political Editor".';

CREATE TABLE articles (
  id bigserial PRIMARY KEY,
  section_id int NOT NULL REFERENCES sections(id),
  primary_author_id int NOT NULL REFERENCES authors(id),
  headline varchar(200) NOT NULL,
  standfirst varchar(400),
  body text NOT NULL,
  slug varchar(220) NOT NULL UNIQUE,
  word_count integer NOT NULL CHECK (word_count >= 0),
  reading_time_min smallint,
  status article_status NOT NULL DEFAULT 'draft',
  is_premium boolean NOT NULL DEFAULT false,
  embargo_until timestamptz,
  published_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_at timestamptz NOT NULL DEFAULT now(),
  canonical_url varchar(300),
  meta_description varchar(160),
  CHECK (published_at IS NULL OR published_at >= created_at)
);
COMMENT ON COLUMN articles.standfirst IS 'The one- or two-sentence summary under the headline.';

CREATE TABLE article_revisions (
  id bigserial PRIMARY KEY,
  article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  revision_no integer NOT NULL,
  editor_id int REFERENCES authors(id),
  headline varchar(200) NOT NULL,
  body text NOT NULL,
  change_note varchar(300),
  chars_added integer NOT NULL DEFAULT 0,
  chars_removed integer NOT NULL DEFAULT 0,
  saved_at timestamptz NOT NULL,
  UNIQUE (article_id, revision_no)
);

CREATE TABLE tags (
  id serial PRIMARY KEY,
  label varchar(60) NOT NULL UNIQUE,
  tag_slug varchar(60) NOT NULL UNIQUE,
  usage_count integer NOT NULL DEFAULT 0
);

CREATE TABLE article_tags (
  article_id bigint NOT NULL REFERENCES articles(id),
  tag_id int NOT NULL REFERENCES tags(id),
  PRIMARY KEY (article_id, tag_id)
);

CREATE TABLE media_assets (
  id bigserial PRIMARY KEY,
  article_id bigint REFERENCES articles(id),
  kind media_kind NOT NULL,
  file_name varchar(200) NOT NULL,
  mime_type varchar(60) NOT NULL,
  width_px integer,
  height_px integer,
  duration_sec integer,
  caption text,
  credit varchar(160),
  fileSizeBytes bigint NOT NULL,
  uploadedAt timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE readers (
  id bigserial PRIMARY KEY,
  email varchar(200) NOT NULL UNIQUE,
  screen_name varchar(40) NOT NULL UNIQUE,
  country_code char(2),
  signup_ts bigint NOT NULL,
  marketing_opt_in smallint NOT NULL DEFAULT 0
);

CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  article_id bigint NOT NULL REFERENCES articles(id),
  reader_id bigint NOT NULL REFERENCES readers(id),
  reply_to_id bigint REFERENCES comments(id),
  body text NOT NULL CHECK (length(body) <= 5000),
  moderation moderation_state NOT NULL DEFAULT 'pending',
  rejection_reason varchar(40) CHECK (rejection_reason IN ('abuse', 'off_topic', 'spam', 'legal', 'duplicate')),
  upvotes integer NOT NULL DEFAULT 0,
  downvotes integer NOT NULL DEFAULT 0,
  posted_at timestamptz NOT NULL,
  moderated_at timestamptz
);

CREATE TABLE plans (
  id serial PRIMARY KEY,
  code varchar(20) NOT NULL UNIQUE,
  name varchar(80) NOT NULL,
  period billing_period NOT NULL,
  price numeric(8,2) NOT NULL CHECK (price >= 0),
  currency char(3) NOT NULL DEFAULT 'GBP',
  trial_days smallint NOT NULL DEFAULT 0,
  article_limit smallint
);

CREATE TABLE subscriptions (
  id bigserial PRIMARY KEY,
  reader_id bigint NOT NULL REFERENCES readers(id),
  plan_id int NOT NULL REFERENCES plans(id),
  status varchar(16) NOT NULL CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled', 'expired')),
  started_on date NOT NULL,
  current_period_end date NOT NULL,
  cancelled_on date,
  cancel_reason text,
  auto_renew boolean NOT NULL DEFAULT true,
  CHECK (current_period_end > started_on)
);

CREATE TABLE newsletters (
  id serial PRIMARY KEY,
  title varchar(120) NOT NULL,
  description text,
  frequency varchar(20) NOT NULL CHECK (frequency IN ('daily', 'weekly', 'breaking', 'monthly')),
  subscriber_count integer NOT NULL DEFAULT 0
);

CREATE TABLE newsletter_sends (
  id bigserial PRIMARY KEY,
  newsletter_id int NOT NULL REFERENCES newsletters(id),
  subject_line varchar(150) NOT NULL,
  preheader varchar(200),
  sent_at timestamptz NOT NULL,
  recipients integer NOT NULL,
  opens integer NOT NULL DEFAULT 0,
  unique_opens integer NOT NULL DEFAULT 0,
  clicks integer NOT NULL DEFAULT 0,
  unsubscribes integer NOT NULL DEFAULT 0,
  bounce_rate numeric(5,4)
);

CREATE TABLE page_view_stats (
  article_id bigint NOT NULL REFERENCES articles(id),
  stat_date date NOT NULL,
  views integer NOT NULL DEFAULT 0,
  unique_visitors integer NOT NULL DEFAULT 0,
  avg_time_on_page_s integer,
  scroll_depth_pct numeric(5,2) CHECK (scroll_depth_pct BETWEEN 0 AND 100),
  social_shares integer NOT NULL DEFAULT 0,
  referrer_breakdown jsonb,
  PRIMARY KEY (article_id, stat_date)
);
