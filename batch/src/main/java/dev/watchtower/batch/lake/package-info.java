/**
 * The Delta tables the intake owns (bronze {@code filings} and {@code rejects}, silver
 * {@code incident_reports}, {@code annual_reports} and {@code institutions}): their
 * schemas, the in-process Spark session and the idempotent writes. Spark types never
 * leave this package.
 */
@NullMarked
package dev.watchtower.batch.lake;

import org.jspecify.annotations.NullMarked;
