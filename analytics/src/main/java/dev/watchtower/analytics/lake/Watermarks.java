package dev.watchtower.analytics.lake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-job watermarks in {@code gold/_watermarks}: one row per (job, source table),
 * replaced by MERGE when a run commits (ADR 0014).
 */
public final class Watermarks {

	static final StructType SCHEMA = new StructType().add("job", DataTypes.StringType, false)
		.add("source", DataTypes.StringType, false)
		.add("source_version", DataTypes.LongType, false)
		.add("high_water_at", DataTypes.TimestampType, true)
		.add("as_of", DataTypes.DateType, false)
		.add("run_at", DataTypes.TimestampType, false);

	private final Lake lake;

	private final SparkSession spark;

	public Watermarks(SparkSession spark, Lake lake) {
		this.spark = Objects.requireNonNull(spark, "spark");
		this.lake = Objects.requireNonNull(lake, "lake");
	}

	/**
	 * The watermark of a job on a source.
	 * @param job the job
	 * @param source the source table
	 * @return the watermark, empty before the first run (or after a reset)
	 */
	public Optional<Watermark> get(String job, LakeTable source) {
		return Optional.ofNullable(all(job).get(source.path()));
	}

	/**
	 * Every watermark of a job, read at once.
	 * @param job the job
	 * @return the watermarks by source, empty before the first run (or after a reset)
	 */
	public Map<String, Watermark> all(String job) {
		if (!this.lake.exists(this.spark, LakeTable.WATERMARKS)) {
			return Map.of();
		}
		Map<String, Watermark> marks = new HashMap<>();
		for (Row row : this.spark.read()
			.format("delta")
			.load(this.lake.location(LakeTable.WATERMARKS))
			.where(functions.col("job").equalTo(job))
			.collectAsList()) {
			Timestamp high = row.getAs("high_water_at");
			Watermark mark = new Watermark(job, row.getAs("source"), row.<Long>getAs("source_version"),
					(high != null) ? high.toInstant() : null, row.<Date>getAs("as_of").toLocalDate());
			marks.put(mark.source(), mark);
		}
		return marks;
	}

	/**
	 * Records a watermark (after the job's output is committed).
	 * @param watermark the watermark
	 * @param runAt when the run happened
	 */
	public void put(Watermark watermark, Instant runAt) {
		put(List.of(watermark), runAt);
	}

	/**
	 * Records watermarks in one commit (after the job's output is committed).
	 * @param watermarks the watermarks, one per job and source
	 * @param runAt when the run happened
	 */
	public void put(List<Watermark> watermarks, Instant runAt) {
		this.lake.declare(this.spark, LakeTable.WATERMARKS, SCHEMA, "What each analytics job last processed");
		Dataset<Row> update = this.spark.createDataFrame(watermarks.stream()
			.map((mark) -> RowFactory.create(mark.job(), mark.source(), mark.sourceVersion(), mark.highWaterTimestamp(),
					Date.valueOf(mark.asOf()), Timestamp.from(runAt)))
			.toList(), SCHEMA);
		DeltaTable.forPath(this.spark, this.lake.location(LakeTable.WATERMARKS))
			.as("w")
			.merge(update.as("u"), "w.job = u.job AND w.source = u.source")
			.whenMatched()
			.updateAll()
			.whenNotMatched()
			.insertAll()
			.execute();
	}

	/**
	 * Forgets a job's watermarks, so its next run is a full one.
	 * @param job the job
	 */
	public void reset(String job) {
		if (this.lake.exists(this.spark, LakeTable.WATERMARKS)) {
			DeltaTable.forPath(this.spark, this.lake.location(LakeTable.WATERMARKS))
				.delete(functions.col("job").equalTo(job));
		}
	}

}
