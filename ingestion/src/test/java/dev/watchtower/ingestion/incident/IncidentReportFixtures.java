package dev.watchtower.ingestion.incident;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import dev.watchtower.ingestion.classification.DataLevel;
import dev.watchtower.ingestion.classification.IncidentCause;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;
import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;
import org.jspecify.annotations.Nullable;

/**
 * Intention-revealing incident reports for tests; only the fields a test cares about need
 * setting.
 */
public final class IncidentReportFixtures {

	private ReportStage stage = ReportStage.INITIAL;

	private Set<Regime> regimes = Set.of(Regime.PBOC);

	private OffsetDateTime occurredAt = OffsetDateTime.parse("2026-03-02T09:10:00+08:00");

	private OffsetDateTime detectedAt = OffsetDateTime.parse("2026-03-02T09:20:00+08:00");

	private OffsetDateTime reportedAt = OffsetDateTime.parse("2026-03-02T10:05:00+08:00");

	private @Nullable OffsetDateTime recoveredAt;

	private IncidentLevel selfAssessed = IncidentLevel.GENERAL;

	private @Nullable Long outageMinutes;

	private @Nullable Boolean peakHours;

	private List<String> provinces = List.of();

	private @Nullable Long persons;

	private @Nullable Long organizations;

	private @Nullable Long personalRecords;

	private @Nullable Long sensitiveRecords;

	private @Nullable DataLevel dataLevel;

	private @Nullable BigDecimal loss;

	private @Nullable Long servesPersons;

	private @Nullable Boolean infrastructure;

	private @Nullable Boolean paymentCritical;

	private IncidentReportFixtures() {
	}

	public static IncidentReportFixtures anIncidentReport() {
		return new IncidentReportFixtures();
	}

	public static Institution anyInstitution() {
		return new Institution(new UnifiedSocialCreditCode("91350100M000100Y43"), "示例银行股份有限公司", Sector.BANK,
				Provinces.gbt2260().byCode("35").orElseThrow());
	}

	public IncidentReportFixtures under(Regime... regimes) {
		this.regimes = Set.of(regimes);
		return this;
	}

	public IncidentReportFixtures stage(ReportStage stage) {
		this.stage = stage;
		return this;
	}

	public IncidentReportFixtures occurredAt(String time) {
		this.occurredAt = OffsetDateTime.parse(time);
		this.detectedAt = this.occurredAt;
		if (this.reportedAt.isBefore(this.occurredAt)) {
			this.reportedAt = this.occurredAt;
		}
		return this;
	}

	public IncidentReportFixtures detectedAt(String time) {
		this.detectedAt = OffsetDateTime.parse(time);
		return this;
	}

	public IncidentReportFixtures reportedAt(String time) {
		this.reportedAt = OffsetDateTime.parse(time);
		return this;
	}

	public IncidentReportFixtures recoveredAt(String time) {
		this.recoveredAt = OffsetDateTime.parse(time);
		if (this.reportedAt.isBefore(this.recoveredAt)) {
			this.reportedAt = this.recoveredAt;
		}
		return this;
	}

	public IncidentReportFixtures selfAssessed(IncidentLevel level) {
		this.selfAssessed = level;
		return this;
	}

	public IncidentReportFixtures outage(long minutes, boolean peakHours, String... provinces) {
		this.outageMinutes = minutes;
		this.peakHours = peakHours;
		this.provinces = List.of(provinces);
		return this;
	}

	public IncidentReportFixtures paymentCritical() {
		this.paymentCritical = true;
		return this;
	}

	public IncidentReportFixtures financialInfrastructure() {
		this.infrastructure = true;
		return this;
	}

	public IncidentReportFixtures servesPersons(long persons) {
		this.servesPersons = persons;
		return this;
	}

	public IncidentReportFixtures personsAffected(long persons) {
		this.persons = persons;
		return this;
	}

	public IncidentReportFixtures organizationsAffected(long organizations) {
		this.organizations = organizations;
		return this;
	}

	public IncidentReportFixtures personalRecordsLeaked(long records) {
		this.personalRecords = records;
		return this;
	}

	public IncidentReportFixtures sensitiveRecordsLeaked(long records) {
		this.sensitiveRecords = records;
		return this;
	}

	public IncidentReportFixtures dataLevel(DataLevel level) {
		this.dataLevel = level;
		return this;
	}

	public IncidentReportFixtures economicLoss(long yuan) {
		this.loss = BigDecimal.valueOf(yuan);
		return this;
	}

	public IncidentReport build() {
		Impact impact = new Impact(this.outageMinutes, this.peakHours, this.provinces, this.persons, this.organizations,
				this.personalRecords, this.sensitiveRecords, this.dataLevel, this.loss, this.servesPersons,
				this.infrastructure, this.paymentCritical, List.of());
		IncidentFacts facts = new IncidentFacts("INC-1", this.regimes, this.occurredAt, this.detectedAt, "DE", null,
				IncidentCause.DEFECT_OR_FAILURE, this.selfAssessed, impact, List.of(), List.of(), "title", "narrative",
				null, new Contact(null, null, null));
		return IncidentReport.of(this.stage, new FilingHeader("F-1", 1, anyInstitution(), this.reportedAt), facts,
				this.recoveredAt);
	}

}
