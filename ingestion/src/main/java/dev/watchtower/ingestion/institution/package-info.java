/**
 * Reporting institutions: unified social credit codes (GB 32100), sectors and GB/T 2260
 * provinces as data.
 */
@NullMarked
package dev.watchtower.ingestion.institution;

import org.jspecify.annotations.NullMarked;
