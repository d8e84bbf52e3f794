-- realism_unseen35c: written blind (brief h5, session 13) from a domain drawn at random; scored in bench/blind_review13b.
-- Cotton spinning & weaving mill: bale laydown, yarn lots, looms, greige rolls, 4-point inspection, dyeing
-- Schema generated from the MES ORM, hence quoted camelCase identifiers.

CREATE TYPE "rollGrade" AS ENUM ('A', 'B', 'C', 'REJ');

CREATE TABLE "cottonBale" (
    "baleId"          serial PRIMARY KEY,
    "baleNo"          varchar(16)   NOT NULL UNIQUE,
    "ginCode"         varchar(10)   NOT NULL,
    "origin"          varchar(20)   NOT NULL,           -- 'US Memphis', 'Shankar-6', 'Giza 86'
    "grossKg"         numeric(6,1)  NOT NULL,
    "micronaire"      numeric(3,2)  NOT NULL CHECK ("micronaire" BETWEEN 2.0 AND 7.0),
    "uhmlMm"          numeric(4,1)  NOT NULL,           -- upper-half mean length (HVI)
    "strengthGtex"    numeric(4,1)  NOT NULL,
    "trashPct"        numeric(4,2),
    "rdValue"         numeric(4,1),                     -- reflectance
    "receivedAt"      date          NOT NULL,
    "laydownNo"       varchar(12)
);

CREATE TABLE "yarnLot" (
    "yarnLotId"       serial PRIMARY KEY,
    "lotCode"         varchar(14)   NOT NULL UNIQUE,    -- e.g. 30CW-2511-07
    "laydownNo"       varchar(12)   NOT NULL,
    "countNe"         numeric(5,1)  NOT NULL CHECK ("countNe" > 0),
    "spinSystem"      varchar(8)    NOT NULL CHECK ("spinSystem" IN ('ring', 'compact', 'OE', 'vortex')),
    "combed"          boolean       NOT NULL DEFAULT false,
    "tpi"             numeric(5,2)  NOT NULL,           -- twists per inch
    "cspValue"        integer,                          -- count-strength product
    "usterCvPct"      numeric(4,2),
    "netKg"           numeric(9,1)  NOT NULL,
    "producedOn"      date          NOT NULL
);

CREATE TABLE "loom" (
    "loomId"          serial PRIMARY KEY,
    "loomNo"          varchar(6)    NOT NULL UNIQUE,    -- shed-row-pos, W2-14
    "make"            varchar(20)   NOT NULL,           -- Picanol, Toyota, Tsudakoma
    "insertion"       varchar(8)    NOT NULL CHECK ("insertion" IN ('airjet', 'rapier', 'waterjet', 'projectile')),
    "reedWidthCm"     integer       NOT NULL,
    "rpm"             integer       NOT NULL,
    "hasDobby"        boolean       NOT NULL DEFAULT false,
    "isRunning"       boolean       NOT NULL DEFAULT true
);

CREATE TABLE "customer" (
    "customerId"      serial PRIMARY KEY,
    "custCode"        varchar(8)    NOT NULL UNIQUE,
    "legalName"       varchar(120)  NOT NULL,
    "countryIso"      char(2)       NOT NULL,
    "incoterm"        char(3)       NOT NULL DEFAULT 'FOB' CHECK ("incoterm" IN ('EXW', 'FOB', 'CIF', 'DAP', 'DDP')),
    "creditDays"      integer       NOT NULL DEFAULT 60
);

CREATE TABLE "salesOrder" (
    "soId"            serial PRIMARY KEY,
    "soNo"            varchar(12)   NOT NULL UNIQUE,
    "customerId"      integer       NOT NULL REFERENCES "customer"("customerId"),
    "quality"         varchar(40)   NOT NULL,           -- '40x40 / 133x72 poplin 57"'
    "warpLotId"       integer       REFERENCES "yarnLot"("yarnLotId"),
    "weftLotId"       integer       REFERENCES "yarnLot"("yarnLotId"),
    "epi"             smallint      NOT NULL,           -- ends per inch
    "ppi"             smallint      NOT NULL,           -- picks per inch
    "gsmTarget"       numeric(6,1)  NOT NULL,
    "orderedMtr"      numeric(10,1) NOT NULL CHECK ("orderedMtr" > 0),
    "pricePerMtrUsd"  numeric(8,3)  NOT NULL,
    "deliveryDate"    date          NOT NULL,
    "status"          varchar(12)   NOT NULL DEFAULT 'booked'
                      CHECK ("status" IN ('booked', 'sizing', 'weaving', 'dyeing', 'packed', 'shipped', 'cancelled'))
);

CREATE TABLE "greigeRoll" (
    "rollId"          serial PRIMARY KEY,
    "rollNo"          varchar(14)   NOT NULL UNIQUE,
    "soId"            integer       NOT NULL REFERENCES "salesOrder"("soId"),
    "loomId"          integer       NOT NULL REFERENCES "loom"("loomId"),
    "doffedAt"        timestamptz   NOT NULL,
    "lengthMtr"       numeric(7,1)  NOT NULL CHECK ("lengthMtr" > 0),
    "widthCm"         numeric(5,1)  NOT NULL,
    "weightKg"        numeric(7,2),
    "points100Sqyd"   numeric(5,1),                     -- 4-point system score
    "grade"           "rollGrade"
);

CREATE TABLE "rollDefect" (
    "defectId"        bigserial PRIMARY KEY,
    "rollId"          integer       NOT NULL REFERENCES "greigeRoll"("rollId"),
    "defectCode"      varchar(6)    NOT NULL,           -- BRKP (broken pick), SLUB, OILS, MISP, REED
    "atMtr"           numeric(7,1)  NOT NULL,
    "points"          smallint      NOT NULL CHECK ("points" BETWEEN 1 AND 4),
    "inspectorId"     varchar(6)    NOT NULL
);

CREATE TABLE "dyeLot" (
    "dyeLotId"        serial PRIMARY KEY,
    "soId"            integer       NOT NULL REFERENCES "salesOrder"("soId"),
    "shadeRef"        varchar(20)   NOT NULL,           -- Pantone / customer lab-dip ref
    "dyeClass"        varchar(10)   NOT NULL CHECK ("dyeClass" IN ('reactive', 'vat', 'sulphur', 'disperse', 'pigment')),
    "machineNo"       varchar(6)    NOT NULL,           -- jigger / jet / pad-steam range
    "batchMtr"        numeric(9,1)  NOT NULL,
    "deltaE"          numeric(4,2),                     -- CMC dE vs standard
    "shrinkWarpPct"   numeric(4,1),
    "labApproved"     boolean       NOT NULL DEFAULT false,
    "dyedAt"          timestamptz
);
