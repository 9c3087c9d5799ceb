/**
 * The {@code correlations} job: incidents of different institutions sharing a vendor,
 * product or CVE within a window, CVEs in CISA's Known Exploited Vulnerabilities
 * catalogue, recurring incidents of one institution, and filings that contradict the
 * annual report.
 */
@NullMarked
package dev.watchtower.analytics.correlation;

import org.jspecify.annotations.NullMarked;
