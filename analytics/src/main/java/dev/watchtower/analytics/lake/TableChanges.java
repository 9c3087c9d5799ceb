package dev.watchtower.analytics.lake;

import java.util.Objects;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What changed in a table's rows between two of its versions ({@link Lake#changes}).
 *
 * @param added the rows of the data files the commits wrote that the later version still
 * holds: the rows new to the table, and those a DELETE or MERGE without deletion vectors
 * carried over into a rewritten file (which are in {@code removed} too)
 * @param removed the rows of the data files the commits took out (a DELETE, a MERGE), as
 * they were before
 * @param rowsRemoved whether any commit took rows out ({@code removed} is empty
 * otherwise, without reading anything)
 * @param operations the commits' Delta operations, for example {@code WRITE},
 * {@code MERGE}
 */
public record TableChanges(Dataset<Row> added, Dataset<Row> removed, boolean rowsRemoved, Set<String> operations) {

	public TableChanges {
		Objects.requireNonNull(added, "added");
		Objects.requireNonNull(removed, "removed");
		operations = Set.copyOf(operations);
	}

}
