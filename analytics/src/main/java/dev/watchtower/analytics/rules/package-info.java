/**
 * The thresholds of the analytics jobs as data: a versioned JSON file bundled with the
 * module ({@code analytics-rules.json}), replaceable by {@code --rules FILE}.
 */
@NullMarked
package dev.watchtower.analytics.rules;

import org.jspecify.annotations.NullMarked;
