package dev.watchtower.batch.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.delta.tables.DeltaTable;
import jakarta.annotation.PreDestroy;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The intake's way into the lake: creates the tables it owns, writes one chunk
 * idempotently, replaces the institution register, and compacts small files.
 */
@Component
public class Lake {

	private static final Logger logger = LoggerFactory.getLogger(Lake.class);

	private final LakeSession session;

	private final LakeSettings settings;

	private final KernelLake kernel;

	private final ExecutorService writers;

	private final Object merges = new Object();

	Lake(LakeSession session, LakeSettings settings) {
		this.session = session;
		this.settings = settings;
		this.kernel = new KernelLake(settings::hadoop);
		AtomicInteger threads = new AtomicInteger();
		this.writers = Executors.newFixedThreadPool(settings.writers(), (task) -> {
			Thread thread = new Thread(task, "lake-writer-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		this.writers.shutdownNow();
	}

	/**
	 * Creates the tables that do not exist yet, with their declared columns, comments,
	 * partitioning and properties ({@link LakeTable#properties()}), and sets a declared
	 * property that an existing table lacks or holds another value of (a table created
	 * before the property was declared). A creation that was killed before its first
	 * commit is cleared and done again. Through Delta Kernel and the Delta log only (ADR
	 * 36): tables that are as declared cost a log read each, and no Spark session.
	 */
	public void createTables() {
		long started = System.nanoTime();
		List<String> changed = new java.util.ArrayList<>();
		for (LakeTable table : LakeTable.values()) {
			String location = location(table);
			clearInterruptedCreation(this.kernel.hadoop(), location);
			Optional<Map<String, String>> held = this.kernel.properties(location);
			if (held.isEmpty()) {
				this.kernel.create(table, location);
				changed.add("created " + table.path());
				continue;
			}
			Map<String, String> missing = new java.util.TreeMap<>();
			table.properties().forEach((name, value) -> {
				if (!value.equals(held.get().get(name))) {
					missing.put(name, value);
				}
			});
			if (!missing.isEmpty()) {
				logger.info("Setting {} on {}", missing, table.path());
				this.kernel.setProperties(table, location, missing);
				changed.add("declared " + missing.keySet() + " on " + table.path());
			}
		}
		if (changed.isEmpty()) {
			logger.debug("Lake tables as declared ({} ms)", (System.nanoTime() - started) / 1_000_000);
		}
		else {
			logger.info("Lake tables ready in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
					String.join(", ", changed));
		}
	}

	/**
	 * Writes one chunk: one Delta commit per table that has rows, each with the
	 * transaction id ({@code RUNKEY-TABLE}, {@code sequence}), so a replay of the same
	 * chunk after a crash writes nothing twice. The tables are written at the same time
	 * on the lake's writer threads (each append runs on one thread, ADR 36); the call
	 * returns when every table's write has ended, and throws the first failure after
	 * that.
	 * @param runKey identifies the intake run, e.g. {@code intake-42}
	 * @param sequence the chunk's sequence number within the run, increasing
	 * @param chunk what to write
	 * @param meanwhile run on the calling thread while the tables are written (the
	 * chunk's PostgreSQL statements, in the caller's transaction); its failure is thrown
	 * once the writes have ended
	 */
	public void write(String runKey, long sequence, LakeChunk chunk, Runnable meanwhile) {
		RunStamp run = chunk.run();
		Map<LakeTable, Callable<Integer>> writes = new java.util.LinkedHashMap<>();
		if (!chunk.incidentReports().isEmpty()) {
			writes.put(LakeTable.INCIDENT_REPORTS, () -> {
				List<Row> rows = chunk.incidentReports()
					.stream()
					.map((report) -> SilverRows.incidentReport(report, run))
					.toList();
				write(LakeTable.INCIDENT_REPORTS, rows, !chunk.replacedIncidentMonths().isEmpty(),
						DeltaWrites.inList("t.occurred_month", chunk.replacedIncidentMonths()), runKey, sequence);
				return rows.size();
			});
		}
		if (!chunk.filings().isEmpty()) {
			writes.put(LakeTable.FILINGS, () -> {
				List<Row> rows = chunk.filings().stream().map((filing) -> BronzeRows.filing(filing, run)).toList();
				this.kernel.append(LakeTable.FILINGS, location(LakeTable.FILINGS), rows,
						appId(runKey, LakeTable.FILINGS), sequence);
				return rows.size();
			});
		}
		if (!chunk.rejects().isEmpty()) {
			writes.put(LakeTable.REJECTS, () -> {
				List<Row> rows = chunk.rejects().stream().map((reject) -> BronzeRows.reject(reject, run)).toList();
				this.kernel.append(LakeTable.REJECTS, location(LakeTable.REJECTS), rows,
						appId(runKey, LakeTable.REJECTS), sequence);
				return rows.size();
			});
		}
		if (!chunk.annualReports().isEmpty()) {
			writes.put(LakeTable.ANNUAL_REPORTS, () -> {
				List<Row> rows = chunk.annualReports()
					.stream()
					.map((report) -> SilverRows.annualReport(report, run))
					.toList();
				write(LakeTable.ANNUAL_REPORTS, rows, chunk.replacesAnnualReports(), "true", runKey, sequence);
				return rows.size();
			});
		}
		writeAll(writes, meanwhile);
	}

	private void writeAll(Map<LakeTable, Callable<Integer>> writes, Runnable meanwhile) {
		Map<LakeTable, Future<Integer>> running = new java.util.LinkedHashMap<>();
		writes.forEach((table, write) -> running.put(table, this.writers.submit(() -> {
			long started = System.nanoTime();
			int rows = write.call();
			logger.debug("Wrote {} rows to {} in {} ms", rows, table.path(), (System.nanoTime() - started) / 1_000_000);
			return rows;
		})));
		RuntimeException failure = null;
		try {
			meanwhile.run();
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		for (Map.Entry<LakeTable, Future<Integer>> write : running.entrySet()) {
			try {
				write.getValue().get();
			}
			catch (ExecutionException ex) {
				RuntimeException cause = (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException("Could not write " + write.getKey().path(), ex.getCause());
				if (failure == null) {
					failure = cause;
				}
				else {
					failure.addSuppressed(cause);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				running.values().forEach((other) -> other.cancel(true));
				throw new IllegalStateException("Interrupted while writing " + write.getKey().path(), ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Replaces {@code silver/institutions} with the register.
	 * @param runKey identifies the intake run
	 * @param sequence a version above every chunk sequence of the run
	 * @param institutions every institution
	 */
	public void replaceInstitutions(String runKey, long sequence, List<InstitutionRow> institutions) {
		List<Row> rows = institutions.stream().map(SilverRows::institution).toList();
		this.kernel.replace(LakeTable.INSTITUTIONS, location(LakeTable.INSTITUTIONS), rows,
				appId(runKey, LakeTable.INSTITUTIONS), sequence);
	}

	/**
	 * Compacts the tables whose partitions hold, on average, more small files than the
	 * settings allow (Delta OPTIMIZE; readers are not affected), then removes from those
	 * tables the files no version within the table's retention refers to (VACUUM with
	 * {@code delta.deletedFileRetentionDuration}, Delta's 7 days unless a table says
	 * otherwise): the small files of earlier compactions and the rows earlier superseding
	 * versions replaced. Time travel to a version older than the retention then fails;
	 * nothing in the lake reads batch's tables at an old version.
	 * @return the tables compacted
	 */
	public List<LakeTable> compact() {
		List<LakeTable> compacted = new java.util.ArrayList<>();
		for (LakeTable table : LakeTable.values()) {
			KernelLake.DataFiles data = this.kernel.dataFiles(table, location(table));
			long files = data.files();
			long partitions = data.partitions();
			if (files > (long) this.settings.compactFilesPerPartition() * Math.max(1, partitions)) {
				DeltaTable delta = DeltaTable.forPath(this.session.spark(), location(table));
				long started = System.nanoTime();
				delta.optimize().executeCompaction();
				long optimized = System.nanoTime();
				delta.vacuum();
				logger.info("Compacted {}: {} files in {} partitions ({} ms), then vacuumed ({} ms)", table.path(),
						files, partitions, (optimized - started) / 1_000_000,
						(System.nanoTime() - optimized) / 1_000_000);
				compacted.add(table);
			}
		}
		return compacted;
	}

	/**
	 * The chunk sequence a table last committed for a run, from its Delta log: what a
	 * restarted run replays without writing twice.
	 * @param table the table
	 * @param runKey the intake run, e.g. {@code intake-42}
	 * @return the sequence, or empty when the run wrote nothing to the table
	 */
	public Optional<Long> committedSequence(LakeTable table, String runKey) {
		return this.kernel.transactionVersion(location(table), appId(runKey, table));
	}

	/**
	 * Counts the rows of a table.
	 * @param table the table
	 * @return the count
	 */
	public long count(LakeTable table) {
		return this.session.spark().read().format("delta").load(location(table)).count();
	}

	/**
	 * Counts the rows of a table that match a SQL predicate.
	 * @param table the table
	 * @param predicate for example {@code run_id = '7'}
	 * @return the count
	 */
	public long count(LakeTable table, String predicate) {
		return this.session.spark().read().format("delta").load(location(table)).where(predicate).count();
	}

	/**
	 * The benchmark baseline: Spark's own {@code read.json} of a folder (schema inferred)
	 * appended to a new Delta table, nothing else.
	 * @param input the folder of NDJSON files
	 * @param output where to create the table
	 * @return the rows appended
	 */
	public long jsonToDelta(java.nio.file.Path input, java.nio.file.Path output) {
		SparkSession spark = this.session.spark();
		spark.read().json(input.toString()).write().format("delta").mode("append").save(output.toString());
		return spark.read().format("delta").load(output.toString()).count();
	}

	String location(LakeTable table) {
		return this.settings.location(table);
	}

	/**
	 * Delta makes {@code _delta_log} before it writes the first commit into it. A process
	 * killed in between leaves a folder that Delta neither reads as a table nor creates
	 * again ({@code DELTA_TABLE_NOT_FOUND}), so every later start would fail. A log
	 * folder that holds nothing but hidden files (temporary commits, checksums) and empty
	 * folders has no commit, checkpoint or table state: it is removed. Anything else is
	 * left alone.
	 */
	private static void clearInterruptedCreation(org.apache.hadoop.conf.Configuration hadoop, String location) {
		org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location, "_delta_log");
		try {
			FileSystem files = log.getFileSystem(hadoop);
			if (!files.exists(log) || holdsTableState(files, log)) {
				return;
			}
			logger.warn("Removing {}: a table creation that was interrupted before its first commit", log);
			files.delete(log, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not inspect " + log, ex);
		}
	}

	private static boolean holdsTableState(FileSystem files, org.apache.hadoop.fs.Path folder) throws IOException {
		for (FileStatus entry : files.listStatus(folder)) {
			if (entry.isDirectory() ? holdsTableState(files, entry.getPath())
					: !entry.getPath().getName().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	private void write(LakeTable table, List<Row> rows, boolean replaces, String partitionFilter, String runKey,
			long sequence) {
		if (replaces) {
			// One MERGE at a time: each passes its transaction id through the session's
			// settings, which two MERGEs of a chunk on the two writer threads would
			// share.
			synchronized (this.merges) {
				DeltaWrites.upsert(this.session.spark(), table, location(table), rows, partitionFilter,
						appId(runKey, table), sequence);
			}
		}
		else {
			this.kernel.append(table, location(table), rows, appId(runKey, table), sequence);
		}
	}

	private static String appId(String runKey, LakeTable table) {
		return runKey + "-" + table.shortName();
	}

}
