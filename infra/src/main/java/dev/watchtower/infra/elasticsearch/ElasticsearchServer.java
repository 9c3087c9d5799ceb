package dev.watchtower.infra.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import dev.watchtower.infra.process.LogTail;
import dev.watchtower.infra.process.ProcessRecords;
import dev.watchtower.infra.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server, run as a child process on 127.0.0.1 with its config, data
 * and logs in a folder of ours. Under root it runs as the unprivileged
 * {@link ServiceAccount}. Processes a killed run left behind are stopped before a new
 * start.
 */
public final class ElasticsearchServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchServer.class);

	private static final String SERVICE = "elasticsearch";

	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

	private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

	private final Process process;

	private final URI url;

	private final ProcessRecords records;

	private ElasticsearchServer(Process process, URI url, ProcessRecords records) {
		this.process = process;
		this.url = url;
		this.records = records;
	}

	/**
	 * Launches the server without waiting for it; {@link Starting#await()} waits until
	 * the cluster answers {@code /_cluster/health} with yellow or green.
	 * @param settings how to run it
	 * @param records where to record its processes
	 * @return the starting server
	 * @throws IOException when it cannot be launched
	 */
	public static Starting launch(ElasticsearchSettings settings, ProcessRecords records) throws IOException {
		int stale = records.stop(SERVICE, SHUTDOWN_GRACE);
		if (stale > 0) {
			logger.info("Stopped {} Elasticsearch process(es) left running by an earlier run", stale);
		}
		int port = settings.port() > 0 ? requireFree(settings.port()) : freePort();
		Optional<ServiceAccount> account = ServiceAccount.whenRoot();
		Layout layout = Layout.prepare(settings, account);
		writeConfig(layout, port);
		account.ifPresent((user) -> {
			try {
				user.own(layout.directory());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});

		List<String> command = new ArrayList<>();
		account.ifPresent((user) -> command.addAll(user.asUser()));
		if (account.isEmpty()) {
			command.add("setpriv");
		}
		// The server gets SIGTERM when the thread that launched it ends (the launching
		// JVM dies).
		command.addAll(List.of("--pdeathsig", "TERM", "--", layout.home().resolve("bin/elasticsearch").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(layout.console().toFile()));
		Map<String, String> environment = builder.environment();
		environment.remove("JAVA_HOME");
		environment.remove("JAVA_TOOL_OPTIONS");
		environment.put("ES_JAVA_HOME", settings.javaHome().toString());
		environment.put("ES_PATH_CONF", layout.config().toString());
		environment.put("ES_TMPDIR", layout.tmp().toString());
		environment.put("ES_JAVA_OPTS", "-Xms%1$dm -Xmx%1$dm -XX:HeapDumpPath=%2$s".formatted(settings.heapMegabytes(),
				layout.directory().resolve("data")));

		URI url = URI.create("http://127.0.0.1:" + port);
		logger.info("Starting Elasticsearch on {} (home {}, folder {}{})", url, layout.home(), layout.directory(),
				account.map((user) -> ", as user " + user.name()).orElse(""));
		CompletableFuture<Process> launched = new CompletableFuture<>();
		Thread keeper = Thread.ofPlatform().name("elasticsearch-keeper").daemon().start(() -> {
			try {
				Process process = builder.start();
				launched.complete(process);
				process.waitFor();
			}
			catch (IOException ex) {
				launched.completeExceptionally(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		Process process = launched.join();
		records.record(SERVICE, process.toHandle());
		return new Starting(new ElasticsearchServer(process, url, records), layout, keeper);
	}

	public URI url() {
		return this.url;
	}

	/**
	 * Stops the server and every process it started.
	 */
	@Override
	public void close() {
		List<ProcessHandle> tree = Stream.concat(Stream.of(this.process.toHandle()), this.process.descendants())
			.filter(ProcessHandle::isAlive)
			.toList();
		Processes.terminate(tree, SHUTDOWN_GRACE);
		this.records.forget(SERVICE);
		logger.info("Elasticsearch on {} stopped", this.url);
	}

	private static void writeConfig(Layout layout, int port) throws IOException {
		int transportPort = freePort();
		String yaml = """
				# Written by Watchtower's local launcher on every start; edits are overwritten.
				cluster.name: watchtower-local
				node.name: watchtower-local
				path.data: %s
				path.logs: %s
				network.host: 127.0.0.1
				http.port: %d
				transport.port: %d
				discovery.type: single-node
				xpack.security.enabled: false
				cluster.routing.allocation.disk.threshold_enabled: false
				action.destructive_requires_name: true
				""".formatted(layout.directory().resolve("data"), layout.logs(), port, transportPort);
		Files.writeString(layout.config().resolve("elasticsearch.yml"), yaml, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static int requireFree(int port) throws IOException {
		try (ServerSocket socket = new ServerSocket(port)) {
			socket.setReuseAddress(true);
			return port;
		}
		catch (IOException ex) {
			throw new IOException(("Port %d is taken by another process, so Elasticsearch cannot use it; "
					+ "stop that process or choose another port with WATCHTOWER_ES_PORT")
				.formatted(port), ex);
		}
	}

	/**
	 * A server that has been launched and is not yet known to be healthy.
	 */
	public static final class Starting {

		private final ElasticsearchServer server;

		private final Layout layout;

		private final Thread keeper;

		private Starting(ElasticsearchServer server, Layout layout, Thread keeper) {
			this.server = server;
			this.layout = layout;
			this.keeper = keeper;
		}

		/**
		 * Waits until the cluster is yellow or green.
		 * @return the healthy server
		 * @throws IOException when the server exits or does not become healthy in time;
		 * the server is stopped and the tail of its console log is in the message
		 */
		public ElasticsearchServer await() throws IOException {
			ClusterHealth health = new ClusterHealth(this.server.url);
			Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
			while (Instant.now().isBefore(deadline)) {
				if (!this.server.process.isAlive()) {
					throw new IOException("Elasticsearch exited with code %d during start-up. Last lines of %s:%n%s"
						.formatted(this.server.process.exitValue(), this.layout.console(), tail()));
				}
				if (health.status().filter((status) -> !"red".equals(status)).isPresent()) {
					this.server.records.record(SERVICE, this.server.process.toHandle());
					logger.info("Elasticsearch is up on {}", this.server.url);
					return this.server;
				}
				pause();
			}
			this.server.close();
			throw new IOException("Elasticsearch did not become healthy within %s. Last lines of %s:%n%s"
				.formatted(STARTUP_TIMEOUT, this.layout.console(), tail()));
		}

		/** Stops a server that is no longer wanted. */
		public void abandon() {
			this.server.close();
		}

		boolean keeperAlive() {
			return this.keeper.isAlive();
		}

		private String tail() {
			return LogTail.of(this.layout.console(), 40);
		}

		private static void pause() throws IOException {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for Elasticsearch", ex);
			}
		}

	}

	/**
	 * Where the server's files are. When the service account cannot reach the configured
	 * folder (for example a checkout under {@code /root}), a folder under the system
	 * temporary directory is used instead, with a copy of the distribution.
	 */
	record Layout(Path home, Path directory) {

		static Layout prepare(ElasticsearchSettings settings, Optional<ServiceAccount> account) throws IOException {
			if (!Files.isExecutable(settings.home().resolve("bin/elasticsearch"))) {
				throw new IOException(("No Elasticsearch distribution at %s: build the infra module first "
						+ "(./watchtower builds it) or set WATCHTOWER_ES_HOME")
					.formatted(settings.home()));
			}
			Layout layout = new Layout(settings.home(), settings.directory().toAbsolutePath());
			layout.createFolders(settings.home());
			if (account.isPresent()) {
				account.get().own(layout.directory());
				if (!account.get().canUse(layout.home().resolve("bin/elasticsearch"), layout.directory())) {
					Path fallback = Path.of(System.getProperty("java.io.tmpdir"),
							"watchtower-elasticsearch-" + Integer.toHexString(layout.directory().hashCode()));
					logger.warn("User {} cannot reach {} or {}; running Elasticsearch from {} instead",
							account.get().name(), layout.home(), layout.directory(), fallback);
					layout = new Layout(fallback.resolve("home"), fallback);
					if (!Files.exists(layout.home().resolve("bin/elasticsearch"))) {
						copyTree(settings.home(), layout.home());
					}
					layout.createFolders(settings.home());
				}
			}
			return layout;
		}

		Path config() {
			return this.directory.resolve("config");
		}

		Path logs() {
			return this.directory.resolve("logs");
		}

		Path tmp() {
			return this.directory.resolve("tmp");
		}

		Path console() {
			return logs().resolve("console.log");
		}

		private void createFolders(Path distribution) throws IOException {
			for (Path folder : List.of(this.directory.resolve("data"), logs(), tmp())) {
				Files.createDirectories(folder);
			}
			if (!Files.exists(config().resolve("jvm.options"))) {
				copyTree(distribution.resolve("config"), config());
			}
			// Relative log paths in the stock jvm.options would land in the distribution.
			Path jvmOptions = config().resolve("jvm.options");
			String options = Files.readString(jvmOptions, StandardCharsets.UTF_8)
				.replace("-XX:ErrorFile=hs_err_pid%p.log", "-XX:ErrorFile=" + logs().resolve("hs_err_pid%p.log"))
				.replace("file=gc.log:", "file=" + logs().resolve("gc.log") + ":");
			Files.writeString(jvmOptions, options, StandardCharsets.UTF_8);
		}

		private static void copyTree(Path from, Path to) throws IOException {
			try (Stream<Path> paths = Files.walk(from)) {
				for (Path source : paths.toList()) {
					Path target = to.resolve(from.relativize(source).toString());
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					}
					else {
						Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING,
								StandardCopyOption.COPY_ATTRIBUTES);
					}
				}
			}
		}

	}

}
