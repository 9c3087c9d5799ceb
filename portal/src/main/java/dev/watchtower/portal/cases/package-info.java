/**
 * Incident cases: full-text and faceted search over the cases index, case detail with its
 * timeline, grading explanation and clocks, exports, saved searches; every read is
 * limited to the viewer's regimes on the server.
 */
@NullMarked
package dev.watchtower.portal.cases;

import org.jspecify.annotations.NullMarked;
