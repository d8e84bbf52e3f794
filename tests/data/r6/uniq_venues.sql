-- concert venues: a unique short name shortened from the venue's name
CREATE TABLE venues (
    venue_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        varchar(80) NOT NULL UNIQUE,
    short_name  varchar(10) NOT NULL UNIQUE,
    city        text NOT NULL,
    capacity    integer CHECK (capacity > 0)
);
