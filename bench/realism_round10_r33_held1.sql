-- Arboretum living collection records (a university arboretum's curatorial team)
CREATE TABLE taxa (
    taxon_id        serial PRIMARY KEY,
    family          varchar(60),
    genus           varchar(60) NOT NULL,
    scientific_name varchar(150) NOT NULL,
    common_name     varchar(120),
    authority       varchar(80),
    iucn_status     varchar(2) CHECK (iucn_status IN ('LC','NT','VU','EN','CR','EW','EX','DD'))
);
CREATE TABLE sources (
    source_id       serial PRIMARY KEY,
    source_name     varchar(150) NOT NULL,
    source_code     varchar(10),
    source_type     varchar(20) CHECK (source_type IN ('wild','garden','nursery','exchange')),
    country         varchar(60)
);
CREATE TABLE accessions (
    accession_id    serial PRIMARY KEY,
    accession_no    varchar(20) UNIQUE NOT NULL,
    taxon_id        integer NOT NULL REFERENCES taxa(taxon_id),
    source_id       integer REFERENCES sources(source_id),
    collector       varchar(120),
    collection_no   varchar(20),
    determiner      varchar(120),
    donor           varchar(150),
    received_on     date,
    provenance      char(1) CHECK (provenance IN ('W','Z','G','U'))
);
CREATE TABLE plants (
    plant_id        serial PRIMARY KEY,
    accession_id    integer NOT NULL REFERENCES accessions(accession_id),
    qualifier       varchar(4),
    bed_code        varchar(10),
    planted_on      date,
    girth_cm        numeric(6,1),
    height_m        numeric(5,1),
    alive           boolean DEFAULT true,
    sponsor         varchar(150),
    dedicated_to    varchar(150)
);
CREATE TABLE plaques (
    plaque_id       serial PRIMARY KEY,
    plant_id        integer NOT NULL REFERENCES plants(plant_id),
    plaque_text     varchar(250),
    material        varchar(40),
    engraver        varchar(120),
    installed_on    date
);
CREATE TABLE curators (
    curator_id      serial PRIMARY KEY,
    curator         varchar(120) NOT NULL,
    specialism      varchar(80),
    email           varchar(120)
);
CREATE TABLE surveys (
    survey_id       serial PRIMARY KEY,
    plant_id        integer NOT NULL REFERENCES plants(plant_id),
    curator_id      integer REFERENCES curators(curator_id),
    surveyed_on     date,
    condition       varchar(10) CHECK (condition IN ('excellent','good','fair','poor','dead')),
    photographer    varchar(120),
    notes           text
);
