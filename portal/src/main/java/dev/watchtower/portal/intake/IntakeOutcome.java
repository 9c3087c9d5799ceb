package dev.watchtower.portal.intake;

import java.util.Objects;

/**
 * What became of an upload or a re-run.
 */
public sealed interface IntakeOutcome {

	/**
	 * Done.
	 *
	 * @param file the file's path relative to the inbox
	 * @param receiptId the id its receipt will carry
	 */
	record Queued(String file, String receiptId) implements IntakeOutcome {

		public Queued {
			Objects.requireNonNull(file, "file must not be null");
		}

	}

	/**
	 * Refused.
	 *
	 * @param reason translation key of the reason
	 */
	record Refused(String reason) implements IntakeOutcome {

		public Refused {
			Objects.requireNonNull(reason, "reason must not be null");
		}

	}

}
