/**
 * The anonymous log-in view.
 */
@NullMarked
package dev.watchtower.portal.security.ui;

import org.jspecify.annotations.NullMarked;
