package dev.watchtower.batch.lake;

import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The one in-process Spark session of the batch application (ADR 9): Delta's extension
 * and catalog, China time, java.time values, the web UI off and the driver on loopback
 * for local masters. Started on first use, stopped with the application.
 */
@Component
class LakeSession {

	private static final Logger logger = LoggerFactory.getLogger(LakeSession.class);

	private final LakeSettings settings;

	private @Nullable SparkSession session;

	LakeSession(LakeSettings settings) {
		this.settings = settings;
	}

	synchronized SparkSession spark() {
		if (this.session == null) {
			long started = System.nanoTime();
			SparkSession.Builder builder = SparkSession.builder()
				.appName("watchtower-intake")
				.master(this.settings.sparkMaster())
				.config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
				.config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
				.config("spark.sql.session.timeZone", "Asia/Shanghai")
				.config("spark.sql.datetime.java8API.enabled", "true")
				.config("spark.sql.shuffle.partitions", "4")
				.config("spark.databricks.delta.snapshotPartitions", "2")
				.config("spark.sql.sources.parallelPartitionDiscovery.parallelism", "2");
			if (this.settings.sparkMaster().startsWith("local")) {
				builder.config("spark.ui.enabled", "false")
					.config("spark.driver.host", "127.0.0.1")
					.config("spark.driver.bindAddress", "127.0.0.1");
			}
			for (Map.Entry<String, String> entry : this.settings.sparkConf().entrySet()) {
				builder.config(entry.getKey(), entry.getValue());
			}
			this.session = builder.getOrCreate();
			logger.info("Spark {} session on {} ready in {} ms", this.session.version(), this.settings.sparkMaster(),
					(System.nanoTime() - started) / 1_000_000);
		}
		return this.session;
	}

	@PreDestroy
	synchronized void stop() {
		if (this.session != null) {
			this.session.stop();
			this.session = null;
		}
	}

}
