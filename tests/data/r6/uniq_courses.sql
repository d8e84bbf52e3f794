-- a school's courses: a unique short title, and a unique case-insensitive slug
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE courses (
    course_id   bigserial PRIMARY KEY,
    title       varchar(120) NOT NULL,
    short_title varchar(16) NOT NULL UNIQUE,
    slug        citext NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    credits     smallint NOT NULL CHECK (credits BETWEEN 1 AND 12)
);
