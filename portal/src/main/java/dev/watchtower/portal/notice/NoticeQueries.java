package dev.watchtower.portal.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.security.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads notices for the views: lists with deadline flags (from the injected clock), one
 * notice with its history, the issued PDF (an audited export) and the check of an
 * uploaded PDF against the issued ones.
 */
@Service
public class NoticeQueries {

	private final NoticeRepository notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeQueries(NoticeRepository notices, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Notices, newest first, each with where its deadline stands today.
	 * @param status only this status, or {@code null} for all
	 * @param overdueOnly only notices whose response is overdue
	 * @return the rows
	 */
	public List<NoticeRow> list(@Nullable NoticeStatus status, boolean overdueOnly) {
		LocalDate today = LocalDate.now(this.clock);
		return this.notices.findAll(status)
			.stream()
			.map((notice) -> new NoticeRow(notice, NoticeDeadline.of(notice, today, this.clock.getZone())))
			.filter((row) -> !overdueOnly || row.deadline() == NoticeDeadline.OVERDUE)
			.toList();
	}

	/**
	 * One notice with its deadline state.
	 * @param id the notice
	 * @return the row, or empty
	 */
	public Optional<NoticeRow> find(UUID id) {
		LocalDate today = LocalDate.now(this.clock);
		return this.notices.find(id)
			.map((notice) -> new NoticeRow(notice, NoticeDeadline.of(notice, today, this.clock.getZone())));
	}

	/**
	 * A notice's history, oldest first.
	 * @param id the notice
	 * @return the steps
	 */
	public List<NoticeHistoryEntry> history(UUID id) {
		return this.notices.history(id);
	}

	/**
	 * The issued PDF, exactly as stored when issued; the download is audited as an
	 * export.
	 * @param id the notice
	 * @return the PDF bytes, or empty before issue
	 */
	public Optional<byte[]> pdf(UUID id) {
		Optional<byte[]> pdf = this.notices.pdf(id);
		pdf.ifPresent((bytes) -> this.events.publishEvent(AuditRecord.success(actor(), "export", "notice",
				id.toString(), Map.of("format", "PDF", "sha256", NoticeWorkflow.sha256(bytes)))));
		return pdf;
	}

	/**
	 * Checks a PDF against the issued notices by its SHA-256: any change to the file
	 * changes the checksum.
	 * @param content the uploaded file
	 * @return the matching issued notice, or why none matches
	 */
	public NoticeVerification verify(byte[] content) {
		String sha256 = NoticeWorkflow.sha256(content);
		Optional<Notice> match = this.notices.findByChecksum(sha256).flatMap(this.notices::find);
		this.events.publishEvent(new AuditRecord(actor(), "notice.verify", "notice",
				match.map((notice) -> notice.id().toString()).orElse(""),
				match.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, Map.of("sha256", sha256)));
		return match.<NoticeVerification>map((notice) -> new NoticeVerification.Genuine(notice, sha256))
			.orElseGet(() -> new NoticeVerification.Unknown(sha256));
	}

	private static String actor() {
		return Actor.current().map(Actor::username).orElse("anonymous");
	}

	/**
	 * A notice and where its response deadline stands today.
	 *
	 * @param notice the notice
	 * @param deadline the deadline state
	 */
	public record NoticeRow(Notice notice, NoticeDeadline deadline) {
	}

}
