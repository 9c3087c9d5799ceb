package dev.watchtower.ingestion.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The digest by which results computed with the calendar tell that it changed.
 */
class WorkingDayCalendarTests {

	@Test
	void digest_follows_the_content_not_the_instance() {
		LocalDate holiday = LocalDate.of(2027, 10, 1);
		Map<Integer, WorkingDayCalendar.YearStatus> years = Map.of(2027, WorkingDayCalendar.YearStatus.OFFICIAL);
		WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(holiday), Set.of(), years);

		assertThat(calendar.digest()).matches("[0-9a-f]{64}")
			.isEqualTo(new WorkingDayCalendar(Set.of(holiday), Set.of(), years).digest())
			.isNotEqualTo(new WorkingDayCalendar(Set.of(holiday, holiday.plusDays(1)), Set.of(), years).digest())
			.isNotEqualTo(new WorkingDayCalendar(Set.of(holiday), Set.of(holiday.minusDays(5)), years).digest());
		assertThat(WorkingDayCalendar.china().digest()).isEqualTo(WorkingDayCalendar.china().digest());
	}

}
