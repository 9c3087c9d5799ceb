/**
 * The one factory of Spark sessions, configured for Delta Lake, local or on a cluster.
 */
@NullMarked
package dev.watchtower.analytics.spark;

import org.jspecify.annotations.NullMarked;
