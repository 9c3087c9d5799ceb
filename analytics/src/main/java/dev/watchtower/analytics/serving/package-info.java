/**
 * The serving layer ({@code analytics run index}): the {@code cases}, {@code bulletins}
 * and {@code posture} documents built from the lake, indexed into Elasticsearch through
 * the aliases of {@code infra/elasticsearch/}, incrementally (only documents whose
 * content changed since the last run) or in full.
 */
@NullMarked
package dev.watchtower.analytics.serving;

import org.jspecify.annotations.NullMarked;
