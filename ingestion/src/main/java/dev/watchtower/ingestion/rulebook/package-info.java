/**
 * The regulatory rulebook as versioned data per regime: grading criteria and deadlines
 * with effective dates and provenance.
 */
@NullMarked
package dev.watchtower.ingestion.rulebook;

import org.jspecify.annotations.NullMarked;
