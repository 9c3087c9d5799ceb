package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.RecordOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the library's push of one file's outcomes into a pull for the reader: a thread
 * checks the file and hands the outcomes over a bounded queue, so memory stays bounded
 * whatever the file size. The first {@code skip} outcomes (already loaded before a
 * restart) are dropped.
 */
final class FileFeed implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(FileFeed.class);

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4096);

	private final Thread thread;

	private boolean ended;

	FileFeed(FilingIntake intake, Path file, String name, long skip) {
		this.thread = Thread.ofPlatform().name("intake-read").daemon().unstarted(() -> {
			long[] seen = { 0 };
			try {
				intake.checkFile(file, name, (outcome) -> {
					if (seen[0]++ >= skip) {
						put(outcome);
					}
				});
				put(END);
			}
			catch (Stopped ex) {
				logger.debug("Reading {} stopped", name);
			}
			catch (RuntimeException ex) {
				put(new Failure(name, ex));
			}
		});
		this.thread.start();
	}

	/**
	 * The next outcome of the file.
	 * @return it, or null at the end of the file
	 */
	@Nullable RecordOutcome next() {
		if (this.ended) {
			return null;
		}
		Object next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading", ex);
		}
		if (next == END) {
			this.ended = true;
			return null;
		}
		if (next instanceof Failure failure) {
			this.ended = true;
			throw new IllegalStateException("Cannot read " + failure.name(), failure.cause());
		}
		return (RecordOutcome) next;
	}

	private void put(Object item) {
		try {
			this.queue.put(item);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new Stopped();
		}
	}

	@Override
	public void close() {
		this.thread.interrupt();
	}

	private record Failure(String name, RuntimeException cause) {
	}

	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}

	}

}
