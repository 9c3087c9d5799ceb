package dev.watchtower.infra;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import dev.watchtower.infra.elasticsearch.ClusterHealth;
import dev.watchtower.infra.process.LogTail;
import dev.watchtower.infra.process.ProcessRecords;
import dev.watchtower.infra.process.Processes;

/**
 * {@code ./watchtower services run|up|down|status}: the command line of the local
 * services.
 * <ul>
 * <li>{@code run} starts the services in this process and keeps them until it is told to
 * stop (SIGTERM, SIGINT); {@code demo} runs this.</li>
 * <li>{@code up} starts {@code run} as a detached background process and returns once the
 * services answer.</li>
 * <li>{@code down} stops the background process, and whatever a killed run left
 * behind.</li>
 * <li>{@code status} tells what is running; exit code 0 only when both services
 * answer.</li>
 * </ul>
 */
public final class ServicesCommand {

	static final String SUPERVISOR = "supervisor";

	private static final Duration UP_TIMEOUT = Duration.ofMinutes(5);

	private final ServicesSettings settings;

	private final PrintStream out;

	ServicesCommand(ServicesSettings settings, PrintStream out) {
		this.settings = settings;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(System.getProperty("watchtower.root", ".")).toAbsolutePath().normalize();
		ServicesCommand command = new ServicesCommand(ServicesSettings.fromEnvironment(root, System.getenv()),
				System.out);
		String verb = (args.length > 0) ? args[0] : "status";
		int exitCode = switch (verb) {
			case "run" -> command.run();
			case "up" -> command.up();
			case "down" -> command.down();
			case "status" -> command.status();
			default -> {
				command.out.println("usage: ./watchtower services up|down|status|run");
				yield 2;
			}
		};
		System.exit(exitCode);
	}

	int run() throws IOException, InterruptedException {
		LocalServices services;
		try {
			services = LocalServices.start(this.settings);
		}
		catch (LocalServices.AlreadyRunningException ex) {
			this.out.println(ex.getMessage());
			return 1;
		}
		ProcessRecords records = new ProcessRecords(this.settings.runDirectory());
		records.record(SUPERVISOR, ProcessHandle.current());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				services.close();
				records.forget(SUPERVISOR);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot stop Watchtower services cleanly", ex);
			}
			finally {
				stopped.countDown();
			}
		}, "watchtower-services-shutdown"));
		printEndpoints(services.endpoints());
		stopped.await();
		return 0;
	}

	int up() throws IOException, InterruptedException {
		Optional<ServiceEndpoints> running = runningEndpoints();
		if (running.isPresent()) {
			this.out.println("Watchtower services are already running.");
			printEndpoints(running.get());
			return 0;
		}
		Files.createDirectories(this.settings.runDirectory());
		Path log = this.settings.runDirectory().resolve("services.log");
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
			command.add("/usr/bin/setsid");
		}
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dwatchtower.root=" + System.getProperty("watchtower.root", "."), "-cp",
				System.getProperty("java.class.path"), ServicesCommand.class.getName(), "run"));
		Process supervisor = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
			.start();
		this.out.printf("Starting Watchtower services (data in %s, log %s) ...%n", this.settings.dataDirectory(), log);
		Instant deadline = Instant.now().plus(UP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!supervisor.isAlive()) {
				this.out.printf("The services did not start (exit code %d). Last lines of %s:%n%s%n",
						supervisor.exitValue(), log, LogTail.of(log, 40));
				return 1;
			}
			Optional<ServiceEndpoints> endpoints = runningEndpoints();
			if (endpoints.isPresent()) {
				printEndpoints(endpoints.get());
				return 0;
			}
			Thread.sleep(500);
		}
		this.out.printf("The services did not answer within %s; stopping them. See %s%n", UP_TIMEOUT, log);
		Processes.terminate(List.of(supervisor.toHandle()), Duration.ofSeconds(60));
		return 1;
	}

	int down() {
		ProcessRecords records = new ProcessRecords(this.settings.runDirectory());
		int stopped = records.stop(SUPERVISOR, Duration.ofSeconds(90));
		// A supervisor killed with SIGKILL leaves its children: stop them from their pid
		// files.
		int leftovers = records.stop("elasticsearch", Duration.ofSeconds(30));
		List<ProcessHandle> postgres = records.live("postgres");
		postgres.forEach((process) -> Processes.signal(process, "INT", Duration.ofSeconds(30)));
		records.forget("postgres");
		leftovers += postgres.size();
		try {
			Files.deleteIfExists(this.settings.endpointsFile());
		}
		catch (IOException ex) {
			this.out.printf("Cannot remove %s: %s%n", this.settings.endpointsFile(), ex.getMessage());
		}
		this.out.println(
				(stopped + leftovers == 0) ? "Watchtower services were not running." : "Watchtower services stopped.");
		return 0;
	}

	int status() {
		boolean supervisor = !new ProcessRecords(this.settings.runDirectory()).live(SUPERVISOR).isEmpty();
		Optional<ServiceEndpoints> endpoints = readEndpoints();
		boolean postgres = endpoints.map(ServicesCommand::postgresAnswers).orElse(false);
		Optional<String> health = endpoints
			.flatMap((e) -> new ClusterHealth(URI.create(e.elasticsearchUrl())).status());
		this.out.printf("data folder    %s%n", this.settings.dataDirectory());
		this.out.printf("supervisor     %s%n", supervisor ? "running" : "not running");
		this.out.printf("postgresql     %s%n", postgres ? "up  " + endpoints.get().jdbcUrl() : "down");
		this.out.printf("elasticsearch  %s%n",
				health.map((status) -> "up  " + endpoints.get().elasticsearchUrl() + " (cluster " + status + ")")
					.orElse("down"));
		return (postgres && health.isPresent()) ? 0 : 3;
	}

	private Optional<ServiceEndpoints> runningEndpoints() {
		return readEndpoints().filter(ServicesCommand::postgresAnswers)
			.filter((e) -> new ClusterHealth(URI.create(e.elasticsearchUrl())).status().isPresent());
	}

	private Optional<ServiceEndpoints> readEndpoints() {
		if (!Files.exists(this.settings.endpointsFile())) {
			return Optional.empty();
		}
		try {
			return Optional.of(ServiceEndpoints.readFrom(this.settings.endpointsFile()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean postgresAnswers(ServiceEndpoints endpoints) {
		try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(), endpoints.username(),
				endpoints.password())) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private void printEndpoints(ServiceEndpoints endpoints) {
		for (Map.Entry<String, String> property : endpoints.toProperties().entrySet()) {
			this.out.printf("  %-28s %s%n", property.getKey(), property.getValue());
		}
		this.out.printf("  (written to %s)%n", this.settings.endpointsFile());
	}

}
