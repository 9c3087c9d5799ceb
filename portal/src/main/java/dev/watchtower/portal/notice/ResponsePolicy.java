package dev.watchtower.portal.notice;

import java.time.LocalDate;

import dev.watchtower.portal.security.Actor;

/**
 * Responses and deadlines: a notice that requires a response is closed only after the
 * response is recorded, a notice that requires none has no response to record, and a
 * notice is not issued with a due day already past.
 */
class ResponsePolicy implements NoticePolicy {

	@Override
	public Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		LocalDate due = notice.responseDue();
		return switch (action) {
			case CLOSE -> (notice.status() == NoticeStatus.ISSUED && due != null)
					? Decision.refused("notice.refused.awaiting-response") : Decision.ALLOWED;
			case RECORD_RESPONSE ->
				(due == null) ? Decision.refused("notice.refused.no-response-required") : Decision.ALLOWED;
			case ISSUE ->
				(due != null && due.isBefore(today)) ? Decision.refused("notice.refused.due-passed") : Decision.ALLOWED;
			default -> Decision.ALLOWED;
		};
	}

}
