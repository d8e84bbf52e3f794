-- realism_unseen35a: written blind (brief h5, session 13) from a domain drawn at random; scored in bench/blind_review13b.
-- Masjid & Islamic Community Centre - membership, donations (Gift Aid), madrasah, hall bookings, nikah register
-- Registered charity; GBP throughout.

CREATE TABLE staff (
    staff_id            serial PRIMARY KEY,
    full_name           varchar(120) NOT NULL,
    role                varchar(20)  NOT NULL
                        CHECK (role IN ('imam', 'naib_imam', 'muadhin', 'ustadh', 'ustadha', 'caretaker', 'admin')),
    is_volunteer        boolean      NOT NULL DEFAULT false,
    dbs_cert_no         varchar(12),
    started_on          date         NOT NULL
);

CREATE TABLE members (
    member_id           serial PRIMARY KEY,
    membership_no       varchar(10)  NOT NULL UNIQUE,          -- e.g. JM-004512
    first_name          varchar(60)  NOT NULL,
    last_name           varchar(60)  NOT NULL,
    gender              char(1)      NOT NULL CHECK (gender IN ('M', 'F')),
    mobile_no           varchar(20),
    email               varchar(160),
    town                varchar(60),
    postcode            varchar(8),
    membership_type     varchar(12)  NOT NULL DEFAULT 'full'
                        CHECK (membership_type IN ('full', 'associate', 'student', 'concession', 'life')),
    gift_aid_decl_on    date,                                  -- HMRC Gift Aid declaration signed
    is_trustee          boolean      NOT NULL DEFAULT false,
    joined_on           date         NOT NULL
);

CREATE TABLE donations (
    donation_id         bigserial PRIMARY KEY,
    receipt_no          varchar(14)  NOT NULL UNIQUE,
    member_id           integer      REFERENCES members(member_id),   -- null = anonymous / box collection
    fund_code           varchar(10)  NOT NULL
                        CHECK (fund_code IN ('ZAKAT', 'SADAQAH', 'FITRANA', 'LILLAH', 'WAQF', 'BUILDING', 'IFTAR', 'FIDYA')),
    amount_gbp          numeric(10,2) NOT NULL CHECK (amount_gbp > 0),
    pay_method          varchar(16)  NOT NULL
                        CHECK (pay_method IN ('cash', 'card', 'bank_transfer', 'standing_order', 'direct_debit', 'online')),
    received_at         timestamptz  NOT NULL,
    appeal_name         varchar(60),                           -- e.g. 'Ramadan 1447', 'Roof Appeal'
    gift_aid_claimable  boolean      NOT NULL DEFAULT false,
    ga_claim_batch      varchar(12)                           -- HMRC Charities Online batch ref
);

CREATE TABLE madrasah_classes (
    class_id            serial PRIMARY KEY,
    class_code          varchar(10)  NOT NULL UNIQUE,          -- e.g. HIFZ-B1, QDA-G2
    level               varchar(16)  NOT NULL
                        CHECK (level IN ('qaida', 'nazirah', 'hifz', 'tajweed', 'islamic_studies', 'arabic')),
    ustadh_id           integer      NOT NULL REFERENCES staff(staff_id),
    academic_yr         char(7)      NOT NULL,                 -- '2025/26'
    class_days          varchar(20)  NOT NULL,                 -- 'Mon-Thu', 'Sat/Sun'
    start_time          time         NOT NULL,
    end_time            time         NOT NULL,
    monthly_fee_gbp     numeric(6,2) NOT NULL DEFAULT 0
);

CREATE TABLE madrasah_enrolments (
    enrol_id            serial PRIMARY KEY,
    class_id            integer      NOT NULL REFERENCES madrasah_classes(class_id),
    guardian_id         integer      NOT NULL REFERENCES members(member_id),
    student_name        varchar(120) NOT NULL,
    student_dob         date         NOT NULL,
    enrolled_on         date         NOT NULL,
    fee_status          varchar(8)   NOT NULL DEFAULT 'paid'
                        CHECK (fee_status IN ('paid', 'partial', 'overdue', 'waived')),
    juz_completed       smallint     NOT NULL DEFAULT 0 CHECK (juz_completed BETWEEN 0 AND 30),
    current_surah       varchar(40)
);

CREATE TABLE hall_bookings (
    booking_id          serial PRIMARY KEY,
    booked_by           integer      REFERENCES members(member_id),
    room                varchar(24)  NOT NULL
                        CHECK (room IN ('main_hall', 'sisters_hall', 'community_hall', 'classroom_1', 'classroom_2', 'kitchen')),
    event_type          varchar(16)  NOT NULL
                        CHECK (event_type IN ('nikah', 'walima', 'aqiqah', 'janazah', 'lecture', 'iftar', 'community')),
    starts_at           timestamptz  NOT NULL,
    ends_at             timestamptz  NOT NULL,
    hire_fee_gbp        numeric(8,2) NOT NULL DEFAULT 0,
    booking_status      varchar(12)  NOT NULL DEFAULT 'provisional'
                        CHECK (booking_status IN ('provisional', 'confirmed', 'cancelled')),
    CHECK (ends_at > starts_at)
);

CREATE TABLE nikah_register (
    nikah_id            serial PRIMARY KEY,
    cert_no             varchar(12)  NOT NULL UNIQUE,
    booking_id          integer      REFERENCES hall_bookings(booking_id),
    officiant_id        integer      NOT NULL REFERENCES staff(staff_id),
    nikah_date          date         NOT NULL,
    groom_name          varchar(120) NOT NULL,
    bride_name          varchar(120) NOT NULL,
    wali_name           varchar(120),
    witness_1           varchar(120) NOT NULL,
    witness_2           varchar(120) NOT NULL,
    mahr_desc           text,
    mahr_amount_gbp     numeric(10,2),
    civil_reg_done      boolean      NOT NULL DEFAULT false
);

CREATE TABLE salah_timetable (
    tt_date             date         PRIMARY KEY,
    hijri_date          varchar(24)  NOT NULL,                 -- '14 Jumada al-Akhirah 1447'
    fajr_jamaah         time         NOT NULL,
    zuhr_jamaah         time         NOT NULL,
    asr_jamaah          time         NOT NULL,
    maghrib             time         NOT NULL,
    isha_jamaah         time         NOT NULL,
    jumuah_khutbah      time
);
