/**
 * Incident reports in their four stages (brief, initial, progress, final), read from JSON
 * trees and checked by business rules.
 */
@NullMarked
package dev.watchtower.ingestion.incident;

import org.jspecify.annotations.NullMarked;
