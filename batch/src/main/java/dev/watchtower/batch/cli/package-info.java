/**
 * The command line of the batch application ({@code ingest [DIR]}, {@code serve}): the
 * only place that prints.
 */
@NullMarked
package dev.watchtower.batch.cli;

import org.jspecify.annotations.NullMarked;
