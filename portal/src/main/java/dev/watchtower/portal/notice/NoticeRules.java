package dev.watchtower.portal.notice;

import java.time.LocalDate;
import java.util.List;

import dev.watchtower.portal.security.Actor;

/**
 * All notice policies together; the first refusal wins. The workflow service asks them
 * under the notice's row lock before every change, whatever the UI showed.
 */
final class NoticeRules {

	private static final List<NoticePolicy> POLICIES = List.of(new RolePolicy(), new StatusPolicy(),
			new DrafterOnlyPolicy(), new FourEyesPolicy(), new ResponsePolicy());

	private NoticeRules() {
	}

	static Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		for (NoticePolicy policy : POLICIES) {
			Decision decision = policy.decide(notice, actor, action, today);
			if (!decision.allowed()) {
				return decision;
			}
		}
		return Decision.ALLOWED;
	}

}
