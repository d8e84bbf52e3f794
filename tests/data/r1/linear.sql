-- held-out (r1): linear inequalities over several columns with coefficients
CREATE TABLE crates (
    id serial PRIMARY KEY,
    depth_mm int NOT NULL CHECK (depth_mm > 0),
    side_mm int NOT NULL CHECK (side_mm > 0),
    lid_mm int NOT NULL CHECK (lid_mm > 0),
    CHECK (3 * depth_mm + 2 * side_mm + lid_mm <= 1500)
);
CREATE TABLE diets (
    id serial PRIMARY KEY,
    protein_g numeric(6,1) NOT NULL CHECK (protein_g >= 0),
    carb_g numeric(6,1) NOT NULL CHECK (carb_g >= 0),
    fat_g numeric(6,1) NOT NULL CHECK (fat_g >= 0),
    CHECK (4 * protein_g + 4 * carb_g + 9 * fat_g BETWEEN 1200 AND 3500)
);
CREATE TABLE teams (
    id serial PRIMARY KEY,
    seniors smallint NOT NULL CHECK (seniors >= 0),
    juniors smallint NOT NULL CHECK (juniors >= 0),
    CHECK (seniors * 2 + juniors >= 4),
    CHECK (seniors + juniors <= 12)
);
