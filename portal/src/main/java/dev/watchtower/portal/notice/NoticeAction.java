package dev.watchtower.portal.notice;

import java.util.Map;
import java.util.Optional;

import dev.watchtower.portal.security.Role;

/**
 * What can be done to a notice: each action moves it from some statuses to another and is
 * open to some roles. Whether a given person may do it right now is decided by
 * {@link NoticeRules}.
 */
public enum NoticeAction {

	/** Change a draft. */
	EDIT(Map.of(NoticeStatus.DRAFT, NoticeStatus.DRAFT), Role.INSPECTOR, Role.REGULATOR),

	/** Send a draft for review. */
	SUBMIT(Map.of(NoticeStatus.DRAFT, NoticeStatus.IN_REVIEW), Role.INSPECTOR, Role.REGULATOR),

	/** Send a notice under review back to its drafter. */
	RETURN(Map.of(NoticeStatus.IN_REVIEW, NoticeStatus.DRAFT), Role.REGULATOR),

	/** Approve a notice under review. */
	APPROVE(Map.of(NoticeStatus.IN_REVIEW, NoticeStatus.APPROVED), Role.REGULATOR),

	/** Number, render and issue an approved notice. */
	ISSUE(Map.of(NoticeStatus.APPROVED, NoticeStatus.ISSUED), Role.REGULATOR),

	/** Record the institution's response. */
	RECORD_RESPONSE(Map.of(NoticeStatus.ISSUED, NoticeStatus.RESPONSE_RECEIVED), Role.INSPECTOR, Role.REGULATOR),

	/** Close a notice (after its response, or once issued when none is required). */
	CLOSE(Map.of(NoticeStatus.RESPONSE_RECEIVED, NoticeStatus.CLOSED, NoticeStatus.ISSUED, NoticeStatus.CLOSED),
			Role.REGULATOR);

	private final Map<NoticeStatus, NoticeStatus> transitions;

	private final Role[] roles;

	NoticeAction(Map<NoticeStatus, NoticeStatus> transitions, Role... roles) {
		this.transitions = transitions;
		this.roles = roles;
	}

	/**
	 * Where the action leads from a status.
	 * @param from the current status
	 * @return the next status, or empty when the action is not possible from there
	 */
	public Optional<NoticeStatus> from(NoticeStatus from) {
		return Optional.ofNullable(this.transitions.get(from));
	}

	/**
	 * The roles that may take the action at all.
	 * @return the roles
	 */
	public Role[] roles() {
		return this.roles.clone();
	}

	/**
	 * The audit action name, e.g. {@code notice.approve}.
	 * @return the name
	 */
	public String auditName() {
		return "notice." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
