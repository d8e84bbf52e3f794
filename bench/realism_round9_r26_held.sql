-- Round 9, r26 held-out: a zoo's animal collection and operations.
CREATE TABLE zoos (
    zoo_id         serial PRIMARY KEY,
    zoo_name       varchar(80) NOT NULL UNIQUE,
    city           varchar(60),
    accreditation  varchar(40),
    opened_year    smallint
);
CREATE TABLE enclosures (
    enclosure_id   serial PRIMARY KEY,
    zoo_id         integer NOT NULL REFERENCES zoos(zoo_id),
    encl_name      varchar(60) NOT NULL,
    habitat_type   varchar(40),
    area_sqm       numeric(9,1) CHECK (area_sqm > 0),
    barrier_type   varchar(30),
    heated         boolean
);
CREATE TABLE species (
    species_id     serial PRIMARY KEY,
    common_name    varchar(80) NOT NULL,
    scientific_name varchar(100) NOT NULL UNIQUE,
    iucn_status    varchar(2) CHECK (iucn_status IN ('LC','NT','VU','EN','CR','EW')),
    diet_class     varchar(20),
    taxon_class    varchar(30)
);
CREATE TABLE animals (
    animal_id      serial PRIMARY KEY,
    species_id     integer NOT NULL REFERENCES species(species_id),
    enclosure_id   integer REFERENCES enclosures(enclosure_id),
    house_name     varchar(40),
    studbook_no    varchar(20),
    sex            char(1) CHECK (sex IN ('M','F','U')),
    hatched_or_born date,
    acquisition_method varchar(30),
    origin_inst    varchar(100),
    weight_kg      numeric(8,2)
);
CREATE TABLE keepers (
    keeper_id      serial PRIMARY KEY,
    zoo_id         integer NOT NULL REFERENCES zoos(zoo_id),
    name           varchar(80) NOT NULL,
    section        varchar(40),
    grade          varchar(20),
    start_date     date
);
CREATE TABLE feedings (
    feeding_id     serial PRIMARY KEY,
    animal_id      integer NOT NULL REFERENCES animals(animal_id),
    keeper_id      integer REFERENCES keepers(keeper_id),
    fed_at         timestamptz NOT NULL,
    food_item      varchar(60),
    qty_g          integer CHECK (qty_g > 0),
    method         varchar(30),
    refused        boolean DEFAULT false
);
CREATE TABLE vet_exams (
    exam_id        serial PRIMARY KEY,
    animal_id      integer NOT NULL REFERENCES animals(animal_id),
    exam_date      date NOT NULL,
    exam_type      varchar(40) NOT NULL,
    anaesthetic    varchar(40),
    finding        varchar(120),
    outcome        varchar(30)
);
CREATE TABLE transfers (
    transfer_id    serial PRIMARY KEY,
    animal_id      integer NOT NULL REFERENCES animals(animal_id),
    from_inst      varchar(100),
    to_inst        varchar(100) NOT NULL,
    transfer_date  date NOT NULL,
    reason         varchar(60),
    transport_mode varchar(30),
    permit_no      varchar(30)
);
CREATE TABLE enclosure_checks (
    check_id       serial PRIMARY KEY,
    enclosure_id   integer NOT NULL REFERENCES enclosures(enclosure_id),
    checked_on     date NOT NULL,
    check_type     varchar(40),
    result         varchar(20) CHECK (result IN ('pass','fail','advisory')),
    issue_found    varchar(120)
);
CREATE TABLE incidents (
    incident_id    serial PRIMARY KEY,
    enclosure_id   integer REFERENCES enclosures(enclosure_id),
    occurred_at    timestamptz NOT NULL,
    incident_type  varchar(40) NOT NULL,
    severity       varchar(10) CHECK (severity IN ('low','medium','high','critical')),
    code_called    varchar(20),
    description    text
);
CREATE TABLE enrichment_items (
    item_id        serial PRIMARY KEY,
    enclosure_id   integer NOT NULL REFERENCES enclosures(enclosure_id),
    item_kind      varchar(40) NOT NULL,
    material       varchar(30),
    introduced_on  date
);
CREATE TABLE partner_orgs (
    org_id         serial PRIMARY KEY,
    org_name       varchar(100) NOT NULL,
    org_type       varchar(40),
    country        varchar(60),
    contact_email  varchar(120)
);
