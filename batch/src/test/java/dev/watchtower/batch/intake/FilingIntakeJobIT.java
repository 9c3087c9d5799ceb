package dev.watchtower.batch.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.watchtower.batch.inbox.FileCounts;
import dev.watchtower.batch.lake.LakeTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake job against the real PostgreSQL and Delta on disk: every record is accounted
 * for ({@code records = written + duplicates + rejected}) and every table holds exactly
 * the rows it should, for good files, bad files, whole files sent again, duplicate
 * records, conflicting resends and superseding versions.
 */
class FilingIntakeJobIT extends IntakeTestContext {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void loads_good_and_bad_files_and_accounts_for_every_record() {
		// given: seeded filings with defects, plus malformed and unsupported files
		Path inbox = inbox("good-and-bad", 4101, 600, 0.05);
		Expected expected = expected(inbox);

		// when
		IntakeReport report = this.runs.runOnce(inbox, Duration.ZERO);

		// then
		String run = report.runIds().get(0);
		FileCounts counts = report.counts();
		assertThat(report.outcome()).isEqualTo(IntakeReport.Outcome.COMPLETED);
		assertThat(report.files()).isEqualTo(expected.files());
		assertThat(counts.records()).isEqualTo(expected.records())
			.isEqualTo(counts.written() + counts.duplicates() + counts.rejected());
		assertThat(counts.written()).isEqualTo(expected.written());
		// the malformed files are the same bytes for every seed: content loaded by an
		// earlier run is not read again, its records count as duplicates (intake
		// contract)
		long seen = seenRecords(run);
		assertThat(counts.duplicates()).isEqualTo(expected.duplicates() + seen);
		assertThat(counts.rejected()).isEqualTo(expected.rejected() - seen);
		assertThat(report.failedFiles()).isPositive();
		assertThat(this.lake.count(LakeTable.FILINGS, "run_id = '" + run + "'")).isEqualTo(counts.written());
		assertThat(this.lake.count(LakeTable.REJECTS, "run_id = '" + run + "'")).isEqualTo(counts.rejected());
		long incidents = this.lake.count(LakeTable.FILINGS, "run_id = '" + run + "' and kind = 'INCIDENT_REPORT'");
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS, "run_id = '" + run + "'")).isEqualTo(incidents);
		assertThat(this.lake.count(LakeTable.ANNUAL_REPORTS, "run_id = '" + run + "'"))
			.isEqualTo(counts.written() - incidents);
		assertThat(ledgerRows(run)).isEqualTo(counts.written());
		assertThat(this.lake.count(LakeTable.INSTITUTIONS)).isPositive();
		assertThat(files(inbox)).isEmpty();
		assertThat(files(WORK.resolve("intake")).stream().map(Path::toString))
			.anyMatch((name) -> name.contains("/failed/") && name.endsWith(".receipt.json"))
			.anyMatch((name) -> name.contains("/processed/") && name.endsWith("incident-reports.ndjson.receipt.json"));
	}

	private long seenRecords(String run) {
		Long records = this.jdbc.queryForObject(
				"select coalesce(sum(records), 0) from batch.intake_file where run_id = ? and same_as_index is null"
						+ " and duplicates = records and records > 0 and written = 0 and rejected = 0",
				Long.class, run);
		return (records != null) ? records : 0;
	}

	@Test
	void the_same_files_sent_again_are_counted_as_duplicates_and_not_written() throws IOException {
		// given: an inbox loaded once, then the same files again
		Path inbox = inbox("sent-twice", 4202, 200, 0);
		List<byte[]> contents = new ArrayList<>();
		List<Path> names = files(inbox);
		for (Path file : names) {
			contents.add(Files.readAllBytes(file));
		}
		IntakeReport first = this.runs.runOnce(inbox, Duration.ZERO);
		for (int i = 0; i < names.size(); i++) {
			Files.createDirectories(names.get(i).getParent());
			Files.write(names.get(i), contents.get(i));
		}
		long filingsBefore = this.lake.count(LakeTable.FILINGS);

		// when
		IntakeReport second = this.runs.runOnce(inbox, Duration.ZERO);

		// then
		assertThat(second.runIds()).doesNotContainAnyElementsOf(first.runIds());
		assertThat(second.counts().written()).isZero();
		assertThat(second.counts().records()).isEqualTo(first.counts().records());
		assertThat(second.counts().duplicates()).isEqualTo(first.counts().written());
		// files that could not be read (README.txt, institutions.tsv) are not remembered:
		// read again
		assertThat(second.counts().rejected()).isEqualTo(first.failedFiles()).isEqualTo(2);
		assertThat(this.lake.count(LakeTable.FILINGS)).isEqualTo(filingsBefore);
	}

	@Test
	void duplicates_conflicts_corrections_and_late_versions_are_told_apart() throws IOException {
		// given: one filing received, then the same again, a resend with other content,
		// two
		// corrections (versions 4 and 3, the lower one late) and a record of another
		// filing
		Path loaded = inbox("versions-first", 4303, 40, 0);
		Path ndjson = loaded.resolve("incident-reports.ndjson");
		List<String> lines = Files.readAllLines(ndjson);
		this.runs.runOnce(loaded, Duration.ZERO);
		ObjectNode original = (ObjectNode) MAPPER.readTree(lines.get(0));
		String filingId = original.get("filingId").asString();
		String code = original.get("institution").get("code").asString();
		ObjectNode conflicting = original.deepCopy().put("title", "另一内容（同一版本）");
		ObjectNode version4 = original.deepCopy().put("version", 4).put("title", "第四版更正");
		ObjectNode version3 = original.deepCopy().put("version", 3).put("title", "第三版（迟到）");
		Path inbox = WORK.resolve("versions-second");
		Files.createDirectories(inbox);
		Files.writeString(inbox.resolve("corrections.ndjson"),
				String.join("\n", lines.get(0), conflicting.toString(), version4.toString(), version3.toString())
						+ "\n");
		long silverBefore = this.lake.count(LakeTable.INCIDENT_REPORTS);

		// when
		IntakeReport report = this.runs.runOnce(inbox, Duration.ZERO);

		// then
		String run = report.runIds().get(0);
		String filing = "institution_code = '" + code + "' and filing_id = '" + filingId + "'";
		assertThat(report.counts()).isEqualTo(new FileCounts(4, 2, 1, 1, 1));
		assertThat(this.lake.count(LakeTable.FILINGS, "run_id = '" + run + "'")).isEqualTo(2);
		assertThat(this.lake.count(LakeTable.REJECTS,
				"run_id = '" + run + "' and array_contains(rules, 'filing.duplicate')"))
			.isEqualTo(1);
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS)).isEqualTo(silverBefore);
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS, filing)).isEqualTo(1);
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS, filing + " and version = 4 and title = '第四版更正'"))
			.isEqualTo(1);
		assertThat(this.lake.count(LakeTable.FILINGS, filing)).isEqualTo(3);
	}

	@Test
	void an_incident_and_an_annual_correction_in_one_chunk_are_merged_each_under_its_own_transaction()
			throws IOException {
		// given: an incident report and an annual report received, then a correction of
		// each in the same file set, so one chunk merges both tables (on the two writer
		// threads, each MERGE passing its transaction id through the Spark session)
		Path loaded = inbox("corrections-first", 5407, 40, 0);
		ObjectNode report = (ObjectNode) MAPPER
			.readTree(Files.readAllLines(loaded.resolve("incident-reports.ndjson")).get(0));
		ObjectNode annual = (ObjectNode) MAPPER.readTree(Files.readString(loaded.resolve("annual-reports.json")))
			.get(0);
		this.runs.runOnce(loaded, Duration.ZERO);
		Path inbox = WORK.resolve("corrections-second");
		Files.createDirectories(inbox);
		Files.writeString(inbox.resolve("incident-correction.ndjson"),
				report.deepCopy().put("version", 2).put("title", "更正后的标题") + "\n");
		Files.writeString(inbox.resolve("annual-correction.json"), "[" + annual.deepCopy().put("version", 2) + "]");
		long reportsBefore = this.lake.count(LakeTable.INCIDENT_REPORTS);
		long annualBefore = this.lake.count(LakeTable.ANNUAL_REPORTS);

		// when
		IntakeReport second = this.runs.runOnce(inbox, Duration.ZERO);

		// then: both rows replaced, and each table's commit of the chunk carries its own
		// id
		String run = second.runIds().get(0);
		assertThat(second.counts()).isEqualTo(new FileCounts(2, 2, 0, 0, 0));
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS)).isEqualTo(reportsBefore);
		assertThat(this.lake.count(LakeTable.ANNUAL_REPORTS)).isEqualTo(annualBefore);
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS, filing(report) + " and version = 2")).isEqualTo(1);
		assertThat(this.lake.count(LakeTable.ANNUAL_REPORTS, filing(annual) + " and version = 2")).isEqualTo(1);
		String runKey = LakeChunkWriter.runKey(run);
		assertThat(this.lake.committedSequence(LakeTable.INCIDENT_REPORTS, runKey)).contains(1L);
		assertThat(this.lake.committedSequence(LakeTable.ANNUAL_REPORTS, runKey)).contains(1L);
		assertThat(this.lake.committedSequence(LakeTable.FILINGS, runKey)).contains(1L);
	}

	private static String filing(ObjectNode filing) {
		return "institution_code = '" + filing.get("institution").get("code").asString() + "' and filing_id = '"
				+ filing.get("filingId").asString() + "'";
	}

}
