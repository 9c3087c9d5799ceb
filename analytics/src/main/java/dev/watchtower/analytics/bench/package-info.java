/**
 * {@code ./watchtower bench analytics}: seeded silver inputs in the shape of
 * {@code docs/lake.md} (10k, 100k, 1M incidents), full and incremental refresh times, and
 * the indexing rate against a raw {@code _bulk} of the same documents.
 */
@NullMarked
package dev.watchtower.analytics.bench;

import org.jspecify.annotations.NullMarked;
