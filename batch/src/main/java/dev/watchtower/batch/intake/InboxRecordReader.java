package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.util.List;

import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.ingestion.intake.FilingIntake;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of the run's files in manifest order, checked by {@code ingestion}.
 * Its position (file, record) is saved with every chunk, in the chunk's transaction
 * ({@link IntakeProgress}, and the step execution context), so a restart continues after
 * the last committed chunk. A file whose sidecar cannot be read is not read: it becomes
 * one whole-file rejection.
 */
class InboxRecordReader implements ItemStreamReader<CheckedRecord> {

	static final String FILE_KEY = "intake.reader.file";

	static final String RECORD_KEY = "intake.reader.record";

	private static final Logger logger = LoggerFactory.getLogger(InboxRecordReader.class);

	private final List<ManifestFile> files;

	private final FilingIntake intake;

	private final Path inbox;

	private int fileIndex;

	private long ordinal;

	private @Nullable RunFeed feed;

	private final IntakeProgress progress;

	private final String runId;

	private final int readAhead;

	private final IntakeRecordProcessor processor;

	InboxRecordReader(List<ManifestFile> files, FilingIntake intake, Path inbox, IntakeProgress progress, String runId,
			int readAhead, IntakeRecordProcessor processor) {
		this.readAhead = readAhead;
		this.processor = processor;
		this.files = files.stream().filter((file) -> "PENDING".equals(file.state())).toList();
		this.intake = intake;
		this.inbox = inbox;
		this.progress = progress;
		this.runId = runId;
	}

	@Override
	public void open(ExecutionContext context) {
		IntakeProgress.Position saved = this.progress.position(this.runId)
			.orElse(new IntakeProgress.Position(context.getInt(FILE_KEY, 0), context.getLong(RECORD_KEY, 0), 0));
		this.fileIndex = saved.filePosition();
		this.ordinal = saved.recordOrdinal();
		if (this.fileIndex > 0 || this.ordinal > 0) {
			logger.info("Restarting at file {} of {}, after record {}", this.fileIndex + 1, this.files.size(),
					this.ordinal);
		}
	}

	@Override
	public @Nullable CheckedRecord read() {
		if (this.feed == null) {
			if (this.fileIndex >= this.files.size()) {
				return null;
			}
			this.feed = new RunFeed(this.intake, this.inbox, this.files, this.fileIndex, this.ordinal, this.readAhead,
					this.processor);
		}
		RunFeed.Outcome next = this.feed.next();
		if (next == null) {
			MDC.remove("file");
			this.fileIndex = this.files.size();
			this.ordinal = 0;
			return null;
		}
		IntakeRecord record = next.checked().record();
		if (next.fileIndex() != this.fileIndex || record.ordinal() == 1) {
			MDC.put("file", record.file().name());
		}
		this.fileIndex = next.fileIndex();
		this.ordinal = record.ordinal();
		return next.checked();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE_KEY, this.fileIndex);
		context.putLong(RECORD_KEY, this.ordinal);
		this.progress.saveReader(this.runId, this.fileIndex, this.ordinal);
	}

	@Override
	public void close() {
		closeFeed();
	}

	private void closeFeed() {
		if (this.feed != null) {
			this.feed.close();
			this.feed = null;
		}
	}

}
