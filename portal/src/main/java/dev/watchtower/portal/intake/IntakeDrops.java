package dev.watchtower.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Puts browser uploads into {@code <inbox>/ui/} through {@link InboxDrop} (the contract
 * of {@code docs/intake-contract.md}); a failed file is re-run by moving it (and its
 * sidecar) back from {@code <root>/failed/...} to where it was in the inbox. Roles are
 * checked here and every action is audited.
 */
@Service
public class IntakeDrops {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final IntakeSettings settings;

	private final IntakeReceipts receipts;

	private final InboxDrop drop;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IntakeDrops(IntakeSettings settings, IntakeReceipts receipts, InboxDrop drop, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.settings = settings;
		this.receipts = receipts;
		this.drop = drop;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Drops an uploaded filing into {@code <inbox>/ui/}.
	 * @param originalName the file's name on the user's computer
	 * @param content the file's content
	 * @param institutionCode the institution filed for, or {@code null}
	 * @return where it went and its receipt id, or why not
	 */
	public IntakeOutcome upload(String originalName, InputStream content, @Nullable String institutionCode) {
		Actor actor = Actor.required();
		String receiptId = UUID.randomUUID().toString();
		Optional<String> refusal = uploadRefusal(actor, originalName, institutionCode);
		if (refusal.isPresent()) {
			this.events.publishEvent(
					AuditRecord.denied(actor.username(), "intake.upload", "intake-file", originalName, refusal.get()));
			return new IntakeOutcome.Refused(refusal.get());
		}
		Instant now = this.clock.instant();
		String name = "%s-%s-%s".formatted(STAMP.format(now.atZone(this.clock.getZone())), receiptId.substring(0, 8),
				safe(originalName));
		Map<String, @Nullable Object> sidecar = new LinkedHashMap<>();
		sidecar.put("receiptId", receiptId);
		sidecar.put("submittedBy", actor.username());
		sidecar.put("institutionCode", blankToNull(institutionCode));
		try {
			InboxDrop.Dropped dropped = this.drop.drop("ui", name, content, sidecar, now, (file) -> this.jdbc.sql("""
					insert into intake_uploads (receipt_id, file, original_name, institution_code, bytes, sha256,
					                            submitted_by, submitted_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(receiptId, file.file(), truncate(originalName, 300), blankToNull(institutionCode), file.bytes(),
						file.sha256(), actor.username(), Timestamp.from(now))
				.update());
			this.events.publishEvent(AuditRecord.success(actor.username(), "intake.upload", "intake-file", receiptId,
					Map.of("file", dropped.file(), "bytes", dropped.bytes(), "sha256", dropped.sha256())));
			return new IntakeOutcome.Queued(dropped.file(), receiptId);
		}
		catch (InboxDrop.TooLarge | InboxDrop.EmptyFile ex) {
			String reason = (ex instanceof InboxDrop.TooLarge) ? "intake.refused.too-large" : "intake.refused.empty";
			this.events.publishEvent(
					AuditRecord.denied(actor.username(), "intake.upload", "intake-file", originalName, reason));
			return new IntakeOutcome.Refused(reason);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot drop the upload %s into the inbox %s".formatted(originalName, this.settings.inbox()), ex);
		}
	}

	/**
	 * Moves a failed file back into the inbox so the next intake run reads it again
	 * (ADMIN only). The sidecar moves first, then the file is renamed into place.
	 * @param receiptId the failed file's receipt
	 * @return where it went, or why not
	 */
	public IntakeOutcome rerun(String receiptId) {
		Actor actor = Actor.required();
		Optional<StoredReceipt> stored = this.receipts.receipt(receiptId);
		String refusal = !actor.hasAnyRole(Role.ADMIN) ? "intake.refused.role"
				: stored.isEmpty() ? "intake.refused.missing"
						: !stored.get().receipt().failed() ? "intake.refused.not-failed"
								: !stored.get().fileStillThere() ? "intake.refused.already-rerun" : null;
		if (refusal != null) {
			this.events
				.publishEvent(AuditRecord.denied(actor.username(), "intake.rerun", "intake-file", receiptId, refusal));
			return new IntakeOutcome.Refused(refusal);
		}
		Path receiptFile = stored.get().location();
		String name = receiptFile.getFileName().toString();
		Path failedFile = receiptFile
			.resolveSibling(name.substring(0, name.length() - IntakeReceipts.RECEIPT_SUFFIX.length()));
		String relative = stored.get().receipt().file();
		Path target = this.settings.inbox().resolve(relative).normalize();
		if (!target.startsWith(this.settings.inbox().normalize()) || Files.exists(target)) {
			this.events.publishEvent(AuditRecord.denied(actor.username(), "intake.rerun", "intake-file", receiptId,
					"intake.refused.target-exists"));
			return new IntakeOutcome.Refused("intake.refused.target-exists");
		}
		try {
			Files.createDirectories(target.getParent());
			Path sidecar = failedFile.resolveSibling(failedFile.getFileName() + IntakeReceipts.SIDECAR_SUFFIX);
			if (Files.exists(sidecar)) {
				Files.move(sidecar, target.resolveSibling(target.getFileName() + IntakeReceipts.SIDECAR_SUFFIX));
			}
			Path part = target.resolveSibling("." + target.getFileName() + ".part");
			Files.move(failedFile, part);
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot move the failed file %s back into the inbox".formatted(failedFile),
					ex);
		}
		this.events.publishEvent(AuditRecord.success(actor.username(), "intake.rerun", "intake-file", receiptId,
				Map.of("file", relative)));
		return new IntakeOutcome.Queued(relative, receiptId);
	}

	/**
	 * The signed-in user's uploads, newest first.
	 * @param limit how many
	 * @return the uploads
	 */
	public List<Upload> myUploads(int limit) {
		return this.jdbc.sql("""
				select * from intake_uploads where submitted_by = ? order by submitted_at desc limit ?
				""")
			.params(Actor.required().username(), limit)
			.query((row, number) -> new Upload(row.getString("receipt_id"), row.getString("file"),
					row.getString("original_name"), row.getString("institution_code"), row.getLong("bytes"),
					row.getString("sha256"), row.getString("submitted_by"),
					row.getTimestamp("submitted_at").toInstant()))
			.list();
	}

	private static Optional<String> uploadRefusal(Actor actor, String originalName, @Nullable String institutionCode) {
		if (!actor.hasAnyRole(Role.ADMIN, Role.ANALYST, Role.INSPECTOR)) {
			return Optional.of("intake.refused.role");
		}
		if (!IntakeReceipts.isFiling(safe(originalName))) {
			return Optional.of("intake.refused.type");
		}
		if (institutionCode != null && !institutionCode.isBlank()
				&& !institutionCode.strip().matches("[0-9A-Za-z]{1,32}")) {
			return Optional.of("intake.refused.institution");
		}
		return Optional.empty();
	}

	static String safe(String originalName) {
		String base = Path.of(originalName.replace('\\', '/')).getFileName().toString();
		String cleaned = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^\\.+", "");
		return cleaned.isEmpty() ? "upload" : truncate(cleaned, 150);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(value.length() - length);
	}

}
