/**
 * The {@code posture} job (态势感知): {@code gold/posture} aggregates by day and month,
 * sector, category, level and province, and {@code gold/peer_benchmarks} by sector and
 * institution size.
 */
@NullMarked
package dev.watchtower.analytics.situation;

import org.jspecify.annotations.NullMarked;
