/**
 * The embedded PostgreSQL server (zonky) used by local runs and tests.
 */
@NullMarked
package dev.watchtower.infra.postgres;

import org.jspecify.annotations.NullMarked;
