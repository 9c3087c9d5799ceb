package dev.watchtower.analytics.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.Arguments;
import dev.watchtower.analytics.run.JobChain;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import dev.watchtower.analytics.run.JobSettings;
import dev.watchtower.analytics.serving.IndexingBenchmark;
import dev.watchtower.analytics.serving.ServingSettings;
import dev.watchtower.analytics.spark.SparkSessions;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.SparkSession;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./watchtower bench analytics}: for each size, a full refresh of the whole chain,
 * then 10,000 new filings and an incremental refresh; then the indexing rate of the case
 * documents against a raw {@code _bulk}. Inputs are generated once per size (seeded)
 * under {@code <data>/bench/analytics/} and reused (restored to their first version).
 * {@code --incremental-runs N} runs the incremental refresh N times, each on a copy of
 * the lake as it was before the first (the new filings appended, nothing refreshed yet):
 * the later runs show what the same refresh costs in a JVM that has run it before, and
 * how far the figure spreads.
 */
public final class AnalyticsBenchmark {

	static final LocalDate AS_OF = LocalDate.of(2027, 1, 2);

	static final long SEED = 20_261_125L;

	static final long NEW_FILINGS = 10_000;

	/** Where {@code --incremental-runs} keeps the lake each run starts from. */
	private static final String LAKE_BEFORE_INCREMENTAL = "lake-before-incremental";

	private AnalyticsBenchmark() {
	}

	/**
	 * Runs the benchmark.
	 * @param arguments the command line
	 * @param environment the environment
	 * @param clock the clock
	 * @param out where the figures go
	 * @param chain the jobs of {@code all}, as the command line runs them
	 * @return the exit code
	 */
	public static int main(Arguments arguments, Map<String, String> environment, Clock clock, PrintStream out,
			List<AnalyticsJob> chain) {
		List<Long> sizes = Arrays.stream(arguments.option("sizes").orElse("10000,100000,1000000").split(","))
			.map(String::trim)
			.map(Long::parseLong)
			.toList();
		JobSettings defaults = JobSettings.from(arguments, environment, clock);
		Path work = arguments.option("work-dir")
			.map(Path::of)
			.orElse(defaults.dataDirectory().resolve("bench").resolve("analytics"))
			.toAbsolutePath();
		String master = arguments.option("master").orElse("local[2]");
		int atOnce = JobChain.atOnce(arguments);
		long indexDocuments = Long.parseLong(arguments.option("index-docs").orElse("100000"));
		int incrementalRuns = arguments.count("incremental-runs", 1);
		Optional<ServingSettings> elasticsearch = arguments.flag("skip-es") ? Optional.empty() : elasticsearch(
				arguments, environment, defaults.dataDirectory().resolve("run").resolve("services.properties"), out);
		SparkSession spark = SparkSessions.create("watchtower-bench-analytics", master, work.toString(), Map.of());
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("master", master);
		report.put("jobsAtOnce", atOnce);
		report.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		report.put("cores", Runtime.getRuntime().availableProcessors());
		report.put("asOf", AS_OF.toString());
		report.put("incrementalRuns", incrementalRuns);
		List<Map<String, Object>> runs = new ArrayList<>();
		try {
			for (long size : sizes) {
				runs.add(size(spark, work.resolve(String.valueOf(size)), size, master, chain, atOnce, incrementalRuns,
						clock, out));
			}
			report.put("runs", runs);
			long indexSize = sizes.stream()
				.filter((size) -> size <= indexDocuments)
				.max(Comparator.naturalOrder())
				.orElse(sizes.get(0));
			if (elasticsearch.isPresent()) {
				Lake lake = Lake.at(work.resolve(String.valueOf(indexSize)).resolve("lake"));
				IndexingBenchmark.Result indexing = IndexingBenchmark.compare(spark, lake, elasticsearch.get(),
						indexDocuments, work);
				out.printf(
						"indexing %,d case documents (%.0f MB): client %.1f s (%,.0f docs/s), raw _bulk %.1f s (%,.0f docs/s), ratio %.2f%n",
						indexing.documents(), indexing.bytes() / 1e6, indexing.clientSeconds(), indexing.clientRate(),
						indexing.rawSeconds(), indexing.rawRate(), indexing.ratio());
				report.put("indexing",
						Map.of("documents", indexing.documents(), "bytes", indexing.bytes(), "clientSeconds",
								indexing.clientSeconds(), "clientDocsPerSecond", indexing.clientRate(), "rawSeconds",
								indexing.rawSeconds(), "rawDocsPerSecond", indexing.rawRate(), "ratio",
								indexing.ratio(), "clientIndexed", indexing.clientIndexed(), "rawIndexed",
								indexing.rawIndexed()));
			}
			report.put("heapPoolPeaksSumMb", peakHeapMegabytes()); // upper bound: pool
																	// peaks at different
																	// times
			write(report, clock, out);
			return 0;
		}
		finally {
			spark.stop();
		}
	}

