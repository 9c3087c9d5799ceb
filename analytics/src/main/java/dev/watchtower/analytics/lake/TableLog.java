package dev.watchtower.analytics.lake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.CommitInfo;
import scala.Option;
import scala.Tuple2;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a table's Delta log says — its latest version, properties and columns, and the
 * commit information of one version — read from the log itself through delta-spark's
 * {@code DeltaLog} (ADR 34). {@code DeltaTable.history()} and {@code detail()} answer the
 * same through a DataFrame, which costs two Spark jobs per question (50-200 ms each on
 * two cores); a job asked a dozen of them per run.
 * <p>
 * {@code DeltaLog} is delta-spark's own class but not part of its documented API: this is
 * the one class that uses it and it hands out Java types only, so an upgrade that changes
 * it breaks here (and in {@code LakeLogIT}), not across the jobs.
 */
final class TableLog {

	private TableLog() {
	}

	/**
	 * The table's latest version (the log listed again, as Delta does before a write).
	 * @param spark the session
	 * @param location the table's location
	 * @return the version, empty when there is no table at the location
	 */
	static Optional<Long> version(SparkSession spark, String location) {
		return latest(spark, location).map(Snapshot::version);
	}

	/**
	 * The table's properties at its latest version.
	 * @param spark the session
	 * @param location the table's location
	 * @return the properties
	 * @throws IllegalStateException when there is no table at the location
	 */
	static Map<String, String> properties(SparkSession spark, String location) {
		return CollectionConverters.asJava(existing(spark, location).metadata().configuration());
	}

	/**
	 * The table's column names at its latest version.
	 * @param spark the session
	 * @param location the table's location
	 * @return the names
	 * @throws IllegalStateException when there is no table at the location
	 */
	static Set<String> columns(SparkSession spark, String location) {
		return Set.of(existing(spark, location).schema().fieldNames());
	}

	private static Optional<Snapshot> latest(SparkSession spark, String location) {
		Snapshot snapshot = DeltaLog.forTable(spark, location).update(false, Option.empty(), Option.empty());
		return (snapshot.version() < 0) ? Optional.empty() : Optional.of(snapshot);
	}

	private static Snapshot existing(SparkSession spark, String location) {
		return latest(spark, location).orElseThrow(() -> new IllegalStateException("No Delta table at " + location));
	}

	/**
	 * One operation metric Delta wrote with a commit.
	 * @param spark the session
	 * @param location the table's location
	 * @param version the commit
	 * @param metric the metric, for example {@code numOutputRows}
	 * @return the value, empty when the commit has no such metric (or no commit
	 * information)
	 */
	static Optional<String> metric(SparkSession spark, String location, long version, String metric) {
		return commit(spark, location, version).flatMap((info) -> metric(info, metric));
	}

	private static Optional<CommitInfo> commit(SparkSession spark, String location, long version) {
		Iterator<Tuple2<Object, Seq<Action>>> changes = DeltaLog.forTable(spark, location)
			.getChanges(version, version, Option.empty(), true);
		while (changes.hasNext()) {
			Tuple2<Object, Seq<Action>> change = changes.next();
			if (((Long) change._1()) != version) {
				continue;
			}
			for (Action action : CollectionConverters.asJava(change._2())) {
				if (action instanceof CommitInfo info) {
					return Optional.of(info);
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> metric(CommitInfo info, String metric) {
		Option<scala.collection.immutable.Map<String, String>> metrics = info.operationMetrics();
		if (metrics.isEmpty()) {
			return Optional.empty();
		}
		Option<String> value = metrics.get().get(metric);
		return value.isEmpty() ? Optional.empty() : Optional.of(value.get());
	}

}
