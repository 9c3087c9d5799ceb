/**
 * Deterministic, seeded sample filings for demos, tests and benchmarks, including a share
 * of malformed files.
 */
@NullMarked
package dev.watchtower.ingestion.sample;

import org.jspecify.annotations.NullMarked;
