package dev.watchtower.ingestion.deadline;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Whether one deadline was kept by an incident's reports.
 *
 * @param deadline the deadline
 * @param verdict the verdict
 * @param filedAt when the filing that answers it was sent, if any
 */
public record Timeliness(Deadline deadline, Verdict verdict, @Nullable OffsetDateTime filedAt) {

	public Timeliness {
		Objects.requireNonNull(deadline, "deadline");
		Objects.requireNonNull(verdict, "verdict");
	}

	public Optional<OffsetDateTime> filed() {
		return Optional.ofNullable(this.filedAt);
	}

	/**
	 * How a deadline was met.
	 */
	public enum Verdict {

		/** Filed by the due time. */
		ON_TIME,
		/** Filed after the due time (迟报). */
		LATE,
		/** Not filed, and the due time has passed (漏报 unless it comes later). */
		MISSING,
		/** Not filed yet, and still due. */
		PENDING

	}

}
