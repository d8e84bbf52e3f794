-- realism_unseen34b: written blind (brief h4, session 13) from a domain drawn at random; scored in bench/blind_review13.
-- Family history society: membership, indexed records database, research enquiries
CREATE TABLE "Member" (
    "memberId"        serial PRIMARY KEY,
    "membershipNo"    varchar(8) NOT NULL UNIQUE,
    "firstName"       varchar(60) NOT NULL,
    "lastName"        varchar(60) NOT NULL,
    "email"           varchar(120),
    "joinedOn"        date NOT NULL,
    "membershipType"  varchar(10) NOT NULL CHECK ("membershipType" IN ('ORDINARY', 'JOINT', 'LIFE', 'OVERSEAS', 'STUDENT')),
    "isVolunteer"     boolean NOT NULL DEFAULT false,
    "giftAidDeclared" boolean NOT NULL DEFAULT false
);

CREATE TABLE "Subscription" (
    "subscriptionId" serial PRIMARY KEY,
    "memberId"       integer NOT NULL REFERENCES "Member"("memberId"),
    "periodStart"    date NOT NULL,
    "periodEnd"      date NOT NULL,
    "amountPaid"     numeric(7,2) NOT NULL CHECK ("amountPaid" >= 0),
    "paymentMethod"  varchar(6) NOT NULL CHECK ("paymentMethod" IN ('DD', 'CHQ', 'CARD', 'CASH', 'PAYPAL')),
    "paidOn"         date,
    CHECK ("periodEnd" > "periodStart")
);

CREATE TABLE "Person" (
    "personId"       serial PRIMARY KEY,
    "surname"        varchar(60) NOT NULL,
    "givenNames"     varchar(100),
    "sex"            char(1) NOT NULL DEFAULT 'U' CHECK ("sex" IN ('M', 'F', 'U')),
    "surnameSoundex" char(4),
    "birthYearEst"   smallint CHECK ("birthYearEst" BETWEEN 1500 AND 2100),
    "deathYearEst"   smallint CHECK ("deathYearEst" BETWEEN 1500 AND 2100),
    "gedcomXref"     varchar(20),                                    -- e.g. @I1234@
    "submittedBy"    integer REFERENCES "Member"("memberId"),
    "isLiving"       boolean NOT NULL DEFAULT false
);

CREATE TABLE "Source" (
    "sourceId"      serial PRIMARY KEY,
    "sourceType"    varchar(12) NOT NULL CHECK ("sourceType" IN ('PR_BAPTISM', 'PR_MARRIAGE', 'PR_BURIAL', 'CENSUS', 'GRO_BMD', 'MI', 'WILL', 'DIRECTORY')),
    "title"         varchar(200) NOT NULL,
    "repository"    varchar(120),                                    -- record office / archive
    "referenceCode" varchar(40),                                     -- archive ref, e.g. P123/1/4
    "parishName"    varchar(80),
    "county"        char(3),                                         -- Chapman code, e.g. YKS
    "yearFrom"      smallint,
    "yearTo"        smallint
);

CREATE TABLE "Event" (
    "eventId"              serial PRIMARY KEY,
    "personId"             integer NOT NULL REFERENCES "Person"("personId"),
    "eventType"            char(4) NOT NULL CHECK ("eventType" IN ('BIRT', 'BAPM', 'MARR', 'DEAT', 'BURI', 'RESI', 'CENS', 'OCCU')),
    "dateText"             varchar(40),                              -- GEDCOM style, e.g. ABT 1841
    "dateQualifier"        varchar(5) NOT NULL DEFAULT 'EXACT' CHECK ("dateQualifier" IN ('EXACT', 'ABT', 'BEF', 'AFT', 'BET')),
    "sortDate"             date,
    "placeText"            varchar(200),
    "registrationDistrict" varchar(80),
    "occupation"           varchar(80),
    "notes"                text
);

CREATE TABLE "Citation" (
    "citationId"    serial PRIMARY KEY,
    "eventId"       integer NOT NULL REFERENCES "Event"("eventId"),
    "sourceId"      integer NOT NULL REFERENCES "Source"("sourceId"),
    "pageRef"       varchar(60),                                     -- e.g. RG9/1234 f.56 p.12
    "groVolume"     varchar(6),
    "groPage"       varchar(6),
    "transcribedBy" integer REFERENCES "Member"("memberId"),
    "confidence"    varchar(12) NOT NULL DEFAULT 'PRIMARY' CHECK ("confidence" IN ('PRIMARY', 'SECONDARY', 'QUESTIONABLE')),
    "verifiedOn"    date
);

CREATE TABLE "Family" (
    "familyId"         serial PRIMARY KEY,
    "partner1Id"       integer REFERENCES "Person"("personId"),
    "partner2Id"       integer REFERENCES "Person"("personId"),
    "unionType"        varchar(8) NOT NULL DEFAULT 'MARRIAGE' CHECK ("unionType" IN ('MARRIAGE', 'BANNS', 'COHABIT', 'UNKNOWN')),
    "marriageDateText" varchar(40),
    "marriageParish"   varchar(80)
);

CREATE TABLE "FamilyChild" (
    "familyId"         integer NOT NULL REFERENCES "Family"("familyId"),
    "childId"          integer NOT NULL REFERENCES "Person"("personId"),
    "relationToFather" varchar(8) NOT NULL DEFAULT 'BIRTH' CHECK ("relationToFather" IN ('BIRTH', 'ADOPTED', 'STEP', 'FOSTER')),
    "birthOrder"       smallint,
    PRIMARY KEY ("familyId", "childId")
);

CREATE TABLE "ResearchEnquiry" (
    "enquiryId"           serial PRIMARY KEY,
    "memberId"            integer REFERENCES "Member"("memberId"),
    "enquirerName"        varchar(120) NOT NULL,
    "enquirerEmail"       varchar(120) NOT NULL,
    "surnamesOfInterest"  varchar(300),
    "receivedAt"          timestamptz NOT NULL DEFAULT now(),
    "status"              varchar(12) NOT NULL DEFAULT 'NEW' CHECK ("status" IN ('NEW', 'ALLOCATED', 'RESEARCHING', 'REPLIED', 'CLOSED')),
    "assignedVolunteerId" integer REFERENCES "Member"("memberId"),
    "feeCharged"          numeric(7,2),
    "hoursSpent"          numeric(5,2),
    "replyText"           text
);
