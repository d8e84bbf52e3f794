-- a breeding kennel: a puppy's mother must be a bitch old enough, its father a dog (self-reference)
CREATE TABLE dogs (
    dog_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_name  text NOT NULL,
    sex        char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    whelped_on date NOT NULL,
    mother_id  integer REFERENCES dogs,
    father_id  integer REFERENCES dogs
);
CREATE FUNCTION dogs_parentage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE m dogs%ROWTYPE; f_sex char(1);
BEGIN
    IF NEW.mother_id IS NOT NULL THEN
        SELECT * INTO m FROM dogs WHERE dog_id = NEW.mother_id;
        IF m.sex <> 'F' THEN RAISE EXCEPTION 'mother % is not a bitch', NEW.mother_id; END IF;
        IF NEW.whelped_on < m.whelped_on + interval '12 months' THEN
            RAISE EXCEPTION 'mother % too young', NEW.mother_id;
        END IF;
    END IF;
    IF NEW.father_id IS NULL THEN RETURN NEW; END IF;
    SELECT sex INTO f_sex FROM dogs WHERE dog_id = NEW.father_id;
    IF f_sex <> 'M' THEN RAISE EXCEPTION 'father % is not a dog', NEW.father_id; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER dogs_parentage BEFORE INSERT ON dogs FOR EACH ROW EXECUTE FUNCTION dogs_parentage();
