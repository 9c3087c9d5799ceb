/**
 * Content digests: the SHA-256 checksums, in lower-case hexadecimal, that files,
 * payloads, tokens and bundled data are identified by.
 */
@NullMarked
package dev.watchtower.ingestion.digest;

import org.jspecify.annotations.NullMarked;
