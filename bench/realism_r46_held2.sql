-- r46 held-out 2 (written before coding): a ballroom dance competition.
-- Dancers with a sex, couples of two dancers, judges in pairs, roles whose words carry a sex.
CREATE TABLE dance_clubs (
    club_id    serial PRIMARY KEY,
    club_name  varchar(80) NOT NULL UNIQUE,
    city       varchar(60) NOT NULL,
    secretary_name varchar(80) NOT NULL
);

CREATE TABLE dancers (
    dancer_id   serial PRIMARY KEY,
    club_id     int NOT NULL REFERENCES dance_clubs(club_id),
    given_name  varchar(40) NOT NULL,
    family_name varchar(40) NOT NULL,
    sex         varchar(6) NOT NULL CHECK (sex IN ('male', 'female')),
    born_on     date NOT NULL,
    licence_no  varchar(12) NOT NULL UNIQUE
);

CREATE TABLE couples (
    couple_id    serial PRIMARY KEY,
    leader_id    int NOT NULL REFERENCES dancers(dancer_id),
    follower_id  int NOT NULL REFERENCES dancers(dancer_id),
    formed_on    date NOT NULL,
    coach_name   varchar(80),
    chaperone_name varchar(80)
);

CREATE TABLE adjudicators (
    adjudicator_id serial PRIMARY KEY,
    salutation     varchar(4) NOT NULL CHECK (salutation IN ('Mr', 'Mrs', 'Ms')),
    forename       varchar(40) NOT NULL,
    surname        varchar(40) NOT NULL,
    country        varchar(40) NOT NULL
);

CREATE TABLE competitions (
    competition_id serial PRIMARY KEY,
    title          varchar(100) NOT NULL,
    held_on        date NOT NULL,
    venue          varchar(80) NOT NULL,
    chairman_name  varchar(80) NOT NULL,
    patron_name    varchar(80)
);

CREATE TABLE heats (
    heat_id        serial PRIMARY KEY,
    competition_id int NOT NULL REFERENCES competitions(competition_id),
    dance          varchar(20) NOT NULL,
    round_no       int NOT NULL CHECK (round_no BETWEEN 1 AND 6),
    judge_1_id     int NOT NULL REFERENCES adjudicators(adjudicator_id),
    judge_2_id     int NOT NULL REFERENCES adjudicators(adjudicator_id),
    scrutineer_name varchar(80) NOT NULL
);

CREATE TABLE entries (
    entry_id   serial PRIMARY KEY,
    heat_id    int NOT NULL REFERENCES heats(heat_id),
    couple_id  int NOT NULL REFERENCES couples(couple_id),
    final_place int CHECK (final_place BETWEEN 1 AND 12),
    king_of_the_ball varchar(80),
    queen_of_the_ball varchar(80)
);
