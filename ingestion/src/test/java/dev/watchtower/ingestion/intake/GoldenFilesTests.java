package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden sample files under {@code src/test/resources/intake}: every good file is
 * accepted, every bad file is rejected for the rule its name starts with.
 */
class GoldenFilesTests {

	private final FilingIntake intake = new FilingIntake();

	static Stream<Path> goodFiles() throws IOException, URISyntaxException {
		return list("good");
	}

	static Stream<Path> badFiles() throws IOException, URISyntaxException {
		return list("bad");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("goodFiles")
	void accepts_every_good_golden_file(Path file) {
		// given
		List<RecordOutcome> outcomes = new ArrayList<>();

		// when
		IntakeSummary summary = this.intake.validate(file, outcomes::add);

		// then
		assertThat(outcomes).as(outcomes.toString()).allMatch(RecordOutcome.Accepted.class::isInstance);
		assertThat(summary.records()).isPositive();
		assertThat(summary.allValid()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void rejects_every_bad_golden_file_for_the_rule_it_is_named_after(Path file) {
		// given
		String name = file.getFileName().toString();
		Rule expected = Stream.of(Rule.values())
			.filter((rule) -> name.startsWith(rule.id() + "."))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no rule id prefixes " + name));
		List<Violation> violations = new ArrayList<>();

		// when
		IntakeSummary summary = this.intake.validate(file, (outcome) -> {
			if (outcome instanceof RecordOutcome.Rejected rejected) {
				violations.addAll(rejected.violations());
			}
		});

		// then
		assertThat(summary.rejected()).isPositive();
		assertThat(violations).as(violations.toString()).extracting(Violation::rule).contains(expected);
		assertThat(violations).allSatisfy((violation) -> {
			assertThat(violation.messageZh()).isNotBlank().doesNotContain("{");
			assertThat(violation.messageEn()).isNotBlank().doesNotContain("{");
		});
	}

	private static Stream<Path> list(String folder) throws IOException, URISyntaxException {
		Path root = Path.of(Objects.requireNonNull(GoldenFilesTests.class.getResource("/intake/" + folder)).toURI());
		try (Stream<Path> files = Files.list(root)) {
			return files.sorted().toList().stream();
		}
	}

}
