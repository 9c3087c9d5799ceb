/**
 * Filings submitted through the portal: files dropped atomically into the intake inbox
 * with a sidecar (docs/intake-contract.md), who submitted them, and their status read
 * from the intake's receipts.
 */
@NullMarked
package dev.watchtower.portal.filing;

import org.jspecify.annotations.NullMarked;
