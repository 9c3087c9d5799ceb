package dev.watchtower.analytics.run;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Options that count something ({@code --jobs-at-once}, {@code --incremental-runs}).
 */
class ArgumentsTests {

	@Test
	void a_count_is_the_given_whole_number_or_the_default_when_absent() {
		assertThat(Arguments.parse("bench", "--incremental-runs", "3").count("incremental-runs", 1)).isEqualTo(3);
		assertThat(Arguments.parse("bench").count("incremental-runs", 1)).isEqualTo(1);
		assertThat(JobChain.atOnce(Arguments.parse("run", "all"))).isEqualTo(2);
		assertThat(JobChain.atOnce(Arguments.parse("run", "all", "--jobs-at-once", "1"))).isEqualTo(1);
	}

	@Test
	void a_count_below_one_or_not_a_whole_number_is_refused_with_the_option_and_value() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Arguments.parse("bench", "--incremental-runs", "0").count("incremental-runs", 1))
			.withMessage("--incremental-runs takes a whole number of at least 1, found '0'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JobChain.atOnce(Arguments.parse("run", "all", "--jobs-at-once", "two")))
			.withMessage("--jobs-at-once takes a whole number of at least 1, found 'two'");
	}

}
