-- Report schedules and their run log (issue 7). A due schedule is locked with
-- FOR UPDATE SKIP LOCKED while its run is queued, the pair (schedule, fire time) is unique, and a
-- queued run is claimed with FOR UPDATE SKIP LOCKED: two portal instances never start the same run.

create table report_schedules (
    id           uuid primary key,
    name         varchar(100) not null,
    job          varchar(32)  not null,
    cron         varchar(120) not null,
    time_zone    varchar(64)  not null,
    parameters   jsonb        not null default '{}'::jsonb,
    paused       boolean      not null default false,
    next_fire_at timestamptz,
    created_by   varchar(64)  not null,
    created_at   timestamptz  not null,
    updated_by   varchar(64),
    updated_at   timestamptz
);

create index report_schedules_due_idx on report_schedules (next_fire_at) where not paused;

create table report_runs (
    id           uuid primary key,
    schedule_id  uuid         not null references report_schedules (id),
    fire_time    timestamptz  not null,
    trigger      varchar(16)  not null check (trigger in ('SCHEDULED', 'MANUAL')),
    requested_by varchar(64)  not null,
    state        varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    progress     integer      not null default 0 check (progress between 0 and 100),
    step         varchar(100),
    message      varchar(500),
    reason       text,
    exit_code    integer,
    queued_at    timestamptz  not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    heartbeat_at timestamptz,
    claimed_by   varchar(100),
    output_dir   varchar(1000),
    constraint report_runs_once_per_fire_time unique (schedule_id, fire_time)
);

create index report_runs_queue_idx on report_runs (queued_at) where state = 'QUEUED';
create index report_runs_schedule_idx on report_runs (schedule_id, queued_at desc);
