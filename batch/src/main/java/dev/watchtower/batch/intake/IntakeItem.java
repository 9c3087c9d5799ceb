package dev.watchtower.batch.intake;

import java.util.Objects;

import dev.watchtower.batch.lake.DatedAnnualReport;
import dev.watchtower.batch.lake.GradedReport;
import dev.watchtower.batch.lake.ReceivedFiling;
import dev.watchtower.batch.lake.RejectedRecord;
import org.jspecify.annotations.Nullable;

/**
 * A record ready to be written: a filing with what silver needs, or a refusal.
 */
sealed interface IntakeItem {

	IntakeRecord record();

	/**
	 * An accepted filing: its bronze row and, for its kind, the silver one.
	 *
	 * @param record where it came from
	 * @param received the bronze row
	 * @param incident the graded incident report, for incident reports
	 * @param annual the dated annual report, for annual reports
	 */
	record Filed(IntakeRecord record, ReceivedFiling received, @Nullable GradedReport incident,
			@Nullable DatedAnnualReport annual) implements IntakeItem {

		public Filed {
			Objects.requireNonNull(record, "record");
			Objects.requireNonNull(received, "received");
			if ((incident == null) == (annual == null)) {
				throw new IllegalArgumentException("A filing is either an incident or an annual report: " + record);
			}
		}

	}

	/**
	 * A record rejected by the rules, or by the inbox contract.
	 *
	 * @param record where it came from
	 * @param rejected the rejects row
	 */
	record Refused(IntakeRecord record, RejectedRecord rejected) implements IntakeItem {

		public Refused {
			Objects.requireNonNull(record, "record");
			Objects.requireNonNull(rejected, "rejected");
		}

	}

}
