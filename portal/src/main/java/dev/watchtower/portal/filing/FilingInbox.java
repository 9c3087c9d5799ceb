package dev.watchtower.portal.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.watchtower.portal.intake.InboxDrop;
import dev.watchtower.portal.intake.IntakeSettings;
import dev.watchtower.portal.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drops files submitted through the API into {@code <inbox>/api/} through
 * {@link InboxDrop} (the contract of {@code docs/intake-contract.md}). Who submitted what
 * is kept in PostgreSQL, so a token can ask for its own receipts only.
 */
@Service
public class FilingInbox {

	private static final Logger logger = LoggerFactory.getLogger(FilingInbox.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** The inbox folder of API submissions (browser uploads go to {@code ui/}). */
	public static final String API_FOLDER = "api";

	private final IntakeSettings settings;

	private final InboxDrop drop;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FilingInbox(IntakeSettings settings, InboxDrop drop, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.settings = settings;
		this.drop = drop;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Puts a file into the inbox for an institution's API token.
	 * @param viewer the token (it must be bound to an institution)
	 * @param format the file's format
	 * @param originalName the name the client gave, if any (kept for the record)
	 * @param content the bytes
	 * @return the submission with its receipt id
	 * @throws UploadTooLargeException when the content exceeds the limit
	 * @throws UncheckedIOException when the inbox cannot be written
	 */
	@Transactional
	public Submission submit(Viewer viewer, FilingFormat format, @Nullable String originalName, InputStream content) {
		String institution = viewer.institution()
			.orElseThrow(() -> new IllegalArgumentException("Only an institution's token can submit filings"));
		Instant now = this.clock.instant();
		String receiptId = "r-" + DAY.format(now.atZone(this.clock.getZone())) + "-" + random();
		String name = receiptId + "." + format.extension();
		Map<String, @Nullable Object> sidecar = new LinkedHashMap<>();
		sidecar.put("receiptId", receiptId);
		sidecar.put("submittedBy", viewer.name());
		sidecar.put("institutionCode", institution);
		try {
			InboxDrop.Dropped dropped = this.drop.drop(API_FOLDER, name, content, sidecar, now,
					(file) -> this.jdbc
						.sql("""
								insert into filing_submissions
								    (receipt_id, submitted_by, institution_code, file_name, original_name, bytes, sha256, submitted_at)
								values (?, ?, ?, ?, ?, ?, ?, ?)
								""")
						.param(receiptId)
						.param(viewer.name())
						.param(institution)
						.param(file.file())
						.param((originalName != null && originalName.length() > 300) ? originalName.substring(0, 300)
								: originalName)
						.param(file.bytes())
						.param(file.sha256())
						.param(Timestamp.from(now))
						.update());
			logger.info("Submission {} ({} bytes, {}) from {} for {} is in the inbox as {}", receiptId, dropped.bytes(),
					format, viewer.name(), institution, dropped.file());
			this.events.publishEvent(
					new FilingSubmitted(receiptId, viewer.name(), institution, dropped.file(), dropped.bytes(), now));
			return new Submission(receiptId, dropped.file(), dropped.bytes(), dropped.sha256(), now);
		}
		catch (InboxDrop.TooLarge ex) {
			throw new UploadTooLargeException(ex.getMessage());
		}
		catch (InboxDrop.EmptyFile ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write submission %s into the inbox %s".formatted(receiptId,
					this.settings.inbox().resolve(API_FOLDER)), ex);
		}
	}

	/**
	 * The status of one of the viewer's submissions.
	 * @param receiptId the receipt id
	 * @param viewer the token asking (its institution must have submitted it)
	 * @return the status; empty when unknown or submitted by another institution
	 */
	@Transactional(readOnly = true)
	public Optional<SubmissionStatus> status(String receiptId, Viewer viewer) {
		Optional<String> institution = viewer.institution();
		if (institution.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select file_name, submitted_at from filing_submissions where receipt_id = ? and institution_code = ?")
			.param(receiptId)
			.param(institution.get())
			.query((row, n) -> new Row(row.getString("file_name"), row.getTimestamp("submitted_at").toInstant()))
			.optional()
			.map((row) -> status(receiptId, row));
	}

	private SubmissionStatus status(String receiptId, Row row) {
		if (Files.exists(this.settings.inbox().resolve(row.file()))) {
			return new SubmissionStatus(receiptId, SubmissionStatus.State.PENDING, row.file(), row.submittedAt(), null);
		}
		for (SubmissionStatus.State state : new SubmissionStatus.State[] { SubmissionStatus.State.PROCESSED,
				SubmissionStatus.State.FAILED }) {
			Optional<Path> receipt = receipt(this.settings.root().resolve(state.name().toLowerCase()), row.file());
			if (receipt.isPresent()) {
				try {
					return new SubmissionStatus(receiptId, state, row.file(), row.submittedAt(),
							JSON.readTree(receipt.get().toFile()));
				}
				catch (RuntimeException ex) {
					throw new IllegalStateException(
							"Cannot read the receipt %s of %s".formatted(receipt.get(), receiptId), ex);
				}
			}
		}
		// Neither in the inbox nor with a receipt yet: the intake has it in hand.
		return new SubmissionStatus(receiptId, SubmissionStatus.State.PENDING, row.file(), row.submittedAt(), null);
	}

	/** The receipt {@code <outcome>/<run date>/<file>.receipt.json}, newest run first. */
	private static Optional<Path> receipt(Path outcome, String file) {
		if (!Files.isDirectory(outcome)) {
			return Optional.empty();
		}
		try (var runs = Files.list(outcome)) {
			return runs.filter(Files::isDirectory)
				.sorted(java.util.Comparator.reverseOrder())
				.map((run) -> run.resolve(file + ".receipt.json"))
				.filter(Files::isRegularFile)
				.findFirst();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the intake receipts in " + outcome, ex);
		}
	}

	private static String random() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private record Row(String file, Instant submittedAt) {
	}

}
