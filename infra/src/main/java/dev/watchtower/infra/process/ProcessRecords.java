package dev.watchtower.infra.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pid files in a run folder, one per named service. Each file lists the processes of that
 * service (a root and its descendants). A later run reads them to stop what a killed run
 * left behind.
 */
public final class ProcessRecords {

	private static final Logger logger = LoggerFactory.getLogger(ProcessRecords.class);

	private final Path runDirectory;

	public ProcessRecords(Path runDirectory) {
		this.runDirectory = runDirectory;
	}

	public Path runDirectory() {
		return this.runDirectory;
	}

	/**
	 * Records a process and all its current descendants under a service name.
	 * @param service the service name, used as the pid file's name
	 * @param root the root process of the service
	 */
	public void record(String service, ProcessHandle root) {
		List<ProcessRecord> records = new ArrayList<>();
		Stream.concat(Stream.of(root), root.descendants())
			.map(ProcessRecord::of)
			.flatMap(Optional::stream)
			.forEach(records::add);
		write(service, records);
	}

	/**
	 * Records one process alone under a service name (for servers that stop their own
	 * children, such as PostgreSQL's postmaster).
	 * @param service the service name, used as the pid file's name
	 * @param process the process
	 */
	public void recordRoot(String service, ProcessHandle process) {
		write(service, ProcessRecord.of(process).stream().toList());
	}

	/**
	 * The processes recorded for a service; empty when there is no pid file.
	 * @param service the service name
	 * @return the recorded processes, alive or not
	 */
	public List<ProcessRecord> read(String service) {
		Path file = file(service);
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.isBlank())
				.map(ProcessRecord::parse)
				.toList();
		}
		catch (IOException | IllegalArgumentException ex) {
			logger.warn("Ignoring unreadable pid file {}: {}", file, ex.getMessage());
			return List.of();
		}
	}

	/**
	 * The recorded processes of a service that are still alive.
	 * @param service the service name
	 * @return live processes, root first
	 */
	public List<ProcessHandle> live(String service) {
		return read(service).stream().map(ProcessRecord::live).flatMap(Optional::stream).toList();
	}

	/**
	 * Stops every still-running process recorded for a service (politely first, then by
	 * force after the grace period) and removes the pid file.
	 * @param service the service name
	 * @param grace how long to wait after the polite request
	 * @return how many live processes were found and stopped
	 */
	public int stop(String service, Duration grace) {
		List<ProcessHandle> live = live(service);
		if (!live.isEmpty()) {
			logger.info("Stopping {} process(es) of {}: {}", live.size(), service,
					live.stream().map(ProcessHandle::pid).toList());
			Processes.terminate(live, grace);
		}
		forget(service);
		return live.size();
	}

	public void forget(String service) {
		try {
			Files.deleteIfExists(file(service));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete pid file " + file(service), ex);
		}
	}

	private void write(String service, List<ProcessRecord> records) {
		try {
			Files.createDirectories(this.runDirectory);
			Path tmp = this.runDirectory.resolve(service + ".pid.tmp");
			Files.write(tmp, records.stream().map(ProcessRecord::toLine).toList(), StandardCharsets.UTF_8);
			Files.move(tmp, file(service), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write pid file " + file(service), ex);
		}
	}

	private Path file(String service) {
		return this.runDirectory.resolve(service + ".pid");
	}

}
