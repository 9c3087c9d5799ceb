package dev.watchtower.batch.lake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/**
 * The lake's time rules: instants for timestamps, China dates and months for partitions.
 */
final class LakeTime {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private LakeTime() {
	}

	static LocalDate chinaDate(Instant instant) {
		return instant.atZone(CHINA).toLocalDate();
	}

	static String chinaMonth(OffsetDateTime time) {
		return time.atZoneSameInstant(CHINA).format(MONTH);
	}

	static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