	private static Map<String, Object> size(SparkSession spark, Path folder, long size, String master,
			List<AnalyticsJob> chain, int atOnce, int incrementalRuns, Clock clock, PrintStream out) {
		Path lakeFolder = folder.resolve("lake");
		Lake lake = Lake.at(lakeFolder);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("incidents", size);
		Path marker = folder.resolve("generated.txt");
		try {
			if (!Files.exists(marker)) {
				long started = System.nanoTime();
				long rows = BenchInputs.write(spark, lake, size, SEED);
				Files.createDirectories(folder);
				Files.writeString(marker, "incidents=" + size + " reports=" + rows + " seed=" + SEED + "\n");
				out.printf("generated %,d incidents (%,d reports) in %.1f s%n", size, rows,
						(System.nanoTime() - started) / 1e9);
			}
			else {
				DeltaTable reports = DeltaTable.forPath(spark, lake.location(LakeTable.INCIDENT_REPORTS));
				if (lake.version(spark, LakeTable.INCIDENT_REPORTS).orElse(0L) > 0) {
					reports.restoreToVersion(0);
				}
			}
			run.put("input", Files.readString(marker).trim());
			for (String output : List.of("silver/incidents", "silver/incidents_rejected", "gold")) {
				deleteTree(lakeFolder.resolve(output));
			}
			// a copy of the lake that a failed repeated incremental refresh left behind
			deleteTree(folder.resolve(LAKE_BEFORE_INCREMENTAL));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the bench lake " + folder, ex);
		}
		JobSettings full = new JobSettings(AS_OF, lake.root(), master, true, null, null, folder);
		SparkWork work = SparkWork.on(spark);
		try {
			SparkWork.Reading before = work.read();
			Map<String, Double> fullTimes = chain(chain,
					new JobContext(spark, lake, full, AnalyticsRules.bundled(), clock), atOnce);
			SparkWork.Reading afterFull = work.read();
			Map<String, Object> fullWork = afterFull.since(before);
			out.printf("%,d incidents: full refresh %.1f s %s, work %s%n", size, fullTimes.get("total"), fullTimes,
					fullWork);
			BenchInputs.appendFilings(spark, lake, size, NEW_FILINGS, SEED);
			Path beforeRefresh = folder.resolve(LAKE_BEFORE_INCREMENTAL);
			List<Map<String, Object>> repeats = new ArrayList<>();
			if (incrementalRuns > 1) {
				replaceTree(lakeFolder, beforeRefresh);
			}
			for (int i = 1; i <= incrementalRuns; i++) {
				if (i > 1) {
					replaceTree(beforeRefresh, lakeFolder);
					// the session's Delta logs still hold the versions the run before
					// wrote
					DeltaLog.clearCache();
				}
				SparkWork.Reading beforeIncremental = work.read();
				Map<String, Long> versions = new TreeMap<>();
				Map<String, Double> incrementalTimes = chain(chain,
						new JobContext(spark, lake, full.withFull(false), AnalyticsRules.bundled(), clock), atOnce,
						versions);
				Map<String, Object> incrementalWork = work.read().since(beforeIncremental);
				out.printf("%,d incidents + %,d new filings: incremental refresh%s %.1f s %s, work %s%n", size,
						NEW_FILINGS, (incrementalRuns > 1) ? " (run " + i + " of " + incrementalRuns + ")" : "",
						incrementalTimes.get("total"), incrementalTimes, incrementalWork);
				// the same table versions every time: each run starts from the same
				// lake
				repeats.add(Map.of("seconds", incrementalTimes, "work", incrementalWork, "tableVersions", versions));
			}
			deleteTree(beforeRefresh);
			run.put("fullSeconds", fullTimes);
			run.put("fullWork", fullWork);
			// the first run: the figure of every earlier report
			run.put("incrementalSeconds", repeats.get(0).get("seconds"));
			run.put("incrementalWork", repeats.get(0).get("work"));
			if (incrementalRuns > 1) {
				run.put("incrementalRepeats", repeats);
			}
			return run;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot copy the bench lake " + folder, ex);
		}
		finally {
			work.stop();
		}
	}

	/**
	 * Replaces a folder with a copy of another, file times kept (Delta reads the times of
	 * its log files as commit times).
	 */
	private static void replaceTree(Path from, Path to) throws IOException {
		deleteTree(to);
		try (var paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

	private static Map<String, Double> chain(List<AnalyticsJob> jobs, JobContext context, int atOnce) {
		return chain(jobs, context, atOnce, new TreeMap<>());
	}

	/**
	 * Runs the chain.
	 * @param versions receives the version of every table the jobs wrote
	 * @return the seconds per job and the chain's total
	 */
	private static Map<String, Double> chain(List<AnalyticsJob> jobs, JobContext context, int atOnce,
			Map<String, Long> versions) {
		Map<String, Double> times = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
		long started = System.nanoTime();
		List<JobResult> results = new JobChain(jobs).run(context, atOnce, new JobChain.Listener() {

			@Override
			public void started(AnalyticsJob job) {
			}

			@Override
			public void done(AnalyticsJob job, JobResult result, double seconds) {
				times.put(job.name(), Math.round(seconds * 10) / 10.0);
			}

		});
		context.shared().release();
		results.forEach((result) -> versions.putAll(result.tableVersions()));
		// jobs overlap: the total is the chain's wall time, not the sum of the jobs
		times.put("total", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
		return times;
	}

	private static Optional<ServingSettings> elasticsearch(Arguments arguments, Map<String, String> environment,
			Path servicesFile, PrintStream out) {
		try {
			return Optional.of(ServingSettings.from(arguments, environment, servicesFile));
		}
		catch (IllegalArgumentException ex) {
			out.println("indexing benchmark skipped: " + ex.getMessage());
			return Optional.empty();
		}
	}

	private static long peakHeapMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

	private static void write(Map<String, Object> report, Clock clock, PrintStream out) {
		Path folder = Path.of(System.getProperty("watchtower.root", ".")).resolve("analytics/target/bench");
		try {
			Files.createDirectories(folder);
			JsonMapper json = JsonMapper.builder().build();
			ObjectNode node = json.valueToTree(report);
			String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
			String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
				.withZone(JobSettings.CHINA)
				.format(clock.instant());
			Files.writeString(folder.resolve("bench-analytics-" + stamp + ".json"), text);
			Files.writeString(folder.resolve("bench-analytics-latest.json"), text);
			out.println("results: " + folder.resolve("bench-analytics-latest.json"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the benchmark results to " + folder, ex);
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
