/**
 * Shared infrastructure of the portal that every feature may use: the clock and the
 * Elasticsearch client built from
 * {@link dev.watchtower.portal.base.ElasticsearchSettings}.
 */
@NullMarked
package dev.watchtower.portal.base;

import org.jspecify.annotations.NullMarked;
