package dev.watchtower.infra.process;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stopping processes: SIGTERM (or another signal) first, SIGKILL after a grace period.
 */
public final class Processes {

	private static final Logger logger = LoggerFactory.getLogger(Processes.class);

	private Processes() {
	}

	/**
	 * Asks every process to terminate, waits up to the grace period for all of them, then
	 * kills the ones still alive.
	 * @param processes the processes to stop
	 * @param grace how long to wait for a clean exit
	 */
	public static void terminate(List<ProcessHandle> processes, Duration grace) {
		processes.forEach(ProcessHandle::destroy);
		awaitExit(processes, grace);
	}

	/**
	 * Sends a named signal (for example {@code INT}) with the system's {@code kill}
	 * command, then waits as {@link #terminate} does.
	 * @param process the process
	 * @param signal the signal name without the {@code SIG} prefix
	 * @param grace how long to wait for a clean exit
	 */
	public static void signal(ProcessHandle process, String signal, Duration grace) {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			logger.warn("Cannot send SIG{} to {}, terminating instead: {}", signal, process.pid(), ex.getMessage());
			process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		awaitExit(List.of(process), grace);
	}

	private static void awaitExit(List<ProcessHandle> processes, Duration grace) {
		CompletableFuture<?> all = CompletableFuture
			.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
		try {
			all.get(grace.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			List<ProcessHandle> stubborn = processes.stream().filter(ProcessHandle::isAlive).toList();
			logger.warn("Killing {} process(es) still alive after {}: {}", stubborn.size(), grace,
					stubborn.stream().map(ProcessHandle::pid).toList());
			stubborn.forEach(ProcessHandle::destroyForcibly);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Waiting for processes to exit failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			processes.forEach(ProcessHandle::destroyForcibly);
		}
	}

}
