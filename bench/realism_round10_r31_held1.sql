-- Film / TV production company: productions, episodes, shoot days, scenes, crew bookings, equipment.
CREATE TABLE productions (
    production_id serial PRIMARY KEY,
    working_title text NOT NULL,
    format text NOT NULL,
    genre text,
    budget numeric(12,2),
    episode_count smallint,
    network text,
    production_stage text NOT NULL CHECK (production_stage IN ('development','pre_production','principal_photography','post_production','delivered'))
);
CREATE TABLE episodes (
    episode_id serial PRIMARY KEY,
    production_id integer NOT NULL REFERENCES productions,
    episode_number smallint NOT NULL,
    title text,
    runtime_min smallint,
    script_pages numeric(5,1),
    air_date date
);
CREATE TABLE locations (
    location_id serial PRIMARY KEY,
    location_name text NOT NULL,
    location_type text NOT NULL,
    address text,
    permit_required boolean NOT NULL DEFAULT true,
    daily_fee numeric(8,2)
);
CREATE TABLE shoot_days (
    shoot_day_id serial PRIMARY KEY,
    production_id integer NOT NULL REFERENCES productions,
    location_id integer REFERENCES locations,
    shoot_date date NOT NULL,
    unit text NOT NULL,
    call_time time NOT NULL,
    wrap_time time,
    pages_scheduled numeric(4,1),
    pages_shot numeric(4,1),
    weather text
);
CREATE TABLE scenes (
    scene_id serial PRIMARY KEY,
    episode_id integer NOT NULL REFERENCES episodes,
    scene_number varchar(6) NOT NULL,
    int_ext varchar(7) NOT NULL CHECK (int_ext IN ('INT','EXT','INT/EXT')),
    day_night varchar(5) NOT NULL,
    set_description text,
    page_count numeric(3,1),
    cast_count smallint
);
CREATE TABLE takes (
    take_id bigserial PRIMARY KEY,
    scene_id integer NOT NULL REFERENCES scenes,
    shoot_day_id integer NOT NULL REFERENCES shoot_days,
    setup varchar(4),
    take_number smallint NOT NULL,
    camera text,
    lens_mm smallint,
    duration_s integer,
    circled boolean NOT NULL DEFAULT false,
    note text
);
CREATE TABLE crew_bookings (
    booking_id serial PRIMARY KEY,
    production_id integer NOT NULL REFERENCES productions,
    crew_name text NOT NULL,
    department text NOT NULL,
    job_title text NOT NULL,
    day_rate numeric(8,2),
    union_status text
);
