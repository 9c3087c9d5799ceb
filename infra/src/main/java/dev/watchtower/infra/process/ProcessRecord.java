package dev.watchtower.infra.process;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One process a launcher started: its pid and the instant the OS says it started. The
 * start instant tells a live process of ours from an unrelated one that got the same pid
 * later.
 *
 * @param pid the operating-system process id
 * @param startedAt when the process started, as reported by the OS
 */
public record ProcessRecord(long pid, Instant startedAt) {

	public ProcessRecord {
		Objects.requireNonNull(startedAt, "startedAt");
		if (pid <= 0) {
			throw new IllegalArgumentException("pid must be positive, was " + pid);
		}
	}

	/**
	 * The record of a running process, if the OS reports its start instant.
	 * @param handle the process
	 * @return its record, or empty when the process is gone or its start time is unknown
	 */
	public static Optional<ProcessRecord> of(ProcessHandle handle) {
		return handle.info().startInstant().map((start) -> new ProcessRecord(handle.pid(), start));
	}

	static ProcessRecord parse(String line) {
		String[] parts = line.trim().split("\\s+");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Expected '<pid> <start-instant>' but found '" + line + "'");
		}
		return new ProcessRecord(Long.parseLong(parts[0]), Instant.parse(parts[1]));
	}

	String toLine() {
		return this.pid + " " + this.startedAt;
	}

	/**
	 * The process, if it is still alive and still the one recorded.
	 * @return the live handle, or empty
	 */
	public Optional<ProcessHandle> live() {
		return ProcessHandle.of(this.pid)
			.filter(ProcessHandle::isAlive)
			.filter((handle) -> handle.info().startInstant().map(this.startedAt::equals).orElse(false));
	}

}
