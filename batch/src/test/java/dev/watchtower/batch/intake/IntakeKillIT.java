package dev.watchtower.batch.intake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.watchtower.batch.BatchApplication;
import dev.watchtower.batch.lake.LakeTable;
import dev.watchtower.ingestion.digest.Sha256;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once under {@code kill -9}: the intake runs in a separate JVM (the batch
 * application's {@code main}, {@code ingest DIR}) that is killed with SIGKILL at seeded
 * random moments, at least five times, and started again until it finishes. Every table
 * and the ledger then hold exactly the rows of one clean run: nothing lost, nothing
 * doubled. The seed is logged; {@code -Dintake.kill.seed=N} replays a sequence.
 */
class IntakeKillIT extends IntakeTestContext {

	private static final Logger logger = LoggerFactory.getLogger(IntakeKillIT.class);

	private static final int KILLS = 5;

	/**
	 * Small chunks: about 30 commit points in the run, so there are always kill points.
	 */
	private static final int CHUNK_SIZE = 20;

	@Test
	void a_run_killed_at_random_points_and_restarted_finishes_with_exact_counts() throws Exception {
		// given: seeded filings with defective records, in small chunks (many commit
		// points)
		Path inbox = inbox("killed", 4404, 600, 0.05);
		deleteTree(inbox.resolve("malformed")); // the same bytes for every seed: keep
												// this run's content fresh
		Expected expected = expected(inbox);
		String checksum = sha256(inbox.resolve("incident-reports.ndjson"));
		long seed = Long.getLong("intake.kill.seed", System.nanoTime());
		Random random = new Random(seed);
		logger.info("Kill test seed {} (replay with -Dintake.kill.seed={})", seed, seed);

		// when: killed at random moments, then run to the end
		int kills = 0;
		int attempt = 0;
		while (kills < KILLS) {
			Path log = WORK.resolve("kill-attempt-" + attempt + ".log");
			Process process = start(inbox, attempt++);
			// the first kill at a random moment of start-up or survey, the others at a
			// random
			// moment after a random number of committed chunks of this attempt
			String point = killPoint(process, log, random, kills == 0);
			if (!process.isAlive()) {
				String tail = tail(log, 15);
				assertThat(attempt)
					.as("the run finished before it could be killed %d times; the last attempt printed:%n%s", KILLS,
							tail)
					.isLessThan(30);
				logger.info("Attempt {} ended by itself (exit {}){}", attempt, process.exitValue(),
						(process.exitValue() != 0) ? ", its last lines:\n" + tail : "");
				if (process.exitValue() == 0 && isLoaded(checksum)) {
					break;
				}
				continue;
			}
			process.destroyForcibly(); // SIGKILL
			process.waitFor();
			kills++;
			logger.info("Killed attempt {} with SIGKILL {}", attempt, point);
		}
		Process last = start(inbox, attempt);
		assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(last.exitValue())
			.as("the last attempt printed:%n%s", tail(WORK.resolve("kill-attempt-" + attempt + ".log"), 15))
			.isZero();

		// then
		assertThat(kills).as("kills before the run finished (seed %d)", seed).isEqualTo(KILLS);
		String run = this.jdbc.queryForObject(
				"select run_id from batch.intake_file where path = 'incident-reports.ndjson' and checksum = ?",
				String.class, checksum);
		Long records = this.jdbc.queryForObject("select sum(records) from batch.intake_file where run_id = ?",
				Long.class, run);
		Long written = this.jdbc.queryForObject("select sum(written) from batch.intake_file where run_id = ?",
				Long.class, run);
		Long duplicates = this.jdbc.queryForObject("select sum(duplicates) from batch.intake_file where run_id = ?",
				Long.class, run);
		Long rejected = this.jdbc.queryForObject("select sum(rejected) from batch.intake_file where run_id = ?",
				Long.class, run);
		assertThat(records).isEqualTo(expected.records());
		assertThat(written).isEqualTo(expected.written());
		assertThat(rejected).isEqualTo(expected.rejected());
		assertThat(duplicates).isEqualTo(expected.duplicates());
		String ofRun = "run_id = '" + run + "'";
		assertThat(this.lake.count(LakeTable.FILINGS, ofRun)).isEqualTo(written);
		assertThat(distinct(LakeTable.FILINGS, ofRun, "institution_code, filing_id, version")).isEqualTo(written);
		assertThat(records).isEqualTo(written + duplicates + rejected);
		assertThat(this.lake.count(LakeTable.REJECTS, ofRun)).isEqualTo(rejected);
		assertThat(distinct(LakeTable.REJECTS, ofRun, "reject_id")).isEqualTo(rejected);
		long incidents = this.lake.count(LakeTable.FILINGS, ofRun + " and kind = 'INCIDENT_REPORT'");
		assertThat(this.lake.count(LakeTable.INCIDENT_REPORTS, ofRun)).isEqualTo(incidents);
		assertThat(this.lake.count(LakeTable.ANNUAL_REPORTS, ofRun)).isEqualTo(written - incidents);
		assertThat(ledgerRows(run)).isEqualTo(written);
		assertThat(files(inbox)).isEmpty();
	}

	/**
	 * Waits for a random kill point of a running attempt.
	 * @return what the point was, for the log
	 */
	private static String killPoint(Process process, Path log, Random random, boolean startUp) throws Exception {
		if (startUp) {
			long delay = 3_000 + random.nextInt(15_000);
			process.waitFor(delay, TimeUnit.MILLISECONDS);
			return "after " + delay + " ms";
		}
		// at most two chunks and under a second more per attempt: four kills use at most
		// about a third of the run's chunks, so five kills always fit in the run
		int chunks = 1 + random.nextInt(2);
		long extra = random.nextInt(1_000);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (process.isAlive() && System.nanoTime() < deadline && committedChunks(log) < chunks) {
			process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		process.waitFor(extra, TimeUnit.MILLISECONDS);
		return "after " + chunks + " chunk(s) of this attempt + " + extra + " ms";
	}

	private static long committedChunks(Path log) throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		try (Stream<String> lines = Files.lines(log)) {
			return lines.filter((line) -> line.contains("LakeChunkWriter") && line.contains("Chunk ")).count();
		}
		catch (java.io.UncheckedIOException ex) {
			return 0; // a line being written
		}
	}

	private static String tail(Path log, int lines) throws IOException {
		if (!Files.exists(log)) {
			return "(no output)";
		}
		List<String> all = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).lines()
			.toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

	private boolean isLoaded(String checksum) {
		Integer moved = this.jdbc.queryForObject(
				"select count(*) from batch.intake_file where checksum = ? and state = 'MOVED'", Integer.class,
				checksum);
		return moved != null && moved > 0;
	}

	private long distinct(LakeTable table, String predicate, String columns) {
		return SparkSession.active()
			.read()
			.format("delta")
			.load(WORK.resolve("lake").resolve(table.path()).toString())
			.where(predicate)
			.selectExpr(columns.split(", "))
			.distinct()
			.count();
	}

	private static Process start(Path inbox, int attempt) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx1g");
		command.addAll(Arrays.asList(System.getProperty("spark.jvm.opens", "").split(" ")));
		command.removeIf(String::isBlank);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BatchApplication.class.getName());
		command.add("ingest");
		command.add(inbox.toString());
		command.add("--spring.datasource.url=" + System.getProperty("spring.datasource.url"));
		command.add("--spring.datasource.username=" + System.getProperty("spring.datasource.username"));
		command.add("--spring.datasource.password=" + System.getProperty("spring.datasource.password", ""));
		command.add("--watchtower.data-dir=" + WORK);
		command.add("--watchtower.lake.uri=" + WORK.resolve("lake"));
		command.add("--watchtower.intake.chunk-size=" + CHUNK_SIZE);
		File log = WORK.resolve("kill-attempt-" + attempt + ".log").toFile();
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log))
			.start();
	}

	private static String sha256(Path file) throws IOException {
		return Sha256.hex(Files.readAllBytes(file));
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
