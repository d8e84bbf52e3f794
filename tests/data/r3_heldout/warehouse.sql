-- a warehouse: a putaway goes only to an active bin that can hold it, not before the bin was commissioned
CREATE TABLE bins (
    bin_code      varchar(8) PRIMARY KEY,
    zone          text NOT NULL CHECK (zone IN ('ambient', 'chilled', 'frozen')),
    blocked       boolean NOT NULL DEFAULT false,
    capacity      integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
    commissioned  date NOT NULL
);
CREATE TABLE putaways (
    putaway_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    bin_code   varchar(8) NOT NULL REFERENCES bins,
    sku        text NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    put_on     date NOT NULL
);
CREATE FUNCTION putaway_fits() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE b record;
BEGIN
    SELECT blocked, capacity, commissioned INTO b FROM bins WHERE bin_code = NEW.bin_code;
    IF b.blocked THEN RAISE EXCEPTION 'bin % is blocked', NEW.bin_code; END IF;
    IF NEW.quantity > b.capacity THEN RAISE EXCEPTION 'bin % holds %', NEW.bin_code, b.capacity; END IF;
    IF NEW.put_on < b.commissioned THEN RAISE EXCEPTION 'bin % not commissioned yet', NEW.bin_code; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER putaway_fits BEFORE INSERT ON putaways FOR EACH ROW EXECUTE FUNCTION putaway_fits();
