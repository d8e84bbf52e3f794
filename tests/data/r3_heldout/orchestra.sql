-- an orchestra: a player sits only in a section of an instrument they play; the chair's ensemble is the concert's
CREATE TABLE ensembles (ensemble_id smallint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE players (
    player_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name   text NOT NULL,
    instruments text[] NOT NULL CHECK (cardinality(instruments) BETWEEN 1 AND 3)
);
CREATE TABLE concerts (
    concert_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ensemble_id smallint NOT NULL REFERENCES ensembles,
    performed_on date NOT NULL
);
CREATE TABLE memberships (
    ensemble_id smallint NOT NULL REFERENCES ensembles,
    player_id   integer NOT NULL REFERENCES players,
    PRIMARY KEY (ensemble_id, player_id)
);
CREATE TABLE chairs (
    chair_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    concert_id  integer NOT NULL REFERENCES concerts,
    ensemble_id smallint NOT NULL,
    player_id   integer NOT NULL,
    instrument  text NOT NULL,
    FOREIGN KEY (ensemble_id, player_id) REFERENCES memberships
);
CREATE FUNCTION chair_ok() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE plays text[]; c_ensemble smallint;
BEGIN
    SELECT ensemble_id INTO c_ensemble FROM concerts WHERE concert_id = NEW.concert_id;
    IF c_ensemble <> NEW.ensemble_id THEN RAISE EXCEPTION 'concert % is another ensemble''s', NEW.concert_id; END IF;
    IF NOT EXISTS (SELECT 1 FROM players WHERE player_id = NEW.player_id AND NEW.instrument = ANY (instruments)) THEN
        RAISE EXCEPTION 'player % does not play %', NEW.player_id, NEW.instrument;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER chair_ok BEFORE INSERT ON chairs FOR EACH ROW EXECUTE FUNCTION chair_ok();
