/**
 * The administrators' audit log view and the audit of view navigation.
 */
@NullMarked
package dev.watchtower.portal.audit.ui;

import org.jspecify.annotations.NullMarked;
