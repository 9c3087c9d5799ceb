package dev.watchtower.portal.notice;

import java.util.Objects;

/**
 * What a notice policy says about an action: allowed, or refused with a reason (a
 * translation key, so the UI can say it in the user's language and the audit log keeps
 * the stable key).
 */
public sealed interface Decision {

	/** The action is allowed. */
	Decision ALLOWED = new Allowed();

	/**
	 * Refuses with a reason.
	 * @param reason translation key of the reason
	 * @return the refusal
	 */
	static Decision refused(String reason) {
		return new Refused(reason);
	}

	/**
	 * Whether the action is allowed.
	 * @return {@code true} for {@link Allowed}
	 */
	default boolean allowed() {
		return this instanceof Allowed;
	}

	/**
	 * Allowed.
	 */
	record Allowed() implements Decision {
	}

	/**
	 * Refused.
	 *
	 * @param reason translation key of the reason, e.g. {@code notice.refused.four-eyes}
	 */
	record Refused(String reason) implements Decision {

		public Refused {
			Objects.requireNonNull(reason, "reason must not be null");
		}

	}

}
