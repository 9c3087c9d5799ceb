/**
 * Shared validation concepts: rule ids with bilingual messages, violations as values and
 * per-record outcomes.
 */
@NullMarked
package dev.watchtower.ingestion.validation;

import org.jspecify.annotations.NullMarked;
