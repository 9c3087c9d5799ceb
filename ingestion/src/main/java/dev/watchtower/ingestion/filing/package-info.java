/**
 * Filing envelope shared by every filing kind: header, regimes and the common Filing
 * contract.
 */
@NullMarked
package dev.watchtower.ingestion.filing;

import org.jspecify.annotations.NullMarked;
