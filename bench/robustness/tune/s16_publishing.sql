-- Multi-site publishing CMS: sites, authors, posts with revisions, tags, comments (list-partitioned by
-- moderation state), media assets, page-view rollups (range-partitioned)
CREATE EXTENSION IF NOT EXISTS citext;
CREATE SCHEMA cms;
CREATE SCHEMA analytics;

CREATE TYPE cms.post_status AS ENUM ('draft', 'scheduled', 'published', 'archived');

CREATE DOMAIN cms.slug AS varchar(96) CHECK (VALUE ~ '^[a-z0-9]+(?:-[a-z0-9]+)*$');
CREATE DOMAIN cms.locale AS varchar(5) CHECK (VALUE ~ '^[a-z]{2}(_[A-Z]{2})?$');

CREATE FUNCTION cms.word_count(body text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(array_length(regexp_split_to_array(btrim(body), '\s+'), 1), 0)
$$;

CREATE TABLE cms.sites (
    site_id     smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hostname    citext NOT NULL UNIQUE CHECK (hostname ~ '^([a-z0-9-]+\.)+[a-z]{2,}$'),
    default_locale cms.locale NOT NULL DEFAULT 'en',
    locales     text[] NOT NULL DEFAULT '{en}',
    settings    jsonb NOT NULL DEFAULT '{}'::jsonb,
    CHECK (default_locale = ANY (locales)),
    CHECK (jsonb_typeof(settings) = 'object'),
    CHECK (NOT settings ? 'comments_enabled' OR jsonb_typeof(settings -> 'comments_enabled') = 'boolean'),
    CHECK (NOT settings ? 'posts_per_page' OR (settings ->> 'posts_per_page')::int BETWEEN 1 AND 100)
);

CREATE TABLE cms.authors (
    author_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     smallint NOT NULL REFERENCES cms.sites ON DELETE CASCADE,
    handle      citext NOT NULL CHECK (handle ~ '^[a-z0-9_]{3,30}$'),
    display_name text NOT NULL,
    bio         text CHECK (length(bio) <= 1000),
    role        text NOT NULL DEFAULT 'writer' CHECK (role IN ('writer', 'editor', 'admin', 'guest')),
    social      jsonb CHECK (social IS NULL OR (jsonb_typeof(social) = 'object'
                             AND NOT (social ?| ARRAY['password', 'token']))),
    UNIQUE (site_id, handle),
    UNIQUE (author_id, site_id)
);

CREATE TABLE cms.posts (
    post_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     smallint NOT NULL,
    author_id   integer NOT NULL,
    editor_id   integer,
    locale      cms.locale NOT NULL DEFAULT 'en',
    translation_of bigint REFERENCES cms.posts ON DELETE CASCADE,
    slug        cms.slug NOT NULL,
    title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    excerpt     text CHECK (length(excerpt) <= 300),
    body        text NOT NULL DEFAULT '',
    words       integer GENERATED ALWAYS AS (cms.word_count(body)) STORED,
    search      tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || body)) STORED,
    status      cms.post_status NOT NULL DEFAULT 'draft',
    publish_at  timestamptz,
    published_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    reading_time interval GENERATED ALWAYS AS (make_interval(mins => greatest(1, cms.word_count(body) / 200))) STORED,
    featured    boolean NOT NULL DEFAULT false,
    FOREIGN KEY (author_id, site_id) REFERENCES cms.authors (author_id, site_id),
    FOREIGN KEY (editor_id, site_id) REFERENCES cms.authors (author_id, site_id),
    UNIQUE (site_id, locale, slug),
    CHECK (editor_id IS NULL OR editor_id <> author_id),
    CHECK (translation_of IS NULL OR translation_of <> post_id),
    CHECK (CASE status
             WHEN 'draft'     THEN publish_at IS NULL AND published_at IS NULL
             WHEN 'scheduled' THEN publish_at IS NOT NULL AND published_at IS NULL
             ELSE published_at IS NOT NULL END),
    CHECK (status NOT IN ('published', 'archived') OR (cms.word_count(body) >= 50 AND editor_id IS NOT NULL)),
    CHECK (updated_at >= created_at),
    CHECK (NOT featured OR status = 'published')
);
-- only one featured post per site
CREATE UNIQUE INDEX posts_one_featured ON cms.posts (site_id) WHERE featured;
-- one translation per locale of a post
CREATE UNIQUE INDEX posts_translation_locale ON cms.posts (translation_of, locale) WHERE translation_of IS NOT NULL;
CREATE INDEX posts_search ON cms.posts USING gin (search);

CREATE FUNCTION cms.touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := greatest(now(), NEW.created_at);
    IF NEW.status = 'published' AND NEW.published_at IS NULL THEN
        NEW.published_at := greatest(now(), NEW.created_at);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON cms.posts
    FOR EACH ROW EXECUTE FUNCTION cms.touch_updated_at();

-- the post locale must be enabled on the site
CREATE FUNCTION cms.posts_locale_enabled() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM cms.sites WHERE site_id = NEW.site_id AND NEW.locale = ANY (locales)) THEN
        RAISE EXCEPTION 'locale % is not enabled on site %', NEW.locale, NEW.site_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER posts_locale_enabled BEFORE INSERT OR UPDATE OF locale, site_id ON cms.posts
    FOR EACH ROW EXECUTE FUNCTION cms.posts_locale_enabled();

CREATE TABLE cms.revisions (
    post_id     bigint NOT NULL REFERENCES cms.posts ON DELETE CASCADE,
    revision    integer NOT NULL CHECK (revision >= 1),
    saved_at    timestamptz NOT NULL,
    saved_by    integer NOT NULL REFERENCES cms.authors,
    title       text NOT NULL,
    body_diff   bytea NOT NULL CHECK (octet_length(body_diff) <= 1048576),
    PRIMARY KEY (post_id, revision)
);

