package dev.watchtower.portal.notice;

import java.time.LocalDate;
import java.util.Set;

import dev.watchtower.portal.security.Actor;

/**
 * Only the drafter changes a draft and sends it for review, so the drafter on record is
 * the author of what is approved.
 */
class DrafterOnlyPolicy implements NoticePolicy {

	private static final Set<NoticeAction> DRAFTER = Set.of(NoticeAction.EDIT, NoticeAction.SUBMIT);

	@Override
	public Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		if (DRAFTER.contains(action) && !notice.draftedBy().equals(actor.username())) {
			return Decision.refused("notice.refused.not-drafter");
		}
		return Decision.ALLOWED;
	}

}
