/**
 * The filing intake job: reads every ready file of the inbox, checks and grades each
 * record with {@code ingestion}, and loads the lake's bronze and silver tables exactly
 * once per filing version, restartably; plus the ways to run it (once, or polling the
 * inbox).
 */
@NullMarked
package dev.watchtower.batch.intake;

import org.jspecify.annotations.NullMarked;
