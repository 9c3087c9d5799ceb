/**
 * Grading engine: the level each incident report deserves under each regime, with the
 * rules and figures that decided it.
 */
@NullMarked
package dev.watchtower.ingestion.grading;

import org.jspecify.annotations.NullMarked;
