/**
 * Spark jobs over Watchtower's Delta tables: industry posture, timeliness and grading
 * checks, cross-institution correlations, institution scores and risk bulletins.
 */
@NullMarked
package dev.watchtower.analytics;

import org.jspecify.annotations.NullMarked;
