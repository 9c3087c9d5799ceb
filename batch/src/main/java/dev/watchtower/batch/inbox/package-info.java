/**
 * The inbox contract ({@code docs/intake-contract.md}): which files are ready, their
 * sidecars, the manifest of each run with its per-file counts, and the receipts written
 * beside the files moved to {@code processed/} or {@code failed/}.
 */
@NullMarked
package dev.watchtower.batch.inbox;

import org.jspecify.annotations.NullMarked;
