-- Files submitted through the API into the intake inbox: who submitted which receipt, so that a
-- token reads the status of its own submissions only. The outcome itself is the intake's receipt
-- file (docs/intake-contract.md).
create table filing_submissions (
    receipt_id       varchar(64)  primary key,
    submitted_by     varchar(80)  not null,
    institution_code varchar(18)  not null,
    file_name        varchar(300) not null,
    original_name    varchar(300),
    bytes            bigint       not null,
    sha256           char(64)     not null,
    submitted_at     timestamptz  not null
);
create index filing_submissions_by_institution on filing_submissions (institution_code, submitted_at desc);
