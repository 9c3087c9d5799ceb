package dev.watchtower.ingestion.benchmark;

import java.util.Objects;

/**
 * The figures of one benchmark run.
 *
 * @param startedAt when the run started (ISO-8601)
 * @param file the NDJSON file
 * @param bytes its size
 * @param records records in it
 * @param rawSeconds time of the raw Jackson parse (one tree per line)
 * @param validateSeconds time of the full validation
 * @param valid records the validation accepted
 * @param rejected records the validation rejected
 * @param threads validation worker threads
 * @param peakHeapBytes peak heap used during validation
 * @param maxHeapBytes maximum heap of the JVM
 * @param javaVersion the JVM version
 * @param processors available processors
 */
public record BenchResult(String startedAt, String file, long bytes, long records, double rawSeconds,
		double validateSeconds, long valid, long rejected, int threads, long peakHeapBytes, long maxHeapBytes,
		String javaVersion, int processors) {

	public BenchResult {
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(javaVersion, "javaVersion");
	}

	public double rawMbPerSecond() {
		return this.bytes / 1048576.0 / this.rawSeconds;
	}

	public double validateMbPerSecond() {
		return this.bytes / 1048576.0 / this.validateSeconds;
	}

	public double validateFilingsPerSecond() {
		return this.records / this.validateSeconds;
	}

	public double rawFilingsPerSecond() {
		return this.records / this.rawSeconds;
	}

	/**
	 * Validation throughput divided by raw parse throughput (goal at least 0.5).
	 * @return the ratio
	 */
	public double ratio() {
		return this.rawSeconds / this.validateSeconds;
	}

}
