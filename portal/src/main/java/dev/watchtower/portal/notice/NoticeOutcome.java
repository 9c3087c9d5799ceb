package dev.watchtower.portal.notice;

import java.util.Objects;

/**
 * What became of a requested notice action.
 */
public sealed interface NoticeOutcome {

	/**
	 * Done; the notice as it now stands.
	 *
	 * @param notice the notice after the action
	 */
	record Done(Notice notice) implements NoticeOutcome {

		public Done {
			Objects.requireNonNull(notice, "notice must not be null");
		}

	}

	/**
	 * Refused by a policy.
	 *
	 * @param reason translation key of the reason
	 */
	record Refused(String reason) implements NoticeOutcome {

		public Refused {
			Objects.requireNonNull(reason, "reason must not be null");
		}

	}

	/**
	 * No such notice.
	 */
	record NotFound() implements NoticeOutcome {
	}

}
