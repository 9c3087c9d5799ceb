/**
 * Alerts: rules as data (a new 特别重大 or 重大 case, a late filing, a new bulletin), a poller
 * over the Elasticsearch serving layer with a watermark in PostgreSQL, notifications per
 * user in the portal and, when mail is configured, by e-mail.
 */
@NullMarked
package dev.watchtower.portal.alert;

import org.jspecify.annotations.NullMarked;
