/**
 * Reading filing files (JSON, NDJSON, CSV, XLSX) safely into records, schema validation
 * and the validation entry point.
 */
@NullMarked
package dev.watchtower.ingestion.intake;

import org.jspecify.annotations.NullMarked;
