package dev.watchtower.ingestion.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.IntakeLimits;
import dev.watchtower.ingestion.intake.IntakeSummary;
import dev.watchtower.ingestion.sample.SampleGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures validation throughput on an NDJSON file beside the raw Jackson parse rate of
 * the same file (one tree per line, nothing else), and the peak heap used while
 * validating.
 */
public final class ValidationBenchmark {

	private static final long WARM_UP_BYTES = 16L << 20;

	private static final long SEED = 42;

	private final Clock clock;

	public ValidationBenchmark(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Runs the benchmark (generating the file first if needed) and writes the JSON
	 * result.
	 * @param settings what to run
	 * @return the figures
	 * @throws IOException when the files cannot be written or read
	 */
	public BenchResult run(BenchSettings settings) throws IOException {
		String startedAt = DateTimeFormatter.ISO_INSTANT.format(this.clock.instant());
		Files.createDirectories(settings.workDir());
		Path file = settings.workDir().resolve("bench-validate-" + settings.sizeMb() + "mb.ndjson");
		long bytes = settings.sizeMb() << 20;
		if (!Files.exists(file) || Files.size(file) < bytes) {
			new SampleGenerator().writeNdjson(file, bytes, SEED);
		}
		Path warmUp = settings.workDir().resolve("bench-validate-warm-up.ndjson");
		if (!Files.exists(warmUp)) {
			new SampleGenerator().writeNdjson(warmUp, Math.min(WARM_UP_BYTES, bytes), SEED + 1);
		}
		FilingIntake intake = new FilingIntake();
		rawParse(warmUp);
		intake.validate(warmUp, (outcome) -> {
		});
		long rawStart = System.nanoTime();
		long records = rawParse(file);
		double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
		System.gc();
		resetPeaks();
		long validateStart = System.nanoTime();
		IntakeSummary summary = intake.validate(file, (outcome) -> {
		});
		double validateSeconds = (System.nanoTime() - validateStart) / 1e9;
		BenchResult result = new BenchResult(startedAt, file.toString(), Files.size(file), records, rawSeconds,
				validateSeconds, summary.valid(), summary.rejected(), intake.workers(), peakHeap(),
				Runtime.getRuntime().maxMemory(), Runtime.version().toString(),
				Runtime.getRuntime().availableProcessors());
		write(settings.resultDir(), result);
		return result;
	}

	/**
	 * Parses every line of an NDJSON file into a tree and nothing else.
	 * @param file the file
	 * @return the number of records
	 * @throws IOException when reading fails
	 */
	static long rawParse(Path file) throws IOException {
		JsonMapper mapper = JsonMapper.builder().build();
		AtomicLong count = new AtomicLong();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 20];
			int start = 0;
			int limit = 0;
			int read;
			while ((read = in.read(buffer, limit, buffer.length - limit)) > 0) {
				limit += read;
				int newline;
				while ((newline = indexOf(buffer, start, limit)) >= 0) {
					if (newline > start) {
						mapper.readTree(buffer, start, newline - start);
						count.incrementAndGet();
					}
					start = newline + 1;
				}
				System.arraycopy(buffer, start, buffer, 0, limit - start);
				limit -= start;
				start = 0;
			}
			if (limit > 0) {
				mapper.readTree(buffer, 0, limit);
				count.incrementAndGet();
			}
		}
		return count.get();
	}

	private static int indexOf(byte[] buffer, int from, int to) {
		for (int i = from; i < to; i++) {
			if (buffer[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static void write(Path folder, BenchResult result) throws IOException {
		Files.createDirectories(folder);
		JsonMapper mapper = JsonMapper.builder().build();
		ObjectNode json = mapper.valueToTree(result);
		json.put("rawMbPerSecond", result.rawMbPerSecond());
		json.put("validateMbPerSecond", result.validateMbPerSecond());
		json.put("rawFilingsPerSecond", result.rawFilingsPerSecond());
		json.put("validateFilingsPerSecond", result.validateFilingsPerSecond());
		json.put("ratio", result.ratio());
		String name = "bench-validate-" + result.startedAt().replace(':', '-') + ".json";
		Files.writeString(folder.resolve(name), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
		Files.writeString(folder.resolve("bench-validate-latest.json"),
				mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
	}

	static IntakeLimits limits() {
		return IntakeLimits.defaults();
	}

}
