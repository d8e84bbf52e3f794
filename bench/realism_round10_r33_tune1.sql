-- Pipe organ heritage register (a diocesan organ advisory committee)
CREATE TABLE organ_builders (
    builder_id     serial PRIMARY KEY,
    firm_name      varchar(120) NOT NULL,
    founder        varchar(120),
    founded_year   integer,
    workshop_town  varchar(80),
    still_trading  boolean NOT NULL DEFAULT false
);
CREATE TABLE churches (
    church_id      serial PRIMARY KEY,
    church_name    varchar(150) NOT NULL,
    dedication     varchar(150),
    parish         varchar(100),
    architect      varchar(120),
    listed_grade   varchar(4) CHECK (listed_grade IN ('I','II*','II')),
    postcode       varchar(10)
);
CREATE TABLE organs (
    organ_id       serial PRIMARY KEY,
    church_id      integer NOT NULL REFERENCES churches(church_id),
    builder_id     integer REFERENCES organ_builders(builder_id),
    built_year     integer,
    manuals        smallint,
    pedal_compass  varchar(20),
    action_type    varchar(30) CHECK (action_type IN ('mechanical','tubular-pneumatic','electro-pneumatic','electric')),
    case_designer  varchar(120),
    case_material  varchar(60),
    donor          varchar(120),
    dedicated_to   varchar(150),
    npor_code      varchar(12)
);
CREATE TABLE stops (
    stop_id        serial PRIMARY KEY,
    organ_id       integer NOT NULL REFERENCES organs(organ_id),
    division       varchar(20) CHECK (division IN ('Great','Swell','Choir','Solo','Pedal')),
    stop_name      varchar(60) NOT NULL,
    short_name     varchar(12),
    pitch_ft       numeric(4,2),
    pipe_metal     varchar(40),
    rank_count     smallint
);
CREATE TABLE restorations (
    restoration_id serial PRIMARY KEY,
    organ_id       integer NOT NULL REFERENCES organs(organ_id),
    restorer       varchar(120),
    funder         varchar(150),
    surveyed_by    varchar(120),
    started_on     date,
    completed_on   date,
    cost_gbp       numeric(10,2),
    scope_notes    text
);
CREATE TABLE recitals (
    recital_id     serial PRIMARY KEY,
    organ_id       integer NOT NULL REFERENCES organs(organ_id),
    recital_date   date NOT NULL,
    organist       varchar(120),
    composer       varchar(120),
    piece_title    varchar(200),
    sponsor        varchar(150),
    audience       integer
);
