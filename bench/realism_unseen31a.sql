-- Domain: driving school

CREATE TYPE transmission_type AS ENUM ('manual', 'automatic');
CREATE TYPE lesson_status AS ENUM ('booked', 'completed', 'cancelled', 'no_show');
CREATE TYPE test_result AS ENUM ('pending', 'pass', 'fail', 'cancelled');

CREATE TABLE instructors (
    id              serial PRIMARY KEY,
    first_name      varchar(50)  NOT NULL,
    last_name       varchar(50)  NOT NULL,
    adi_no          varchar(10)  NOT NULL UNIQUE,
    email           varchar(120),
    mobile          varchar(20)  NOT NULL,
    hourly_rate     numeric(6,2) NOT NULL,
    teaches_manual  boolean      NOT NULL DEFAULT true,
    teaches_auto    boolean      NOT NULL DEFAULT false,
    active          boolean      NOT NULL DEFAULT true,
    joined_on       date         NOT NULL
);

CREATE TABLE vehicles (
    id              serial PRIMARY KEY,
    reg_plate       varchar(8)   NOT NULL UNIQUE,
    make            varchar(30)  NOT NULL,
    model           varchar(30)  NOT NULL,
    transmission    transmission_type NOT NULL,
    year_made       smallint,
    odometer_km     integer,
    mot_due         date,
    dual_controls   boolean      NOT NULL DEFAULT true,
    instructor_id   integer REFERENCES instructors(id)
);

CREATE TABLE pupils (
    id                  serial PRIMARY KEY,
    first_name          varchar(50) NOT NULL,
    last_name           varchar(50) NOT NULL,
    dob                 date        NOT NULL,
    email               varchar(120),
    mobile              varchar(20),
    postcode            varchar(8)  NOT NULL,
    provisional_lic_no  varchar(16),
    theory_passed_on    date,
    pref_transmission   transmission_type NOT NULL DEFAULT 'manual',
    instructor_id       integer REFERENCES instructors(id),
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lesson_packages (
    id              serial PRIMARY KEY,
    name            varchar(60)  NOT NULL,
    num_hours       smallint     NOT NULL CHECK (num_hours > 0),
    price           numeric(7,2) NOT NULL,
    transmission    transmission_type NOT NULL,
    is_intensive    boolean      NOT NULL DEFAULT false
);

CREATE TABLE pupil_packages (
    id              serial PRIMARY KEY,
    pupil_id        integer NOT NULL REFERENCES pupils(id),
    package_id      integer NOT NULL REFERENCES lesson_packages(id),
    purchased_at    timestamptz  NOT NULL DEFAULT now(),
    hours_remaining numeric(4,1) NOT NULL,
    expires_on      date
);

CREATE TABLE lessons (
    id               serial PRIMARY KEY,
    pupil_id         integer NOT NULL REFERENCES pupils(id),
    instructor_id    integer NOT NULL REFERENCES instructors(id),
    vehicle_id       integer REFERENCES vehicles(id),
    pupil_package_id integer REFERENCES pupil_packages(id),
    starts_at        timestamptz NOT NULL,
    duration_mins    smallint    NOT NULL DEFAULT 60 CHECK (duration_mins IN (60, 90, 120)),
    pickup_postcode  varchar(8),
    status           lesson_status NOT NULL DEFAULT 'booked',
    distance_km      numeric(5,1),
    instructor_notes text
);

CREATE TABLE driving_tests (
    id              serial PRIMARY KEY,
    pupil_id        integer NOT NULL REFERENCES pupils(id),
    vehicle_id      integer REFERENCES vehicles(id),
    test_centre     varchar(60) NOT NULL,
    test_at         timestamptz NOT NULL,
    result          test_result NOT NULL DEFAULT 'pending',
    minor_faults    smallint CHECK (minor_faults >= 0),
    serious_faults  smallint CHECK (serious_faults >= 0)
);

CREATE TABLE payments (
    id               serial PRIMARY KEY,
    pupil_id         integer NOT NULL REFERENCES pupils(id),
    pupil_package_id integer REFERENCES pupil_packages(id),
    lesson_id        integer REFERENCES lessons(id),
    amount           numeric(8,2) NOT NULL CHECK (amount > 0),
    method           varchar(15)  NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer')),
    paid_at          timestamptz  NOT NULL DEFAULT now(),
    ref              varchar(32)
);
