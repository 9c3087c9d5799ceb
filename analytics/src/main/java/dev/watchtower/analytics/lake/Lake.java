package dev.watchtower.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lake root ({@code <data>/lake} locally, {@code s3a://...} in production) and the
 * reads and writes every job shares.
 *
 * @param root a folder path or a URI
 * @param historyDays how many days the tables that keep history
 * ({@link LakeTable#keepsHistory()}) keep their Delta log and removed files; 0 leaves
 * Delta's defaults (30 days of log, 7 of removed files)
 */
public record Lake(String root, int historyDays) {

	private static final Logger logger = LoggerFactory.getLogger(Lake.class);

	/** Delta operations that change no row: declarations, compaction, VACUUM. */
	private static final Set<String> DATALESS_OPERATIONS = Set.of("CREATE TABLE", "SET TBLPROPERTIES", "ADD COLUMNS",
			"OPTIMIZE", "VACUUM START", "VACUUM END");

	public Lake {
		Objects.requireNonNull(root, "root");
		if (root.isBlank()) {
			throw new IllegalArgumentException("lake root must not be blank");
		}
		root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
		if (historyDays < 0) {
			throw new IllegalArgumentException("historyDays must not be negative, was " + historyDays);
		}
	}

	/**
	 * A lake at a root, with Delta's default history.
	 * @param root a folder path or a URI
	 */
	public Lake(String root) {
		this(root, 0);
	}

	/**
	 * The same lake, its history-keeping tables declared to keep this many days of
	 * history.
	 * @param days the days, 0 for Delta's defaults
	 * @return the lake
	 */
	public Lake keepingHistory(int days) {
		return new Lake(this.root, days);
	}

	/**
	 * The Delta table properties a table is declared with: its own, and for a table that
	 * keeps history the log and removed-file retention of {@link #historyDays()}.
	 * @param table the table
	 * @return the properties
	 */
	public Map<String, String> properties(LakeTable table) {
		if (!table.keepsHistory() || this.historyDays == 0) {
			return table.properties();
		}
		Map<String, String> properties = new java.util.TreeMap<>(table.properties());
		String interval = "interval " + this.historyDays + " days";
		properties.put("delta.logRetentionDuration", interval);
		properties.put("delta.deletedFileRetentionDuration", interval);
		return properties;
	}

	/**
	 * A lake in a local folder.
	 * @param folder the folder
	 * @return the lake
	 */
	public static Lake at(Path folder) {
		return new Lake(folder.toAbsolutePath().normalize().toString());
	}

	/**
	 * A lake at a folder path or URI ({@code s3a://bucket/lake}, {@code file:/...}).
	 * @param location the location
	 * @return the lake
	 */
	public static Lake of(String location) {
		URI uri = URI.create(location.replace(" ", "%20"));
		return (uri.getScheme() == null) ? at(Path.of(location)) : new Lake(location);
	}

	public String location(LakeTable table) {
		return this.root + "/" + table.path();
	}

	public boolean exists(SparkSession spark, LakeTable table) {
		return DeltaTable.isDeltaTable(spark, location(table));
	}

	/**
	 * The latest version of a table.
	 * @param spark the session
	 * @param table the table
	 * @return the version, empty when the table does not exist
	 */
	public Optional<Long> version(SparkSession spark, LakeTable table) {
		return TableLog.version(spark, location(table));
	}

	/**
	 * A row count that Delta recorded with a commit (its operation metrics), so that a
	 * job need not count what it wrote in a second pass over the data.
	 * @param spark the session
	 * @param table the table
	 * @param version the commit
	 * @param metric for example {@code numOutputRows} (a write) or {@code numSourceRows}
	 * (a MERGE)
	 * @return the count
	 * @throws IllegalStateException when the commit has no such metric
	 */
	public long committedRows(SparkSession spark, LakeTable table, long version, String metric) {
		return TableLog.metric(spark, location(table), version, metric)
			.map(Long::parseLong)
			.orElseThrow(() -> new IllegalStateException(
					"Version %d of %s has no operation metric %s".formatted(version, table.path(), metric)));
	}

	/**
	 * What changed in a table's rows between two versions, read from its Delta log: the
	 * rows new to the table and the rows taken out of it (ADR 40). An incremental job
	 * that rebuilds whatever these rows belong to makes what a full rebuild makes,
	 * whatever the commits were (appends, MERGEs, DELETEs, compactions), and however the
	 * writers' clocks stood.
	 * @param spark the session
	 * @param table the table
	 * @param after the version the job read last
	 * @param through the version it reads now
	 * @return the changes; empty when they cannot be told exactly, so the job reads the
	 * table in full: the log no longer holds those commits, a RESTORE (rows come back
	 * that were processed before), or a compaction that mixed new rows with old ones
	 */
	public Optional<TableChanges> changes(SparkSession spark, LakeTable table, long after, long through) {
		Optional<TableLog.Changes> read = TableLog.changes(spark, location(table), after, through);
		if (read.isEmpty()) {
			return Optional.empty();
		}
		TableLog.Changes changes = read.get();
		if (changes.operations().contains("RESTORE") || changes.rewritten()) {
			logger.info("{} versions {} to {}: {}; read in full", table.path(), after + 1, through,
					changes.rewritten() ? "new rows compacted with old ones" : "restored to an earlier version");
			return Optional.empty();
		}
		// (by name, allowing for columns a commit in between added)
		Dataset<Row> removed = changes.added().limit(0);
		for (Map.Entry<Long, Set<String>> commit : changes.removed().entrySet()) {
			removed = removed.unionByName(readAt(spark, table, commit.getKey() - 1).rows()
				.where(functions.col("_metadata.file_name").isin(commit.getValue().toArray())), true);
		}
		return Optional
			.of(new TableChanges(changes.added(), removed, !changes.removed().isEmpty(), changes.operations()));
	}

	/**
	 * Whether every commit of a table after one version up to another only wrote rows:
	 * inserted or updated them, or changed none (a compaction, a declaration), without a
	 * RESTORE, an UPDATE or a deleted row. A reader that finds the rows written since by
	 * a column their writer stamps (ADR 28) has then missed nothing.
	 * @param spark the session
	 * @param table the table
	 * @param after the version the reader read last
	 * @param through the version it reads now
	 * @param writes the operations that write rows the way the reader relies on, for
	 * example {@code MERGE}
	 * @return whether they were only such writes; false when the log no longer tells
	 */
	public boolean onlyWrittenSince(SparkSession spark, LakeTable table, long after, long through, Set<String> writes) {
		return TableLog.commits(spark, location(table), after, through)
			.map((commits) -> commits.stream()
				.filter((commit) -> !DATALESS_OPERATIONS.contains(commit.operation()))
				.allMatch((commit) -> writes.contains(commit.operation()) && commit.rowsDeleted() == 0))
			.orElse(false);
	}

	/**
	 * Reads a table at its latest version, pinned so that the version recorded is the one
	 * read even when a writer commits meanwhile.
	 * @param spark the session
	 * @param table the table
	 * @return the snapshot
	 * @throws IllegalStateException when the table does not exist
	 */
	public Snapshot read(SparkSession spark, LakeTable table) {
		long version = version(spark, table).orElseThrow(
				() -> new IllegalStateException("Delta table %s does not exist at %s: run the job that writes it first"
					.formatted(table.path(), location(table))));
		return readAt(spark, table, version);
	}

	/**
	 * Reads a table at a given version (time travel).
	 * @param spark the session
	 * @param table the table
	 * @param version the version
	 * @return the snapshot
	 */
	public Snapshot readAt(SparkSession spark, LakeTable table, long version) {
		Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", version).load(location(table));
		return new Snapshot(table, version, rows);
	}

	/**
	 * Reads a table, or an empty one of the given shape when it does not exist yet (a
	 * lake without annual reports, say).
	 * @param spark the session
	 * @param table the table
	 * @param shape the columns the reader needs
	 * @return the snapshot, version -1 when empty
	 */
	public Snapshot readOrEmpty(SparkSession spark, LakeTable table, StructType shape) {
		if (!exists(spark, table)) {
			logger.info("Delta table {} does not exist yet at {}: read as empty", table.path(), location(table));
			return new Snapshot(table, -1, spark.createDataFrame(List.of(), shape));
		}
		return read(spark, table);
	}

	/**
	 * Replaces a whole gold table in one Delta commit (earlier versions stay readable by
	 * time travel). The table is declared first, with its columns and comment, when it
	 * does not exist.
	 * @param rows the new content
	 * @param table the table
	 * @param comment what the table holds
	 * @return the version written
	 */
	public long replace(Dataset<Row> rows, LakeTable table, String comment) {
		declare(rows.sparkSession(), table, rows.schema(), comment);
		rows.write().format("delta").mode("overwrite").option("mergeSchema", "true").save(location(table));
		return version(rows.sparkSession(), table).orElseThrow();
	}

	/**
	 * Declares a table with explicit columns, idempotently. A declaration that was killed
	 * before its first commit is cleared and done again.
	 * @param spark the session
	 * @param table the table
	 * @param schema the columns
	 * @param comment what the table holds
	 */
	public void declare(SparkSession spark, LakeTable table, StructType schema, String comment) {
		clearInterruptedCreation(spark, location(table));
		DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
			.location(location(table))
			.addColumns((StructType) nullable(schema))
			.comment(comment);
		Map<String, String> properties = properties(table);
		properties.forEach(builder::property);
		builder.execute();
		addMissingColumns(spark, table, schema);
		if (!properties.isEmpty()) {
			setProperties(spark, table);
		}
	}

	/**
	 * Sets the declared properties ({@link #properties(LakeTable)}) that an existing
	 * table lacks or holds with another value: a table created before a property was
	 * declared, or before the history the rules ask for changed.
	 * @param spark the session
	 * @param table the table, which exists
	 * @return the properties set, empty when the table had them all
	 */
	public Map<String, String> setProperties(SparkSession spark, LakeTable table) {
		Map<String, String> actual = TableLog.properties(spark, location(table));
		Map<String, String> missing = new java.util.TreeMap<>();
		properties(table).forEach((key, value) -> {
			if (!value.equals(actual.get(key))) {
				missing.put(key, value);
			}
		});
		if (!missing.isEmpty()) {
			spark.sql("ALTER TABLE delta.`%s` SET TBLPROPERTIES (%s)".formatted(location(table),
					missing.entrySet()
						.stream()
						.map((property) -> "'%s' = '%s'".formatted(property.getKey(), property.getValue()))
						.collect(Collectors.joining(", "))));
		}
		return missing;
	}

	/**
	 * A table declared before a column was added to its declaration gets the column (null
	 * in the rows written before).
	 */
	private void addMissingColumns(SparkSession spark, LakeTable table, StructType schema) {
		Set<String> present = TableLog.columns(spark, location(table));
		String missing = java.util.Arrays.stream(((StructType) nullable(schema)).fields())
			.filter((field) -> !present.contains(field.name()))
			.map((field) -> "`%s` %s".formatted(field.name(), field.dataType().sql()))
			.collect(Collectors.joining(", "));
		if (!missing.isEmpty()) {
			logger.info("Adding columns {} to {}", missing, table.path());
			spark.sql("ALTER TABLE delta.`%s` ADD COLUMNS (%s)".formatted(location(table), missing));
		}
	}

	/**
	 * Delta makes {@code _delta_log} before it writes the first commit into it; a run
	 * killed in between leaves a folder that Delta neither reads as a table nor creates
	 * again ({@code DELTA_TABLE_NOT_FOUND}). A log folder holding only hidden files
	 * (temporary commits, checksums) and empty folders has no table state and is removed;
	 * anything else is left alone.
	 */
	private static void clearInterruptedCreation(SparkSession spark, String location) {
		org.apache.hadoop.fs.Path log = new org.apache.hadoop.fs.Path(location, "_delta_log");
		try {
			FileSystem files = log.getFileSystem(spark.sessionState().newHadoopConf());
			if (files.exists(log) && !holdsTableState(files, log)) {
				logger.warn("Removing {}: a table declaration interrupted before its first commit", log);
				files.delete(log, true);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not inspect " + log, ex);
		}
	}

	private static boolean holdsTableState(FileSystem files, org.apache.hadoop.fs.Path folder) throws IOException {
		for (FileStatus entry : files.listStatus(folder)) {
			boolean state = entry.isDirectory() ? holdsTableState(files, entry.getPath())
					: !entry.getPath().getName().startsWith(".");
			if (state) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same type with every field nullable: Delta enforces no NOT NULL inside arrays
	 * and maps, and the columns of computed rows are declared as nullable anyway.
	 */
	static DataType nullable(DataType type) {
		if (type instanceof StructType struct) {
			return new StructType(java.util.Arrays.stream(struct.fields())
				.map((field) -> new StructField(field.name(), nullable(field.dataType()), true, field.metadata()))
				.toArray(StructField[]::new));
		}
		if (type instanceof ArrayType array) {
			return new ArrayType(nullable(array.elementType()), true);
		}
		if (type instanceof MapType map) {
			return new MapType(nullable(map.keyType()), nullable(map.valueType()), true);
		}
		return type;
	}

}
