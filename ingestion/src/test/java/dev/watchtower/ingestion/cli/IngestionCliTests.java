package dev.watchtower.ingestion.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands the root launcher passes through: exit codes, text and JSON output.
 */
class IngestionCliTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final IngestionCli cli = new IngestionCli(new PrintStream(this.out, true, StandardCharsets.UTF_8),
			new PrintStream(this.err, true, StandardCharsets.UTF_8),
			Clock.fixed(Instant.parse("2026-11-24T00:00:00Z"), ZoneOffset.UTC));

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private static String resource(String path) throws URISyntaxException {
		return Path.of(Objects.requireNonNull(IngestionCliTests.class.getResource(path)).toURI()).toString();
	}

	@Test
	void validate_exits_zero_when_everything_is_valid() throws URISyntaxException {
		// when
		int exit = this.cli.run("validate", resource("/intake/good"));

		// then
		assertThat(exit).isZero();
		assertThat(out()).contains("rejected=0");
	}

	@Test
	void validate_exits_one_and_prints_each_violation_when_records_are_rejected() throws URISyntaxException {
		// when
		int exit = this.cli.run("validate", resource("/intake/bad/uscc.check-digit.json"));

		// then
		assertThat(exit).isEqualTo(1);
		assertThat(out()).contains("uscc.check-digit", "institution.code", "F-2026-0001", "GB 32100", "校验");
	}

	@Test
	void validate_json_prints_a_machine_readable_summary() throws URISyntaxException {
		// when
		int exit = this.cli.run("validate", "--json", resource("/intake/bad/cve.syntax.json"),
				resource("/intake/good/incident-initial.json"));

		// then
		assertThat(exit).isEqualTo(1);
		JsonNode summary = JsonMapper.builder().build().readTree(out());
		assertThat(summary.get("files").asInt()).isEqualTo(2);
		assertThat(summary.get("records").asInt()).isEqualTo(2);
		assertThat(summary.get("valid").asInt()).isEqualTo(1);
		assertThat(summary.get("rejected").asInt()).isEqualTo(1);
		JsonNode error = summary.get("errors").get(0);
		assertThat(error.get("rule").asString()).isEqualTo("cve.syntax");
		assertThat(error.get("path").asString()).isEqualTo("cves[1]");
		assertThat(error.get("messageZh").asString()).contains("CVE");
	}

	@Test
	void usage_errors_exit_two() {
		assertThat(this.cli.run()).isEqualTo(2);
		assertThat(this.cli.run("validate")).isEqualTo(2);
		assertThat(this.cli.run("validate", this.folder.resolve("missing.json").toString())).isEqualTo(2);
		assertThat(this.cli.run("generate", "--institutions", "x", "--filings", "5", "out")).isEqualTo(2);
		assertThat(this.cli.run("generate", "--filings", "5", "out")).isEqualTo(2);
		assertThat(this.cli.run("bench", "parse")).isEqualTo(2);
		assertThat(this.cli.run("frobnicate")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage:");
	}

	@Test
	void generate_writes_sample_files_that_validate_as_announced() throws IOException {
		// given
		Path target = this.folder.resolve("samples");

		// when
		int exit = this.cli.run("generate", "--institutions", "20", "--filings", "300", "--seed", "7",
				"--malformed-share", "0", target.toString());
		int validated = this.cli.run("validate", target.toString());

		// then
		assertThat(exit).isZero();
		assertThat(validated).isZero();
		assertThat(Files.list(target)).extracting((path) -> path.getFileName().toString())
			.contains("incident-reports.ndjson", "annual-reports.json", "institutions.tsv", "README.txt");
		assertThat(out()).contains("generated 300 filings", "records=300 valid=300 rejected=0");
	}

	@Test
	void bench_validate_runs_on_a_tiny_file_and_records_its_figures() throws IOException {
		// when
		// (its results in the test's folder: the recorded figures of real runs stay)
		Path results = this.folder.resolve("results");
		int exit = this.cli.run("bench", "validate", "--size-mb", "2", "--work-dir", this.folder.toString(),
				"--results-dir", results.toString());

		// then
		assertThat(exit).isZero();
		assertThat(out()).contains("raw Jackson parse", "validation", "ratio", "peak heap");
		assertThat(results.resolve("bench-validate-latest.json")).exists();
		JsonNode result = JsonMapper.builder().build().readTree(results.resolve("bench-validate-latest.json"));
		assertThat(result.get("records").asLong()).isPositive();
		assertThat(result.get("rejected").asLong()).isZero();
		assertThat(result.get("ratio").asDouble()).isPositive();
	}

}
