-- Credit union core ledger: members, products, accounts, double-entry journal, card authorizations
CREATE SCHEMA core;
CREATE SCHEMA cards;

CREATE TYPE core.account_type AS ENUM ('checking', 'savings', 'loan', 'certificate', 'gl');
CREATE TYPE core.account_status AS ENUM ('pending', 'open', 'frozen', 'closed');

CREATE DOMAIN core.amount AS numeric(15,2) CHECK (VALUE <> 0);
CREATE DOMAIN core.rate AS numeric(6,4) CHECK (VALUE >= 0 AND VALUE < 1);

CREATE TABLE core.members (
    member_no   integer PRIMARY KEY CHECK (member_no BETWEEN 100000 AND 9999999),
    legal_name  text NOT NULL,
    kind        char(1) NOT NULL CHECK (kind IN ('P', 'B')),   -- person / business
    ssn_last4   char(4) CHECK (ssn_last4 ~ '^[0-9]{4}$'),
    ein         char(10) CHECK (ein ~ '^[0-9]{2}-[0-9]{7}$'),
    date_of_birth date,
    joined_on   date NOT NULL,
    CHECK (CASE kind WHEN 'P' THEN ssn_last4 IS NOT NULL AND ein IS NULL AND date_of_birth IS NOT NULL
                     ELSE ein IS NOT NULL AND ssn_last4 IS NULL AND date_of_birth IS NULL END),
    CHECK (date_of_birth IS NULL OR joined_on >= date_of_birth)
);

CREATE TABLE core.products (
    product_code varchar(8) PRIMARY KEY CHECK (product_code ~ '^[A-Z]{2,4}[0-9]{2,4}$'),
    account_type core.account_type NOT NULL,
    name        text NOT NULL,
    interest_rate core.rate NOT NULL DEFAULT 0,
    min_balance numeric(12,2) NOT NULL DEFAULT 0,
    term_months smallint,
    overdraft_limit numeric(12,2) NOT NULL DEFAULT 0 CHECK (overdraft_limit >= 0),
    CHECK ((account_type = 'certificate') = (term_months IS NOT NULL)),
    CHECK (term_months IS NULL OR term_months IN (3, 6, 12, 24, 36, 60)),
    CHECK (overdraft_limit = 0 OR account_type = 'checking'),
    CHECK (account_type <> 'loan' OR interest_rate > 0)
);

CREATE SEQUENCE core.account_no_seq START 10000001;

CREATE TABLE core.accounts (
    account_no  bigint PRIMARY KEY DEFAULT nextval('core.account_no_seq'),
    member_no   integer REFERENCES core.members ON DELETE RESTRICT,
    product_code varchar(8) NOT NULL REFERENCES core.products,
    status      core.account_status NOT NULL DEFAULT 'pending',
    opened_on   date NOT NULL,
    closed_on   date,
    matures_on  date,
    balance     numeric(15,2) NOT NULL DEFAULT 0,
    nickname    varchar(30),
    gl_code     char(4) UNIQUE CHECK (gl_code ~ '^[1-5][0-9]{3}$'),
    -- GL (internal) accounts have no member; member accounts have no GL code
    CHECK ((member_no IS NULL) = (gl_code IS NOT NULL)),
    CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
    CHECK (closed_on IS NULL OR closed_on >= opened_on),
    CHECK (status <> 'closed' OR balance = 0),
    CHECK (matures_on IS NULL OR matures_on > opened_on + interval '1 month')
);
-- a member may hold only one open account per product (except certificates, enforced by trigger)
CREATE UNIQUE INDEX accounts_one_per_product ON core.accounts (member_no, product_code)
    WHERE status IN ('pending', 'open', 'frozen') AND matures_on IS NULL;

CREATE FUNCTION core.accounts_validate() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE p core.products%ROWTYPE;
BEGIN
    SELECT * INTO p FROM core.products WHERE product_code = NEW.product_code;
    IF (p.account_type = 'gl') <> (NEW.gl_code IS NOT NULL) THEN
        RAISE EXCEPTION 'only GL products carry a gl_code';
    END IF;
    IF p.account_type = 'certificate' THEN
        IF NEW.matures_on IS DISTINCT FROM (NEW.opened_on + make_interval(months => p.term_months))::date THEN
            RAISE EXCEPTION 'certificate must mature % months after opening', p.term_months;
        END IF;
    ELSIF NEW.matures_on IS NOT NULL THEN
        RAISE EXCEPTION 'only certificates have a maturity date';
    END IF;
    IF p.account_type <> 'gl' AND NEW.balance < -p.overdraft_limit AND p.account_type <> 'loan' THEN
        RAISE EXCEPTION 'balance % below overdraft limit %', NEW.balance, p.overdraft_limit;
    END IF;
    IF p.account_type = 'loan' AND NEW.balance > 0 THEN
        RAISE EXCEPTION 'loan balances are carried as negative amounts';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER accounts_validate BEFORE INSERT OR UPDATE ON core.accounts
    FOR EACH ROW EXECUTE FUNCTION core.accounts_validate();

