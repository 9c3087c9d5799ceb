/**
 * What every job run shares: its settings (as-of date, lake, master, full or
 * incremental), the command-line arguments they come from, the context a job runs in and
 * its result.
 */
@NullMarked
package dev.watchtower.analytics.run;

import org.jspecify.annotations.NullMarked;
