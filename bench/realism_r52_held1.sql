-- r52 held-out 1 (written before any change; not used for tuning): a dairy farmers' cooperative society in Kenya
-- (Nyandarua and Nakuru counties): member farmers, milk collection centres, graders, daily milk intake, payouts by
-- M-Pesa or bank, and the processor that buys the bulked milk. Amounts in Kenya shillings.
-- The `-- expect` lines are the measure's (bench/realism_r52_measure.py), written with the schema:
--   shape T.C REGEX      the share of values matching (a full match) scores the column 2 (>= 80%), 1 (>= 40%), else 0;
--   person T.C LOCALE    the share of values whose words are names of LOCALE's Faker person lists;
--   oneof T.C A|B|...    the share of values among an expert's list (places, firms, banks of the country);
--   box T.LAT T.LON S W N E   the share of rows whose coordinates fall in the box (both columns scored).

CREATE TABLE county (
    id              serial PRIMARY KEY,
    county_name     varchar(30) NOT NULL UNIQUE CHECK (county_name IN ('Nyandarua', 'Nakuru', 'Laikipia', 'Nyeri', 'Baringo')),
    county_code     char(3)     NOT NULL UNIQUE               -- IEBC county code, e.g. 018, 032
);

CREATE TABLE collection_centre (
    id              serial PRIMARY KEY,
    county_id       integer     NOT NULL REFERENCES county(id),
    centre_name     varchar(40) NOT NULL,                      -- e.g. Ol Kalou, Njabini, Engineer
    ward            varchar(30),
    cooler_litres   integer,
    gps_lat         numeric(8,5),
    gps_lon         numeric(8,5),
    supervisor_nm   varchar(60) NOT NULL,
    supervisor_tel  varchar(13)                                -- +2547xxxxxxxx
);

CREATE TABLE member (
    id              serial PRIMARY KEY,
    member_no       varchar(8)  NOT NULL UNIQUE,               -- society number, e.g. NDC04512
    centre_id       integer     NOT NULL REFERENCES collection_centre(id),
    full_name       varchar(60) NOT NULL,
    id_no           varchar(8)  NOT NULL UNIQUE,               -- national ID card number, 7-8 digits
    kra_pin         char(11),                                  -- e.g. A012345678Z
    mpesa_no        varchar(13),                               -- +2547xxxxxxxx
    bank_name       varchar(40),
    bank_branch     varchar(40),
    account_no      varchar(16),
    village         varchar(40),
    sub_county      varchar(40),
    herd_size       smallint,
    joined_on       date        NOT NULL,
    next_of_kin     varchar(60),
    nok_phone       varchar(13),
    status          varchar(10) NOT NULL CHECK (status IN ('active', 'dormant', 'suspended', 'exited'))
);

CREATE TABLE grader (
    id              serial PRIMARY KEY,
    staff_no        varchar(8)  NOT NULL UNIQUE,
    grader_name     varchar(60) NOT NULL,
    kdb_licence     varchar(14),                               -- Kenya Dairy Board licence
    phone           varchar(13),
    centre_id       integer     NOT NULL REFERENCES collection_centre(id)
);

CREATE TABLE transporter (
    id              serial PRIMARY KEY,
    company         varchar(60) NOT NULL,
    driver_name     varchar(60) NOT NULL,
    vehicle_reg     varchar(10) NOT NULL,                      -- e.g. KCA 123B
    driver_phone    varchar(13)
);

CREATE TABLE processor (
    id              serial PRIMARY KEY,
    processor_name  varchar(60) NOT NULL,                      -- e.g. Brookside, New KCC
    plant_town      varchar(40) NOT NULL,
    kdb_permit      varchar(14),
    contact_person  varchar(60),
    po_box          varchar(30)                                -- e.g. P.O. Box 30059-00100 Nairobi
);

CREATE TABLE intake (
    id              serial PRIMARY KEY,
    member_id       integer      NOT NULL REFERENCES member(id),
    grader_id       integer      NOT NULL REFERENCES grader(id),
    intake_date     date         NOT NULL,
    session         varchar(7)   NOT NULL CHECK (session IN ('morning', 'evening')),
    litres          numeric(6,1) NOT NULL CHECK (litres > 0),
    density         numeric(5,3),                              -- lactometer, g/ml
    alcohol_test    varchar(4)   CHECK (alcohol_test IN ('pass', 'fail')),
    receipt_no      varchar(12)  NOT NULL UNIQUE
);

CREATE TABLE dispatch (
    id              serial PRIMARY KEY,
    centre_id       integer      NOT NULL REFERENCES collection_centre(id),
    transporter_id  integer      NOT NULL REFERENCES transporter(id),
    processor_id    integer      NOT NULL REFERENCES processor(id),
    dispatch_date   date         NOT NULL,
    litres          numeric(8,1) NOT NULL,
    delivery_note   varchar(14)  NOT NULL UNIQUE,
    price_kes_l     numeric(6,2) NOT NULL                      -- price per litre, KES
);

