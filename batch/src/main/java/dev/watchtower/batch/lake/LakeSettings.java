package dev.watchtower.batch.lake;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the lake is and how the intake writes it.
 *
 * @param uri the lake root: a folder, or a Hadoop URI such as {@code s3a://bucket/lake}
 * (env {@code WATCHTOWER_LAKE})
 * @param sparkMaster the in-process Spark master
 * @param compactFilesPerPartition average data files per partition above which a table is
 * compacted (OPTIMIZE) after a run
 * @param writers tables of a chunk written at the same time (each Delta Kernel append
 * takes one core)
 * @param sparkConf extra Spark settings, e.g. {@code spark.hadoop.fs.s3a.endpoint} for
 * S3-compatible storage
 */
@Validated
@ConfigurationProperties("watchtower.lake")
public record LakeSettings(@DefaultValue("data/lake") @NotBlank String uri,
		@DefaultValue("local[2]") @NotBlank String sparkMaster,
		@DefaultValue("24") @Min(2) int compactFilesPerPartition, @DefaultValue("2") @Min(1) int writers,
		Map<String, String> sparkConf) {

	public LakeSettings {
		sparkConf = (sparkConf != null) ? Map.copyOf(sparkConf) : Map.of();
	}

	/**
	 * The location of one table under the root.
	 * @param table the table
	 * @return its URI or path
	 */
	String location(LakeTable table) {
		String root = this.uri.endsWith("/") ? this.uri.substring(0, this.uri.length() - 1) : this.uri;
		return root + "/" + table.path();
	}

	/**
	 * The Hadoop configuration of the lake's storage, the same that Spark derives from
	 * its settings: every {@code spark.hadoop.*} entry of {@link #sparkConf()} without
	 * the prefix, on top of Hadoop's defaults.
	 * @return a new configuration
	 */
	org.apache.hadoop.conf.Configuration hadoop() {
		org.apache.hadoop.conf.Configuration hadoop = new org.apache.hadoop.conf.Configuration();
		this.sparkConf.forEach((key, value) -> {
			if (key.startsWith("spark.hadoop.")) {
				hadoop.set(key.substring("spark.hadoop.".length()), value);
			}
		});
		return hadoop;
	}

}
