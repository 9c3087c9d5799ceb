package dev.watchtower.analytics.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session every job uses: Delta Lake's SQL extension and catalog, the
 * warehouse under the lake folder, room for the classes Spark generates, and, for a local
 * master, a driver bound to loopback with the web UI off. The same job runs unchanged
 * against a cluster master.
 */
public final class SparkSessions {

	/** The default master: in-process, one worker thread per core. */
	public static final String LOCAL = "local[*]";

	/**
	 * How many generated classes Spark keeps compiled
	 * ({@code spark.sql.codegen.cache.maxEntries}, Spark's default 100). A run of the
	 * chain generates more than 100 (projections, aggregations, Delta's statistics per
	 * write), so with the default each run compiled most of them again with Janino (a
	 * third of the CPU of a 10k incremental refresh): ADR 37.
	 */
	static final int GENERATED_CLASSES_KEPT = 2000;

	private SparkSessions() {
	}

	/**
	 * Gets or creates the session.
	 * @param appName the application name shown by the cluster
	 * @param master {@code local[*]}, {@code local[2]}, {@code spark://host:7077}, ...
	 * @param lake the folder (or URI) of the Delta lake
	 * @return the session
	 */
	public static SparkSession create(String appName, String master, Path lake) {
		Objects.requireNonNull(lake, "lake");
		return create(appName, master, lake.toAbsolutePath().toString(), Map.of());
	}

	/**
	 * Gets or creates the session for a lake given as a folder or URI
	 * ({@code s3a://bucket/lake}), with extra Spark settings (e.g. {@code spark.jars}).
	 * @param appName the application name shown by the cluster
	 * @param master {@code local[*]}, {@code spark://host:7077}, {@code k8s://...}
	 * @param lake the lake root
	 * @param extra more settings, applied last
	 * @return the session
	 */
	public static SparkSession create(String appName, String master, String lake, Map<String, String> extra) {
		Objects.requireNonNull(appName, "appName");
		Objects.requireNonNull(master, "master");
		Objects.requireNonNull(lake, "lake");
		SparkSession.Builder builder = SparkSession.builder()
			.appName(appName)
			.master(master)
			.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
			.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
			.config("spark.sql.warehouse.dir", lake + "/warehouse")
			.config("spark.sql.session.timeZone", "Asia/Shanghai")
			.config("spark.sql.shuffle.partitions", "8")
			.config("spark.databricks.delta.snapshotPartitions", "2")
			.config("spark.sql.codegen.cache.maxEntries", String.valueOf(GENERATED_CLASSES_KEPT));
		if (master.startsWith("local")) {
			builder.config("spark.ui.enabled", "false")
				.config("spark.driver.host", "127.0.0.1")
				.config("spark.driver.bindAddress", "127.0.0.1");
		}
		extra.forEach(builder::config);
		return builder.getOrCreate();
	}

}
