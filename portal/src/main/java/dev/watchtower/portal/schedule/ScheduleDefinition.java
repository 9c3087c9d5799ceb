package dev.watchtower.portal.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.scheduling.support.CronExpression;

/**
 * What an analyst schedules; checks itself, so the service re-validates whatever a form
 * sends.
 *
 * @param name a name for people
 * @param job the analytics job
 * @param cron a Spring cron expression with seconds, e.g. {@code 0 0 7 * * MON-FRI}
 * @param timeZone the zone the cron expression is read in, e.g. {@code Asia/Shanghai}
 * @param parameters job parameters ({@code as-of} overrides the run's date), passed as
 * {@code --param key=value}
 */
public record ScheduleDefinition(String name, AnalyticsJob job, String cron, String timeZone,
		Map<String, String> parameters) {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

	public ScheduleDefinition {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(job, "job must not be null");
		Objects.requireNonNull(cron, "cron must not be null");
		Objects.requireNonNull(timeZone, "timeZone must not be null");
		name = name.strip();
		cron = cron.strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new IllegalArgumentException("Name must be 1-100 characters");
		}
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException(
					"'%s' is not a cron expression (six fields: second minute hour day month weekday)".formatted(cron));
		}
		try {
			ZoneId.of(timeZone);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'%s' is not a time zone".formatted(timeZone), ex);
		}
		parameters = Map.copyOf(new TreeMap<>(parameters));
		parameters.forEach((key, value) -> {
			if (!KEY.matcher(key).matches()) {
				throw new IllegalArgumentException(
						"Parameter name '%s' must be lower-case letters, digits, dots or dashes".formatted(key));
			}
			if (value.isBlank() || value.length() > 500 || value.chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException(
						"Parameter '%s' needs a value of 1-500 characters on one line".formatted(key));
			}
		});
	}

	/**
	 * The parsed cron expression.
	 * @return the expression
	 */
	public CronExpression cronExpression() {
		return CronExpression.parse(this.cron);
	}

	/**
	 * The parsed zone.
	 * @return the zone
	 */
	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
