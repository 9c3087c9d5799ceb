/**
 * The {@code scores} job: {@code gold/institution_scores}, a risk score per institution
 * with the weighted factors that make it up (weights and caps from the rules file).
 */
@NullMarked
package dev.watchtower.analytics.score;

import org.jspecify.annotations.NullMarked;
