/**
 * Validation throughput benchmark: validation rate beside the raw Jackson parse rate of
 * the same NDJSON file.
 */
@NullMarked
package dev.watchtower.ingestion.benchmark;

import org.jspecify.annotations.NullMarked;
