/**
 * The {@code incidents} job: merges the report stages of {@code silver/incident_reports}
 * into one {@code silver/incidents} row per incident (latest state, stage chain, first
 * and last report times, computed against self-assessed level).
 */
@NullMarked
package dev.watchtower.analytics.incidents;

import org.jspecify.annotations.NullMarked;
