package dev.watchtower.analytics.run;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Job settings from arguments, environment and clock.
 */
class JobSettingsTests {

	static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-03-31T17:00:00Z"), ZoneOffset.UTC);

	@Test
	void the_default_as_of_day_is_today_in_china() {
		// when
		JobSettings settings = JobSettings.from(Arguments.parse("run", "all"), Map.of(), EVENING_UTC);

		// then: 17:00 UTC is already 1 April in Beijing
		assertThat(settings.asOf()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(settings.master()).isEqualTo("local[*]");
		assertThat(settings.full()).isFalse();
	}

	@Test
	void arguments_win_over_the_environment() {
		// when
		JobSettings settings = JobSettings.from(Arguments.parse("run", "all", "--as-of", "2026-03-31", "--lake",
				"s3a://lake/root", "--master", "spark://h:7077", "--full"), Map.of("WATCHTOWER_LAKE", "/elsewhere"),
				EVENING_UTC);

		// then
		assertThat(settings.asOf()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(settings.lake()).isEqualTo("s3a://lake/root");
		assertThat(settings.master()).isEqualTo("spark://h:7077");
		assertThat(settings.full()).isTrue();
	}

	@Test
	void the_lake_comes_from_the_environment_or_the_data_folder() {
		assertThat(
				JobSettings.from(Arguments.parse("run", "all"), Map.of("WATCHTOWER_LAKE", "/lake"), EVENING_UTC).lake())
			.isEqualTo("/lake");
		assertThat(JobSettings.from(Arguments.parse("run", "all"), Map.of("WATCHTOWER_DATA_DIR", "/data"), EVENING_UTC)
			.lake()).isEqualTo("/data/lake");
	}

	@Test
	void refuses_a_malformed_as_of_date_with_the_value() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JobSettings.from(Arguments.parse("--as-of", "31/03/2026"), Map.of(), EVENING_UTC))
			.withMessageContaining("31/03/2026");
	}

	@Test
	void an_option_without_its_value_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Arguments.parse("run", "all", "--as-of"))
			.withMessageContaining("--as-of");
	}

}