CREATE TABLE cms.tags (
    site_id     smallint NOT NULL REFERENCES cms.sites ON DELETE CASCADE,
    tag         cms.slug NOT NULL,
    label       text NOT NULL,
    parent_tag  cms.slug,
    color       char(7) CHECK (color ~* '^#[0-9a-f]{6}$'),
    PRIMARY KEY (site_id, tag),
    FOREIGN KEY (site_id, parent_tag) REFERENCES cms.tags (site_id, tag) ON DELETE CASCADE,
    CHECK (parent_tag <> tag)
);

CREATE TABLE cms.post_tags (
    post_id     bigint NOT NULL REFERENCES cms.posts ON DELETE CASCADE,
    site_id     smallint NOT NULL,
    tag         cms.slug NOT NULL,
    position    smallint NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 10),
    PRIMARY KEY (post_id, tag),
    UNIQUE (post_id, position),
    FOREIGN KEY (site_id, tag) REFERENCES cms.tags ON DELETE CASCADE
);

CREATE TABLE cms.comments (
    comment_id  bigint GENERATED ALWAYS AS IDENTITY,
    state       text NOT NULL DEFAULT 'pending',
    post_id     bigint NOT NULL REFERENCES cms.posts ON DELETE CASCADE,
    parent_id   bigint,
    author_name text NOT NULL CHECK (length(btrim(author_name)) >= 2),
    author_email citext,
    author_ip   inet NOT NULL,
    body        text NOT NULL CHECK (length(body) BETWEEN 2 AND 5000),
    posted_at   timestamptz NOT NULL DEFAULT now(),
    spam_score  numeric(3,2) CHECK (spam_score BETWEEN 0 AND 1),
    PRIMARY KEY (comment_id, state),
    CHECK (state <> 'spam' OR spam_score >= 0.80),
    CHECK (state <> 'approved' OR COALESCE(spam_score, 0) < 0.50),
    CHECK (body !~* '(viagra|casino)' OR state IN ('spam', 'rejected'))
) PARTITION BY LIST (state);
CREATE TABLE cms.comments_pending PARTITION OF cms.comments FOR VALUES IN ('pending');
CREATE TABLE cms.comments_approved PARTITION OF cms.comments FOR VALUES IN ('approved');
CREATE TABLE cms.comments_rejected PARTITION OF cms.comments FOR VALUES IN ('spam', 'rejected');

-- replies must belong to the same post, and comments are only allowed on published posts
CREATE FUNCTION cms.comments_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE parent_post bigint; pstate cms.post_status;
BEGIN
    SELECT status INTO pstate FROM cms.posts WHERE post_id = NEW.post_id;
    IF pstate <> 'published' THEN
        RAISE EXCEPTION 'post % is not open for comments', NEW.post_id;
    END IF;
    IF NEW.parent_id IS NOT NULL THEN
        SELECT post_id INTO parent_post FROM cms.comments WHERE comment_id = NEW.parent_id;
        IF parent_post IS DISTINCT FROM NEW.post_id THEN
            RAISE EXCEPTION 'reply % must be on the same post as comment %', NEW.comment_id, NEW.parent_id;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER comments_validate BEFORE INSERT ON cms.comments
    FOR EACH ROW EXECUTE FUNCTION cms.comments_validate();

CREATE TABLE cms.media (
    media_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    site_id     smallint NOT NULL REFERENCES cms.sites ON DELETE CASCADE,
    storage_key text NOT NULL UNIQUE CHECK (storage_key ~ '^[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f-]{36}\.[a-z0-9]{2,4}$'),
    mime_type   text NOT NULL CHECK (mime_type SIMILAR TO '(image|video|audio)/[a-z0-9.+-]+' OR mime_type = 'application/pdf'),
    bytes       bigint NOT NULL CHECK (bytes > 0 AND bytes <= 524288000),
    width       integer,
    height      integer,
    duration    interval,
    alt_text    text,
    sha256      bytea NOT NULL CHECK (length(sha256) = 32),
    UNIQUE NULLS NOT DISTINCT (site_id, sha256, alt_text),
    CHECK (num_nulls(width, height) IN (0, 2)),
    CHECK (width BETWEEN 1 AND 16384 AND height BETWEEN 1 AND 16384),
    CHECK (mime_type NOT LIKE 'image/%' OR (width IS NOT NULL AND alt_text IS NOT NULL AND duration IS NULL)),
    CHECK (mime_type !~ '^(video|audio)/' OR duration > interval '0')
);

CREATE TABLE analytics.daily_views (
    day         date NOT NULL,
    post_id     bigint NOT NULL REFERENCES cms.posts ON DELETE CASCADE,
    views       integer NOT NULL CHECK (views >= 0),
    unique_visitors integer NOT NULL CHECK (unique_visitors >= 0),
    avg_seconds numeric(7,1) CHECK (avg_seconds >= 0),
    referrers   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(referrers) = 'object'),
    PRIMARY KEY (post_id, day),
    CHECK (unique_visitors <= views),
    CHECK ((views = 0) = (avg_seconds IS NULL))
) PARTITION BY RANGE (day);
CREATE TABLE analytics.daily_views_2025 PARTITION OF analytics.daily_views FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE analytics.daily_views_2026 PARTITION OF analytics.daily_views FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE analytics.daily_views_old PARTITION OF analytics.daily_views DEFAULT;

CREATE VIEW cms.published_feed AS
    SELECT p.site_id, p.slug, p.title, p.published_at, a.display_name
    FROM cms.posts p JOIN cms.authors a USING (author_id)
    WHERE p.status = 'published' ORDER BY p.published_at DESC;
