/**
 * The one factory of Spark sessions, configured for Delta Lake, local or on a cluster,
 * and the column helpers the jobs' aggregations share.
 */
@NullMarked
package dev.watchtower.analytics.spark;

import org.jspecify.annotations.NullMarked;
