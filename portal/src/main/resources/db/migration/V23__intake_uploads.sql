-- Filings uploaded from the browser into the inbox (issue 7); their receipts appear under
-- <data>/intake/processed|failed once the batch intake has run (docs/intake-contract.md).
create table intake_uploads (
    receipt_id       varchar(64)   primary key,
    file             varchar(1000) not null,
    original_name    varchar(300)  not null,
    institution_code varchar(32),
    bytes            bigint        not null,
    sha256           char(64)      not null,
    submitted_by     varchar(64)   not null,
    submitted_at     timestamptz   not null
);

create index intake_uploads_user_idx on intake_uploads (submitted_by, submitted_at desc);
