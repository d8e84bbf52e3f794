-- Tune schema of round 5 (r10, issue 10): an amateur sports league manager (leagues, divisions,
-- seasons, clubs and teams, players, venues, referees, fixtures, match events, standings,
-- registrations and fees). Written before any r10 change; no rule may name one of its tables or columns.
CREATE TYPE player_position AS ENUM ('goalkeeper', 'defender', 'midfielder', 'forward');
CREATE TYPE match_status AS ENUM ('scheduled', 'played', 'postponed', 'abandoned', 'forfeited');
CREATE TYPE event_kind AS ENUM ('goal', 'own_goal', 'penalty_goal', 'yellow_card', 'red_card', 'substitution');
CREATE TYPE fee_status AS ENUM ('pending', 'paid', 'waived', 'refunded');

CREATE TABLE leagues (
  league_id serial PRIMARY KEY,
  name varchar(120) NOT NULL UNIQUE,
  short_name varchar(12),
  sport varchar(30) NOT NULL DEFAULT 'football',
  founded_year smallint CHECK (founded_year BETWEEN 1880 AND 2026),
  website varchar(200),
  contact_email varchar(160),
  is_active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE leagues IS 'A recreational league run by volunteers, e.g. a Sunday league.';

CREATE TABLE divisions (
  division_id serial PRIMARY KEY,
  league_id int NOT NULL REFERENCES leagues(league_id),
  name varchar(60) NOT NULL,
  tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 8),
  age_group varchar(12) NOT NULL DEFAULT 'Open',
  gender char(1) NOT NULL CHECK (gender IN ('M', 'F', 'X')),
  max_teams smallint NOT NULL DEFAULT 12 CHECK (max_teams BETWEEN 4 AND 24),
  promotion_places smallint NOT NULL DEFAULT 2,
  relegation_places smallint NOT NULL DEFAULT 2,
  UNIQUE (league_id, name)
);
COMMENT ON COLUMN divisions.age_group IS 'U10, U12, U14, U16, U18, Open, Veterans';

CREATE TABLE seasons (
  season_id serial PRIMARY KEY,
  league_id int NOT NULL REFERENCES leagues(league_id),
  label varchar(9) NOT NULL,                -- '2025/26'
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  registration_deadline date,
  points_for_win smallint NOT NULL DEFAULT 3,
  points_for_draw smallint NOT NULL DEFAULT 1,
  is_current smallint NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
  CHECK (ends_on > starts_on),
  UNIQUE (league_id, label)
);

CREATE TABLE venues (
  venue_id serial PRIMARY KEY,
  name varchar(100) NOT NULL,
  address_line varchar(160) NOT NULL,
  town varchar(80) NOT NULL,
  postcode varchar(10),
  surface varchar(20) NOT NULL CHECK (surface IN ('grass', '3G', '4G', 'astroturf', 'indoor')),
  pitch_count smallint NOT NULL DEFAULT 1 CHECK (pitch_count BETWEEN 1 AND 20),
  has_floodlights boolean NOT NULL DEFAULT false,
  changing_rooms smallint,
  lat numeric(9,6),
  lng numeric(9,6)
);

CREATE TABLE clubs (
  club_id serial PRIMARY KEY,
  club_name varchar(100) NOT NULL UNIQUE,
  nickname varchar(40),
  founded smallint,
  home_venue_id int REFERENCES venues(venue_id),
  primary_colour varchar(20),
  secondary_colour varchar(20),
  secretary_name varchar(80),
  secretary_phone varchar(24),
  crest_url varchar(255),
  affiliation_no varchar(12) UNIQUE
);

CREATE TABLE teams (
  team_id serial PRIMARY KEY,
  club_id int NOT NULL REFERENCES clubs(club_id),
  division_id int NOT NULL REFERENCES divisions(division_id),
  team_name varchar(100) NOT NULL,
  manager_name varchar(80),
  kit_colour varchar(20),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (division_id, team_name)
);

CREATE TABLE players (
  player_id serial PRIMARY KEY,
  team_id int NOT NULL REFERENCES teams(team_id),
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  dob date NOT NULL,
  position player_position NOT NULL,
  shirt_number smallint CHECK (shirt_number BETWEEN 1 AND 99),
  preferred_foot varchar(5) CHECK (preferred_foot IN ('left', 'right', 'both')),
  height_cm smallint,
  is_captain boolean NOT NULL DEFAULT false,
  emergency_contact varchar(120),
  registeredAt bigint NOT NULL,              -- epoch seconds
  UNIQUE (team_id, shirt_number)
);

CREATE TABLE referees (
  referee_id serial PRIMARY KEY,
  full_name varchar(100) NOT NULL,
  grade smallint NOT NULL CHECK (grade BETWEEN 1 AND 10),
  email varchar(160),
  phone varchar(24),
  mentor_id int REFERENCES referees(referee_id),
  matches_officiated int NOT NULL DEFAULT 0,
  qualified_on date
);
COMMENT ON COLUMN referees.grade IS 'Refereeing level, 10 = trainee, 1 = national list';

CREATE TABLE fixtures (
  fixture_id serial PRIMARY KEY,
  season_id int NOT NULL REFERENCES seasons(season_id),
  division_id int NOT NULL REFERENCES divisions(division_id),
  round_no smallint NOT NULL,
  home_team_id int NOT NULL REFERENCES teams(team_id),
  away_team_id int NOT NULL REFERENCES teams(team_id),
  venue_id int REFERENCES venues(venue_id),
  referee_id int REFERENCES referees(referee_id),
  kickoff_at timestamp NOT NULL,
  status match_status NOT NULL DEFAULT 'scheduled',
  home_score smallint,
  away_score smallint,
  attendance int,
  notes text,
  CHECK (home_team_id <> away_team_id)
);

CREATE TABLE match_events (
  event_id bigserial PRIMARY KEY,
  fixture_id int NOT NULL REFERENCES fixtures(fixture_id),
  player_id int NOT NULL REFERENCES players(player_id),
  kind event_kind NOT NULL,
  minute smallint NOT NULL CHECK (minute BETWEEN 1 AND 120),
  stoppage_min smallint,
  sub_player_id int REFERENCES players(player_id),
  details jsonb
);

CREATE TABLE standings (
  season_id int NOT NULL REFERENCES seasons(season_id),
  team_id int NOT NULL REFERENCES teams(team_id),
  position smallint NOT NULL,
  played smallint NOT NULL DEFAULT 0,
  won smallint NOT NULL DEFAULT 0,
  drawn smallint NOT NULL DEFAULT 0,
  lost smallint NOT NULL DEFAULT 0,
  goals_for smallint NOT NULL DEFAULT 0,
  goals_against smallint NOT NULL DEFAULT 0,
  goal_diff smallint NOT NULL DEFAULT 0,
  points smallint NOT NULL DEFAULT 0,
  form varchar(5),                           -- last five results, e.g. 'WWDLW'
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (season_id, team_id)
);

CREATE TABLE registrations (
  registration_id serial PRIMARY KEY,
  player_id int NOT NULL REFERENCES players(player_id),
  season_id int NOT NULL REFERENCES seasons(season_id),
  registered_on date NOT NULL,
  fee_amount numeric(7,2) NOT NULL CHECK (fee_amount >= 0),
  fee_status fee_status NOT NULL DEFAULT 'pending',
  paid_on date,
  payment_ref varchar(20),
  medical_consent smallint NOT NULL DEFAULT 0,
  UNIQUE (player_id, season_id)
);
