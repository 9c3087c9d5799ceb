/**
 * The JUnit 5 extension every module's tests use to get real PostgreSQL and
 * Elasticsearch, started once per build.
 */
@NullMarked
package dev.watchtower.infra.testing;

import org.jspecify.annotations.NullMarked;
