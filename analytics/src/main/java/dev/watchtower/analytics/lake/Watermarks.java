package dev.watchtower.analytics.lake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-job watermarks in {@code gold/_watermarks} (ADR 14): an append-only log, one
 * row per (job, source table) and record; a job's watermark on a source is its latest
 * record ({@code recorded_at}). An append never conflicts with another job's record,
 * where MERGEs by job and source rewrote the same file (ADR 33); the maintenance job
 * compacts the log's files.
 */
public final class Watermarks {

	static final StructType SCHEMA = new StructType().add("job", DataTypes.StringType, false)
		.add("source", DataTypes.StringType, false)
		.add("source_version", DataTypes.LongType, false)
		.add("high_water_at", DataTypes.TimestampType, true)
		.add("as_of", DataTypes.DateType, false)
		.add("run_at", DataTypes.TimestampType, false)
		.add("recorded_at", DataTypes.TimestampType, true);

	/**
	 * The last {@code recorded_at} this JVM wrote, so that its records are strictly
	 * ordered.
	 */
	private static final AtomicReference<Instant> LAST_RECORDED = new AtomicReference<>(Instant.EPOCH);

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
		Dataset<Row> log = this.spark.read().format("delta").load(this.lake.location(LakeTable.WATERMARKS));
		if (!java.util.Arrays.asList(log.columns()).contains("recorded_at")) {
			// a table from before the log (one row per job and source, replaced by MERGE)
			log = log.withColumn("recorded_at", functions.lit(null).cast(DataTypes.TimestampType));
		}
		Map<String, Watermark> marks = new HashMap<>();
		// oldest first, so that each source's latest record is put last (rows from before
		// the log have no recorded_at: older than any record)
		for (Row row : log.where(functions.col("job").equalTo(job))
			.orderBy(functions.col("recorded_at").asc_nulls_first())
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
		// the wall clock orders the records (a run's own clock may stand still, as in
		// tests)
		Timestamp recordedAt = Timestamp.from(LAST_RECORDED.updateAndGet((last) -> {
			Instant now = Instant.now();
			return now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
		}));
		this.spark
			.createDataFrame(watermarks.stream()
				.map((mark) -> RowFactory.create(mark.job(), mark.source(), mark.sourceVersion(),
						mark.highWaterTimestamp(), Date.valueOf(mark.asOf()), Timestamp.from(runAt), recordedAt))
				.toList(), SCHEMA)
			.coalesce(1)
			.write()
			.format("delta")
			.mode("append")
			.save(this.lake.location(LakeTable.WATERMARKS));
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
