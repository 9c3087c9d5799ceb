/**
 * Views of situational awareness, starting with the overview.
 */
@NullMarked
package dev.watchtower.portal.situation.ui;

import org.jspecify.annotations.NullMarked;
