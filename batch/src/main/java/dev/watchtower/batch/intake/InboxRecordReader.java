package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.util.List;

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
class InboxRecordReader implements ItemStreamReader<IntakeRecord> {

	static final String FILE_KEY = "intake.reader.file";

	static final String RECORD_KEY = "intake.reader.record";

	private static final Logger logger = LoggerFactory.getLogger(InboxRecordReader.class);

	private final List<ManifestFile> files;

	private final FilingIntake intake;

	private final Path inbox;

	private int fileIndex;

	private long ordinal;

	private @Nullable FileFeed feed;

	private final IntakeProgress progress;

	private final String runId;

	InboxRecordReader(List<ManifestFile> files, FilingIntake intake, Path inbox, IntakeProgress progress,
			String runId) {
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
	public @Nullable IntakeRecord read() {
		while (this.fileIndex < this.files.size()) {
			ManifestFile file = this.files.get(this.fileIndex);
			RecordOutcome outcome = nextOf(file);
			if (outcome != null) {
				this.ordinal++;
				return new IntakeRecord(file, this.ordinal, outcome);
			}
			closeFeed();
			this.fileIndex++;
			this.ordinal = 0;
		}
		MDC.remove("file");
		return null;
	}

	private @Nullable RecordOutcome nextOf(ManifestFile file) {
		if (file.failure() != null) {
			// the sidecar could not be read: the file is refused as a whole, unread
			if (this.ordinal > 0) {
				return null;
			}
			RecordLocation location = RecordLocation.wholeFile(file.name());
			Violation violation = Violation.of(location, null, null,
					Finding.of(Rule.INPUT_UNREADABLE, "", null, file.failure()));
			return new RecordOutcome.Rejected(location, null, List.of(violation), null);
		}
		if (this.feed == null) {
			MDC.put("file", file.name());
			this.feed = new FileFeed(this.intake, this.inbox.resolve(file.name()), file.name(), this.ordinal);
		}
		return this.feed.next();
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
