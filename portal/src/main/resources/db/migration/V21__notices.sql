-- Supervisory notices (issue 7): drafts, the four-eyes workflow, numbering per type and year,
-- the issued PDF with its SHA-256, response tracking and the full history.

create table notices (
    id                   uuid primary key,
    notice_type          varchar(32)  not null,
    status               varchar(24)  not null
        check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'ISSUED', 'RESPONSE_RECEIVED', 'CLOSED')),
    title                varchar(200) not null,
    body                 text         not null,
    legal_basis_id       varchar(64)  not null,
    citation_zh          varchar(500) not null,
    authority_zh         varchar(100) not null,
    catalogue_version    varchar(32)  not null,
    response_due         date,
    drafted_by           varchar(64)  not null,
    drafted_at           timestamptz  not null,
    approved_by          varchar(64),
    approved_at          timestamptz,
    issued_by            varchar(64),
    issued_at            timestamptz,
    issue_year           integer,
    serial               integer,
    number               varchar(64) unique,
    pdf                  bytea,
    pdf_sha256           char(64) unique,
    response_received_at timestamptz,
    response_summary     text,
    closed_at            timestamptz,
    constraint notices_number_once unique (notice_type, issue_year, serial),
    constraint notices_issued_complete check (
        status not in ('ISSUED', 'RESPONSE_RECEIVED', 'CLOSED')
        or (number is not null and pdf is not null and pdf_sha256 is not null and issued_at is not null)),
    constraint notices_four_eyes check (approved_by is null or approved_by <> drafted_by),
    constraint notices_issuer_not_drafter check (issued_by is null or issued_by <> drafted_by)
);

create index notices_status_idx on notices (status, response_due);

create table notice_addressees (
    notice_id        uuid         not null references notices (id),
    position         integer      not null,
    institution_code varchar(32)  not null,
    institution_name varchar(200) not null,
    primary key (notice_id, institution_code)
);

create table notice_links (
    notice_id uuid         not null references notices (id),
    kind      varchar(16)  not null check (kind in ('CASE', 'BULLETIN')),
    target_id varchar(256) not null,
    primary key (notice_id, kind, target_id)
);

create index notice_links_target_idx on notice_links (kind, target_id);

create table notice_history (
    id          bigint generated always as identity primary key,
    notice_id   uuid        not null references notices (id),
    occurred_at timestamptz not null,
    actor       varchar(64) not null,
    action      varchar(32) not null,
    from_status varchar(24),
    to_status   varchar(24) not null,
    comment     text
);

create index notice_history_notice_idx on notice_history (notice_id, id);

-- One row per notice type and year; issuing increments it in the issuing transaction (the row
-- stays locked until commit), so numbers have no gaps and no duplicates under concurrency.
create table notice_counters (
    notice_type varchar(32) not null,
    year        integer     not null,
    last_serial integer     not null,
    primary key (notice_type, year)
);
