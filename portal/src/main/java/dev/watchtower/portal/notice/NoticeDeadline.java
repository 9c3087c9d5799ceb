package dev.watchtower.portal.notice;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Where a notice's response deadline stands on a given day.
 */
public enum NoticeDeadline {

	/** No response is required. */
	NONE,

	/** Not issued yet, so the clock does not run. */
	NOT_RUNNING,

	/** Issued, response due in more than three days. */
	OPEN,

	/** Issued, response due within three days. */
	DUE_SOON,

	/** Issued, the due day has passed without a response. */
	OVERDUE,

	/** Response recorded on or before the due day. */
	MET,

	/** Response recorded after the due day. */
	MET_LATE;

	static final int DUE_SOON_DAYS = 3;

	/**
	 * The deadline state of a notice.
	 * @param notice the notice
	 * @param today today in the supervisory zone
	 * @param zone the supervisory zone, to turn recorded instants into days
	 * @return the state
	 */
	public static NoticeDeadline of(Notice notice, LocalDate today, ZoneId zone) {
		LocalDate due = notice.responseDue();
		if (due == null) {
			return NONE;
		}
		if (notice.responseReceivedAt() != null) {
			return notice.responseReceivedAt().atZone(zone).toLocalDate().isAfter(due) ? MET_LATE : MET;
		}
		return switch (notice.status()) {
			case DRAFT, IN_REVIEW, APPROVED -> NOT_RUNNING;
			case ISSUED ->
				today.isAfter(due) ? OVERDUE : (today.plusDays(DUE_SOON_DAYS).isBefore(due) ? OPEN : DUE_SOON);
			case RESPONSE_RECEIVED, CLOSED -> NONE;
		};
	}

}
