package dev.watchtower.portal.notice;

/**
 * Where a notice stands in its workflow.
 */
public enum NoticeStatus {

	/** Being written by its drafter. */
	DRAFT,

	/** Submitted; waiting for a second person to approve or return it. */
	IN_REVIEW,

	/** Approved by a second person; not yet issued. */
	APPROVED,

	/** Issued with its number and PDF; the response clock runs. */
	ISSUED,

	/** The institution's response was recorded. */
	RESPONSE_RECEIVED,

	/** Done. */
	CLOSED

}
