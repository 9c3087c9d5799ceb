package dev.watchtower.batch.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.delta.tables.DeltaTable;
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

	Lake(LakeSession session, LakeSettings settings) {
		this.session = session;
		this.settings = settings;
	}

	/**
	 * Creates the tables that do not exist yet, with their declared columns, comments,
	 * partitioning and properties ({@link LakeTable#properties()}), and sets a declared
	 * property that an existing table lacks or holds another value of (a table created
	 * before the property was declared). A creation that was killed before its first
	 * commit is cleared and done again.
	 */
	public void createTables() {
		SparkSession spark = this.session.spark();
		for (LakeTable table : LakeTable.values()) {
			clearInterruptedCreation(spark, location(table));
			io.delta.tables.DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
				.location(location(table))
				.addColumns(table.schema())
				.comment("Watchtower " + table.path() + " (owner: batch, docs/lake.md)");
			table.partitionColumn().ifPresent(builder::partitionedBy);
			table.properties().forEach(builder::property);
			builder.execute();
			declareProperties(spark, table);
		}
	}

	private void declareProperties(SparkSession spark, LakeTable table) {
		if (table.properties().isEmpty()) {
			return;
		}
		scala.collection.immutable.Map<String, String> held = DeltaTable.forPath(spark, location(table))
			.detail()
			.first()
			.getAs("properties");
		Map<String, String> missing = new java.util.TreeMap<>();
		table.properties().forEach((name, value) -> {
			if (!held.get(name).contains(value)) {
				missing.put(name, value);
			}
		});
		if (!missing.isEmpty()) {
			String assignments = missing.entrySet()
				.stream()
				.map((property) -> "'%s' = '%s'".formatted(property.getKey(), property.getValue()))
				.collect(java.util.stream.Collectors.joining(", "));
			logger.info("Setting {} on {}", missing, table.path());
			spark.sql("ALTER TABLE delta.`%s` SET TBLPROPERTIES (%s)".formatted(location(table), assignments));
		}
	}

	/**
	 * Writes one chunk: one Delta commit per table that has rows, each with the
	 * transaction id ({@code <run key>-
	 *
	<table>
	 * }, {@code sequence}), so a replay of the same chunk after a crash writes nothing
	 * twice.
	 * @param runKey identifies the intake run, e.g. {@code intake-42}
	 * @param sequence the chunk's sequence number within the run, increasing
	 * @param chunk what to write
	 */
	public void write(String runKey, long sequence, LakeChunk chunk) {
		SparkSession spark = this.session.spark();
		RunStamp run = chunk.run();
		long started = System.nanoTime();
		if (!chunk.filings().isEmpty()) {
			List<Row> rows = chunk.filings().stream().map((filing) -> BronzeRows.filing(filing, run)).toList();
			DeltaWrites.append(spark, LakeTable.FILINGS, location(LakeTable.FILINGS), rows,
					appId(runKey, LakeTable.FILINGS), sequence);
			started = logWrite(LakeTable.FILINGS, rows.size(), started);
		}
		if (!chunk.rejects().isEmpty()) {
			List<Row> rows = chunk.rejects().stream().map((reject) -> BronzeRows.reject(reject, run)).toList();
			DeltaWrites.append(spark, LakeTable.REJECTS, location(LakeTable.REJECTS), rows,
					appId(runKey, LakeTable.REJECTS), sequence);
			started = logWrite(LakeTable.REJECTS, rows.size(), started);
		}
		if (!chunk.incidentReports().isEmpty()) {
			List<Row> rows = chunk.incidentReports()
				.stream()
				.map((report) -> SilverRows.incidentReport(report, run))
				.toList();
			write(spark, LakeTable.INCIDENT_REPORTS, rows, !chunk.replacedIncidentMonths().isEmpty(),
					DeltaWrites.inList("t.occurred_month", chunk.replacedIncidentMonths()), runKey, sequence);
			started = logWrite(LakeTable.INCIDENT_REPORTS, rows.size(), started);
		}
		if (!chunk.annualReports().isEmpty()) {
			List<Row> rows = chunk.annualReports()
				.stream()
				.map((report) -> SilverRows.annualReport(report, run))
				.toList();
			write(spark, LakeTable.ANNUAL_REPORTS, rows, chunk.replacesAnnualReports(), "true", runKey, sequence);
			logWrite(LakeTable.ANNUAL_REPORTS, rows.size(), started);
		}
	}

	/**
	 * Replaces {@code silver/institutions} with the register.
	 * @param runKey identifies the intake run
	 * @param sequence a version above every chunk sequence of the run
	 * @param institutions every institution
	 */
	public void replaceInstitutions(String runKey, long sequence, List<InstitutionRow> institutions) {
		SparkSession spark = this.session.spark();
		List<Row> rows = institutions.stream().map(SilverRows::institution).toList();
		DeltaWrites.overwrite(spark, LakeTable.INSTITUTIONS, location(LakeTable.INSTITUTIONS), rows,
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
		SparkSession spark = this.session.spark();
		List<LakeTable> compacted = new java.util.ArrayList<>();
		for (LakeTable table : LakeTable.values()) {
			DeltaTable delta = DeltaTable.forPath(spark, location(table));
			Row detail = delta.detail().first();
			long files = detail.getAs("numFiles");
			long partitions = table.partitionColumn()
				.map((column) -> delta.toDF().select(column).distinct().count())
				.orElse(1L);
			if (files > (long) this.settings.compactFilesPerPartition() * Math.max(1, partitions)) {
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

	/** Logs (debug) how long a table's part of a chunk took, and returns now. */
	private static long logWrite(LakeTable table, int rows, long started) {
		long now = System.nanoTime();
		logger.debug("Wrote {} rows to {} in {} ms", rows, table.path(), (now - started) / 1_000_000);
		return now;
	}

	/**
	 * Delta makes {@code _delta_log} before it writes the first commit into it. A process
	 * killed in between leaves a folder that Delta neither reads as a table nor creates
	 * again ({@code DELTA_TABLE_NOT_FOUND}), so every later start would fail. A log
	 * folder that holds nothing but hidden files (temporary commits, checksums) and empty
	 * folders has no commit, checkpoint or table state: it is removed. Anything else is
	 * left alone.
	 */
	private static void clearInterruptedCreation(SparkSession spark, String location) {
		org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location, "_delta_log");
		try {
			FileSystem files = log.getFileSystem(spark.sessionState().newHadoopConf());
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

	private void write(SparkSession spark, LakeTable table, List<Row> rows, boolean replaces, String partitionFilter,
			String runKey, long sequence) {
		if (replaces) {
			DeltaWrites.upsert(spark, table, location(table), rows, partitionFilter, appId(runKey, table), sequence);
		}
		else {
			DeltaWrites.append(spark, table, location(table), rows, appId(runKey, table), sequence);
		}
	}

	private static String appId(String runKey, LakeTable table) {
		return runKey + "-" + table.shortName();
	}

}
