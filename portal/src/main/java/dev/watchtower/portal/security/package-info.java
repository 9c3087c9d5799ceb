/**
 * Who may use the portal: form login against users and roles stored in PostgreSQL, the
 * {@link dev.watchtower.portal.security.Role roles} and the demo accounts of the demo
 * profile.
 */
@NullMarked
package dev.watchtower.portal.security;

import org.jspecify.annotations.NullMarked;
