/**
 * Institutions: profile, risk score and its factors, annual reports, bulletins naming
 * them and their incident history, within the viewer's regimes.
 */
@NullMarked
package dev.watchtower.portal.institution;

import org.jspecify.annotations.NullMarked;
