-- Research lab sample tracking (LIMS): projects, freezers/boxes/positions, samples with aliquot lineage, assays, results
CREATE SCHEMA lims;
CREATE SCHEMA storage;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE TYPE lims.sample_type AS ENUM ('blood', 'plasma', 'serum', 'tissue', 'dna', 'rna', 'cell_line');
CREATE TYPE lims.qc_flag AS ENUM ('pass', 'warn', 'fail');

CREATE DOMAIN lims.barcode AS char(10) CHECK (VALUE ~ '^[A-Z]{2}[0-9]{8}$');
CREATE DOMAIN lims.celsius AS smallint CHECK (VALUE BETWEEN -200 AND 40);

CREATE TABLE lims.projects (
    project_code  varchar(8) PRIMARY KEY CHECK (project_code ~ '^PRJ[0-9]{3,5}$'),
    title         text NOT NULL CHECK (length(title) BETWEEN 5 AND 200),
    pi_email      citext NOT NULL,
    ethics_ref    text,
    human_samples boolean NOT NULL,
    active        daterange NOT NULL,
    budget_codes  text[] NOT NULL DEFAULT '{}',
    CHECK (NOT human_samples OR ethics_ref ~ '^[0-9]{2}/[A-Z]{2}/[0-9]{4}$'),
    CHECK (array_position(budget_codes, NULL) IS NULL)
);

CREATE TABLE storage.freezers (
    freezer_id    smallint PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    set_point     lims.celsius NOT NULL CHECK (set_point IN (4, -20, -80, -196)),
    shelves       smallint NOT NULL CHECK (shelves BETWEEN 1 AND 10),
    alarm_ip      inet NOT NULL CHECK (alarm_ip << '10.20.0.0/16'::inet)
);

CREATE TABLE storage.boxes (
    box_id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    freezer_id    smallint NOT NULL REFERENCES storage.freezers(freezer_id) ON DELETE RESTRICT,
    shelf         smallint NOT NULL CHECK (shelf >= 1),
    rack_slot     smallint NOT NULL CHECK (rack_slot BETWEEN 1 AND 25),
    layout        text NOT NULL DEFAULT '9x9' CHECK (layout IN ('9x9', '10x10', '8x12')),
    label         text NOT NULL,
    UNIQUE (freezer_id, shelf, rack_slot),
    UNIQUE (box_id, layout)
);

CREATE FUNCTION storage.box_shelf_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.shelf > (SELECT shelves FROM storage.freezers WHERE freezer_id = NEW.freezer_id) THEN
        RAISE EXCEPTION 'freezer % has no shelf %', NEW.freezer_id, NEW.shelf;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER boxes_shelf BEFORE INSERT OR UPDATE ON storage.boxes
    FOR EACH ROW EXECUTE FUNCTION storage.box_shelf_exists();

-- well position like 'A1'..'I9' / 'J10' / 'H12' must fit the box layout
CREATE FUNCTION storage.well_fits(layout text, well text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT well ~ '^[A-Z][0-9]{1,2}$'
       AND ascii(left(well, 1)) - 64 <= split_part(layout, 'x', 1)::int
       AND substr(well, 2)::int BETWEEN 1 AND split_part(layout, 'x', 2)::int
$$;

CREATE TABLE lims.samples (
    barcode       lims.barcode PRIMARY KEY,
    project_code  varchar(8) NOT NULL REFERENCES lims.projects(project_code),
    parent_barcode lims.barcode REFERENCES lims.samples(barcode) ON DELETE RESTRICT,
    sample_type   lims.sample_type NOT NULL,
    subject_id    varchar(12),
    collected_at  timestamptz NOT NULL,
    volume_ul     numeric(7,1) CHECK (volume_ul > 0 AND volume_ul <= 10000),
    concentration_ng_ul numeric(8,2) CHECK (concentration_ng_ul >= 0),
    box_id        integer,
    layout        text,
    well          varchar(3),
    consumed      boolean NOT NULL DEFAULT false,
    metadata      jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(metadata) = 'object'),
    FOREIGN KEY (box_id, layout) REFERENCES storage.boxes(box_id, layout) ON UPDATE CASCADE,
    CHECK (parent_barcode <> barcode),
    CHECK (num_nulls(box_id, layout, well) IN (0, 3)),
    CHECK (box_id IS NULL OR storage.well_fits(layout, well)),
    CHECK (consumed = false OR box_id IS NULL),
    CHECK ((sample_type IN ('dna', 'rna')) = (concentration_ng_ul IS NOT NULL)),
    CHECK (sample_type = 'cell_line' OR volume_ul IS NOT NULL),
    CHECK (sample_type NOT IN ('blood', 'tissue') OR parent_barcode IS NULL),
    CHECK (NOT (metadata ? 'patient_name'))
);
CREATE UNIQUE INDEX samples_one_per_well ON lims.samples (box_id, well) WHERE box_id IS NOT NULL;
CREATE UNIQUE INDEX samples_subject_primary ON lims.samples (project_code, subject_id, sample_type)
    WHERE parent_barcode IS NULL AND subject_id IS NOT NULL;

