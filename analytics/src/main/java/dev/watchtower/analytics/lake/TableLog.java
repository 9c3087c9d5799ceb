package dev.watchtower.analytics.lake;

import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.CommitInfo;
import org.apache.spark.sql.types.StructType;
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
 * the one class that uses it, so an upgrade that changes it breaks here, in
 * {@code LakeDeclarationIT} and {@code WatermarksIT}, not across the jobs.
 */
final class TableLog {

	private TableLog() {
	}

	/**
	 * The table's latest snapshot (the log listed again, as Delta does before a write).
	 * @param spark the session
	 * @param location the table's location
	 * @return the snapshot, empty when there is no table at the location
	 */
	static Optional<Snapshot> latest(SparkSession spark, String location) {
		Snapshot snapshot = DeltaLog.forTable(spark, location).update(false, Option.empty(), Option.empty());
		return (snapshot.version() < 0) ? Optional.empty() : Optional.of(snapshot);
	}

	static Map<String, String> properties(Snapshot snapshot) {
		return CollectionConverters.asJava(snapshot.metadata().configuration());
	}

	static StructType schema(Snapshot snapshot) {
		return snapshot.schema();
	}

	/**
	 * The commit information Delta wrote with a version: its operation and metrics.
	 * @param spark the session
	 * @param location the table's location
	 * @param version the version
	 * @return the commit information, empty when the version has none
	 */
	static Optional<CommitInfo> commit(SparkSession spark, String location, long version) {
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

	/**
	 * One operation metric of a commit.
	 * @param info the commit information
	 * @param metric the metric, for example {@code numOutputRows}
	 * @return the value, empty when the commit has no such metric
	 */
	static Optional<String> metric(CommitInfo info, String metric) {
		Option<scala.collection.immutable.Map<String, String>> metrics = info.operationMetrics();
		if (metrics.isEmpty()) {
			return Optional.empty();
		}
		Option<String> value = metrics.get().get(metric);
		return value.isEmpty() ? Optional.empty() : Optional.of(value.get());
	}

}
