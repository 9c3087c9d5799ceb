package dev.watchtower.portal.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How alerts are polled and mailed.
 *
 * @param enabled whether this instance polls on its own schedule
 * @param casesIndex the cases index or alias
 * @param bulletinsIndex the bulletins index or alias
 * @param overlap how far before the watermark each poll looks again (late-arriving
 * documents); duplicates are dropped
 * @param batchSize documents read per poll and source at most
 * @param mailFrom the sender of alert e-mails
 * @param portalUrl the portal's address, for links in e-mails
 */
@Validated
@ConfigurationProperties("watchtower.alerts")
public record AlertSettings(@DefaultValue("true") boolean enabled, @DefaultValue("watchtower-cases") String casesIndex,
		@DefaultValue("watchtower-bulletins") String bulletinsIndex, @DefaultValue("5m") Duration overlap,
		@DefaultValue("500") int batchSize, @DefaultValue("watchtower@localhost") String mailFrom,
		@DefaultValue("http://localhost:8080") String portalUrl) {

}
