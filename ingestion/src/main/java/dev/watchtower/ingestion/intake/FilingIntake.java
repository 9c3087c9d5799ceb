package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point of the library: reads filing files (JSON, NDJSON, CSV, XLSX) or
 * folders, checks every record against the schema and the business rules, and hands each
 * outcome to the caller. Bad content never escapes as an exception: every record ends as
 * {@link RecordOutcome.Accepted} or {@link RecordOutcome.Rejected}.
 */
public final class FilingIntake {

	private static final Logger logger = LoggerFactory.getLogger(FilingIntake.class);

	private final IntakeLimits limits;

	private final JsonMapper mapper;

	private final FilingCheck check;

	public FilingIntake() {
		this(IntakeLimits.defaults());
	}

	private final int workers;

	public FilingIntake(IntakeLimits limits) {
		this(limits, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Creates an intake that checks records on several threads.
	 * @param limits safety limits
	 * @param workers checking threads; 1 checks on the caller's thread
	 */
	public FilingIntake(IntakeLimits limits, int workers) {
		this.limits = limits;
		this.mapper = IntakeJson.mapper(limits);
		this.workers = Math.max(1, workers);
		this.check = new FilingCheck(this.mapper, limits);
	}

	/**
	 * The number of threads records are checked on.
	 * @return the count
	 */
	public int workers() {
		return this.workers;
	}

	/**
	 * Validates files and folders (folders recursively, skipping files of other types).
	 * @param sources files or folders
	 * @param outcomes receives every record's outcome, in file order
	 * @return the counts
	 */
	public IntakeSummary validate(List<Path> sources, Consumer<RecordOutcome> outcomes) {
		Run run = new Run(outcomes, true);
		ExecutorService pool = newPool();
		try {
			for (Path source : sources) {
				if (Files.isDirectory(source)) {
					for (Path file : filesIn(source, run)) {
						readFile(file, file.toString(), run, pool);
					}
				}
				else {
					readFile(source, source.toString(), run, pool);
				}
			}
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		logger.info("Validated {} files: {} records, {} valid, {} rejected", run.files, run.records, run.valid,
				run.rejected);
		return run.summary();
	}

	/**
	 * Checks one file on its own, without the duplicate detection that
	 * {@link #validate(List, Consumer)} does across everything it reads: for callers that
	 * keep their own ledger of filings (the batch intake), so that a file's outcomes do
	 * not depend on what else was read before it. The per-file reject cap still applies.
	 * @param file the file
	 * @param source how to name the file in locations and violations (for example its
	 * path relative to an inbox)
	 * @param outcomes receives every record's outcome, in file order
	 * @return the counts
	 */
	public IntakeSummary checkFile(Path file, String source, Consumer<RecordOutcome> outcomes) {
		Run run = new Run(outcomes, false);
		ExecutorService pool = newPool();
		try {
			readFile(file, source, run, pool);
		}
		finally {
			if (pool != null) {
				pool.shutdownNow();
			}
		}
		return run.summary();
	}

	private @Nullable ExecutorService newPool() {
		return (this.workers > 1) ? Executors.newFixedThreadPool(this.workers, (task) -> {
			Thread thread = new Thread(task, "filing-check");
			thread.setDaemon(true);
			return thread;
		}) : null;
	}

	/**
	 * Validates one file.
	 * @param file the file
	 * @param outcomes receives every record's outcome
	 * @return the counts
	 */
	public IntakeSummary validate(Path file, Consumer<RecordOutcome> outcomes) {
		return validate(List.of(file), outcomes);
	}

	/**
	 * Checks one filing already parsed into a JSON tree (for example posted to an API).
	 * @param location how to name the record in violations
	 * @param tree the filing
	 * @return its outcome
	 */
	public RecordOutcome check(RecordLocation location, JsonNode tree) {
		int maxPayload = this.limits.maxPayloadChars();
		return this.check.check(location, tree, List.of(), () -> PayloadText.of(tree.toString(), maxPayload),
				() -> ReceivedText.of(tree.toString()));
	}

	private List<Path> filesIn(Path folder, Run run) {
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> files = new ArrayList<>();
			walk.filter(Files::isRegularFile).sorted().forEach((file) -> {
				if (file.getFileName().toString().startsWith(".")) {
					return;
				}
				if (SourceFormat.of(file).isPresent()) {
					files.add(file);
				}
				else {
					run.skippedFiles++;
				}
			});
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list folder " + folder, ex);
		}
	}

	private void readFile(Path file, String source, Run run, @Nullable ExecutorService pool) {
		run.files++;
		run.startFile();
		Optional<SourceFormat> format = SourceFormat.of(file);
		try {
			if (format.isEmpty()) {
				run.fileProblem(source, Finding.of(Rule.INPUT_UNSUPPORTED_FORMAT, "", SourceFormat.extension(file)));
				return;
			}
			if (format.get() != SourceFormat.XLSX) {
				Optional<Finding> problem = FileSniffer.textProblem(file);
				if (problem.isPresent()) {
					run.fileProblem(source, problem.get());
					return;
				}
			}
			else if (FileSniffer.isEmpty(file)) {
				run.fileProblem(source, Finding.of(Rule.INPUT_EMPTY, "", null));
				return;
			}
			OrderedChecks sink = new OrderedChecks(this.check, pool, this.workers * 2,
					(outcome) -> run.take(outcome, this.limits));
			switch (format.get()) {
				case NDJSON -> new NdjsonRecords(this.mapper, this.limits).read(file, source, sink);
				case JSON -> new JsonRecords(this.mapper, this.limits).read(file, source, sink);
				case CSV -> new CsvRecords(this.limits).read(file, source, sink);
				case XLSX -> new XlsxRecords(this.limits).read(file, source, sink);
			}
			sink.finish();
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Cannot read {}", source, ex);
			run.fileProblem(source, Finding.of(Rule.INPUT_UNREADABLE, "", null, String.valueOf(ex.getMessage())));
		}
	}

	/**
	 * The state of one validation run: counts, duplicate detection and the per-file
	 * reject cap.
	 */
	private static final class Run {

		private final Consumer<RecordOutcome> outcomes;

		private final SeenFilings seen = new SeenFilings();

		private final boolean detectDuplicates;

		private final Map<Rule, Long> byRule = new EnumMap<>(Rule.class);

		private long files;

		private long records;

		private long valid;

		private long rejected;

		private long skippedFiles;

		private long rejectedInFile;

		private Run(Consumer<RecordOutcome> outcomes, boolean detectDuplicates) {
			this.outcomes = outcomes;
			this.detectDuplicates = detectDuplicates;
		}

		void startFile() {
			this.rejectedInFile = 0;
		}

		void fileProblem(String source, Finding finding) {
			emit(FilingCheck.rejected(RecordLocation.wholeFile(source), null, List.of(finding), null));
		}

		boolean take(RecordOutcome checked, IntakeLimits limits) {
			RecordOutcome outcome = checked;
			if (this.detectDuplicates && outcome instanceof RecordOutcome.Accepted accepted) {
				outcome = duplicateCheck(accepted);
			}
			emit(outcome);
			if (outcome instanceof RecordOutcome.Rejected && ++this.rejectedInFile >= limits.maxRejectedPerFile()) {
				fileProblem(outcome.location().source(),
						Finding.of(Rule.INPUT_TOO_MANY_ERRORS, "", null, limits.maxRejectedPerFile()));
				return false;
			}
			return true;
		}

		private RecordOutcome duplicateCheck(RecordOutcome.Accepted accepted) {
			Filing filing = accepted.filing();
			if (this.seen.add(filing.header().institution().code().value(), filing.header().filingId(),
					filing.header().version())) {
				return accepted;
			}
			Finding finding = Finding.of(Rule.FILING_DUPLICATE, "filingId", filing.header().filingId(),
					filing.header().version());
			return new RecordOutcome.Rejected(accepted.location(), filing.header().filingId(),
					List.of(Violation.of(accepted.location(), filing.header().filingId(),
							filing.header().institution().code().value(), finding)),
					null);
		}

		private void emit(RecordOutcome outcome) {
			this.records++;
			if (outcome instanceof RecordOutcome.Rejected rejectedOutcome) {
				this.rejected++;
				rejectedOutcome.violations().forEach((violation) -> this.byRule.merge(violation.rule(), 1L, Long::sum));
			}
			else {
				this.valid++;
			}
			this.outcomes.accept(outcome);
		}

		IntakeSummary summary() {
			return new IntakeSummary(this.files, this.records, this.valid, this.rejected, this.skippedFiles,
					this.byRule);
		}

	}

}