CREATE FUNCTION lims.sample_lineage_ok() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE par lims.samples%ROWTYPE; prj lims.projects%ROWTYPE;
BEGIN
    SELECT * INTO prj FROM lims.projects WHERE project_code = NEW.project_code;
    IF prj.human_samples AND NEW.subject_id IS NULL THEN
        RAISE EXCEPTION 'human sample % needs a subject id', NEW.barcode;
    END IF;
    IF NEW.parent_barcode IS NOT NULL THEN
        SELECT * INTO par FROM lims.samples WHERE barcode = NEW.parent_barcode;
        IF par.project_code <> NEW.project_code THEN
            RAISE EXCEPTION 'aliquot % belongs to a different project than its parent', NEW.barcode;
        END IF;
        IF NEW.collected_at < par.collected_at THEN
            RAISE EXCEPTION 'aliquot % derived before its parent was collected', NEW.barcode;
        END IF;
        IF par.sample_type = 'blood' AND NEW.sample_type NOT IN ('plasma', 'serum', 'dna', 'rna')
           OR par.sample_type IN ('plasma', 'serum') AND NEW.sample_type NOT IN ('plasma', 'serum', 'dna', 'rna')
           OR par.sample_type IN ('dna', 'rna') AND NEW.sample_type <> par.sample_type THEN
            RAISE EXCEPTION 'cannot derive % from %', NEW.sample_type, par.sample_type;
        END IF;
        NEW.subject_id := par.subject_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER samples_lineage BEFORE INSERT OR UPDATE ON lims.samples
    FOR EACH ROW EXECUTE FUNCTION lims.sample_lineage_ok();

CREATE TABLE lims.assays (
    assay_code    varchar(10) PRIMARY KEY,
    name          text NOT NULL,
    accepts       lims.sample_type[] NOT NULL CHECK (cardinality(accepts) >= 1),
    unit          text NOT NULL,
    lower_limit   double precision,
    upper_limit   double precision,
    turnaround    interval NOT NULL DEFAULT '5 days' CHECK (turnaround > interval '0' AND turnaround <= interval '60 days'),
    CHECK (lower_limit IS NULL OR upper_limit IS NULL OR lower_limit < upper_limit)
);

CREATE SEQUENCE lims.run_seq;

CREATE TABLE lims.results (
    result_id     bigint PRIMARY KEY DEFAULT nextval('lims.run_seq'),
    barcode       lims.barcode NOT NULL REFERENCES lims.samples(barcode),
    assay_code    varchar(10) NOT NULL REFERENCES lims.assays(assay_code),
    run_no        integer NOT NULL CHECK (run_no > 0),
    replicate     smallint NOT NULL DEFAULT 1 CHECK (replicate BETWEEN 1 AND 3),
    value         double precision,
    below_lod     boolean NOT NULL DEFAULT false,
    qc            lims.qc_flag NOT NULL,
    measured_at   timestamptz NOT NULL,
    reviewed_by   text,
    reviewed_at   timestamptz,
    UNIQUE (barcode, assay_code, run_no, replicate),
    CHECK (below_lod OR value IS NOT NULL),
    CHECK (NOT below_lod OR value IS NULL),
    CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL)),
    CHECK (reviewed_at IS NULL OR reviewed_at > measured_at),
    CHECK (qc <> 'fail' OR reviewed_by IS NOT NULL)
);

CREATE FUNCTION lims.result_assay_ok() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE a lims.assays%ROWTYPE; s lims.samples%ROWTYPE;
BEGIN
    SELECT * INTO a FROM lims.assays WHERE assay_code = NEW.assay_code;
    SELECT * INTO s FROM lims.samples WHERE barcode = NEW.barcode;
    IF NOT s.sample_type = ANY (a.accepts) THEN
        RAISE EXCEPTION 'assay % does not accept % samples', a.assay_code, s.sample_type;
    END IF;
    IF NEW.measured_at < s.collected_at THEN
        RAISE EXCEPTION 'result measured before sample % was collected', s.barcode;
    END IF;
    IF NEW.value IS NOT NULL AND (NEW.value < a.lower_limit OR NEW.value > a.upper_limit) AND NEW.qc = 'pass' THEN
        RAISE EXCEPTION 'out-of-range value % cannot pass QC', NEW.value;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER results_assay BEFORE INSERT OR UPDATE ON lims.results
    FOR EACH ROW EXECUTE FUNCTION lims.result_assay_ok();

CREATE VIEW lims.freezer_inventory AS
    SELECT f.name AS freezer, b.label AS box, s.well, s.barcode
    FROM lims.samples s JOIN storage.boxes b USING (box_id) JOIN storage.freezers f USING (freezer_id);
