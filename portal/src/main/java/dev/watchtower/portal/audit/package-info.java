/**
 * The append-only audit log: one row per
 * {@link dev.watchtower.portal.base.AuditableEvent} any feature publishes, plus logins,
 * failed logins and log-outs from Spring Security, and the retention job;
 * {@link dev.watchtower.portal.audit.AuditLog} reads it for the administrators' view.
 */
@NullMarked
package dev.watchtower.portal.audit;

import org.jspecify.annotations.NullMarked;
