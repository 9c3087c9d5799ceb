/**
 * The intake benchmark ({@code ./watchtower bench ingest}): the whole intake of generated
 * filings beside Spark's own {@code read.json → Delta append} of the same files, in one
 * run.
 */
@NullMarked
package dev.watchtower.batch.bench;

import org.jspecify.annotations.NullMarked;
