package dev.watchtower.portal.notice;

import java.time.LocalDate;

import dev.watchtower.portal.security.Actor;

/**
 * Only the roles named by the action may take it: inspectors and regulators draft,
 * regulators approve, issue and close, administrators only read.
 */
class RolePolicy implements NoticePolicy {

	@Override
	public Decision decide(Notice notice, Actor actor, NoticeAction action, LocalDate today) {
		return actor.hasAnyRole(action.roles()) ? Decision.ALLOWED : Decision.refused("notice.refused.role");
	}

}
