-- breweries: a unique abbreviated name and a unique website made from the name
CREATE TABLE breweries (
    brewery_id       serial PRIMARY KEY,
    brewery_name     text NOT NULL,
    abbreviated_name varchar(8) NOT NULL UNIQUE,
    website          text UNIQUE,
    founded_year     smallint CHECK (founded_year BETWEEN 1600 AND 2030)
);
