/**
 * The ledger of filings received, in PostgreSQL: which (institution, filing id, version)
 * the lake already holds and with which checksum, so the intake can tell a new filing
 * from a duplicate, a correction (higher version) or a late lower version. Updated in the
 * same transaction as the step's restart position.
 */
@NullMarked
package dev.watchtower.batch.ledger;

import org.jspecify.annotations.NullMarked;
