-- Wildlife survey programme: sites, transects, survey visits, sightings, trap records.
CREATE TABLE survey_sites (
    site_id serial PRIMARY KEY,
    site_name text NOT NULL,
    habitat_type text NOT NULL,
    area_ha numeric(8,2),
    altitude_m integer,
    protection_status text,
    latitude numeric(9,6),
    longitude numeric(9,6)
);
CREATE TABLE transects (
    transect_id serial PRIMARY KEY,
    site_id integer NOT NULL REFERENCES survey_sites,
    transect_code varchar(10) NOT NULL,
    length_m integer NOT NULL,
    survey_method text NOT NULL
);
CREATE TABLE surveyors (
    surveyor_id serial PRIMARY KEY,
    full_name text NOT NULL,
    organisation text,
    skill_level text NOT NULL CHECK (skill_level IN ('beginner','competent','expert')),
    licence_number varchar(20)
);
CREATE TABLE visits (
    visit_id serial PRIMARY KEY,
    transect_id integer NOT NULL REFERENCES transects,
    surveyor_id integer NOT NULL REFERENCES surveyors,
    visit_date date NOT NULL,
    start_time time,
    end_time time,
    air_temp_c numeric(4,1),
    wind_beaufort smallint,
    cloud_cover_pct smallint,
    visit_notes text
);
CREATE TABLE species (
    species_id serial PRIMARY KEY,
    common_name text NOT NULL,
    scientific_name text NOT NULL,
    taxon_group text NOT NULL,
    red_list_category varchar(2)
);
CREATE TABLE sightings (
    sighting_id bigserial PRIMARY KEY,
    visit_id integer NOT NULL REFERENCES visits,
    species_id integer NOT NULL REFERENCES species,
    count integer NOT NULL,
    distance_m numeric(6,1),
    detection_method text,
    age_class text,
    sex text,
    behaviour text,
    breeding_evidence text
);
CREATE TABLE trap_records (
    trap_id serial PRIMARY KEY,
    site_id integer NOT NULL REFERENCES survey_sites,
    trap_type text NOT NULL,
    deployed_on date NOT NULL,
    retrieved_on date,
    trap_nights smallint,
    captures smallint,
    battery_pct smallint
);
