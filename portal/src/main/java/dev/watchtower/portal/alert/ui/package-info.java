/**
 * Views of alerts: the user's notifications, the bell in the main layout's navigation
 * bar, and the administrators' alert rules.
 */
@NullMarked
package dev.watchtower.portal.alert.ui;

import org.jspecify.annotations.NullMarked;
