/**
 * The {@code maintain} job: compacts the analytics tables (OPTIMIZE, which also rewrites
 * files with more than 5 % of their rows deleted by deletion vectors) and removes the
 * files no version within a table's retention needs (VACUUM), keeping the history
 * bulletins are reproduced from as long as the rules say (ADR 30).
 */
@NullMarked
package dev.watchtower.analytics.maintenance;

import org.jspecify.annotations.NullMarked;
