-- University registrar: departments, courses with prerequisites, terms, sections, students, enrollments, grades
CREATE TYPE term_season AS ENUM ('spring', 'summer', 'fall', 'winter');
CREATE TYPE letter_grade AS ENUM ('A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D', 'F', 'W', 'I', 'P');

CREATE DOMAIN gpa AS numeric(3,2) CHECK (VALUE BETWEEN 0.00 AND 4.00);

CREATE FUNCTION grade_points(g letter_grade) RETURNS numeric(3,2) LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE g WHEN 'A' THEN 4.00 WHEN 'A-' THEN 3.70 WHEN 'B+' THEN 3.30 WHEN 'B' THEN 3.00
                  WHEN 'B-' THEN 2.70 WHEN 'C+' THEN 2.30 WHEN 'C' THEN 2.00 WHEN 'C-' THEN 1.70
                  WHEN 'D' THEN 1.00 WHEN 'F' THEN 0.00 ELSE NULL END
$$;

CREATE TABLE departments (
    dept_code  varchar(4) PRIMARY KEY CHECK (dept_code ~ '^[A-Z]{2,4}$'),
    name       text NOT NULL UNIQUE,
    building   varchar(10)
);

CREATE TABLE courses (
    dept_code   varchar(4) NOT NULL REFERENCES departments ON UPDATE CASCADE,
    course_no   smallint NOT NULL CHECK (course_no BETWEEN 100 AND 899),
    title       text NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
    credits     numeric(3,1) NOT NULL CHECK (credits IN (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0)),
    graduate    boolean GENERATED ALWAYS AS (course_no >= 500) STORED,
    lab_hours   smallint NOT NULL DEFAULT 0 CHECK (lab_hours BETWEEN 0 AND 6),
    PRIMARY KEY (dept_code, course_no)
);

CREATE TABLE prerequisites (
    dept_code      varchar(4) NOT NULL,
    course_no      smallint NOT NULL,
    req_dept_code  varchar(4) NOT NULL,
    req_course_no  smallint NOT NULL,
    min_grade      letter_grade NOT NULL DEFAULT 'D',
    PRIMARY KEY (dept_code, course_no, req_dept_code, req_course_no),
    FOREIGN KEY (dept_code, course_no) REFERENCES courses ON DELETE CASCADE,
    FOREIGN KEY (req_dept_code, req_course_no) REFERENCES courses (dept_code, course_no) ON DELETE CASCADE,
    CHECK ((dept_code, course_no) <> (req_dept_code, req_course_no)),
    CHECK (min_grade NOT IN ('W', 'I', 'P', 'F'))
);

CREATE TABLE terms (
    term_code  char(6) PRIMARY KEY CHECK (term_code SIMILAR TO '20[0-9]{2}(SP|SU|FA|WI)'),
    season     term_season NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    add_drop_deadline date NOT NULL,
    CHECK (ends_on >= starts_on + interval '5 weeks'),
    CHECK (ends_on <= starts_on + interval '20 weeks'),
    CHECK (add_drop_deadline BETWEEN starts_on AND starts_on + 21),
    CHECK (extract(year FROM starts_on)::int = substr(term_code, 1, 4)::int),
    CHECK (substr(term_code, 5, 2) = CASE season WHEN 'spring' THEN 'SP' WHEN 'summer' THEN 'SU'
                                                 WHEN 'fall' THEN 'FA' ELSE 'WI' END)
);

CREATE TABLE sections (
    section_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    term_code   char(6) NOT NULL REFERENCES terms,
    dept_code   varchar(4) NOT NULL,
    course_no   smallint NOT NULL,
    section_no  char(3) NOT NULL CHECK (section_no ~ '^[0-9]{2}[A-Z0-9]$'),
    capacity    smallint NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    waitlist_cap smallint NOT NULL DEFAULT 0,
    meeting_days char(3)[] CHECK (meeting_days <@ ARRAY['Mon','Tue','Wed','Thu','Fri']::char(3)[]),
    start_time  time,
    end_time    time,
    online      boolean NOT NULL DEFAULT false,
    FOREIGN KEY (dept_code, course_no) REFERENCES courses,
    UNIQUE (term_code, dept_code, course_no, section_no),
    CHECK (waitlist_cap BETWEEN 0 AND capacity / 2),
    CHECK (num_nulls(start_time, end_time) IN (0, 2)),
    CHECK (end_time > start_time AND end_time - start_time <= interval '4 hours'),
    CHECK (online OR (start_time IS NOT NULL AND cardinality(meeting_days) >= 1))
);

CREATE TABLE students (
    student_id  char(9) PRIMARY KEY CHECK (student_id ~ '^U[0-9]{8}$'),
    first_name  text NOT NULL,
    last_name   text NOT NULL,
    email       text NOT NULL CHECK (email ~* '^[a-z0-9._-]+@univ\.edu$'),
    major       varchar(4) REFERENCES departments ON DELETE SET NULL,
    minor       varchar(4) REFERENCES departments ON DELETE SET NULL,
    admitted_term char(6) NOT NULL REFERENCES terms,
    cumulative_gpa gpa,
    credits_earned numeric(5,1) NOT NULL DEFAULT 0 CHECK (credits_earned >= 0),
    standing    text GENERATED ALWAYS AS (CASE WHEN credits_earned >= 90 THEN 'senior'
                                              WHEN credits_earned >= 60 THEN 'junior'
                                              WHEN credits_earned >= 30 THEN 'sophomore'
                                              ELSE 'freshman' END) STORED,
    CHECK (minor IS NULL OR minor IS DISTINCT FROM major),
    CHECK (cumulative_gpa IS NULL OR credits_earned > 0)
);
CREATE UNIQUE INDEX students_email_lower ON students (lower(email));

CREATE TABLE enrollments (
    student_id  char(9) NOT NULL REFERENCES students ON DELETE CASCADE,
    section_id  integer NOT NULL REFERENCES sections ON DELETE CASCADE,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    waitlisted  boolean NOT NULL DEFAULT false,
    grade       letter_grade,
    grade_points numeric(3,2) GENERATED ALWAYS AS (grade_points(grade)) STORED,
    audit       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (student_id, section_id),
    CHECK (NOT (waitlisted AND grade IS NOT NULL)),
    CHECK (NOT audit OR grade IS NULL OR grade IN ('P', 'W'))
);

-- enforce section capacity for non-waitlisted seats
CREATE FUNCTION enrollment_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cap int; taken int;
BEGIN
    IF NEW.waitlisted THEN RETURN NEW; END IF;
    SELECT capacity INTO cap FROM sections WHERE section_id = NEW.section_id;
    SELECT count(*) INTO taken FROM enrollments
      WHERE section_id = NEW.section_id AND NOT waitlisted AND student_id <> NEW.student_id;
    IF taken >= cap THEN
        RAISE EXCEPTION 'section % is full (% seats)', NEW.section_id, cap;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER enrollment_capacity BEFORE INSERT OR UPDATE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION enrollment_capacity();

CREATE VIEW transcript AS
    SELECT e.student_id, s.term_code, s.dept_code, s.course_no, e.grade, c.credits
    FROM enrollments e JOIN sections s USING (section_id) JOIN courses c USING (dept_code, course_no)
    WHERE e.grade IS NOT NULL;
