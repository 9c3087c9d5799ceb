package dev.watchtower.ingestion.incident;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.filing.FilingHeader;
import org.jspecify.annotations.Nullable;

/**
 * An incident report in one of its four stages. Only a {@link FinalReport} is guaranteed
 * to know when service was restored.
 */
public sealed interface IncidentReport extends Filing permits IncidentReport.BriefReport, IncidentReport.InitialReport,
		IncidentReport.ProgressReport, IncidentReport.FinalReport {

	/** Schema identifier of incident reports. */
	String SCHEMA_ID = "watchtower/incident-report/v1";

	IncidentFacts facts();

	ReportStage stage();

	/**
	 * When service or data was restored, if known at the time of this report.
	 * @return the recovery time
	 */
	Optional<OffsetDateTime> recoveredAt();

	@Override
	default String schemaId() {
		return SCHEMA_ID;
	}

	default String incidentId() {
		return facts().incidentId();
	}

	default OffsetDateTime reportedAt() {
		return header().reportedAt();
	}

	/**
	 * Builds the report of a stage.
	 * @param stage the stage
	 * @param header the filing header
	 * @param facts the incident facts
	 * @param recoveredAt recovery time, required for {@link ReportStage#FINAL}
	 * @return the report
	 */
	static IncidentReport of(ReportStage stage, FilingHeader header, IncidentFacts facts,
			@Nullable OffsetDateTime recoveredAt) {
		return switch (stage) {
			case BRIEF -> new BriefReport(header, facts, recoveredAt);
			case INITIAL -> new InitialReport(header, facts, recoveredAt);
			case PROGRESS -> new ProgressReport(header, facts, recoveredAt);
			case FINAL -> new FinalReport(header, facts, Objects.requireNonNull(recoveredAt,
					() -> "recoveredAt is required for FINAL " + header.filingId()));
		};
	}

	/**
	 * 事发简要报告: the first short notice.
	 *
	 * @param header filing header
	 * @param facts incident facts
	 * @param recovery recovery time if already known
	 */
	record BriefReport(FilingHeader header, IncidentFacts facts,
			@Nullable OffsetDateTime recovery) implements IncidentReport {

		public BriefReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(facts, "facts");
		}

		@Override
		public ReportStage stage() {
			return ReportStage.BRIEF;
		}

		@Override
		public Optional<OffsetDateTime> recoveredAt() {
			return Optional.ofNullable(this.recovery);
		}

	}

	/**
	 * 事发报告/初报: the incident report.
	 *
	 * @param header filing header
	 * @param facts incident facts
	 * @param recovery recovery time if already known
	 */
	record InitialReport(FilingHeader header, IncidentFacts facts,
			@Nullable OffsetDateTime recovery) implements IncidentReport {

		public InitialReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(facts, "facts");
		}

		@Override
		public ReportStage stage() {
			return ReportStage.INITIAL;
		}

		@Override
		public Optional<OffsetDateTime> recoveredAt() {
			return Optional.ofNullable(this.recovery);
		}

	}

	/**
	 * 进展报告/续报: a progress report while the incident is handled.
	 *
	 * @param header filing header
	 * @param facts incident facts
	 * @param recovery recovery time if already known
	 */
	record ProgressReport(FilingHeader header, IncidentFacts facts,
			@Nullable OffsetDateTime recovery) implements IncidentReport {

		public ProgressReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(facts, "facts");
		}

		@Override
		public ReportStage stage() {
			return ReportStage.PROGRESS;
		}

		@Override
		public Optional<OffsetDateTime> recoveredAt() {
			return Optional.ofNullable(this.recovery);
		}

	}

	/**
	 * 总结报告/终报: the closing report, always with the recovery time.
	 *
	 * @param header filing header
	 * @param facts incident facts
	 * @param recovery when service or data was restored
	 */
	record FinalReport(FilingHeader header, IncidentFacts facts, OffsetDateTime recovery) implements IncidentReport {

		public FinalReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(facts, "facts");
			Objects.requireNonNull(recovery, "recovery");
		}

		@Override
		public ReportStage stage() {
			return ReportStage.FINAL;
		}

		@Override
		public Optional<OffsetDateTime> recoveredAt() {
			return Optional.of(this.recovery);
		}

	}

}
