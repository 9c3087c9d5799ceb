/**
 * The {@code deadlines} job: {@code gold/deadline_checks} (per incident, regime and
 * required report: due, filed, late by how much, or missing), judged by the ingestion
 * library's {@code TimelinessCheck} on each incident's stage chain, and
 * {@code gold/annual_report_checks} (annual reports missing or late per institution).
 */
@NullMarked
package dev.watchtower.analytics.deadlines;

import org.jspecify.annotations.NullMarked;
