/**
 * The REST API under {@code /api/v1}: submitting filings and reading their receipts
 * (institution tokens), querying cases and institutions (staff tokens). Authentication
 * and the rules of who may call what are in the security feature.
 */
@NullMarked
package dev.watchtower.portal.api;

import org.jspecify.annotations.NullMarked;
