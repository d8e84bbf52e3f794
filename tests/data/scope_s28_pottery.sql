-- A pottery studio's schema (held-out set of brief s28, session 13).
CREATE TABLE members (
    member_id    serial PRIMARY KEY,
    first_name   varchar(60) NOT NULL,
    last_name    varchar(60) NOT NULL,
    email        varchar(200) NOT NULL UNIQUE,
    tier         varchar(10) NOT NULL DEFAULT 'basic' CHECK (tier IN ('basic', 'plus', 'unlimited')),
    joined_on    date NOT NULL
);

CREATE TABLE instructors (
    instr_id     serial PRIMARY KEY,
    first_name   varchar(60) NOT NULL,
    last_name    varchar(60) NOT NULL,
    hourly_rate  numeric(6,2) NOT NULL CHECK (hourly_rate > 0),
    specialty    varchar(16) NOT NULL CHECK (specialty IN ('wheel', 'handbuilding', 'glazing'))
);

CREATE TABLE courses (
    course_id    serial PRIMARY KEY,
    instr_id     integer NOT NULL REFERENCES instructors(instr_id),
    title        varchar(120) NOT NULL,
    level        varchar(12) NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    starts_on    date NOT NULL,
    weeks        smallint NOT NULL CHECK (weeks BETWEEN 1 AND 12),
    max_seats    smallint NOT NULL CHECK (max_seats BETWEEN 2 AND 20),
    price        numeric(7,2) NOT NULL CHECK (price >= 0)
);

CREATE TABLE enrolments (
    course_id    integer NOT NULL REFERENCES courses(course_id),
    member_id    integer NOT NULL REFERENCES members(member_id),
    enrolled_at  timestamptz NOT NULL,
    paid         boolean NOT NULL DEFAULT false,
    PRIMARY KEY (course_id, member_id)
);

CREATE TABLE kilns (
    kiln_id      serial PRIMARY KEY,
    label        varchar(30) NOT NULL UNIQUE,
    max_temp_c   smallint NOT NULL CHECK (max_temp_c BETWEEN 900 AND 1400),
    fuel         varchar(10) NOT NULL CHECK (fuel IN ('electric', 'gas', 'wood'))
);

CREATE TABLE firings (
    firing_id    serial PRIMARY KEY,
    kiln_id      integer NOT NULL REFERENCES kilns(kiln_id),
    loaded_at    timestamptz NOT NULL,
    cone         varchar(4) NOT NULL CHECK (cone IN ('06', '04', '6', '10')),
    kind         varchar(8) NOT NULL CHECK (kind IN ('bisque', 'glaze')),
    status       varchar(10) NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'firing', 'cooling', 'unloaded', 'failed'))
);

CREATE TABLE pieces (
    piece_id     serial PRIMARY KEY,
    member_id    integer NOT NULL REFERENCES members(member_id),
    firing_id    integer REFERENCES firings(firing_id),
    made_on      date NOT NULL,
    clay_body    varchar(12) NOT NULL CHECK (clay_body IN ('stoneware', 'porcelain', 'earthenware')),
    weight_g     integer NOT NULL CHECK (weight_g > 0),
    is_glazed    boolean NOT NULL DEFAULT false
);
