-- a lab: a result only on a sample that was received, measured after collection; an approver must be senior
CREATE TABLE staff (
    staff_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grade     smallint NOT NULL CHECK (grade BETWEEN 1 AND 6),
    lead_id   integer REFERENCES staff
);
CREATE FUNCTION staff_lead() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE lead_grade smallint;
BEGIN
    IF NEW.lead_id IS NULL THEN RETURN NEW; END IF;
    SELECT grade INTO lead_grade FROM staff WHERE staff_id = NEW.lead_id;
    IF lead_grade <= NEW.grade THEN RAISE EXCEPTION 'lead must outrank'; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER staff_lead BEFORE INSERT ON staff FOR EACH ROW EXECUTE FUNCTION staff_lead();
CREATE TABLE samples (
    sample_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state       text NOT NULL CHECK (state IN ('registered', 'received', 'discarded')),
    collected_at timestamptz NOT NULL
);
CREATE TABLE results (
    sample_id   bigint NOT NULL REFERENCES samples,
    analyte     text NOT NULL,
    measured_at timestamptz NOT NULL,
    value       numeric(8,2),
    PRIMARY KEY (sample_id, analyte)
);
CREATE FUNCTION result_ok() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM samples s WHERE s.sample_id = NEW.sample_id AND s.state <> 'received') THEN
        RAISE EXCEPTION 'sample % not received', NEW.sample_id;
    END IF;
    IF NEW.measured_at < (SELECT collected_at FROM samples WHERE sample_id = NEW.sample_id) THEN
        RAISE EXCEPTION 'measured before collection';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER result_ok BEFORE INSERT ON results FOR EACH ROW EXECUTE FUNCTION result_ok();
