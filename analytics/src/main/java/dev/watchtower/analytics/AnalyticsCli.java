package dev.watchtower.analytics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.watchtower.analytics.bench.AnalyticsBenchmark;
import dev.watchtower.analytics.bulletin.BulletinJob;
import dev.watchtower.analytics.correlation.CorrelationJob;
import dev.watchtower.analytics.deadlines.DeadlinesJob;
import dev.watchtower.analytics.incidents.IncidentsJob;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.maintenance.MaintenanceJob;
import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.Arguments;
import dev.watchtower.analytics.run.JobChain;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import dev.watchtower.analytics.run.JobSettings;
import dev.watchtower.analytics.run.RunOutputs;
import dev.watchtower.analytics.score.ScoreJob;
import dev.watchtower.analytics.serving.ServingJob;
import dev.watchtower.analytics.serving.ServingSettings;
import dev.watchtower.analytics.situation.PostureJob;
import dev.watchtower.analytics.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: {@code run JOB [options]} (what {@code ./watchtower analytics} and
 * the portal's schedules call) and {@code bench}. The only class that prints.
 */
public final class AnalyticsCli {

	/** The jobs in dependency order; {@code all} runs them in this order. */
	static final List<String> CHAIN = List.of(IncidentsJob.NAME, DeadlinesJob.NAME, PostureJob.NAME,
			CorrelationJob.NAME, ScoreJob.NAME, BulletinJob.NAME);

	private static final Logger logger = LoggerFactory.getLogger(AnalyticsCli.class);

	private AnalyticsCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.getenv(), Clock.systemUTC(), System.out, System.err));
	}

	static int run(String[] args, Map<String, String> environment, Clock clock, PrintStream out) {
		return run(args, environment, clock, out, System.err);
	}

	/**
	 * Runs a command.
	 * @param args the arguments
	 * @param environment the environment variables
	 * @param clock the clock
	 * @param out results for people
	 * @param progress {@code PROGRESS} and {@code ERROR} lines for a process that started
	 * this one ({@code docs/analytics-runs.md})
	 * @return the exit code
	 */
	static int run(String[] args, Map<String, String> environment, Clock clock, PrintStream out, PrintStream progress) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println(usage());
			return 2;
		}
		List<String> words = arguments.positional();
		if (words.isEmpty() || arguments.flag("help")) {
			out.println(usage());
			return words.isEmpty() ? 2 : 0;
		}
		try {
			return switch (words.get(0)) {
				case "run" -> (words.size() == 2) ? runJob(words.get(1), arguments, environment, clock, out, progress)
						: usageError(out, "run needs exactly one JOB");
				case "bench" -> AnalyticsBenchmark.main(arguments, environment, clock, out,
						jobs("all", arguments, environment).orElseThrow());
				default -> usageError(out, "unknown command '" + words.get(0) + "'");
			};
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			progress.println("ERROR " + oneLine(ex.getMessage().lines().findFirst().orElse("bad arguments")));
			return 2;
		}
	}

	private static int runJob(String name, Arguments arguments, Map<String, String> environment, Clock clock,
			PrintStream out, PrintStream progress) {
		List<AnalyticsJob> jobs = jobs(name, arguments, environment)
			.orElseThrow(() -> new IllegalArgumentException("unknown job '" + name + "'\n" + usage()));
		JobSettings settings = JobSettings.from(arguments, environment, clock);
		int atOnce = JobChain.atOnce(arguments);
		Optional<Path> output = arguments.option("output").map(Path::of);
		long runStarted = System.nanoTime();
		int steps = jobs.size() + (output.isPresent() ? 1 : 0);
		progress.printf("PROGRESS 0 start %s as of %s%n", name, settings.asOf());
		@Nullable SparkSession spark = null;
		try {
			AnalyticsRules rules = AnalyticsRules.load(settings.rulesFile());
			spark = SparkSessions.create("watchtower-analytics-" + name, settings.master(), settings.lake(),
					sparkSettings(arguments, settings));
			Lake lake = Lake.of(settings.lake());
			// read before the jobs commit, and only for run.json
			Map<String, Long> sources = output.isPresent() ? sourceVersions(spark, lake) : Map.of();
			JobContext context = new JobContext(spark, lake, settings, rules, clock);
			AtomicInteger ended = new AtomicInteger();
			List<JobResult> results = new JobChain(jobs).run(context, atOnce, new JobChain.Listener() {

				@Override
				public void started(AnalyticsJob job) {
					progress.printf("PROGRESS %d %s running%n", percent(ended.get(), steps), job.name());
				}

				@Override
				public void done(AnalyticsJob job, JobResult result, double seconds) {
					out.printf("%s: done in %.1f s, %s%n", job.name(), seconds, result);
					progress.printf("PROGRESS %d %s done in %.1f s%n", percent(ended.incrementAndGet(), steps),
							job.name(), seconds);
				}

			});
			context.shared().release();
			if (output.isPresent()) {
				progress.printf("PROGRESS %d output writing CSV files into %s%n", percent(jobs.size(), steps),
						output.get());
				Map<String, Long> tables = RunOutputs.write(spark, lake, output.get(), name, settings.asOf(), results,
						sources, (System.nanoTime() - runStarted) / 1e9);
				out.printf("outputs: %s in %s%n", tables, output.get());
			}
			progress.printf("PROGRESS 100 done %s in %.1f s%n", name, (System.nanoTime() - runStarted) / 1e9);
			return 0;
		}
		// Spark's exceptions are checked ones thrown from Scala
		catch (Exception failed) {
			Throwable ex = (failed instanceof JobChain.JobFailedException job) ? job.getCause() : failed;
			logger.error("analytics job {} failed (as of {}, lake {})", name, settings.asOf(), settings.lake(), ex);
			out.println("analytics job " + name + " failed: " + ex.getMessage());
			progress.println("ERROR " + oneLine("analytics job " + name + " failed: " + ex.getMessage()));
			return 1;
		}
		finally {
			if (spark != null) {
				spark.stop();
			}
		}
	}

	private static int percent(int done, int steps) {
		return (steps == 0) ? 100 : Math.min(99, done * 100 / steps);
	}

	/** A reason on one line, short enough to show to a person. */
	private static String oneLine(@Nullable String text) {
		String line = String.valueOf(text).replaceAll("\\s+", " ").strip();
		return (line.length() <= 1000) ? line : line.substring(0, 999) + "…";
	}

	/** The versions of the tables written by batch that a run starts from. */
	private static Map<String, Long> sourceVersions(SparkSession spark, Lake lake) {
		Map<String, Long> versions = new LinkedHashMap<>();
		for (LakeTable table : LakeTable.values()) {
			if (table.writtenByBatch()) {
				lake.version(spark, table).ifPresent((version) -> versions.put(table.path(), version));
			}
		}
		return versions;
	}

	/**
	 * The jobs a name stands for: one job, {@code all}, {@code index}, or a
	 * comma-separated list of those.
	 */
	public static Optional<List<AnalyticsJob>> jobs(String name, Arguments arguments, Map<String, String> environment) {
		if (name.contains(",")) {
			List<AnalyticsJob> jobs = new ArrayList<>();
			for (String part : name.split(",")) {
				Optional<List<AnalyticsJob>> some = single(part.trim(), arguments, environment);
				if (some.isEmpty()) {
					return Optional.empty();
				}
				jobs.addAll(some.get());
			}
			return Optional.of(jobs);
		}
		return single(name, arguments, environment);
	}

	private static Optional<List<AnalyticsJob>> single(String name, Arguments arguments,
			Map<String, String> environment) {
		Map<String, AnalyticsJob> known = new LinkedHashMap<>();
		for (AnalyticsJob job : List.of(new IncidentsJob(), new DeadlinesJob(), new PostureJob(), new CorrelationJob(),
				new ScoreJob(), new BulletinJob())) {
			known.put(job.name(), job);
		}
		if (name.equals("all")) {
			return Optional.of(new ArrayList<>(known.values()));
		}
		if (name.equals(MaintenanceJob.NAME)) {
			return Optional.of(List.of(new MaintenanceJob()));
		}
		if (name.equals(ServingJob.NAME)) {
			JobSettings settings = JobSettings.from(arguments, environment, Clock.systemUTC());
			return Optional.of(List.of(new ServingJob(ServingSettings.from(arguments, environment,
					settings.dataDirectory().resolve("run").resolve("services.properties")))));
		}
		return Optional.ofNullable(known.get(name)).map(List::of);
	}

	/**
	 * Extra Spark settings: the job jar is shipped to a cluster's executors
	 * ({@code --jars}, or the jar this class was loaded from).
	 */
	private static Map<String, String> sparkSettings(Arguments arguments, JobSettings settings) {
		Map<String, String> extra = new LinkedHashMap<>();
		if (!settings.master().startsWith("local")) {
			Optional<String> jars = arguments.option("jars").or(AnalyticsCli::ownJar);
			jars.ifPresent((value) -> extra.put("spark.jars", value));
		}
		arguments.option("executor-memory").ifPresent((value) -> extra.put("spark.executor.memory", value));
		arguments.option("spark-conf").ifPresent((value) -> {
			for (String setting : value.split(",")) {
				int equals = setting.indexOf('=');
				if (equals <= 0) {
					throw new IllegalArgumentException(
							"--spark-conf takes key=value[,key=value...], found '" + setting + "'");
				}
				extra.put(setting.substring(0, equals).trim(), setting.substring(equals + 1).trim());
			}
		});
		return extra;
	}

	private static Optional<String> ownJar() {
		try {
			Path location = Path.of(AnalyticsCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return location.toString().endsWith(".jar") ? Optional.of(location.toString()) : Optional.empty();
		}
		catch (java.net.URISyntaxException | SecurityException ex) {
			return Optional.empty();
		}
	}

	private static int usageError(PrintStream out, String message) {
		out.println(message);
		out.println(usage());
		return 2;
	}

	static String usage() {
		return """
				usage: analytics run JOB [--as-of DATE] [--lake URI] [--master URL] [--full] [--output DIR]
				                         [--rules FILE] [--kev FILE] [--param KEY=VALUE]
				       analytics run index [--full] [--es-url URL] [...]
				       analytics bench [--sizes 10000,100000,1000000] [--work-dir DIR] [--skip-es]
				                       [--index-docs N] [--jobs-at-once N] [--incremental-runs N]

				  JOB: %s, all (that chain in order), index (Elasticsearch serving layer),
				       maintain (compact the analytics tables, remove files older than their retention)
				  --as-of DATE   the day the run is as of (China time; default today)
				  --lake URI     the Delta lake (default $WATCHTOWER_LAKE or <data>/lake)
				  --master URL   local[*] (default), spark://host:7077, k8s://https://...
				  --full         recompute (or reindex) everything instead of what changed
				  --output DIR   also write the tables the run wrote as DIR/<table>.csv, and DIR/run.json
				                 (PROGRESS and ERROR lines on stderr: docs/analytics-runs.md)
				  --jars PATH    the job jar to ship to a cluster (default: the jar this runs from)
				  --spark-conf K=V[,K=V]  more Spark settings (e.g. spark.sql.shuffle.partitions=64)
				  --jobs-at-once N  jobs of the run that touch different tables run at once (default 2;
				                 1 runs them one after the other)
				  --incremental-runs N  (bench) each size's incremental refresh N times, each on a copy of
				                 the lake as it was before the first (default 1)
				""".formatted(String.join(", ", CHAIN));
	}

}
