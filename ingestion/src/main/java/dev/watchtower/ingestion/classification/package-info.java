/**
 * Incident taxonomy and grading vocabulary: GB/T 20986-2023 categories as data, levels,
 * causes and data levels.
 */
@NullMarked
package dev.watchtower.ingestion.classification;

import org.jspecify.annotations.NullMarked;
