-- invoice lines: an integer total from quantity times unit cents plus a fee (int4 intermediate)
CREATE TABLE invoice_lines (
    line_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quantity     integer NOT NULL CHECK (quantity >= 1),
    unit_cents   integer NOT NULL CHECK (unit_cents >= 0),
    fee_cents    integer NOT NULL DEFAULT 0,
    total_cents  integer GENERATED ALWAYS AS (quantity * unit_cents + fee_cents) STORED
);
