package dev.watchtower.analytics.run;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a job run wrote.
 *
 * @param job the job name
 * @param tableVersions table path to the Delta version written
 * @param counts named counts (rows written, rejected, skipped)
 */
public record JobResult(String job, Map<String, Long> tableVersions, Map<String, Long> counts) {

	public JobResult {
		Objects.requireNonNull(job, "job");
		tableVersions = Map.copyOf(tableVersions);
		counts = Map.copyOf(counts);
	}

	@Override
	public String toString() {
		return this.job + " tables=" + new TreeMap<>(this.tableVersions) + " counts=" + new TreeMap<>(this.counts);
	}

}
