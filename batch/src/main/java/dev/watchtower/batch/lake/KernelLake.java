package dev.watchtower.batch.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Operation;
import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionCommitResult;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.MapValue;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.ConcurrentTransactionException;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.hook.PostCommitHook;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake's Delta Kernel side (ADR 36): creates the tables and sets their declared
 * properties, counts their files, appends, and replaces the register. Nothing here starts
 * a Spark job.
 * <p>
 * Writes: the rows are handed to Kernel's Parquet writer as columns over the row objects,
 * one file per partition value (none for no rows), and committed with the transaction id.
 * Kernel refuses a transaction id the table already holds
 * ({@link ConcurrentTransactionException}) where Spark skips it; both mean the chunk was
 * committed before a crash, so the append is skipped here too.
 * <p>
 * File statistics: Kernel 4.4 indexes the first 32 leaf columns and does not read
 * {@code delta.dataSkippingStatsColumns}, so a table that declares that property
 * ({@link LakeTable#properties()}) gets exactly the declared columns, as Spark would
 * write them.
 */
final class KernelLake {

	private static final Logger logger = LoggerFactory.getLogger(KernelLake.class);

	private static final String ENGINE_INFO = "watchtower-intake";

	private static final String PARQUET_COMPRESSION = "parquet.compression";

	/** The table property naming the table's owner and contract. */
	static final String OWNER = "watchtower.owner";

	private final Supplier<Configuration> storage;

	private @Nullable Configuration configuration;

	private @Nullable Engine engine;

	KernelLake(Supplier<Configuration> storage) {
		this.storage = storage;
	}

	/**
	 * Appends rows to a table in one commit carrying the transaction id, unless the table
	 * holds that id at this version already.
	 * @param table the table
	 * @param location its location
	 * @param rows the rows, in the column order of the table's schema
	 * @param appId the transaction application id
	 * @param version the transaction version
	 * @return whether it committed ({@code false}: a replay, nothing written)
	 */
	boolean append(LakeTable table, String location, List<Row> rows, String appId, long version) {
		Engine engine = engine();
		return write(table, location, rows, appId, version,
				() -> Table.forPath(engine, qualified(location))
					.createTransactionBuilder(engine, ENGINE_INFO, Operation.WRITE)
					.withTransactionId(engine, appId, version)
					.build(engine));
	}

	/**
	 * Replaces a table's rows with others in one commit carrying the transaction id: a
	 * REPLACE TABLE with the declared schema, partitioning and properties, so readers of
	 * the new version see exactly these rows (the old files stay for time travel until
	 * VACUUM). Kernel 4.4 offers REPLACE only on its table implementation, not yet on the
	 * {@link Table} interface; this is the one place that reaches for it.
	 * @param table the table
	 * @param location its location
	 * @param rows every row of the table
	 * @param appId the transaction application id
	 * @param version the transaction version
	 * @return whether it committed ({@code false}: a replay, nothing written)
	 */
	boolean replace(LakeTable table, String location, List<Row> rows, String appId, long version) {
		Engine engine = engine();
		return write(table, location, rows, appId, version,
				() -> ((io.delta.kernel.internal.TableImpl) Table.forPath(engine, qualified(location)))
					.createReplaceTableTransactionBuilder(engine, ENGINE_INFO)
					.withSchema(engine, KernelSchemas.of(table.schema()))
					.withPartitionColumns(engine, table.partitionColumn().map(List::of).orElse(List.of()))
					.withTableProperties(engine, declaredProperties(table))
					.withTransactionId(engine, appId, version)
					.build(engine));
	}

	private boolean write(LakeTable table, String location, List<Row> rows, String appId, long version,
			Supplier<Transaction> begin) {
		Engine engine = engine();
		Transaction transaction;
		try {
			transaction = begin.get();
		}
		catch (ConcurrentTransactionException ex) {
			logger.info("{} holds transaction {} version {} already: not written again", table.path(), appId, version);
			return false;
		}
		io.delta.kernel.data.Row state = transaction.getTransactionState(engine);
		StructType schema = transaction.getSchema(engine);
		List<io.delta.kernel.data.Row> actions = new ArrayList<>();
		Map<Map<String, Literal>, List<Row>> partitions = rows.isEmpty() ? Map.of() : partitions(table, rows);
		for (Map.Entry<Map<String, Literal>, List<Row>> partition : partitions.entrySet()) {
			Map<String, Literal> values = partition.getKey();
			FilteredColumnarBatch batch = new FilteredColumnarBatch(KernelVectors.batch(schema, partition.getValue()),
					Optional.empty());
			CloseableIterator<FilteredColumnarBatch> physical = Transaction.transformLogicalData(engine, state,
					iterator(List.of(batch).iterator()), values);
			DataWriteContext context = Transaction.getWriteContext(engine, state, values);
			try (CloseableIterator<DataFileStatus> files = engine.getParquetHandler()
				.writeParquetFiles(context.getTargetDirectory(), physical, statisticsColumns(table, context));
					CloseableIterator<io.delta.kernel.data.Row> appended = Transaction.generateAppendActions(engine,
							state, files, context)) {
				appended.forEachRemaining(actions::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write " + table.path() + " at " + location, ex);
			}
		}
		try {
			commit(table, transaction, actions);
		}
		catch (ConcurrentTransactionException ex) {
			logger.info("{} took transaction {} version {} meanwhile: not written again", table.path(), appId, version);
			return false;
		}
		return true;
	}

	private static Map<String, String> declaredProperties(LakeTable table) {
		Map<String, String> properties = new LinkedHashMap<>(table.properties());
		properties.put(OWNER, "batch (" + table.path() + ", docs/lake.md)");
		return properties;
	}

	/**
	 * A table's properties, as its Delta log says, without reading its data.
	 * @param location the table's location
	 * @return its properties, or empty when there is no table (no commit)
	 */
	Optional<Map<String, String>> properties(String location) {
		Engine engine = engine();
		try {
			return Optional
				.of(Table.forPath(engine, qualified(location)).getLatestSnapshot(engine).getTableProperties());
		}
		catch (TableNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The latest version of a transaction id the table holds.
	 * @param location the table's location
	 * @param appId the application id
	 * @return its version, or empty when the table never committed with that id
	 */
	Optional<Long> transactionVersion(String location, String appId) {
		Engine engine = engine();
		return Table.forPath(engine, qualified(location))
			.getLatestSnapshot(engine)
			.getLatestTransactionVersion(engine, appId);
	}

	/**
	 * Creates a table with its declared columns (and their comments), partitioning and
	 * properties, and the owner as the property {@code watchtower.owner}.
	 * @param table the table
	 * @param location where
	 */
	void create(LakeTable table, String location) {
		Engine engine = engine();
		Map<String, String> properties = declaredProperties(table);
		Transaction transaction = Table.forPath(engine, qualified(location))
			.createTransactionBuilder(engine, ENGINE_INFO, Operation.CREATE_TABLE)
			.withSchema(engine, KernelSchemas.of(table.schema()))
			.withPartitionColumns(engine, table.partitionColumn().map(List::of).orElse(List.of()))
			.withTableProperties(engine, properties)
			.build(engine);
		commit(table, transaction, List.of());
	}

	/**
	 * Sets properties on an existing table, in one commit.
	 * @param table the table
	 * @param location where
	 * @param properties names and values
	 */
	void setProperties(LakeTable table, String location, Map<String, String> properties) {
		Engine engine = engine();
		Transaction transaction = Table.forPath(engine, qualified(location))
			.createTransactionBuilder(engine, ENGINE_INFO, Operation.MANUAL_UPDATE)
			.withTableProperties(engine, properties)
			.build(engine);
		commit(table, transaction, List.of());
	}

	/**
	 * Counts a table's data files and the partition values they hold, from the Delta log.
	 * @param table the table
	 * @param location where
	 * @return files and partitions (1 for an unpartitioned table)
	 */
	DataFiles dataFiles(LakeTable table, String location) {
		Engine engine = engine();
		Snapshot snapshot = Table.forPath(engine, qualified(location)).getLatestSnapshot(engine);
		long files = 0;
		Set<String> partitions = new HashSet<>();
		Optional<String> column = table.partitionColumn();
		try (CloseableIterator<FilteredColumnarBatch> batches = snapshot.getScanBuilder()
			.build()
			.getScanFiles(engine)) {
			while (batches.hasNext()) {
				FilteredColumnarBatch batch = batches.next();
				int add = batch.getData().getSchema().indexOf("add");
				try (CloseableIterator<io.delta.kernel.data.Row> rows = batch.getRows()) {
					while (rows.hasNext()) {
						io.delta.kernel.data.Row file = rows.next().getStruct(add);
						files++;
						column.ifPresent((name) -> partitions.add(partitionValue(file, name)));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the files of " + table.path(), ex);
		}
		return new DataFiles(files, column.isPresent() ? partitions.size() : 1);
	}

	private static String partitionValue(io.delta.kernel.data.Row file, String column) {
		MapValue values = file.getMap(file.getSchema().indexOf("partitionValues"));
		for (int i = 0; i < values.getSize(); i++) {
			if (column.equals(values.getKeys().getString(i))) {
				return values.getValues().isNullAt(i) ? "" : values.getValues().getString(i);
			}
		}
		return "";
	}

	private void commit(LakeTable table, Transaction transaction, List<io.delta.kernel.data.Row> actions) {
		Engine engine = engine();
		TransactionCommitResult result = transaction.commit(engine,
				CloseableIterable.inMemoryIterable(iterator(actions.iterator())));
		for (PostCommitHook hook : result.getPostCommitHooks()) {
			try {
				hook.threadSafeInvoke(engine);
			}
			catch (IOException | RuntimeException ex) {
				// A checkpoint or checksum is an optimisation of later reads; the commit
				// stands without it and the next one tries again.
				logger.warn("{} after version {} of {} failed", hook.getType(), result.getVersion(), table.path(), ex);
			}
		}
	}

	private static List<Column> statisticsColumns(LakeTable table, DataWriteContext context) {
		String declared = table.properties().get("delta.dataSkippingStatsColumns");
		if (declared == null) {
			return context.getStatisticsColumns();
		}
		return java.util.Arrays.stream(declared.split(",")).map(Column::new).toList();
	}

	/** The rows by their partition value; one group with no values when unpartitioned. */
	private static Map<Map<String, Literal>, List<Row>> partitions(LakeTable table, List<Row> rows) {
		Optional<String> column = table.partitionColumn();
		if (column.isEmpty()) {
			return Map.of(Map.of(), rows);
		}
		int ordinal = table.schema().fieldIndex(column.get());
		Map<Object, List<Row>> byValue = new LinkedHashMap<>();
		for (Row row : rows) {
			byValue.computeIfAbsent(row.get(ordinal), (value) -> new ArrayList<>()).add(row);
		}
		Map<Map<String, Literal>, List<Row>> partitions = new LinkedHashMap<>();
		byValue.forEach((value, group) -> partitions.put(Map.of(column.get(), literal(value)), group));
		return partitions;
	}

	private static Literal literal(Object value) {
		return (value instanceof LocalDate date) ? Literal.ofDate(Math.toIntExact(date.toEpochDay()))
				: Literal.ofString((String) value);
	}

	private String qualified(String location) {
		org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
		try {
			return path.getFileSystem(hadoop()).makeQualified(path).toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not resolve " + location, ex);
		}
	}

	/**
	 * The lake's Hadoop configuration (Kernel and Spark resolve paths with the same),
	 * with Parquet files compressed as Spark writes them (Snappy, Spark's default):
	 * Kernel's writer leaves them uncompressed unless told. A codec the settings name
	 * ({@code spark.hadoop.parquet.compression}) is kept.
	 */
	synchronized Configuration hadoop() {
		if (this.configuration == null) {
			Configuration configuration = this.storage.get();
			if (configuration.get(PARQUET_COMPRESSION) == null) {
				configuration.set(PARQUET_COMPRESSION, "SNAPPY");
			}
			this.configuration = configuration;
		}
		return this.configuration;
	}

	private synchronized Engine engine() {
		if (this.engine == null) {
			this.engine = DefaultEngine.create(hadoop());
		}
		return this.engine;
	}

	private static <T> CloseableIterator<T> iterator(Iterator<T> items) {
		return new CloseableIterator<>() {

			@Override
			public boolean hasNext() {
				return items.hasNext();
			}

			@Override
			public T next() {
				return items.next();
			}

			@Override
			public void close() {
			}

		};
	}

	/**
	 * A table's data files.
	 *
	 * @param files how many
	 * @param partitions distinct partition values among them (1 when unpartitioned)
	 */
	record DataFiles(long files, long partitions) {
	}

}
