/**
 * Starts, watches and stops the real services a local Watchtower runs on: embedded
 * PostgreSQL and an Elasticsearch child process, all under one data folder.
 */
@NullMarked
package dev.watchtower.infra;

import org.jspecify.annotations.NullMarked;
