-- garden plots: a numeric(7,1) area from two numeric sides, and a smallint perimeter
CREATE TABLE plots (
    plot_id    serial PRIMARY KEY,
    gardener   text NOT NULL,
    side_a_m   numeric(8,2) NOT NULL CHECK (side_a_m > 0),
    side_b_m   numeric(8,2) NOT NULL CHECK (side_b_m > 0),
    area_m2    numeric(7,1) GENERATED ALWAYS AS (side_a_m * side_b_m) STORED,
    rows_count smallint NOT NULL CHECK (rows_count >= 0),
    beds       smallint NOT NULL CHECK (beds >= 0),
    seedlings  smallint GENERATED ALWAYS AS (rows_count * beds * 2) STORED
);
