package dev.watchtower.ingestion.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import dev.watchtower.ingestion.benchmark.BenchResult;
import dev.watchtower.ingestion.benchmark.BenchSettings;
import dev.watchtower.ingestion.benchmark.ValidationBenchmark;

/**
 * {@code bench validate [--size-mb N] [--work-dir DIR] [--results-dir DIR]}: validation
 * throughput beside the raw Jackson parse rate. The JSON result goes to
 * {@code ingestion/target/bench/} when run from the repository root, else to
 * {@code target/bench/}.
 */
final class BenchCommand {

	private final PrintStream out;

	private final Clock clock;

	private final Path workingDirectory;

	BenchCommand(PrintStream out, Clock clock, Path workingDirectory) {
		this.out = out;
		this.clock = clock;
		this.workingDirectory = workingDirectory;
	}

	int run(CommandLine line) {
		line.allowOnly("--size-mb", "--work-dir", "--results-dir");
		if (!line.positional().isEmpty()) {
			throw new CommandLine.UsageException("bench validate takes no positional arguments");
		}
		long sizeMb = line.number("--size-mb", BenchSettings.DEFAULT_SIZE_MB);
		if (sizeMb < 1 || sizeMb > 64 * 1024) {
			throw new CommandLine.UsageException("--size-mb must be between 1 and 65536");
		}
		Path target = Files.isDirectory(this.workingDirectory.resolve("ingestion"))
				? this.workingDirectory.resolve("ingestion").resolve("target")
				: this.workingDirectory.resolve("target");
		Path workDir = line.option("--work-dir").map(Path::of).orElse(target.resolve("bench"));
		Path resultDir = line.option("--results-dir").map(Path::of).orElse(target.resolve("bench"));
		BenchSettings settings = new BenchSettings(sizeMb, workDir, resultDir);
		this.out.printf("bench validate: %d MiB NDJSON in %s (generated on first use)%n", sizeMb, workDir);
		BenchResult result;
		try {
			result = new ValidationBenchmark(this.clock).run(settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Benchmark failed in " + workDir, ex);
		}
		this.out.printf("file              %s (%,d bytes, %,d filings)%n", result.file(), result.bytes(),
				result.records());
		this.out.printf("raw Jackson parse %8.1f MiB/s %,12.0f filings/s (%.2f s)%n", result.rawMbPerSecond(),
				result.rawFilingsPerSecond(), result.rawSeconds());
		this.out.printf(
				"validation        %8.1f MiB/s %,12.0f filings/s (%.2f s, %d threads; %,d valid, %,d rejected)%n",
				result.validateMbPerSecond(), result.validateFilingsPerSecond(), result.validateSeconds(),
				result.threads(), result.valid(), result.rejected());
		this.out.printf("ratio             %8.2f (goal >= 0.5)%n", result.ratio());
		this.out.printf("peak heap         %,d MiB of %,d MiB max (%s, %d processors)%n", result.peakHeapBytes() >> 20,
				result.maxHeapBytes() >> 20, result.javaVersion(), result.processors());
		this.out.printf("result written to %s%n", settings.resultDir().resolve("bench-validate-latest.json"));
		return IngestionCli.OK;
	}

}
