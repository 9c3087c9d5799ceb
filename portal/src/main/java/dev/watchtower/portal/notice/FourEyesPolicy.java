package dev.watchtower.portal.notice;

import java.time.LocalDate;
import java.util.Set;

import dev.watchtower.portal.security.Actor;

/**
 * Four eyes: whoever drafted a notice never reviews, approves or issues it; a second
 * person must.
 */
class FourEyesPolicy implements NoticePolicy {

	private static final Set<NoticeAction> SECOND_PERSON = Set.of(NoticeAction.RETURN, NoticeAction.APPROVE,
			NoticeAction.ISSUE);

	@Override
	public Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		if (SECOND_PERSON.contains(action) && notice.draftedBy().equals(actor.username())) {
			return Decision.refused("notice.refused.four-eyes");
		}
		return Decision.ALLOWED;
	}

}
