/**
 * The Delta lake as the jobs see it: the tables by name, reads pinned to a table version
 * (so every gold row can name the versions it was computed from), declared writes and the
 * per-job watermarks.
 */
@NullMarked
package dev.watchtower.analytics.lake;

import org.jspecify.annotations.NullMarked;
