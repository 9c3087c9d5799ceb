package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the library's push of outcomes into a pull for the reader, across the run's
 * files: one thread checks the files in manifest order, from a given file and record on,
 * prepares each record for the lake (grading, deadlines, checksum:
 * {@link IntakeRecordProcessor#prepare}) and hands them over a bounded queue. The queue
 * holds up to {@code watchtower.intake.read-ahead} records (at most a chunk), so the next
 * chunk is checked while the step writes the current one (the two used to alternate: a
 * file was opened only when the step asked for its first record), and memory stays
 * bounded whatever the file and chunk sizes.
 */
final class RunFeed implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RunFeed.class);

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue;

	private final Thread thread;

	private boolean ended;

	/**
	 * Starts checking.
	 * @param intake checks the records
	 * @param inbox where the files are
	 * @param files the run's files to read, in order
	 * @param first the index in {@code files} to start at
	 * @param skip outcomes of that first file already loaded before a restart: dropped
	 * @param capacity outcomes checked ahead of the reader at most
	 * @param processor turns each checked record into what the lake needs, on this feed's
	 * thread
	 */
	RunFeed(FilingIntake intake, Path inbox, List<ManifestFile> files, int first, long skip, int capacity,
			IntakeRecordProcessor processor) {
		this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
		this.thread = Thread.ofPlatform().name("intake-read").daemon().unstarted(() -> {
			String name = null;
			try {
				for (int index = first; index < files.size(); index++) {
					ManifestFile file = files.get(index);
					name = file.name();
					long dropped = (index == first) ? skip : 0;
					int fileIndex = index;
					long[] ordinal = { 0 };
					if (file.failure() != null) {
						// the sidecar could not be read: the file is refused as a whole,
						// unread
						if (dropped == 0) {
							put(new Outcome(fileIndex, processor.prepare(new IntakeRecord(file, 1, unreadable(file)))));
						}
						continue;
					}
					intake.checkFile(inbox.resolve(file.name()), file.name(), (outcome) -> {
						if (++ordinal[0] > dropped) {
							put(new Outcome(fileIndex, processor.prepare(new IntakeRecord(file, ordinal[0], outcome))));
						}
					});
				}
				put(END);
			}
			catch (Stopped ex) {
				logger.debug("Reading stopped at {}", name);
			}
			catch (RuntimeException ex) {
				put(new Failure(String.valueOf(name), ex));
			}
		});
		this.thread.start();
	}

	private static RecordOutcome unreadable(ManifestFile file) {
		RecordLocation location = RecordLocation.wholeFile(file.name());
		Violation violation = Violation.of(location, null, null,
				Finding.of(Rule.INPUT_UNREADABLE, "", null, file.failure()));
		return new RecordOutcome.Rejected(location, null, List.of(violation), null);
	}

	/**
	 * The next outcome of the run.
	 * @return it with its file and position, or null after the last file
	 */
	@Nullable Outcome next() {
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
		return (Outcome) next;
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

	/**
	 * One record, prepared, and the index of its file.
	 *
	 * @param fileIndex the index of its file in the run's files to read
	 * @param checked the record, with its position in the file, prepared
	 */
	record Outcome(int fileIndex, CheckedRecord checked) {
	}

	private record Failure(String name, RuntimeException cause) {
	}

	private static final class Stopped extends RuntimeException {

		Stopped() {
			super(null, null, false, false);
		}

	}

}
