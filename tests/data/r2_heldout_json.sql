-- held-out (r2): jsonb shape CHECKs
CREATE TABLE parcels (
    parcel_id   serial PRIMARY KEY,
    sender      jsonb NOT NULL CHECK (jsonb_typeof(sender) = 'object' AND sender ?& ARRAY['name', 'street', 'city']
                                      AND jsonb_typeof(sender -> 'name') = 'string'),
    dims        jsonb CHECK (dims IS NULL OR (dims ? 'weight_kg' AND jsonb_typeof(dims -> 'weight_kg') = 'number')),
    labels      jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(labels) = 'array' AND jsonb_array_length(labels) BETWEEN 1 AND 4),
    service     jsonb NOT NULL CHECK (service ?| ARRAY['express', 'economy']),
    handling    jsonb NOT NULL CHECK (handling @> '{"fragile": false}' AND NOT handling ? 'internal_note')
);
CREATE TABLE vet_visits (
    visit_id    serial PRIMARY KEY,
    species     text NOT NULL CHECK (species IN ('dog', 'cat', 'rabbit')),
    vitals      jsonb NOT NULL CHECK (jsonb_typeof(vitals) = 'object'),
    CHECK (species <> 'dog' OR vitals ? 'heart_rate'),
    CHECK (NOT vitals ? 'temp_c' OR jsonb_typeof(vitals -> 'temp_c') = 'number')
);
