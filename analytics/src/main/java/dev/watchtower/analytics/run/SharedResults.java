package dev.watchtower.analytics.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Intermediate results that several jobs of one run compute from the same table versions,
 * computed once and kept (memory, spilling to disk) until the run releases them. A key
 * names everything the result depends on (tables and their versions, the as-of day), so a
 * job that reads other versions computes its own.
 */
public final class SharedResults {

	private final Map<String, Dataset<Row>> results = new LinkedHashMap<>();

	/**
	 * The result of that key, computed and persisted on first use.
	 * @param key what the result is and what it was computed from
	 * @param compute computes it
	 * @return the persisted result
	 */
	public synchronized Dataset<Row> get(String key, Supplier<Dataset<Row>> compute) {
		return this.results.computeIfAbsent(key, (missing) -> compute.get().persist(StorageLevel.MEMORY_AND_DISK()));
	}

	/**
	 * What is kept.
	 * @return the keys, in the order they were first asked for
	 */
	public synchronized List<String> keys() {
		return List.copyOf(this.results.keySet());
	}

	/**
	 * Releases every result (at the end of a run).
	 */
	public synchronized void release() {
		this.results.values().forEach((result) -> result.unpersist(false));
		this.results.clear();
	}

}
