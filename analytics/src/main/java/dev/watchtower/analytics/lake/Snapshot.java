package dev.watchtower.analytics.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * A Delta table read at one version.
 *
 * @param table the table
 * @param version the Delta version read (-1 when the table does not exist yet and the
 * rows are empty)
 * @param rows the rows at that version
 */
public record Snapshot(LakeTable table, long version, Dataset<Row> rows) {

	public Snapshot {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(rows, "rows");
	}

	/**
	 * The versions of some snapshots as a {@code map<string,bigint>} literal, for the
	 * {@code source_versions} column of the rows computed from them.
	 * @param snapshots the inputs
	 * @return the column
	 */
	public static Column versionsColumn(List<Snapshot> snapshots) {
		return versionsColumn(versions(snapshots));
	}

	/**
	 * A {@code map<string,bigint>} literal.
	 * @param versions table path to version
	 * @return the column
	 */
	public static Column versionsColumn(Map<String, Long> versions) {
		List<Column> entries = new ArrayList<>();
		new TreeMap<>(versions).forEach((table, version) -> {
			entries.add(functions.lit(table));
			entries.add(functions.lit(version));
		});
		return entries.isEmpty() ? functions.map_from_arrays(functions.array().cast("array<string>"),
				functions.array().cast("array<bigint>")) : functions.map(entries.toArray(Column[]::new));
	}

	/**
	 * The versions of some snapshots by table path.
	 * @param snapshots the inputs
	 * @return table path to version, sorted
	 */
	public static Map<String, Long> versions(List<Snapshot> snapshots) {
		Map<String, Long> versions = new TreeMap<>();
		snapshots.forEach((snapshot) -> versions.put(snapshot.table().path(), snapshot.version()));
		return versions;
	}

}
