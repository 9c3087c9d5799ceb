package dev.watchtower.portal.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dev.watchtower.ingestion.digest.Sha256;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafting and every workflow step of a notice. Each step locks the notice row, asks
 * {@link NoticeRules} for the signed-in user (read on the server, never from the form),
 * records the history and publishes a {@link NoticeActionTaken} for the audit log in the
 * same transaction. Issuing numbers the notice without gaps, renders its PDF and stores
 * the PDF's SHA-256.
 */
@Service
public class NoticeWorkflow {

	private final NoticeRepository notices;

	private final LegalBases legalBases;

	private final NoticeDocument document;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	NoticeWorkflow(NoticeRepository notices, LegalBases legalBases, NoticeDocument document,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.notices = notices;
		this.legalBases = legalBases;
		this.document = document;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Creates a draft for the signed-in inspector or regulator.
	 * @param draft what was written
	 * @return the new draft, or the refusal
	 */
	public NoticeOutcome draft(NoticeDraft draft) {
		Actor actor = Actor.required();
		UUID id = UUID.randomUUID();
		if (!actor.hasAnyRole(Role.INSPECTOR, Role.REGULATOR)) {
			return refuse(actor, "notice.draft", id, null, "notice.refused.role");
		}
		Optional<LegalBasis> basis = this.legalBases.basis(draft.type(), draft.legalBasisId());
		if (basis.isEmpty()) {
			return refuse(actor, "notice.draft", id, null, "notice.refused.basis");
		}
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			this.notices.insert(id, draft, basis.get(), this.legalBases.version(), actor.username(), now);
			this.notices.history(id, now, actor.username(), "DRAFT", null, NoticeStatus.DRAFT, null);
			publish(actor, "notice.draft", id, AuditOutcome.SUCCESS, null, NoticeStatus.DRAFT, null, null);
			return new NoticeOutcome.Done(this.notices.find(id).orElseThrow());
		});
	}

	/**
	 * Changes a draft; only its drafter may.
	 * @param id the notice
	 * @param draft the new content
	 * @return the changed draft, or why not
	 */
	public NoticeOutcome edit(UUID id, NoticeDraft draft) {
		Optional<LegalBasis> basis = this.legalBases.basis(draft.type(), draft.legalBasisId());
		if (basis.isEmpty()) {
			return refuse(Actor.required(), NoticeAction.EDIT.auditName(), id, null, "notice.refused.basis");
		}
		return act(id, NoticeAction.EDIT, null,
				(notice, actor, now) -> this.notices.replaceDraft(id, draft, basis.get(), this.legalBases.version()));
	}

	/**
	 * Takes a workflow step for the signed-in user.
	 * @param id the notice
	 * @param action the step
	 * @param comment a comment for the history (for {@link NoticeAction#RECORD_RESPONSE}
	 * the institution's response, required)
	 * @return the notice after the step, or why not
	 */
	public NoticeOutcome perform(UUID id, NoticeAction action, @Nullable String comment) {
		if (action == NoticeAction.EDIT) {
			throw new IllegalArgumentException("Use edit(..) to change a draft");
		}
		if (action == NoticeAction.RECORD_RESPONSE && (comment == null || comment.isBlank())) {
			return refuse(Actor.required(), action.auditName(), id, null, "notice.refused.response-empty");
		}
		return act(id, action, comment, (notice, actor, now) -> {
			switch (action) {
				case APPROVE -> this.notices.approved(id, actor.username(), now);
				case ISSUE -> issue(notice, actor, now);
				case RECORD_RESPONSE -> this.notices.responded(id, now, (comment != null) ? comment.strip() : "");
				case CLOSE -> this.notices.closed(id, now);
				default -> {
				}
			}
		});
	}

	/**
	 * Whether the signed-in user may take an action now, for the UI to offer or explain
	 * it; {@link #perform} asks again under lock.
	 * @param notice the notice
	 * @param action the action
	 * @return the decision
	 */
	public Decision decide(Notice notice, NoticeAction action) {
		return NoticeRules.decide(notice, Actor.required(), action, LocalDate.now(this.clock));
	}

	private NoticeOutcome act(UUID id, NoticeAction action, @Nullable String comment, Step step) {
		Actor actor = Actor.required();
		return this.transaction.execute((status) -> {
			Optional<Notice> locked = this.notices.lock(id);
			if (locked.isEmpty()) {
				return new NoticeOutcome.NotFound();
			}
			Notice notice = locked.get();
			Decision decision = NoticeRules.decide(notice, actor, action, LocalDate.now(this.clock));
			if (decision instanceof Decision.Refused refused) {
				return refuse(actor, action.auditName(), id, notice.status(), refused.reason());
			}
			NoticeStatus to = action.from(notice.status()).orElseThrow();
			Instant now = this.clock.instant();
			step.apply(notice, actor, now);
			this.notices.moveTo(id, to);
			this.notices.history(id, now, actor.username(), action.name(), notice.status(), to, comment);
			Notice after = this.notices.find(id).orElseThrow();
			publish(actor, action.auditName(), id, AuditOutcome.SUCCESS, notice.status(), to, after.number(), null);
			return new NoticeOutcome.Done(after);
		});
	}

	private void issue(Notice notice, Actor actor, Instant now) {
		int year = now.atZone(this.clock.getZone()).getYear();
		int serial = this.notices.nextSerial(notice.type(), year);
		String typeName = this.legalBases.kind(notice.type()).nameZh();
		String number = "%s〔%d〕%d号".formatted(typeName, year, serial);
		byte[] pdf = this.document.render(notice, number, typeName, now, this.clock.getZone());
		this.notices.issued(notice.id(), actor.username(), now, year, serial, number, pdf, sha256(pdf));
	}

	private NoticeOutcome refuse(Actor actor, String action, UUID id, @Nullable NoticeStatus from, String reason) {
		publish(actor, action, id, AuditOutcome.DENIED, from, null, null, reason);
		return new NoticeOutcome.Refused(reason);
	}

	private void publish(Actor actor, String action, UUID id, AuditOutcome outcome, @Nullable NoticeStatus from,
			@Nullable NoticeStatus to, @Nullable String number, @Nullable String reason) {
		this.events
			.publishEvent(new NoticeActionTaken(actor.username(), action, id, outcome, from, to, number, reason));
	}

	static String sha256(byte[] content) {
		return Sha256.hex(content);
	}

	@FunctionalInterface
	private interface Step {

		void apply(Notice notice, Actor actor, Instant now);

	}

}
