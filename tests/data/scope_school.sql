-- school: courses, students and their grades (scope phrase tests, issue 11, brief s2): a domain
-- the scope language was never tuned on.
CREATE TYPE letter_grade AS ENUM ('A', 'B', 'C', 'D', 'F', 'incomplete');
CREATE TABLE teachers (id serial PRIMARY KEY, full_name text NOT NULL, email text NOT NULL UNIQUE,
                       subject text NOT NULL CHECK (subject IN ('math', 'science', 'history', 'english', 'art')),
                       hired_on date NOT NULL, is_tenured boolean NOT NULL DEFAULT false);
CREATE TABLE rooms (id serial PRIMARY KEY, code varchar(8) NOT NULL UNIQUE, building text NOT NULL,
                    capacity int NOT NULL CHECK (capacity BETWEEN 5 AND 300));
CREATE TABLE courses (id serial PRIMARY KEY, teacher_id int NOT NULL REFERENCES teachers, code varchar(10) NOT NULL UNIQUE,
                      title text NOT NULL, credits smallint NOT NULL CHECK (credits BETWEEN 1 AND 6),
                      level text NOT NULL CHECK (level IN ('intro', 'intermediate', 'advanced')),
                      max_students int NOT NULL CHECK (max_students > 0));
CREATE TABLE students (id bigserial PRIMARY KEY, student_number varchar(10) NOT NULL UNIQUE, full_name text NOT NULL,
                       email text NOT NULL UNIQUE, birth_date date NOT NULL,
                       year_level smallint NOT NULL CHECK (year_level BETWEEN 1 AND 4),
                       enrolled_on date NOT NULL);
CREATE TABLE enrollments (id bigserial PRIMARY KEY, student_id bigint NOT NULL REFERENCES students,
                          course_id int NOT NULL REFERENCES courses, grade letter_grade,
                          status text NOT NULL CHECK (status IN ('active', 'dropped', 'completed', 'waitlisted')),
                          enrolled_at timestamptz NOT NULL, UNIQUE (student_id, course_id));
CREATE TABLE class_sessions (id bigserial PRIMARY KEY, course_id int NOT NULL REFERENCES courses,
                             room_id int NOT NULL REFERENCES rooms, starts_at timestamptz NOT NULL,
                             ends_at timestamptz NOT NULL, CHECK (ends_at > starts_at));
