package dev.watchtower.batch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import dev.watchtower.batch.lake.Lake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * {@code bench ingest}: N generated filings in F NDJSON files (generated once under
 * {@code <data>/bench/}), loaded (1) by the whole intake, in a child JVM like
 * {@code ./watchtower ingest}, against a fresh database and lake, and (2) by Spark's own
 * {@code read.json → Delta append} in this JVM. Reports both times, their ratio (baseline
 * time / intake time; goal at least 0.5) and the peak resident memory of the intake JVM,
 * into {@code batch/BENCHMARKS.md} and JSON under {@code batch/target/bench/}.
 */
@Component
public class IngestBenchmark {

	private static final Logger logger = LoggerFactory.getLogger(IngestBenchmark.class);

	private final DataSource dataSource;

	private final DataSourceProperties database;

	private final Lake lake;

	private final Clock clock;

	IngestBenchmark(DataSource dataSource, DataSourceProperties database, Lake lake, Clock clock) {
		this.dataSource = dataSource;
		this.database = database;
		this.lake = lake;
		this.clock = clock;
	}

	/**
	 * Runs the benchmark.
	 * @param dataDir the data folder ({@code bench/} is created in it)
	 * @param root the repository root (for {@code batch/BENCHMARKS.md})
	 * @param filings filings to generate
	 * @param files NDJSON files
	 * @return the result
	 * @throws Exception when a part cannot run
	 */
	public BenchResult run(Path dataDir, Path root, int filings, int files) throws Exception {
		Path input = dataDir.resolve("bench").resolve("ingest-" + filings + "x" + files);
		long started = System.nanoTime();
		List<Path> ndjson = BenchFilings.ensure(input, filings, files, 20_261_125L);
		logger.info("Input: {} filings in {} files under {} ({} s to prepare)", BenchFilings.count(input),
				ndjson.size(), input, (System.nanoTime() - started) / 1_000_000_000);
		Path work = dataDir.resolve("bench").resolve("run-" + System.currentTimeMillis());
		Path inbox = work.resolve("inbox");
		Files.createDirectories(inbox);
		long bytes = 0;
		for (Path file : ndjson) {
			Files.createLink(inbox.resolve(file.getFileName()), file); // the intake moves
																		// its inbox files
			bytes += Files.size(file);
		}
		String databaseName = "watchtower_bench_" + System.currentTimeMillis();
		execute("create database " + databaseName);
		try {
			String loadAverage = loadAverage();
			ChildRun intake = runIntake(inbox, work, databaseName);
			long baselineStart = System.nanoTime();
			double cpuBefore = cpuSeconds(ProcessHandle.current());
			long baselineRows = this.lake.jsonToDelta(input, work.resolve("baseline-lake"));
			double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;
			double baselineCpu = cpuSeconds(ProcessHandle.current()) - cpuBefore;
			BenchResult result = new BenchResult(this.clock.instant(), BenchFilings.count(input), ndjson.size(), bytes,
					intake.seconds(), intake.cpuSeconds(), intake.summary(), intake.peakRssBytes(),
					size(work.resolve("lake")), baselineSeconds, baselineCpu, baselineRows,
					size(work.resolve("baseline-lake")), peakRss(ProcessHandle.current().pid()),
					Runtime.getRuntime().availableProcessors(), loadAverage);
			record(root, result);
			return result;
		}
		finally {
			execute("drop database if exists " + databaseName + " with (force)");
			deleteTree(work);
		}
	}

