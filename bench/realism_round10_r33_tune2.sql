-- Public sculpture and memorials register (a city council's public art team)
CREATE TABLE artists (
    artist_id      serial PRIMARY KEY,
    full_name      varchar(120) NOT NULL,
    nationality    varchar(60),
    born_year      integer,
    died_year      integer,
    website        varchar(200)
);
CREATE TABLE artworks (
    artwork_id     serial PRIMARY KEY,
    artist_id      integer REFERENCES artists(artist_id),
    title          varchar(200) NOT NULL,
    slug           varchar(200) UNIQUE,
    artwork_type   varchar(30) CHECK (artwork_type IN ('statue','bust','memorial','fountain','relief','mural','installation')),
    medium         varchar(80),
    material       varchar(80),
    commissioned_by varchar(150),
    unveiled_on    date,
    unveiled_by    varchar(120),
    height_m       numeric(5,2),
    ward           varchar(60),
    listed         boolean DEFAULT false
);
CREATE TABLE memorial_names (
    memorial_name_id serial PRIMARY KEY,
    artwork_id     integer NOT NULL REFERENCES artworks(artwork_id),
    commemorated   varchar(120) NOT NULL,
    rank_or_role   varchar(60),
    date_of_death  date
);
CREATE TABLE foundries (
    foundry_id     serial PRIMARY KEY,
    name           varchar(120) NOT NULL,
    code           varchar(10) UNIQUE,
    town           varchar(80),
    alloy          varchar(60)
);
CREATE TABLE castings (
    casting_id     serial PRIMARY KEY,
    artwork_id     integer NOT NULL REFERENCES artworks(artwork_id),
    foundry_id     integer NOT NULL REFERENCES foundries(foundry_id),
    cast_year      integer,
    weight_kg      numeric(8,1),
    patina         varchar(60),
    maker          varchar(120)
);
CREATE TABLE conservation_jobs (
    job_id         serial PRIMARY KEY,
    artwork_id     integer NOT NULL REFERENCES artworks(artwork_id),
    conservator    varchar(120),
    condition_grade varchar(10) CHECK (condition_grade IN ('good','fair','poor','critical')),
    treatment      text,
    coating        varchar(60),
    photographer   varchar(120),
    inspected_on   date,
    cost           numeric(9,2)
);
CREATE TABLE elements_used (
    element_id     serial PRIMARY KEY,
    casting_id     integer NOT NULL REFERENCES castings(casting_id),
    element_name   varchar(30) NOT NULL,
    symbol         varchar(3),
    percent_by_weight numeric(5,2)
);
