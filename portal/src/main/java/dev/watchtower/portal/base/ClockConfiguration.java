package dev.watchtower.portal.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time: code asks the injected {@link Clock}, never {@code now()}. Its
 * zone is Beijing time, the time of the regulations, the deadlines and the people using
 * the portal, whatever zone the server runs in.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	/** The zone supervisory times are shown and counted in. */
	static final ZoneId SUPERVISORY_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(SUPERVISORY_ZONE);
	}

}