	private ChildRun runIntake(Path inbox, Path work, String databaseName) throws IOException, InterruptedException {
		String url = this.database.getUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + databaseName + "$1");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx3g");
		command.add("-Dio.netty.tryReflectionSetAccessible=true");
		String classPath = System.getProperty("java.class.path");
		if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
			command.add("-jar"); // the jar's manifest carries Spark's --add-opens
			command.add(classPath);
		}
		else {
			command.add("-cp");
			command.add(classPath);
			command.add("dev.watchtower.batch.BatchApplication");
		}
		command.add("ingest");
		command.add(inbox.toString());
		command.add("--spring.datasource.url=" + url);
		command.add("--spring.datasource.username=" + this.database.getUsername());
		command.add("--spring.datasource.password="
				+ ((this.database.getPassword() != null) ? this.database.getPassword() : ""));
		command.add("--watchtower.data-dir=" + work);
		command.add("--watchtower.lake.uri=" + work.resolve("lake"));
		Path out = work.resolve("intake.json");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		long started = System.nanoTime();
		long peak = 0;
		double cpu = 0;
		while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, peakRss(process.pid()));
			cpu = Math.max(cpu, cpuSeconds(process.toHandle()));
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (process.exitValue() != 0) {
			throw new IllegalStateException("The intake exited with " + process.exitValue());
		}
		return new ChildRun(seconds, cpu, Files.readString(out).trim(), peak);
	}

	/**
	 * The CPU time a process has used (user and system, all threads), 0 where unknown. A
	 * child's is read while it runs, so its last 200 ms are missed.
	 */
	private static double cpuSeconds(ProcessHandle process) {
		return process.info().totalCpuDuration().map((cpu) -> cpu.toNanos() / 1e9).orElse(0.0);
	}

	/** VmHWM of a process (Linux), 0 where unknown. */
	private static long peakRss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute(sql);
		}
	}

	private static void record(Path root, BenchResult result) throws IOException {
		Path benchDir = root.resolve("batch/target/bench");
		Files.createDirectories(benchDir);
		String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(result.at());
		Files.writeString(benchDir.resolve("bench-ingest-" + stamp + ".json"), result.toJson());
		Files.writeString(benchDir.resolve("bench-ingest-latest.json"), result.toJson());
		Path table = root.resolve("batch/BENCHMARKS.md");
		if (Files.exists(table)) {
			Files.write(table, withRow(Files.readAllLines(table), result.markdownRow()));
		}
	}

	/**
	 * The file's lines with a row added to the end of the table under "## Results" (at
	 * the end of the file when there is no such table).
	 */
	static List<String> withRow(List<String> lines, String row) {
		List<String> result = new java.util.ArrayList<>(lines);
		int results = lines.indexOf("## Results");
		int last = -1;
		for (int i = Math.max(results, 0); results >= 0 && i < lines.size(); i++) {
			if (lines.get(i).startsWith("|")) {
				last = i;
			}
			else if (last >= 0) {
				break;
			}
		}
		result.add((last >= 0) ? last + 1 : result.size(), row);
		return result;
	}

	/** The load averages from {@code /proc/loadavg}, or "unknown". */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	/** The bytes of every file under a folder (data files, logs, checkpoints). */
	private static long size(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			long total = 0;
			for (Path path : walk.filter(Files::isRegularFile).toList()) {
				total += Files.size(path);
			}
			return total;
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private record ChildRun(double seconds, double cpuSeconds, String summary, long peakRssBytes) {
	}

	/**
	 * One benchmark run.
	 *
	 * @param at when it ended
	 * @param filings filings in the input
	 * @param files NDJSON files
	 * @param bytes input size
	 * @param intakeSeconds wall time of the intake JVM (start-up included)
	 * @param intakeCpuSeconds CPU time of the intake JVM (all threads, user and system):
	 * the work done however well it overlapped, to compare changes by beside the wall
	 * time
	 * @param intakeSummary the intake's JSON summary
	 * @param intakePeakRss the intake JVM's peak resident memory
	 * @param intakeLakeBytes what the intake left in the lake, every table (files on
	 * disk)
	 * @param baselineSeconds wall time of read.json → Delta append
	 * @param baselineCpuSeconds CPU time this JVM used meanwhile
	 * @param baselineRows rows the baseline appended
	 * @param baselineLakeBytes the baseline's table on disk
	 * @param benchPeakRss this JVM's peak resident memory (baseline)
	 * @param cores available processors
	 * @param loadAverage the machine's 1, 5 and 15 minute load averages before the run
	 */
	public record BenchResult(java.time.Instant at, long filings, int files, long bytes, double intakeSeconds,
			double intakeCpuSeconds, String intakeSummary, long intakePeakRss, long intakeLakeBytes,
			double baselineSeconds, double baselineCpuSeconds, long baselineRows, long baselineLakeBytes,
			long benchPeakRss, int cores, String loadAverage) {

		public double ratio() {
			return this.baselineSeconds / this.intakeSeconds;
		}

		public String toJson() {
			return String
				.format(Locale.ROOT, "{\"at\":\"%s\",\"filings\":%d,\"files\":%d,\"bytes\":%d,\"intakeSeconds\":%.1f,"
						+ "\"intakeCpuSeconds\":%.1f,\"intake\":%s,\"intakePeakRssBytes\":%d,\"intakeLakeBytes\":%d,"
						+ "\"baselineSeconds\":%.1f,\"baselineCpuSeconds\":%.1f,\"baselineRows\":%d,"
						+ "\"baselineLakeBytes\":%d,\"baselinePeakRssBytes\":%d,\"ratio\":%.2f,\"cores\":%d,"
						+ "\"loadAverageBefore\":\"%s\"}", this.at, this.filings, this.files, this.bytes,
						this.intakeSeconds, this.intakeCpuSeconds, this.intakeSummary, this.intakePeakRss,
						this.intakeLakeBytes, this.baselineSeconds, this.baselineCpuSeconds, this.baselineRows,
						this.baselineLakeBytes, this.benchPeakRss, ratio(), this.cores, this.loadAverage);
		}

		String markdownRow() {
			return String.format(Locale.ROOT,
					"| %s | %,d filings, %,d files, %,d MB | %.1f s (%,.0f filings/s), CPU %.0f s, peak RSS %,d MB, lake %,d MB | %.1f s (%,d rows), CPU %.0f s, peak RSS %,d MB, table %,d MB | **%.2f** | %d cores, load average %s before the run |",
					DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(this.at),
					this.filings, this.files, this.bytes >> 20, this.intakeSeconds, this.filings / this.intakeSeconds,
					this.intakeCpuSeconds, this.intakePeakRss >> 20, this.intakeLakeBytes >> 20, this.baselineSeconds,
					this.baselineRows, this.baselineCpuSeconds, this.benchPeakRss >> 20, this.baselineLakeBytes >> 20,
					ratio(), this.cores, this.loadAverage);
		}

	}

}
