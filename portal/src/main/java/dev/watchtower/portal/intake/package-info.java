/**
 * Intake status: the batch intake's runs (read-only from Spring Batch's job repository),
 * the receipts of processed and failed files ({@code docs/intake-contract.md}) with their
 * rejected records, exports of those rejects, re-running a failed file, and uploads of
 * filings from the browser into the inbox.
 */
@NullMarked
package dev.watchtower.portal.intake;

import org.jspecify.annotations.NullMarked;