CREATE TABLE core.journal (
    journal_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posted_at   timestamptz NOT NULL DEFAULT now(),
    value_date  date NOT NULL,
    description text NOT NULL CHECK (length(description) BETWEEN 3 AND 140),
    channel     text NOT NULL CHECK (channel IN ('branch', 'atm', 'ach', 'wire', 'card', 'online', 'batch')),
    reversal_of bigint UNIQUE REFERENCES core.journal,
    CHECK (value_date BETWEEN (posted_at AT TIME ZONE 'UTC')::date - 5 AND (posted_at AT TIME ZONE 'UTC')::date + 3),
    CHECK (reversal_of IS NULL OR reversal_of < journal_id)
);

CREATE TABLE core.postings (
    journal_id  bigint NOT NULL REFERENCES core.journal ON DELETE CASCADE,
    leg         smallint NOT NULL CHECK (leg >= 1),
    account_no  bigint NOT NULL REFERENCES core.accounts,
    amount      core.amount NOT NULL,   -- positive = credit, negative = debit
    PRIMARY KEY (journal_id, leg),
    UNIQUE (journal_id, account_no)
);

-- every journal entry must balance to zero and have at least two legs; checked at commit
CREATE FUNCTION core.journal_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE j bigint := COALESCE(NEW.journal_id, OLD.journal_id); s numeric; n int;
BEGIN
    SELECT COALESCE(sum(amount), 0), count(*) INTO s, n FROM core.postings WHERE journal_id = j;
    IF n > 0 AND (s <> 0 OR n < 2) THEN
        RAISE EXCEPTION 'journal % does not balance (sum %, % legs)', j, s, n;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER postings_balanced AFTER INSERT OR UPDATE OR DELETE ON core.postings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION core.journal_balanced();

-- postings may only hit open accounts
CREATE FUNCTION core.posting_account_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM core.accounts WHERE account_no = NEW.account_no AND status <> 'open') THEN
        RAISE EXCEPTION 'account % is not open', NEW.account_no;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER posting_account_open BEFORE INSERT OR UPDATE ON core.postings
    FOR EACH ROW EXECUTE FUNCTION core.posting_account_open();

CREATE TABLE cards.cards (
    card_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no  bigint NOT NULL REFERENCES core.accounts ON DELETE CASCADE,
    pan_last4   char(4) NOT NULL CHECK (pan_last4 ~ '^[0-9]{4}$'),
    pan_hash    bytea NOT NULL UNIQUE CHECK (octet_length(pan_hash) = 32),
    expiry      date NOT NULL CHECK (expiry = (date_trunc('month', expiry) + interval '1 month' - interval '1 day')::date),
    daily_limit money NOT NULL DEFAULT '500.00' CHECK (daily_limit BETWEEN '50'::money AND '10000'::money),
    contactless boolean NOT NULL DEFAULT true,
    blocked_reason text CHECK (blocked_reason IN ('lost', 'stolen', 'fraud', 'customer_request'))
);

CREATE TABLE cards.authorizations (
    auth_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    card_id     bigint NOT NULL REFERENCES cards.cards ON DELETE CASCADE,
    auth_code   char(6) NOT NULL CHECK (auth_code ~ '^[0-9A-Z]{6}$'),
    mcc         char(4) NOT NULL CHECK (mcc ~ '^[0-9]{4}$'),
    amount      numeric(12,2) NOT NULL CHECK (amount > 0),
    currency    char(3) NOT NULL DEFAULT 'USD',
    fx_rate     numeric(12,6) CHECK (fx_rate > 0),
    requested_at timestamptz NOT NULL,
    approved    boolean NOT NULL,
    decline_code char(2) CHECK (decline_code IN ('05', '14', '51', '54', '57', '61', '65')),
    journal_id  bigint UNIQUE REFERENCES core.journal,
    CHECK (approved = (decline_code IS NULL)),
    CHECK ((currency = 'USD') = (fx_rate IS NULL)),
    CHECK (journal_id IS NULL OR approved),
    CHECK (mcc NOT IN ('7995') OR NOT approved)     -- gambling is always declined
);

CREATE VIEW core.trial_balance AS
    SELECT a.account_no, a.product_code, sum(p.amount) AS movement
    FROM core.accounts a JOIN core.postings p USING (account_no) GROUP BY a.account_no, a.product_code;
