package dev.watchtower.analytics.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.watchtower.analytics.lake.SilverFixtures.append;
import static dev.watchtower.analytics.lake.SilverFixtures.institution;
import static dev.watchtower.analytics.lake.SilverFixtures.report;
import static dev.watchtower.analytics.lake.SilverFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Spark standalone cluster on loopback: a master and a worker started as separate
 * JVMs from the project's own Spark dependencies (a Spark home whose {@code jars/} are
 * those of {@code target/spark-classpath.txt}), and the analytics CLI submitted to it in
 * a third JVM with {@code --master spark://...}, shipping the shaded job jar to the
 * executors. The deadlines job runs the ingestion library's deadline engine on the
 * executor.
 */
class SparkClusterIT {

	static final Path TARGET = Path.of("target").toAbsolutePath();

	static final Duration START = Duration.ofSeconds(90);

	static final List<Process> processes = new ArrayList<>();

	@TempDir
	static Path work;

	static String master;

	static Path logs;

	@BeforeAll
	static void start_master_and_worker() throws Exception {
		logs = Files.createDirectories(TARGET.resolve("spark-cluster-it"));
		Path sparkHome = sparkHome();
		int port = freePort();
		master = "spark://127.0.0.1:" + port;
		Process masterProcess = start("master", sparkHome, "org.apache.spark.deploy.master.Master", "--host",
				"127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort()));
		awaitLog(masterProcess, "master", "I have been elected leader");
		Process worker = start("worker", sparkHome, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
				"--cores", "2", "--memory", "1g", "--webui-port", String.valueOf(freePort()), "--work-dir",
				work.resolve("worker").toString(), master);
		awaitLog(worker, "worker", "Successfully registered with master");
	}

	@AfterAll
	static void stop_them() {
		for (Process process : processes.reversed()) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroy();
			try {
				if (!process.waitFor(20, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(processes).noneMatch(Process::isAlive);
	}

	@Test
	void runs_the_incidents_and_deadlines_jobs_on_the_cluster() throws Exception {
		// given a first report 35 minutes after the NFRA two-hour limit
		Path lake = work.resolve("lake");
		String bank = institution("A1");
		append(TestSpark.session(), lake, LakeTable.INCIDENT_REPORTS, rows(report(bank, "INC-1", "INITIAL")
			.withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T12:35")));

		// when
		Path jobJar = jobJar();
		Path output = work.resolve("out");
		ProcessBuilder submit = new ProcessBuilder(command(classPath(jobJar), "dev.watchtower.analytics.AnalyticsCli",
				"run", "incidents,deadlines", "--master", master, "--lake", lake.toString(), "--as-of", "2026-03-31",
				"--jars", jobJar.toString(), "--executor-memory", "512m", "--output", output.toString(), "--param",
				"note=ignored"))
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve("driver.log").toFile());
		submit.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		Process driver = submit.start();
		processes.add(driver);
		boolean finished = driver.waitFor(300, TimeUnit.SECONDS);

		// then
		assertThat(finished).as("driver finished; see " + logs.resolve("driver.log")).isTrue();
		assertThat(driver.exitValue()).as("driver exit code; see " + logs.resolve("driver.log")).isZero();
		String driverLog = Files.readString(logs.resolve("driver.log"), StandardCharsets.UTF_8);
		assertThat(driverLog).contains("incidents: done").contains("deadlines: done");
		List<Row> checks = TestSpark.session()
			.read()
			.format("delta")
			.load(Lake.at(lake).location(LakeTable.DEADLINE_CHECKS))
			.orderBy("due_at")
			.collectAsList();
		assertThat(checks)
			.extracting((row) -> row.<String>getAs("rule_id") + " " + row.<String>getAs("verdict") + " "
					+ row.<Long>getAs("late_minutes"))
			.containsExactly("NFRA-69-REPORT LATE 35", "NFRA-69-WRITTEN ON_TIME null");
		assertThat(LocalDate.parse("2026-03-31")).isEqualTo(checks.get(0).<java.sql.Date>getAs("as_of").toLocalDate());
		assertThat(Files.list(work.resolve("worker")).toList()).as("the worker ran an application").isNotEmpty();
		// and the outputs another process reads (docs/analytics-runs.md)
		assertThat(driverLog.lines().filter((line) -> line.startsWith("PROGRESS ")))
			.contains("PROGRESS 0 start incidents,deadlines as of 2026-03-31", "PROGRESS 0 incidents running",
					"PROGRESS 33 deadlines running")
			.anyMatch((line) -> line.startsWith("PROGRESS 66 output writing CSV files into "))
			.last()
			.asString()
			.startsWith("PROGRESS 100 done incidents,deadlines in ");
		List<String> csv = Files.readAllLines(output.resolve("deadline_checks.csv"), StandardCharsets.UTF_8);
		assertThat(csv).hasSize(3);
		assertThat(csv.get(0)).startsWith("\uFEFF").contains("rule_id").contains("verdict");
		assertThat(csv.subList(1, 3)).anyMatch((line) -> line.contains("NFRA-69-REPORT") && line.contains("LATE"))
			.anyMatch((line) -> line.contains("NFRA-69-WRITTEN") && line.contains("ON_TIME"));
		assertThat(output.resolve("incidents.csv")).exists();
		tools.jackson.databind.JsonNode run = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(output.resolve("run.json").toFile());
		assertThat(run.path("job").asString()).isEqualTo("incidents,deadlines");
		assertThat(run.path("asOf").asString()).isEqualTo("2026-03-31");
		assertThat(run.path("tables").path("deadline_checks").path("rows").asLong()).isEqualTo(2);
		assertThat(run.path("tables").path("deadline_checks").path("deltaVersion").isIntegralNumber()).isTrue();
		assertThat(run.path("sourceVersions").path("silver/incident_reports").asLong()).isZero();
		assertThat(output).isDirectoryNotContaining("glob:**.part");
	}

	@Test
	void a_failed_run_says_why_in_its_last_error_line_and_exits_non_zero() throws Exception {
		// given a lake without the tables the posture job reads
		Path empty = Files.createDirectories(work.resolve("empty-lake"));

		// when
		ProcessBuilder run = new ProcessBuilder(command(classPath(jobJar()), "dev.watchtower.analytics.AnalyticsCli",
				"run", "posture", "--master", "local[1]", "--lake", empty.toString(), "--as-of", "2026-03-31",
				"--output", work.resolve("failed-out").toString()))
			.redirectOutput(logs.resolve("failed-run.out").toFile())
			.redirectError(logs.resolve("failed-run.err").toFile());
		run.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
		Process process = run.start();
		processes.add(process);
		boolean finished = process.waitFor(180, TimeUnit.SECONDS);

		// then
		assertThat(finished).isTrue();
		assertThat(process.exitValue()).isEqualTo(1);
		List<String> errors = Files.readAllLines(logs.resolve("failed-run.err"), StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> line.startsWith("ERROR "))
			.toList();
		assertThat(errors).last()
			.asString()
			.startsWith("ERROR analytics job posture failed: ")
			.contains("silver/incidents")
			.doesNotContain("\n");
		assertThat(work.resolve("failed-out").resolve("run.json")).doesNotExist();
	}

	/**
	 * A Spark home for the worker: its {@code jars/} folder links the project's Spark
	 * jars.
	 */
	static Path sparkHome() throws IOException {
		Path home = work.resolve("spark-home");
		Path jars = Files.createDirectories(home.resolve("jars"));
		Files.createDirectories(home.resolve("conf"));
		for (String jar : sparkClassPath()) {
			Path source = Path.of(jar);
			Path link = jars.resolve(source.getFileName());
			if (!Files.exists(link)) {
				Files.createSymbolicLink(link, source);
			}
		}
		return home;
	}

	/**
	 * Spark and its dependencies: the module's compile and runtime class paths without
	 * what the job jar ships (Delta, our modules, the Elasticsearch client, Jackson 3),
	 * so the executors get those only from the job jar, as on a real cluster.
	 */
	static List<String> sparkClassPath() throws IOException {
		java.util.Set<String> jars = new java.util.LinkedHashSet<>();
		for (String file : List.of("classpath-runtime.txt", "classpath-compile.txt")) {
			jars.addAll(Arrays.asList(Files.readString(TARGET.resolve(file), StandardCharsets.UTF_8)
				.trim()
				.split(java.io.File.pathSeparator)));
		}
		List<String> shipped = List.of("/io/delta/", "/dev/watchtower/", "/co/elastic/", "/org/elasticsearch/",
				"/tools/jackson/", "/io/unitycatalog/", "/org/jspecify/");
		// in a reactor build our own modules are their target/ jars, not Maven repository
		// paths
		String project = TARGET.getParent().getParent().toString() + java.io.File.separator;
		return jars.stream()
			.filter((jar) -> shipped.stream().noneMatch(jar::contains))
			.filter((jar) -> !jar.startsWith(project))
			.toList();
	}

	static Path jobJar() throws IOException {
		try (var files = Files.list(TARGET)) {
			return files.filter((file) -> file.getFileName().toString().endsWith("-job.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No shaded job jar in " + TARGET + ": run mvn package"));
		}
	}

	static String classPath(Path first) throws IOException {
		return first + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, sparkClassPath());
	}

	static Process start(String name, Path sparkHome, String main, String... args) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(
				command(String.join(java.io.File.pathSeparator, sparkClassPath()), main, args))
			.redirectErrorStream(true)
			.redirectOutput(logs.resolve(name + ".log").toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SPARK_HOME", sparkHome.toString());
		environment.put("SPARK_LOCAL_IP", "127.0.0.1");
		// A Spark home without build folders: the launcher library needs the Scala
		// version.
		environment.put("SPARK_SCALA_VERSION", "2.13");
		environment.put("SPARK_WORKER_DIR", work.resolve("worker").toString());
		Process process = builder.start();
		processes.add(process);
		return process;
	}

	static List<String> command(String classPath, String main, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.addAll(ProcessHandle.current()
			.info()
			.arguments()
			.map(Arrays::asList)
			.orElse(List.of())
			.stream()
			.filter((arg) -> arg.startsWith("--add-opens") || arg.startsWith("-Djdk.reflect")
					|| arg.startsWith("-Dio.netty"))
			.toList());
		command.add("-Dspark.driver.host=127.0.0.1");
		command.add("-cp");
		command.add(classPath);
		command.add(main);
		command.addAll(List.of(args));
		return command;
	}

	static void awaitLog(Process process, String name, String line) throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		Path log = logs.resolve(name + ".log");
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited: " + Files.readString(log));
			}
			if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
				return;
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException(name + " did not log '" + line + "' within " + START + "; see " + log);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
