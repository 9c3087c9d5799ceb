package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link FilingIntake#checkFile}: one file on its own, named as the caller says, with the
 * record text as received on every accepted outcome, and no duplicate detection (callers
 * such as the batch intake keep their own ledger).
 */
class FileByFileTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@TempDir
	Path folder;

	private final FilingIntake intake = new FilingIntake();

	private static String goodLine() throws IOException {
		return MAPPER.readTree(IntakeTestSupport.resource("/intake/good/incident-initial.json")).toString();
	}

	@Test
	void accepted_ndjson_record_carries_its_line_exactly_as_sent() throws IOException {
		// given: a line with spacing that a JSON tree would not keep
		String line = goodLine().replace("\",\"", "\", \"");
		Path file = this.folder.resolve("spaced.ndjson");
		Files.writeString(file, line + "\n");
		List<RecordOutcome> outcomes = new ArrayList<>();

		// when
		this.intake.checkFile(file, "inbox/spaced.ndjson", outcomes::add);

		// then
		assertThat(outcomes).singleElement().isInstanceOfSatisfying(RecordOutcome.Accepted.class, (accepted) -> {
			assertThat(accepted.payload()).isEqualTo(line);
			assertThat(accepted.location())
				.isEqualTo(new RecordLocation("inbox/spaced.ndjson", RecordLocation.Kind.LINE, 1));
		});
	}

	@Test
	void accepted_json_array_element_carries_its_json_text() throws IOException {
		// given
		Path file = this.folder.resolve("array.json");
		Files.writeString(file, "[" + goodLine() + "]");
		List<RecordOutcome> outcomes = new ArrayList<>();
		String expected = MAPPER.readTree(goodLine()).toString();

		// when
		this.intake.checkFile(file, "array.json", outcomes::add);

		// then
		assertThat(outcomes).singleElement()
			.isInstanceOfSatisfying(RecordOutcome.Accepted.class,
					(accepted) -> assertThat(MAPPER.readTree(accepted.payload()).toString()).isEqualTo(expected));
	}

	@Test
	void the_same_filing_twice_in_one_file_is_left_to_the_caller() throws IOException {
		// given
		Path file = this.folder.resolve("twice.ndjson");
		Files.writeString(file, goodLine() + "\n" + goodLine() + "\n");
		List<RecordOutcome> outcomes = new ArrayList<>();

		// when
		IntakeSummary summary = this.intake.checkFile(file, "twice.ndjson", outcomes::add);

		// then
		assertThat(summary.records()).isEqualTo(2);
		assertThat(outcomes).allMatch(RecordOutcome.Accepted.class::isInstance);
	}

	@Test
	void a_bad_record_is_still_rejected_with_the_callers_file_name() throws IOException {
		// given
		ObjectNode bad = (ObjectNode) MAPPER.readTree(goodLine());
		bad.remove("title");
		Path file = this.folder.resolve("bad.ndjson");
		Files.writeString(file, bad + "\n");
		List<RecordOutcome> outcomes = new ArrayList<>();

		// when
		this.intake.checkFile(file, "api/bad.ndjson", outcomes::add);

		// then
		assertThat(outcomes).singleElement().isInstanceOfSatisfying(RecordOutcome.Rejected.class, (rejected) -> {
			assertThat(rejected.violations()).extracting(Violation::rule).containsExactly(Rule.SCHEMA_REQUIRED);
			assertThat(rejected.location().source()).isEqualTo("api/bad.ndjson");
			assertThat(rejected.payload()).isEqualTo(bad.toString());
		});
	}

}
