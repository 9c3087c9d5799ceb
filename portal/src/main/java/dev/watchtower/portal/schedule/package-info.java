/**
 * Report schedules: analysts schedule analytics jobs (cron and time zone, parameters),
 * run them now, pause and resume them; the scheduler queues due runs and claims queued
 * ones so that two portal instances never start the same run; the runner starts the job
 * as a separate process per {@code docs/analytics-runs.md} and keeps its progress,
 * outcome and CSV outputs, offered as CSV, XLSX and PDF.
 */
@NullMarked
package dev.watchtower.portal.schedule;

import org.jspecify.annotations.NullMarked;
