/**
 * The Elasticsearch server from Maven Central's integ-test distribution, run as a child
 * process on loopback, and the versioned index templates applied to it.
 */
@NullMarked
package dev.watchtower.infra.elasticsearch;

import org.jspecify.annotations.NullMarked;
