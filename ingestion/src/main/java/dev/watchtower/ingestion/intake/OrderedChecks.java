package dev.watchtower.ingestion.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Checks records on worker threads in batches while the reader keeps reading, and hands
 * the outcomes back in input order on the caller's thread. The number of batches in
 * flight is bounded, so memory stays bounded whatever the file size.
 */
final class OrderedChecks implements RecordSink {

	static final int BATCH_SIZE = 256;

	private final FilingCheck check;

	private final @Nullable ExecutorService pool;

	private final int maxInFlight;

	private final Predicate<RecordOutcome> emit;

	private final ArrayDeque<Future<List<RecordOutcome>>> inFlight = new ArrayDeque<>();

	private List<RawRecord> batch = new ArrayList<>(BATCH_SIZE);

	private boolean stopped;

	/**
	 * Creates the pipeline for one file.
	 * @param check the record check
	 * @param pool workers, or null to check on the caller's thread
	 * @param maxInFlight most batches queued or running
	 * @param emit receives outcomes in order; answers false to stop the file
	 */
	OrderedChecks(FilingCheck check, @Nullable ExecutorService pool, int maxInFlight, Predicate<RecordOutcome> emit) {
		this.check = check;
		this.pool = pool;
		this.maxInFlight = maxInFlight;
		this.emit = emit;
	}

	@Override
	public boolean accept(RawRecord record) {
		if (this.stopped) {
			return false;
		}
		if (this.pool == null) {
			this.stopped = !this.emit.test(this.check.check(record));
			return !this.stopped;
		}
		this.batch.add(record);
		if (this.batch.size() >= BATCH_SIZE) {
			submit();
		}
		return !this.stopped;
	}

	/**
	 * Checks what is left and hands every outcome over.
	 */
	void finish() {
		if (this.pool != null) {
			submit();
			while (!this.inFlight.isEmpty()) {
				drainOne();
			}
		}
	}

	private void submit() {
		if (this.batch.isEmpty() || this.pool == null) {
			return;
		}
		List<RawRecord> records = this.batch;
		this.batch = new ArrayList<>(BATCH_SIZE);
		this.inFlight.add(this.pool.submit(() -> records.stream().map(this.check::check).toList()));
		while (this.inFlight.size() > this.maxInFlight) {
			drainOne();
		}
	}

	private void drainOne() {
		Future<List<RecordOutcome>> next = this.inFlight.poll();
		if (next == null) {
			return;
		}
		List<RecordOutcome> outcomes;
		try {
			outcomes = next.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking records", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Checking records failed", ex.getCause());
		}
		for (RecordOutcome outcome : outcomes) {
			if (this.stopped) {
				return;
			}
			this.stopped = !this.emit.test(outcome);
		}
	}

}
