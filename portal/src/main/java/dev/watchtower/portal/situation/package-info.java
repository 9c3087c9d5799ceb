/**
 * Situational awareness: the overview of what the portal's stores currently hold.
 */
@NullMarked
package dev.watchtower.portal.situation;

import org.jspecify.annotations.NullMarked;
