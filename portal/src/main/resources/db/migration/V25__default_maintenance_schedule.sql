-- Every installation starts with a weekly lake maintenance schedule (docs/analytics-runs.md:
-- `maintain` compacts the analytics tables and removes files older than each table's retention,
-- which keeps the history bulletins need, ADR 30). Without it nothing ever compacts or vacuums the
-- analytics tables until an analyst thinks of scheduling it. Seeded once: an analyst may change,
-- pause or delete it like any other schedule, and a deleted one stays deleted.
--
-- Sundays 04:30 China time. next_fire_at is the cron expression's next time after now (strictly
-- after, as ReportScheduler.next computes it; ReportSchedulerIT checks the two agree).

insert into report_schedules (id, name, job, cron, time_zone, parameters, paused, next_fire_at, created_by,
                              created_at)
select '6d61696e-7465-6e61-6e63-650000000001'::uuid, '每周湖表维护 Weekly lake maintenance', 'MAINTAIN',
       '0 30 4 * * SUN', 'Asia/Shanghai', '{}'::jsonb, false,
       (case when sunday > local_now then sunday else sunday + interval '7 days' end) at time zone 'Asia/Shanghai',
       'watchtower', now()
from (select now() at time zone 'Asia/Shanghai' as local_now,
             date_trunc('week', now() at time zone 'Asia/Shanghai') + interval '6 days 4 hours 30 minutes' as sunday) as t;
