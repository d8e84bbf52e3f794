-- Genomics sequencing core facility (university shared service): PI labs and their users, projects, sample submissions, samples, library preps, sequencers, runs, library loads per lane, data deliveries, invoices.

CREATE TABLE lab (
    lab_id       serial PRIMARY KEY,
    pi_nm        varchar(80)  NOT NULL,
    dept         varchar(80)  NOT NULL,
    inst_nm      varchar(120) NOT NULL,
    acct_cd      varchar(20),
    is_ext       boolean      NOT NULL DEFAULT false,
    rate_tier    char(1)      NOT NULL CHECK (rate_tier IN ('I', 'A', 'C')),
    created_dt   date         NOT NULL,
    is_actv      boolean      NOT NULL DEFAULT true
);

CREATE TABLE usr (
    usr_id       serial PRIMARY KEY,
    lab_id       integer      NOT NULL REFERENCES lab(lab_id),
    fname        varchar(40)  NOT NULL,
    lname        varchar(40)  NOT NULL,
    email        varchar(120),
    role_cd      varchar(4)   NOT NULL CHECK (role_cd IN ('PI', 'PDRA', 'PHD', 'TECH', 'EXT', 'UG')),
    lims_login   varchar(30)  UNIQUE,
    last_login_ts timestamp
);

CREATE TABLE proj (
    proj_id      serial PRIMARY KEY,
    lab_id       integer      NOT NULL REFERENCES lab(lab_id),
    proj_cd      varchar(12)  NOT NULL UNIQUE,
    title        varchar(200) NOT NULL,
    opened_dt    date         NOT NULL,
    closed_dt    date,
    quote_amt    numeric(10,2),
    status       varchar(4)   NOT NULL CHECK (status IN ('OPEN', 'HOLD', 'CLSD'))
);

CREATE TABLE subm (
    subm_id      serial PRIMARY KEY,
    proj_id      integer      NOT NULL REFERENCES proj(proj_id),
    usr_id       integer      NOT NULL REFERENCES usr(usr_id),
    rcvd_ts      timestamp    NOT NULL,
    svc_type     varchar(5)   NOT NULL CHECK (svc_type IN ('WGS', 'WES', 'RNA', 'scRNA', 'AMP', 'ChIP', 'ATAC', 'LR')),
    n_smpl       smallint     NOT NULL CHECK (n_smpl > 0),
    tgt_reads_m  numeric(7,1),
    prio         varchar(4)   NOT NULL DEFAULT 'STD' CHECK (prio IN ('STD', 'RUSH')),
    status       varchar(6)   NOT NULL CHECK (status IN ('RCVD', 'QCPASS', 'QCFAIL', 'INPROG', 'DLVRD', 'CXL'))
);

CREATE TABLE smpl (
    smpl_id      serial PRIMARY KEY,
    subm_id      integer      NOT NULL REFERENCES subm(subm_id),
    smpl_nm      varchar(60)  NOT NULL,
    species      varchar(3)   NOT NULL CHECK (species IN ('HS', 'MM', 'DR', 'AT', 'SC', 'EC', 'OTH')),
    conc_ng_ul   numeric(8,2),
    vol_ul       numeric(6,1) NOT NULL,
    rin          numeric(3,1) CHECK (rin BETWEEN 1 AND 10),
    qc_flag      char(1)      NOT NULL CHECK (qc_flag IN ('P', 'F', 'W')),
    is_hum_dna   boolean      NOT NULL DEFAULT false,
    frzr_loc     varchar(20)
);

CREATE TABLE lib (
    lib_id       serial PRIMARY KEY,
    smpl_id      integer      NOT NULL REFERENCES smpl(smpl_id),
    kit_cd       varchar(20)  NOT NULL,
    idx_i7       varchar(12)  NOT NULL,
    idx_i5       varchar(12),
    prep_dt      date         NOT NULL,
    insert_bp    integer,
    lib_conc_nm  numeric(7,2),
    status       varchar(6)   NOT NULL CHECK (status IN ('PREP', 'QC', 'POOLED', 'FAIL', 'REPREP'))
);

CREATE TABLE instr (
    instr_id     serial PRIMARY KEY,
    instr_nm     varchar(30)  NOT NULL,
    model        varchar(20)  NOT NULL CHECK (model IN ('NovaSeq6000', 'NovaSeqX', 'NextSeq2000', 'MiSeq', 'PromethION')),
    serial_no    varchar(30)  NOT NULL UNIQUE,
    instl_dt     date         NOT NULL,
    svc_due_dt   date,
    is_actv      boolean      NOT NULL DEFAULT true
);

CREATE TABLE run (
    run_id       serial PRIMARY KEY,
    instr_id     integer      NOT NULL REFERENCES instr(instr_id),
    run_nm       varchar(40)  NOT NULL UNIQUE,
    fc_type      varchar(4)   NOT NULL CHECK (fc_type IN ('SP', 'S1', 'S2', 'S4', '10B', '25B', 'P2', 'P3', 'v3', 'MIN')),
    read_len     smallint     NOT NULL,
    is_paired    boolean      NOT NULL DEFAULT true,
    start_ts     timestamp    NOT NULL,
    end_ts       timestamp,
    clust_pf_m   numeric(8,1),
    pct_q30      numeric(4,1),
    run_status   varchar(4)   NOT NULL CHECK (run_status IN ('PLAN', 'SEQ', 'DONE', 'FAIL', 'ABRT'))
);

CREATE TABLE lane_ld (
    ld_id        bigserial PRIMARY KEY,
    run_id       integer      NOT NULL REFERENCES run(run_id),
    lib_id       integer      NOT NULL REFERENCES lib(lib_id),
    lane_no      smallint     NOT NULL CHECK (lane_no BETWEEN 1 AND 8),
    pct_lane     numeric(5,2) NOT NULL,
    reads_m      numeric(8,2),
    pf_ok        boolean      NOT NULL DEFAULT true
);

CREATE TABLE dlvry (
    dlv_id       serial PRIMARY KEY,
    subm_id      integer      NOT NULL REFERENCES subm(subm_id),
    dlv_ts       timestamp    NOT NULL,
    method       varchar(6)   NOT NULL CHECK (method IN ('SFTP', 'S3', 'HDD', 'GLOBUS', 'BSPACE')),
    gb_size      numeric(9,2) NOT NULL,
    n_files      integer      NOT NULL,
    dwnld_ts     timestamp,
    purge_dt     date
);

CREATE TABLE inv (
    inv_id       serial PRIMARY KEY,
    proj_id      integer      NOT NULL REFERENCES proj(proj_id),
    inv_no       varchar(14)  NOT NULL UNIQUE,
    inv_dt       date         NOT NULL,
    amt_due      numeric(10,2) NOT NULL,
    amt_pd       numeric(10,2) NOT NULL DEFAULT 0,
    pd_dt        date,
    po_no        varchar(20),
    status       varchar(5)   NOT NULL CHECK (status IN ('DRAFT', 'ISS', 'PART', 'PAID', 'VOID'))
);
