package dev.watchtower.portal.notice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * Published for every notice action, allowed or refused; the audit log keeps it.
 *
 * @param actor who acted
 * @param action the audit action, e.g. {@code notice.approve}
 * @param noticeId the notice
 * @param outcome success or refusal
 * @param from the status before
 * @param to the status after (success only)
 * @param number the notice number, once issued
 * @param reason the refusal reason key (refusals only)
 */
public record NoticeActionTaken(String actor, String action, UUID noticeId, AuditOutcome outcome,
		@Nullable NoticeStatus from, @Nullable NoticeStatus to, @Nullable String number,
		@Nullable String reason) implements AuditableEvent {

	@Override
	public String objectType() {
		return "notice";
	}

	@Override
	public String objectId() {
		return this.noticeId.toString();
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		if (this.from != null) {
			details.put("from", this.from.name());
		}
		if (this.to != null) {
			details.put("to", this.to.name());
		}
		if (this.number != null) {
			details.put("number", this.number);
		}
		if (this.reason != null) {
			details.put("reason", this.reason);
		}
		return details;
	}

}
