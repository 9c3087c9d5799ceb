-- Append-only audit log (issue 7): every login, search, case view, export, notice action and
-- schedule change. Rows are only ever inserted. A trigger refuses UPDATE, DELETE and TRUNCATE;
-- the one way to remove rows is the retention function audit_log_purge below, which deletes only
-- rows older than a cut-off that is itself at least one year in the past (NFRA data-security
-- measures Art. 43: operation logs of sensitive and important data are kept at least one year,
-- of core data at least three; the portal's default retention is three years).

create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(128) not null,
    action         varchar(64)  not null,
    object_type    varchar(64)  not null default '',
    object_id      varchar(256) not null default '',
    outcome        varchar(16)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILURE')),
    details        jsonb        not null default '{}'::jsonb,
    client_address varchar(64),
    correlation_id varchar(64)
);

create index audit_log_occurred_at_idx on audit_log (occurred_at desc);
create index audit_log_actor_idx on audit_log (actor, occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);
create index audit_log_object_idx on audit_log (object_type, object_id);

create function audit_log_refuse_change() returns trigger
language plpgsql as $$
declare
    purge_before text := current_setting('watchtower.audit_purge_before', true);
begin
    if tg_op = 'DELETE' and purge_before is not null and purge_before <> ''
            and old.occurred_at < purge_before::timestamptz
            and purge_before::timestamptz <= now() - interval '1 year' then
        return old;
    end if;
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- Deletes the rows older than purge_before and returns how many. Refuses a cut-off less than one
-- year ago. The permission is transaction-local and cleared before returning.
create function audit_log_purge(purge_before timestamptz) returns bigint
language plpgsql as $$
declare
    purged bigint;
begin
    if purge_before > now() - interval '1 year' then
        raise exception 'audit_log retention must be at least one year; refusing to purge before %', purge_before
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('watchtower.audit_purge_before', purge_before::text, true);
    delete from audit_log where occurred_at < purge_before;
    get diagnostics purged = row_count;
    perform set_config('watchtower.audit_purge_before', '', true);
    return purged;
end;
$$;
