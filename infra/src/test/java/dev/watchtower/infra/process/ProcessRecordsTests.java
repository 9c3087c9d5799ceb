package dev.watchtower.infra.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessRecordsTests {

	@TempDir
	Path run;

	@Test
	void stops_a_recorded_process_that_is_still_alive() throws IOException {
		// given
		Process sleeper = new ProcessBuilder("sleep", "300").start();
		ProcessRecords records = new ProcessRecords(this.run);
		records.record("sleeper", sleeper.toHandle());

		// when
		int stopped = new ProcessRecords(this.run).stop("sleeper", Duration.ofSeconds(10));

		// then
		assertThat(stopped).isEqualTo(1);
		assertThat(sleeper.toHandle().onExit()).succeedsWithin(Duration.ofSeconds(10));
		assertThat(this.run.resolve("sleeper.pid")).doesNotExist();
	}

	@Test
	void leaves_alone_a_live_process_whose_start_time_differs_from_the_record() throws IOException {
		// given: a pid file naming a live pid, but started at another instant (a reused
		// pid)
		Process bystander = new ProcessBuilder("sleep", "300").start();
		try {
			Files.writeString(this.run.resolve("old.pid"),
					bystander.pid() + " " + Instant.parse("2001-01-01T00:00:00Z"));

			// when
			int stopped = new ProcessRecords(this.run).stop("old", Duration.ofSeconds(1));

			// then
			assertThat(stopped).isZero();
			assertThat(bystander.isAlive()).isTrue();
			assertThat(this.run.resolve("old.pid")).doesNotExist();
		}
		finally {
			bystander.destroyForcibly();
		}
	}

	@Test
	void records_a_process_with_its_descendants() throws Exception {
		// given
		Process shell = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300").start();
		try {
			while (shell.toHandle().descendants().count() < 2) {
				Thread.sleep(50);
			}
			ProcessRecords records = new ProcessRecords(this.run);

			// when
			records.record("tree", shell.toHandle());

			// then
			List<ProcessHandle> live = records.live("tree");
			assertThat(live).hasSize(3).first().extracting(ProcessHandle::pid).isEqualTo(shell.pid());
			records.stop("tree", Duration.ofSeconds(10));
			assertThat(live).noneMatch(ProcessHandle::isAlive);
		}
		finally {
			shell.descendants().forEach(ProcessHandle::destroyForcibly);
			shell.destroyForcibly();
		}
	}

	@Test
	void reads_no_records_from_a_missing_or_garbled_pid_file() throws IOException {
		ProcessRecords records = new ProcessRecords(this.run);
		assertThat(records.read("missing")).isEmpty();
		Files.writeString(this.run.resolve("garbled.pid"), "not a pid\n");
		assertThat(records.read("garbled")).isEmpty();
	}

}
