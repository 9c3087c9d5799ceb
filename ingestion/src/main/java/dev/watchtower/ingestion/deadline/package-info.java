/**
 * Deadline engine and the Chinese working-day calendar (public holidays and make-up
 * working days) kept as data.
 */
@NullMarked
package dev.watchtower.ingestion.deadline;

import org.jspecify.annotations.NullMarked;
