-- Alerts (issue 7): rules as data, notifications per user, and the watermark of each polled
-- Elasticsearch source. Two portal instances poll safely: the watermark row is locked with
-- FOR UPDATE SKIP LOCKED and a notification is unique per (user, rule, object).

create table alert_rules (
    id         uuid primary key,
    kind       varchar(32)  not null check (kind in ('SEVERE_CASE', 'LATE_FILING', 'NEW_BULLETIN')),
    name       varchar(100) not null,
    levels     varchar(100) not null default '',
    roles      varchar(100) not null,
    email_to   varchar(1000) not null default '',
    enabled    boolean      not null default true,
    created_by varchar(64)  not null,
    created_at timestamptz  not null
);

insert into alert_rules (id, kind, name, levels, roles, email_to, enabled, created_by, created_at) values
    ('00000000-0000-0000-0000-00000000a001', 'SEVERE_CASE', '新增特别重大、重大事件', 'EXTRAORDINARY,MAJOR',
     'REGULATOR,INSPECTOR', '', true, 'system', now()),
    ('00000000-0000-0000-0000-00000000a002', 'LATE_FILING', '迟报', '', 'INSPECTOR', '', true, 'system', now()),
    ('00000000-0000-0000-0000-00000000a003', 'NEW_BULLETIN', '新风险通报', '', 'REGULATOR,ANALYST', '', true,
     'system', now());

create table alert_watermarks (
    source     varchar(32) primary key,
    seen_until timestamptz not null,
    polled_at  timestamptz not null
);

create table notifications (
    id          bigint generated always as identity primary key,
    username    varchar(64)  not null,
    rule_id     uuid         not null references alert_rules (id),
    object_type varchar(32)  not null,
    object_id   varchar(256) not null,
    title       varchar(300) not null,
    body        text         not null,
    link        varchar(500) not null default '',
    created_at  timestamptz  not null,
    read_at     timestamptz,
    constraint notifications_once unique (username, rule_id, object_id)
);

create index notifications_unread_idx on notifications (username, created_at desc) where read_at is null;
