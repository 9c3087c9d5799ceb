/**
 * Supervisory notices: the types and their legal bases (a versioned catalogue), drafting,
 * the four-eyes workflow draft → review → approved → issued → response received → closed
 * as named policies, gap-free numbering per type and year, the issued PDF with its
 * SHA-256, response deadlines and the full history.
 */
@NullMarked
package dev.watchtower.portal.notice;

import org.jspecify.annotations.NullMarked;
