-- Domain: last-mile courier

CREATE TYPE service_level AS ENUM ('standard', 'next_day', 'same_day');
CREATE TYPE parcel_status AS ENUM ('created', 'at_depot', 'out_for_delivery', 'delivered', 'failed', 'returned');
CREATE TYPE attempt_outcome AS ENUM ('delivered', 'safe_place', 'neighbour', 'no_one_home', 'refused', 'bad_address');

CREATE TABLE depots (
    depot_id        serial PRIMARY KEY,
    depot_code      char(4)      NOT NULL UNIQUE,
    name            varchar(80)  NOT NULL,
    address_line    varchar(200) NOT NULL,
    postcode        varchar(10)  NOT NULL,
    lat             numeric(9,6),
    lng             numeric(9,6)
);

CREATE TABLE couriers (
    courier_id      serial PRIMARY KEY,
    depot_id        integer      NOT NULL REFERENCES depots(depot_id),
    full_name       varchar(100) NOT NULL,
    phone           varchar(20)  NOT NULL,
    employment_type varchar(12)  NOT NULL CHECK (employment_type IN ('employee', 'contractor')),
    vehicle_type    varchar(12)  NOT NULL CHECK (vehicle_type IN ('van', 'cargo_bike', 'car', 'scooter')),
    max_load_kg     numeric(6,1),
    rating          numeric(3,2) CHECK (rating BETWEEN 1 AND 5),
    is_active       boolean      NOT NULL DEFAULT true
);

CREATE TABLE shippers (
    shipper_id      serial PRIMARY KEY,
    company_name    varchar(120) NOT NULL,
    account_no      varchar(12)  NOT NULL UNIQUE,
    contact_email   varchar(120),
    billing_cycle   varchar(10)  NOT NULL DEFAULT 'monthly' CHECK (billing_cycle IN ('weekly', 'monthly')),
    created_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE parcels (
    parcel_id          bigserial PRIMARY KEY,
    tracking_no        varchar(20)  NOT NULL UNIQUE,
    shipper_id         integer      NOT NULL REFERENCES shippers(shipper_id),
    depot_id           integer      NOT NULL REFERENCES depots(depot_id),
    recipient_name     varchar(100) NOT NULL,
    recipient_phone    varchar(20),
    delivery_addr      text         NOT NULL,
    delivery_postcode  varchar(10)  NOT NULL,
    weight_g           integer      NOT NULL CHECK (weight_g > 0),
    length_cm          smallint,
    width_cm           smallint,
    height_cm          smallint,
    service_level      service_level NOT NULL DEFAULT 'standard',
    cod_amount         numeric(8,2),
    signature_required boolean      NOT NULL DEFAULT false,
    status             parcel_status NOT NULL DEFAULT 'created',
    received_at        timestamptz  NOT NULL DEFAULT now(),
    delivered_at       timestamptz
);

CREATE TABLE routes (
    route_id        serial PRIMARY KEY,
    depot_id        integer      NOT NULL REFERENCES depots(depot_id),
    courier_id      integer      REFERENCES couriers(courier_id),
    route_date      date         NOT NULL,
    planned_stops   smallint,
    planned_km      numeric(6,1),
    actual_km       numeric(6,1),
    dispatched_at   timestamptz,
    completed_at    timestamptz
);

CREATE TABLE route_stops (
    stop_id         bigserial PRIMARY KEY,
    route_id        integer      NOT NULL REFERENCES routes(route_id),
    parcel_id       bigint       NOT NULL REFERENCES parcels(parcel_id),
    seq             smallint     NOT NULL,
    eta             timestamptz,
    UNIQUE (route_id, seq)
);

CREATE TABLE delivery_attempts (
    attempt_id      bigserial PRIMARY KEY,
    stop_id         bigint       NOT NULL REFERENCES route_stops(stop_id),
    attempt_no      smallint     NOT NULL DEFAULT 1,
    attempted_at    timestamptz  NOT NULL,
    outcome         attempt_outcome NOT NULL,
    fail_note       varchar(255),
    signed_by       varchar(100),
    pod_photo_url   varchar(500),
    gps_lat         numeric(9,6),
    gps_lng         numeric(9,6)
);
