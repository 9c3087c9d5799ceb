package dev.watchtower.batch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.watchtower.batch.lake.Lake;
import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.sample.SampleGenerator;
import dev.watchtower.ingestion.sample.SampleSettings;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the intake tests share: one Boot context (and so one Spark session) per test JVM,
 * the real PostgreSQL of the services extension, and one lake on disk under
 * {@code target/}. Every test generates its own seeded filings, whose institutions no
 * other test uses, so tests do not see each other's filings in the shared ledger.
 */
@ExtendWith(WatchtowerServicesExtension.class)
@SpringBootTest(properties = { "watchtower.intake.chunk-size=300", "logging.level.org.apache=ERROR" })
abstract class IntakeTestContext {

	static final Path WORK = Path.of("target", "intake-it-" + ProcessHandle.current().pid()).toAbsolutePath();

	/**
	 * Added to every fixture seed: the ledger in the shared PostgreSQL outlives a test
	 * run, and content loaded by an earlier run counts as duplicates, so each run
	 * generates filings (and institutions) of its own. Logged with every inbox.
	 */
	static final long SALT = System.currentTimeMillis();

	@DynamicPropertySource
	static void lake(DynamicPropertyRegistry registry) {
		registry.add("watchtower.data-dir", WORK::toString);
		registry.add("watchtower.lake.uri", () -> WORK.resolve("lake").toString());
	}

	@Autowired
	IntakeRuns runs;

	@Autowired
	Lake lake;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Generates seeded sample filings into a new inbox.
	 * @param name the inbox name
	 * @param seed the seed (distinct per test)
	 * @param filings how many filings
	 * @param malformedShare share of defective filings, and malformed files when above 0
	 * @return the inbox
	 */
	static Path inbox(String name, long seed, int filings, double malformedShare) {
		Path inbox = WORK.resolve(name);
		org.slf4j.LoggerFactory.getLogger(IntakeTestContext.class)
			.info("Fixture {}: seed {} (salt {})", name, seed + SALT, SALT);
		try {
			new SampleGenerator().generate(new SampleSettings(20, filings, seed + SALT, malformedShare), inbox);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inbox;
	}

	/**
	 * The oracle: what the intake must count for a fresh inbox, from the library's
	 * outcomes file by file and the rule of docs/lake.md (the same filing version again
	 * is a duplicate with the same payload, a rejection with another).
	 */
	static Expected expected(Path inbox) {
		FilingIntake intake = new FilingIntake();
		Map<String, String> versions = new HashMap<>();
		long[] counts = new long[4];
		List<Path> files = files(inbox);
		for (Path file : files) {
			intake.checkFile(file, inbox.relativize(file).toString(), (outcome) -> {
				counts[0]++;
				if (outcome instanceof RecordOutcome.Accepted accepted) {
					FilingHeader header = accepted.filing().header();
					String key = header.institution().code().value() + "/" + header.filingId() + "/" + header.version();
					String earlier = versions.putIfAbsent(key, accepted.payload());
					counts[(earlier == null) ? 1 : earlier.equals(accepted.payload()) ? 2 : 3]++;
				}
				else {
					counts[3]++;
				}
			});
		}
		return new Expected(files.size(), counts[0], counts[1], counts[2], counts[3]);
	}

	static List<Path> files(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long ledgerRows(String runId) {
		Long rows = this.jdbc.queryForObject("select count(*) from batch.filing_ledger where run_id = ?", Long.class,
				runId);
		return (rows != null) ? rows : 0;
	}

	/**
	 * Expected totals of a run.
	 *
	 * @param files files in the inbox
	 * @param records records (a file that cannot be read counts as one)
	 * @param written records to write
	 * @param duplicates records repeating a filing version with the same payload
	 * @param rejected records rejected
	 */
	record Expected(long files, long records, long written, long duplicates, long rejected) {
	}

}
