-- Round 9 (r25) HELD-OUT schema: a scholarly publisher (journals, books, peer review, royalties).
CREATE TABLE imprints (
    imprint_id     smallserial PRIMARY KEY,
    imprint_name   varchar(80) NOT NULL UNIQUE,
    isbn_prefix    varchar(13) NOT NULL,
    city           varchar(60),
    founded_year   smallint
);
CREATE TABLE journals (
    journal_id     serial PRIMARY KEY,
    title          varchar(200) NOT NULL,
    abbrev_title   varchar(60),
    issn_print     char(9) UNIQUE,
    issn_online    char(9) UNIQUE,
    imprint_id     smallint NOT NULL REFERENCES imprints(imprint_id),
    doi_prefix     varchar(20) NOT NULL,
    impact_factor  numeric(5,3),
    open_access    boolean NOT NULL DEFAULT false,
    apc_usd        numeric(8,2)
);
CREATE TABLE contributors (
    contributor_id serial PRIMARY KEY,
    given_name     varchar(60) NOT NULL,
    family_name    varchar(80) NOT NULL,
    orcid          char(19) UNIQUE,
    email          varchar(120),
    affiliation    varchar(200),
    ror_id         varchar(25),
    country        char(2)
);
CREATE TABLE articles (
    article_id     bigserial PRIMARY KEY,
    journal_id     int NOT NULL REFERENCES journals(journal_id),
    doi            varchar(64) NOT NULL UNIQUE,
    manuscript_no  varchar(20) NOT NULL UNIQUE,
    title          text NOT NULL,
    article_type   varchar(20) NOT NULL CHECK (article_type IN ('research','review','letter','editorial','erratum')),
    volume         smallint,
    issue          smallint,
    first_page     int,
    last_page      int,
    received_on    date NOT NULL,
    accepted_on    date,
    published_on   date,
    pmid           int,
    licence        varchar(20)
);
CREATE TABLE authorships (
    article_id     bigint NOT NULL REFERENCES articles(article_id),
    contributor_id int NOT NULL REFERENCES contributors(contributor_id),
    author_seq     smallint NOT NULL,
    is_corresponding boolean NOT NULL DEFAULT false,
    credit_role    varchar(40),
    PRIMARY KEY (article_id, contributor_id)
);
CREATE TABLE reviews (
    review_id      serial PRIMARY KEY,
    article_id     bigint NOT NULL REFERENCES articles(article_id),
    reviewer_id    int NOT NULL REFERENCES contributors(contributor_id),
    round_no       smallint NOT NULL DEFAULT 1,
    invited_at     timestamptz NOT NULL,
    submitted_at   timestamptz,
    recommendation varchar(16) CHECK (recommendation IN ('accept','minor','major','reject')),
    comments_to_author text
);
CREATE TABLE books (
    book_id        serial PRIMARY KEY,
    imprint_id     smallint NOT NULL REFERENCES imprints(imprint_id),
    isbn13         char(13) NOT NULL UNIQUE,
    isbn10         char(10),
    title          varchar(250) NOT NULL,
    subtitle       varchar(250),
    edition        smallint DEFAULT 1,
    pub_date       date,
    page_count     int,
    list_price     numeric(8,2),
    bisac_code     char(9),
    lccn           varchar(12),
    format         varchar(10) CHECK (format IN ('hardback','paperback','ebook','audio'))
);
CREATE TABLE book_contributors (
    book_id        int NOT NULL REFERENCES books(book_id),
    contributor_id int NOT NULL REFERENCES contributors(contributor_id),
    role           varchar(12) NOT NULL CHECK (role IN ('author','editor','translator','illustrator')),
    PRIMARY KEY (book_id, contributor_id, role)
);
CREATE TABLE royalty_statements (
    statement_id   serial PRIMARY KEY,
    book_id        int NOT NULL REFERENCES books(book_id),
    contributor_id int NOT NULL REFERENCES contributors(contributor_id),
    period_end     date NOT NULL,
    units_sold     int NOT NULL DEFAULT 0,
    royalty_pct    numeric(5,2),
    amount_due     numeric(10,2),
    payee_iban     varchar(34),
    paid_on        date
);
CREATE TABLE grants (
    grant_id       serial PRIMARY KEY,
    article_id     bigint REFERENCES articles(article_id),
    funder_name    varchar(160) NOT NULL,
    funder_doi     varchar(40),
    award_number   varchar(30),
    amount         numeric(12,2)
);
