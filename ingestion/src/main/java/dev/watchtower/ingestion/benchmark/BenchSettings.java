package dev.watchtower.ingestion.benchmark;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to benchmark.
 *
 * @param sizeMb size of the NDJSON file in MiB
 * @param workDir where the generated file is kept (reused when already there)
 * @param resultDir where the JSON result is written
 */
public record BenchSettings(long sizeMb, Path workDir, Path resultDir) {

	/** Default file size: 1 GiB. */
	public static final long DEFAULT_SIZE_MB = 1024;

	public BenchSettings {
		Objects.requireNonNull(workDir, "workDir");
		Objects.requireNonNull(resultDir, "resultDir");
		if (sizeMb < 1) {
			throw new IllegalArgumentException("sizeMb must be at least 1: " + sizeMb);
		}
	}

}
