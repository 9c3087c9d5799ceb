package dev.watchtower.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.watchtower.infra.process.ProcessRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisor as a real separate process: killed with SIGKILL, the next run cleans up
 * after it without manual help, and {@code down} leaves no process behind.
 */
class ServicesCommandIT {

	@TempDir
	Path data;

	@BeforeEach
	void let_the_elasticsearch_service_user_in() throws IOException {
		// @TempDir folders are private; under root, Elasticsearch runs as another user.
		Files.setPosixFilePermissions(this.data, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void a_run_killed_with_sigkill_is_cleaned_up_by_the_next_start_and_down_leaves_nothing() throws Exception {
		// given: a supervisor that is up
		ServicesSettings settings = settings();
		Process first = supervisor();
		awaitEndpoints(settings, first);
		ProcessRecords records = new ProcessRecords(settings.runDirectory());
		List<ProcessHandle> firstRun = new ArrayList<>(records.live("postgres"));
		firstRun.addAll(records.live("elasticsearch"));
		assertThat(firstRun).isNotEmpty();

		// when: it is killed without a chance to clean up, and started again
		first.toHandle().destroyForcibly();
		first.waitFor();
		Process second = supervisor();
		awaitEndpoints(settings, second);

		// then: the first run's processes are gone and the second run's are up
		assertThat(firstRun).noneMatch(ProcessHandle::isAlive);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ServicesCommand command = new ServicesCommand(settings, new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(command.status()).as(out.toString(StandardCharsets.UTF_8)).isZero();
		List<ProcessHandle> secondRun = new ArrayList<>(records.live("postgres"));
		secondRun.addAll(records.live("elasticsearch"));
		secondRun.addAll(records.live(ServicesCommand.SUPERVISOR));

		// when: services down
		command.down();

		// then: nothing is left running
		assertThat(second.waitFor(Duration.ofSeconds(60).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
			.isTrue();
		assertThat(secondRun).isNotEmpty().noneMatch(ProcessHandle::isAlive);
		assertThat(command.status()).isEqualTo(3);
	}

	private ServicesSettings settings() throws IOException {
		return ServicesSettings.fromEnvironment(Path.of(System.getProperty("watchtower.root")), environment());
	}

	private Map<String, String> environment() {
		return Map.of("WATCHTOWER_DATA_DIR", this.data.toString(), "WATCHTOWER_PG_PORT", "0", "WATCHTOWER_ES_PORT", "0",
				"WATCHTOWER_PG_DURABLE", "false");
	}

	private Process supervisor() throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dwatchtower.root=" + System.getProperty("watchtower.root"), "-cp",
				System.getProperty("java.class.path"), ServicesCommand.class.getName(), "run")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.data.resolve("supervisor.log").toFile()));
		builder.environment().putAll(environment());
		return builder.start();
	}

	private void awaitEndpoints(ServicesSettings settings, Process supervisor) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		ProcessRecords records = new ProcessRecords(settings.runDirectory());
		// A killed run leaves its endpoints file; only this supervisor's own record means
		// it is up.
		while (!Files.exists(settings.endpointsFile()) || records.live(ServicesCommand.SUPERVISOR)
			.stream()
			.noneMatch((process) -> process.pid() == supervisor.pid())) {
			assertThat(supervisor.isAlive())
				.as("supervisor alive; log:%n%s", Files.exists(this.data.resolve("supervisor.log"))
						? Files.readString(this.data.resolve("supervisor.log")) : "")
				.isTrue();
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(250);
		}
	}

}
