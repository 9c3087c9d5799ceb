package dev.watchtower.analytics.lake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
		if (!this.lake.exists(this.spark, LakeTable.WATERMARKS)) {
			return Optional.empty();
		}
		List<Row> rows = this.spark.read()
			.format("delta")
			.load(this.lake.location(LakeTable.WATERMARKS))
			.where(functions.col("job").equalTo(job).and(functions.col("source").equalTo(source.path())))
			.collectAsList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row row = rows.get(0);
		Timestamp high = row.getAs("high_water_at");
		return Optional.of(new Watermark(job, source.path(), row.<Long>getAs("source_version"),
				(high != null) ? high.toInstant() : null, row.<Date>getAs("as_of").toLocalDate()));
	}

	/**
	 * Records a watermark (after the job's output is committed).
	 * @param watermark the watermark
	 * @param runAt when the run happened
	 */
	public void put(Watermark watermark, Instant runAt) {
		this.lake.declare(this.spark, LakeTable.WATERMARKS, SCHEMA, "What each analytics job last processed");
		Dataset<Row> update = this.spark.createDataFrame(
				List.of(RowFactory.create(watermark.job(), watermark.source(), watermark.sourceVersion(),
						watermark.highWaterTimestamp(), Date.valueOf(watermark.asOf()), Timestamp.from(runAt))),
				SCHEMA);
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
