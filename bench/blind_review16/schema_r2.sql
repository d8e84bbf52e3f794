-- Bingo hall (licensed bingo club with a members' scheme, main stage sessions and gaming machines), United Kingdom
CREATE TABLE club (
    club_id           serial PRIMARY KEY,
    club_code         char(4)      NOT NULL UNIQUE,            -- e.g. WIG1
    club_name         varchar(80)  NOT NULL,
    town              varchar(60)  NOT NULL,
    op_licence_no     varchar(30)  NOT NULL,                   -- Gambling Commission operating licence, 000-012345-R-301234-001
    premises_lic_ref  varchar(20)  NOT NULL,                   -- council premises licence ref
    seats             smallint     NOT NULL CHECK (seats BETWEEN 50 AND 2000),
    opened_on         date         NOT NULL
);

CREATE TABLE member (
    member_id            serial PRIMARY KEY,
    club_id              integer     NOT NULL REFERENCES club(club_id),
    card_no              varchar(10) NOT NULL UNIQUE,
    first_name           varchar(40) NOT NULL,
    surname              varchar(40) NOT NULL,
    dob                  date        NOT NULL,
    postcode             varchar(8)  NOT NULL,
    joined_on            date        NOT NULL,
    id_checked           boolean     NOT NULL DEFAULT false,   -- Think 25 / photo ID seen at sign-up
    self_excl_until      date,
    mktg_opt_in          boolean     NOT NULL DEFAULT false,
    notes                text,
    CHECK (joined_on >= dob + interval '18 years')
);

CREATE TABLE session (
    session_id        serial PRIMARY KEY,
    club_id           integer       NOT NULL REFERENCES club(club_id),
    session_date      date          NOT NULL,
    session_type      varchar(12)   NOT NULL CHECK (session_type IN ('afternoon', 'early doors', 'main', 'late night')),
    doors_open        time          NOT NULL,
    eyes_down         time          NOT NULL,
    caller            varchar(40)   NOT NULL,
    admissions        smallint      NOT NULL CHECK (admissions >= 0),
    stage_takings_gbp numeric(9,2)  NOT NULL,
    CHECK (eyes_down > doors_open)
);

CREATE TABLE game (
    game_id         serial PRIMARY KEY,
    session_id      integer      NOT NULL REFERENCES session(session_id),
    game_no         smallint     NOT NULL,
    game_type       varchar(12)  NOT NULL CHECK (game_type IN ('line', 'two lines', 'full house', 'national game',
                       'link game', 'snowball', 'flyer', 'last chance')),
    ticket_colour   varchar(8)   NOT NULL CHECK (ticket_colour IN ('pink', 'blue', 'yellow', 'green', 'orange', 'grey', 'purple')),
    eyes_down_at    timestamptz  NOT NULL,
    calls_to_win    smallint     CHECK (calls_to_win BETWEEN 4 AND 90),
    prize_gbp       numeric(9,2) NOT NULL,
    linked          boolean      NOT NULL DEFAULT false,
    UNIQUE (session_id, game_no)
);

CREATE TABLE book_sale (
    sale_id      serial PRIMARY KEY,
    session_id   integer      NOT NULL REFERENCES session(session_id),
    member_id    integer      NOT NULL REFERENCES member(member_id),
    book_type    varchar(6)   NOT NULL CHECK (book_type IN ('6-on', '9-on', '12-on', '18-on', '30-on')),
    books        smallint     NOT NULL CHECK (books BETWEEN 1 AND 10),
    price_gbp    numeric(7,2) NOT NULL,
    sold_at      timestamptz  NOT NULL,
    paid_by      varchar(4)   NOT NULL CHECK (paid_by IN ('cash', 'card'))
);

CREATE TABLE claim (
    claim_id        serial PRIMARY KEY,
    game_id         integer      NOT NULL REFERENCES game(game_id),
    member_id       integer      NOT NULL REFERENCES member(member_id),
    ticket_serial   varchar(12)  NOT NULL,                     -- serial + perm, e.g. C12345/03
    claimed_at      timestamptz  NOT NULL,
    checked_by      varchar(40)  NOT NULL,
    shared_between  smallint     NOT NULL DEFAULT 1 CHECK (shared_between >= 1),
    amount_gbp      numeric(9,2) NOT NULL,
    paid_at         timestamptz,
    CHECK (paid_at IS NULL OR paid_at >= claimed_at)
);

CREATE TABLE machine (
    machine_id     serial PRIMARY KEY,
    club_id        integer      NOT NULL REFERENCES club(club_id),
    asset_tag      varchar(10)  NOT NULL UNIQUE,
    category       varchar(2)   NOT NULL CHECK (category IN ('B3', 'B4', 'C', 'D')),
    manufacturer   varchar(20)  NOT NULL CHECK (manufacturer IN ('Inspired', 'Novomatic', 'Reflex Gaming', 'Blueprint', 'Astra', 'Bell-Fruit')),
    max_stake_gbp  numeric(5,2) NOT NULL,
    max_prize_gbp  numeric(8,2) NOT NULL,
    installed_on   date         NOT NULL
);

CREATE TABLE cash_collection (
    coll_id         serial PRIMARY KEY,
    machine_id      integer      NOT NULL REFERENCES machine(machine_id),
    collected_on    date         NOT NULL,
    cash_in_gbp     numeric(9,2) NOT NULL,
    cash_out_gbp    numeric(9,2) NOT NULL,
    hopper_refill_gbp numeric(7,2),
    collected_by    varchar(40)  NOT NULL,
    variance_note   text
);
