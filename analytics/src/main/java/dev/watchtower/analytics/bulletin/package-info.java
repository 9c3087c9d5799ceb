/**
 * The {@code bulletins} job: risk bulletins (风险提示 / 行业通报) when a rule fires (a category
 * spike against its baseline, a vendor hitting several institutions, a sector's
 * late-filing rate above the threshold), in Chinese and English, with small-cell
 * suppression and the table versions they were computed from.
 */
@NullMarked
package dev.watchtower.analytics.bulletin;

import org.jspecify.annotations.NullMarked;