CREATE TABLE payout (
    id              serial PRIMARY KEY,
    member_id       integer       NOT NULL REFERENCES member(id),
    period_month    date          NOT NULL,
    litres_total    numeric(8,1)  NOT NULL,
    gross_kes       numeric(10,2) NOT NULL,
    shares_kes      numeric(8,2)  NOT NULL DEFAULT 0,
    advance_kes     numeric(8,2)  NOT NULL DEFAULT 0,
    net_kes         numeric(10,2) NOT NULL,
    pay_mode        varchar(8)    NOT NULL CHECK (pay_mode IN ('M-Pesa', 'bank', 'cash')),
    mpesa_ref       varchar(10),                               -- M-Pesa transaction code, e.g. QGH7K2LM9P
    paid_on         date
);

-- expect oneof county.county_name Nyandarua|Nakuru|Laikipia|Nyeri|Baringo
-- expect shape county.county_code 0[0-4][0-9]
-- expect shape collection_centre.centre_name [A-Z][A-Za-z' ]+
-- expect oneof collection_centre.ward Karau|Kanjuiri Ridge|Mirangine|Kaimbaga|Rurii|Engineer|Gathara|North Kinangop|Murungaru|Njabini/Kiburu|Nyakio|Githabai|Magumu|Wanjohi|Kipipiri|Geta|Githioro|Shamata|Leshau Pondo|Kiriita|Central|Kaimbaga|Weru|Charagita|Gatimu|Naivasha East|Viwandani|Hells Gate|Lake View|Mai Mahiu|Maiella|Olkaria|Njoro|Mau Narok|Mauche|Kihingo|Nessuit|Lare|Molo|Elburgon|Turi|Marioshoni|Subukia|Kabazi|Waseges|Bahati|Dundori|Kabatini|Kiamaina|Lanet/Umoja|Rongai|Solai|Menengai West|Soin|Visoi|Mosop|Gilgil|Elementaita|Mbaruk/Eburu|Malewa West|Murindati|Kuresoi|Keringet|Kiptagich|Tinet|Salgaa|Mbogoini|Kamara|Amalo|Sirikwa|Kaptembwo|Nyeri Town|Mweiga|Naromoru|Mukurwe-ini|Othaya|Tetu|Kieni|Nanyuki|Ngobit|Tigithi|Thingithu|Umande|Rumuruti|Marmanet|Igwamiti|Salama|Sosian|Olmoran|Mogotio|Eldama Ravine|Marigat|Kabarnet
-- box collection_centre.gps_lat collection_centre.gps_lon -1.2 35.0 0.6 37.3
-- expect person collection_centre.supervisor_nm en_KE
-- expect shape collection_centre.supervisor_tel \+2547\d{8}|07\d{8}|\+254 ?7\d{2} ?\d{6}|07\d{2} ?\d{6}
-- expect shape member.member_no [A-Z]{2,4}\d{3,6}|\d{3,8}
-- expect person member.full_name en_KE
-- expect shape member.id_no \d{7,8}
-- expect shape member.kra_pin A\d{9}[A-Z]
-- expect shape member.mpesa_no \+2547\d{8}|07\d{8}|\+254 ?7\d{2} ?\d{6}|07\d{2} ?\d{6}
-- expect oneof member.bank_name Equity Bank|KCB Bank|KCB|Co-operative Bank|Co-operative Bank of Kenya|Family Bank|Absa Bank Kenya|NCBA Bank|Standard Chartered|Stanbic Bank|I&M Bank|DTB|Diamond Trust Bank|Kenya Women Microfinance Bank|Faulu Microfinance Bank|Sidian Bank|National Bank of Kenya|Post Bank|Kenya Post Office Savings Bank|K-Unity Sacco|Unaitas Sacco
-- expect shape member.bank_branch [A-Z][A-Za-z' ]+
-- expect shape member.account_no \d{10,16}
-- expect shape member.village [A-Z][A-Za-z' ]+
-- expect shape member.sub_county [A-Z][A-Za-z' ]+
-- expect person member.next_of_kin en_KE
-- expect shape member.nok_phone \+2547\d{8}|07\d{8}|\+254 ?7\d{2} ?\d{6}|07\d{2} ?\d{6}
-- expect shape grader.staff_no [A-Z]{0,4}\d{3,6}
-- expect person grader.grader_name en_KE
-- expect shape grader.phone \+2547\d{8}|07\d{8}|\+254 ?7\d{2} ?\d{6}|07\d{2} ?\d{6}
-- expect shape transporter.company [A-Z][A-Za-z&' .-]+
-- expect person transporter.driver_name en_KE
-- expect shape transporter.vehicle_reg K[A-D][A-Z] ?\d{3}[A-Z]
-- expect shape transporter.driver_phone \+2547\d{8}|07\d{8}|\+254 ?7\d{2} ?\d{6}|07\d{2} ?\d{6}
-- expect shape processor.processor_name [A-Z][A-Za-z&' .-]+
-- expect oneof processor.plant_town Nairobi|Nakuru|Eldoret|Nyeri|Nyahururu|Ol Kalou|Naivasha|Kiganjo|Limuru|Ruiru|Thika|Meru|Kitale|Sotik|Githunguri|Kericho|Nanyuki
-- expect person processor.contact_person en_KE
-- expect shape processor.po_box P\.? ?O\.? Box \d{2,6}(-\d{5})?,? [A-Z][a-z]+.*
-- expect shape payout.mpesa_ref [A-Z0-9]{10}
