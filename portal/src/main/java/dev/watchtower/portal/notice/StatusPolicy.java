package dev.watchtower.portal.notice;

import java.time.LocalDate;

import dev.watchtower.portal.security.Actor;

/**
 * An action is only possible from the statuses it leads away from (no approving a draft,
 * no issuing twice).
 */
class StatusPolicy implements NoticePolicy {

	@Override
	public Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		return action.from(notice.status()).isPresent() ? Decision.ALLOWED : Decision.refused("notice.refused.status");
	}

}
