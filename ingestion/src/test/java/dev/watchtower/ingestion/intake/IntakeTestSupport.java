package dev.watchtower.ingestion.intake;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;

/**
 * Collects outcomes of a validation run for assertions.
 */
final class IntakeTestSupport {

	final List<RecordOutcome> outcomes = new ArrayList<>();

	IntakeSummary summary;

	static IntakeTestSupport validate(FilingIntake intake, Path... files) {
		IntakeTestSupport run = new IntakeTestSupport();
		run.summary = intake.validate(List.of(files), run.outcomes::add);
		return run;
	}

	List<Violation> violations() {
		return this.outcomes.stream()
			.filter(RecordOutcome.Rejected.class::isInstance)
			.map(RecordOutcome.Rejected.class::cast)
			.flatMap((rejected) -> rejected.violations().stream())
			.toList();
	}

	List<Rule> rules() {
		return violations().stream().map(Violation::rule).toList();
	}

	List<RecordOutcome.Accepted> accepted() {
		return this.outcomes.stream()
			.filter(RecordOutcome.Accepted.class::isInstance)
			.map(RecordOutcome.Accepted.class::cast)
			.toList();
	}

	static Path resource(String path) {
		try {
			return Path.of(Objects.requireNonNull(IntakeTestSupport.class.getResource(path), path).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
