package dev.watchtower.analytics.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import io.delta.tables.DeltaTable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code maintain} job, run on a schedule (weekly, say) rather than in the chain: for
 * every analytics table that exists, first the declared properties (the history the rules
 * ask for), then OPTIMIZE, then VACUUM with the table's own
 * {@code delta.deletedFileRetentionDuration} (the rules' {@code history.reproducibleDays}
 * for the tables a bulletin records, Delta's 7 days for the others). The tables of batch
 * ({@code silver/incident_reports}, {@code silver/annual_reports},
 * {@code silver/institutions}) are batch's to compact and are left alone.
 */
public final class MaintenanceJob implements AnalyticsJob {

	public static final String NAME = "maintain";

	private static final Logger logger = LoggerFactory.getLogger(MaintenanceJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public JobResult run(JobContext context) {
		SparkSession spark = context.spark();
		Lake lake = context.lake();
		// VACUUM lists a table's folders in a Spark job of this many tasks: Spark's
		// default of 10,000 took about 18 s per table on two cores, one per core 2 s
		String listing = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
		String listingBefore = spark.conf().get(listing, null);
		spark.conf().set(listing, String.valueOf(Math.max(1, spark.sparkContext().defaultParallelism())));
		try {
			return maintain(spark, lake);
		}
		finally {
			if (listingBefore != null) {
				spark.conf().set(listing, listingBefore);
			}
			else {
				spark.conf().unset(listing);
			}
		}
	}

	private static JobResult maintain(SparkSession spark, Lake lake) {
		long tables = 0;
		long compacted = 0;
		long removed = 0;
		for (LakeTable table : LakeTable.values()) {
			if (table.writtenByBatch() || !lake.exists(spark, table)) {
				continue;
			}
			long started = System.nanoTime();
			Map<String, String> set = lake.setProperties(spark, table);
			DeltaTable delta = DeltaTable.forPath(spark, lake.location(table));
			long filesCompacted = delta.optimize()
				.executeCompaction()
				.selectExpr("coalesce(sum(metrics.numFilesRemoved), 0)")
				.first()
				.getLong(0);
			long before = dataFiles(spark, lake.location(table));
			delta.vacuum();
			long after = dataFiles(spark, lake.location(table));
			tables++;
			compacted += filesCompacted;
			removed += before - after;
			Row detail = delta.detail().select("numFiles", "sizeInBytes").first();
			logger.info("{}: {}{} files compacted, {} files removed, now {} files, {} bytes ({} ms)", table.path(),
					set.isEmpty() ? "" : "set " + set + ", ", filesCompacted, before - after, detail.getLong(0),
					detail.getLong(1), (System.nanoTime() - started) / 1_000_000);
		}
		logger.info("maintain: {} tables, {} files compacted, {} files removed; bulletin sources keep {} days", tables,
				compacted, removed, lake.historyDays());
		// no result tables: what maintenance commits holds the same rows (nothing for
		// --output to export)
		return new JobResult(NAME, Map.of(),
				Map.of("tables", tables, "files_compacted", compacted, "files_removed", removed));
	}

	/** The files under a table's folder, its log left out. */
	private static long dataFiles(SparkSession spark, String location) {
		Path root = new Path(location);
		try {
			FileSystem files = root.getFileSystem(spark.sessionState().newHadoopConf());
			long count = 0;
			RemoteIterator<LocatedFileStatus> all = files.listFiles(root, true);
			while (all.hasNext()) {
				Path path = all.next().getPath();
				if (!path.toUri().getPath().contains("/_delta_log/")) {
					count++;
				}
			}
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + location, ex);
		}
	}

}
