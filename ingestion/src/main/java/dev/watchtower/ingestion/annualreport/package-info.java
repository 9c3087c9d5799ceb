/**
 * Annual reports in their NFRA, CSRC and PBoC variants, read from JSON trees and checked
 * by business rules.
 */
@NullMarked
package dev.watchtower.ingestion.annualreport;

import org.jspecify.annotations.NullMarked;
