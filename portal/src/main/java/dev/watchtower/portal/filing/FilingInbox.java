package dev.watchtower.portal.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
 * Drops submitted files into the intake inbox as the contract asks: the bytes go to a
 * hidden {@code .part} file (counted and hashed on the way), the sidecar
 * {@code <name>.meta.json} is written next, and only then is the file renamed into place
 * atomically, so the intake never sees half a file. Who submitted what is kept in
 * PostgreSQL, so a token can ask for its own receipts only.
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

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FilingInbox(IntakeSettings settings, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.settings = settings;
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
		Path folder = this.settings.inbox().resolve(API_FOLDER);
		Path part = folder.resolve("." + name + ".part");
		Path target = folder.resolve(name);
		try {
			Files.createDirectories(folder);
			long[] size = { 0 };
			String sha256 = copy(content, part, size);
			String file = API_FOLDER + "/" + name;
			writeSidecar(folder, name, receiptId, viewer, institution, now);
			this.jdbc
				.sql("""
						insert into filing_submissions
						    (receipt_id, submitted_by, institution_code, file_name, original_name, bytes, sha256, submitted_at)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.param(receiptId)
				.param(viewer.name())
				.param(institution)
				.param(file)
				.param((originalName != null && originalName.length() > 300) ? originalName.substring(0, 300)
						: originalName)
				.param(size[0])
				.param(sha256)
				.param(Timestamp.from(now))
				.update();
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			logger.info("Submission {} ({} bytes, {}) from {} for {} is in the inbox as {}", receiptId, size[0], format,
					viewer.name(), institution, file);
			this.events.publishEvent(new FilingSubmitted(receiptId, viewer.name(), institution, file, size[0], now));
			return new Submission(receiptId, file, size[0], sha256, now);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write submission %s into the inbox %s".formatted(receiptId, folder),
					ex);
		}
		finally {
			deleteQuietly(part);
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

	private String copy(InputStream content, Path part, long[] size) throws IOException {
		MessageDigest digest = sha256();
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size[0] += read;
				if (size[0] > this.settings.maxUploadBytes()) {
					throw new UploadTooLargeException("The file is larger than %d bytes; send it in parts"
						.formatted(this.settings.maxUploadBytes()));
				}
				out.write(buffer, 0, read);
			}
		}
		if (size[0] == 0) {
			throw new IllegalArgumentException("The file is empty");
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private void writeSidecar(Path folder, String name, String receiptId, Viewer viewer, String institution,
			Instant now) throws IOException {
		Map<String, Object> sidecar = new LinkedHashMap<>();
		sidecar.put("receiptId", receiptId);
		sidecar.put("submittedBy", viewer.name());
		sidecar.put("institutionCode", institution);
		sidecar.put("submittedAt", now.atZone(this.clock.getZone()).toOffsetDateTime().toString());
		Path part = folder.resolve("." + name + ".meta.json.part");
		Files.writeString(part, JSON.writeValueAsString(sidecar));
		Files.move(part, folder.resolve(name + ".meta.json"), StandardCopyOption.ATOMIC_MOVE);
	}

	private static String random() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks SHA-256", ex);
		}
	}

	private static void deleteQuietly(Path part) {
		try {
			Files.deleteIfExists(part);
		}
		catch (IOException ex) {
			logger.warn("Cannot delete the partial upload {}: {}", part, ex.toString());
		}
	}

	private record Row(String file, Instant submittedAt) {
	}

}
