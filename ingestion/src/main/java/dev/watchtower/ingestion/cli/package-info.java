/**
 * Command-line boundary of the ingestion library: validate, generate and bench, the only
 * place that prints.
 */
@NullMarked
package dev.watchtower.ingestion.cli;

import org.jspecify.annotations.NullMarked;
