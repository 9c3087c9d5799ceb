package dev.watchtower.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.actions.Action;
import org.apache.spark.sql.delta.actions.AddFile;
import org.apache.spark.sql.delta.actions.CommitInfo;
import org.apache.spark.sql.delta.actions.RemoveFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger logger = LoggerFactory.getLogger(TableLog.class);

	private TableLog() {
	}

	/**
	 * What the commits after one version up to another did to a table's rows, from the
	 * log's add and remove actions (ADR 40).
	 *
	 * @param added the rows of the data files those commits wrote that are still part of
	 * the later version
	 * @param removed the names of the data files each commit took away with a change of
	 * data (a DELETE, a MERGE or a RESTORE; a compaction changes none), by commit: their
	 * rows are readable at the version before it
	 * @param operations the commits' operations, for example {@code WRITE},
	 * {@code MERGE}, {@code RESTORE}
	 * @param rewritten whether a commit rewrote a file written after the first version
	 * without a change of data (a compaction of new rows with old ones): the rows new to
	 * the table are then no longer told apart by file
	 */
	record Changes(Dataset<Row> added, Map<Long, Set<String>> removed, Set<String> operations, boolean rewritten) {
	}

	/**
	 * What the commits after {@code after} through {@code through} did.
	 * @param spark the session
	 * @param location the table's location
	 * @param after the version the reader read last
	 * @param through the version it reads now
	 * @return the changes, empty when the log no longer holds every one of those commits
	 * (they were cleaned up after the log's retention)
	 */
	static Optional<Changes> changes(SparkSession spark, String location, long after, long through) {
		Optional<List<Logged>> logged = logged(spark, location, after, through);
		if (logged.isEmpty()) {
			return Optional.empty();
		}
		// files written after `after` (their rows are new to the reader), those of them
		// still in the table, and files of the table at `after` that commits took out
		Set<String> created = new TreeSet<>();
		Map<String, AddFile> added = new LinkedHashMap<>();
		Map<Long, Set<String>> removed = new TreeMap<>();
		Set<String> removedPaths = new TreeSet<>();
		Set<String> operations = new TreeSet<>();
		boolean rewritten = false;
		for (Logged commit : logged.get()) {
			commit.info().ifPresent((info) -> operations.add(info.operation()));
			// a commit's removes first: a file given a deletion vector is removed and
			// added again in the same commit, in either order
			for (Action action : commit.actions()) {
				if (action instanceof RemoveFile remove) {
					String path = remove.path();
					if (created.contains(path)) {
						// rows the reader never saw: gone, or back with a deletion
						// vector;
						// a compaction mixes them with others
						added.remove(path);
						rewritten |= !remove.dataChange();
					}
					else if (remove.dataChange()) {
						removed.computeIfAbsent(commit.version(), (key) -> new TreeSet<>()).add(fileName(path));
						removedPaths.add(path);
					}
				}
			}
			for (Action action : commit.actions()) {
				if (action instanceof AddFile add && add.dataChange()
						&& (created.contains(add.path()) || !removedPaths.contains(add.path()))) {
					// a file written here, or one written since and given a deletion
					// vector; an older file given one holds old rows, which its removal
					// accounts for
					created.add(add.path());
					added.put(add.path(), add);
				}
			}
		}
		if (!stillStored(spark, location, removedPaths)) {
			return Optional.empty();
		}
		DeltaLog log = DeltaLog.forTable(spark, location);
		Snapshot snapshot = log.getSnapshotAt(through, Option.empty(), Option.empty(), false);
		Dataset<Row> rows = log.createDataFrame(snapshot,
				CollectionConverters.asScala(List.copyOf(added.values())).toList(), false, Option.empty());
		return Optional.of(new Changes(rows, removed, operations, rewritten));
	}

	/**
	 * The operation of each commit after {@code after} through {@code through}, with the
	 * rows it deleted (its {@code numTargetRowsDeleted} or {@code numDeletedRows}
	 * metric).
	 * @param spark the session
	 * @param location the table's location
	 * @param after the version the reader read last
	 * @param through the version it reads now
	 * @return the commits in order, empty when the log no longer holds every one of them
	 */
	static Optional<List<Commit>> commits(SparkSession spark, String location, long after, long through) {
		return logged(spark, location, after, through).map((logged) -> logged.stream().map((commit) -> {
			long deleted = 0;
			for (String metric : List.of("numTargetRowsDeleted", "numDeletedRows")) {
				deleted += commit.info().flatMap((info) -> metric(info, metric)).map(Long::parseLong).orElse(0L);
			}
			return new Commit(commit.version(), commit.info().map(CommitInfo::operation).orElse("UNKNOWN"), deleted);
		}).toList());
	}

	/**
	 * The actions of every commit after {@code after} through {@code through}, in order.
	 * @return the commits, empty when the log no longer holds every one of them (cleaned
	 * up after the log's retention) or the versions never were (a table made again has
	 * lower versions than one read before): the caller then reads the table in full,
	 * which is always right
	 */
	private static Optional<List<Logged>> logged(SparkSession spark, String location, long after, long through) {
		if (through <= after) {
			return (through == after) ? Optional.of(List.of()) : Optional.empty();
		}
		List<Logged> commits = new ArrayList<>();
		try {
			Iterator<Tuple2<Object, Seq<Action>>> changes = DeltaLog.forTable(spark, location)
				.getChanges(after + 1, through, Option.empty(), true);
			while (changes.hasNext()) {
				Tuple2<Object, Seq<Action>> change = changes.next();
				long version = (Long) change._1();
				if (version != after + 1 + commits.size()) {
					return Optional.empty();
				}
				commits.add(new Logged(version, CollectionConverters.asJava(change._2())));
			}
		}
		catch (Exception ex) {
			logger.info("The log of {} no longer holds the commits {} to {} ({}): read in full", location, after + 1,
					through, ex.toString());
			return Optional.empty();
		}
		return (commits.size() == through - after) ? Optional.of(commits) : Optional.empty();
	}

	/** One commit as the log holds it. */
	private record Logged(long version, List<Action> actions) {

		Optional<CommitInfo> info() {
			return this.actions.stream().filter(CommitInfo.class::isInstance).map(CommitInfo.class::cast).findFirst();
		}

	}

	/**
	 * One commit of a table.
	 *
	 * @param version its version
	 * @param operation its operation, for example {@code MERGE}
	 * @param rowsDeleted the rows it deleted
	 */
	record Commit(long version, String operation, long rowsDeleted) {
	}

	/**
	 * Whether removed data files are still stored (VACUUM deletes them after the table's
	 * retention), so that their rows can be read at an earlier version.
	 */
	private static boolean stillStored(SparkSession spark, String location, Set<String> paths) {
		org.apache.hadoop.fs.Path table = new org.apache.hadoop.fs.Path(location);
		try {
			FileSystem files = table.getFileSystem(spark.sessionState().newHadoopConf());
			for (String path : paths) {
				org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(URI.create(path));
				if (!files.exists(file.isAbsolute() ? file : new org.apache.hadoop.fs.Path(table, file))) {
					logger.info("{} was vacuumed: the rows it held are no longer readable", path);
					return false;
				}
			}
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot look for the removed files of " + location, ex);
		}
	}

	/** The file name of a path in the log (relative or absolute, URI-encoded). */
	static String fileName(String path) {
		return new org.apache.hadoop.fs.Path(URI.create(path)).getName();
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
