package dev.watchtower.ingestion.grading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.Impact;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.rulebook.Criterion;
import dev.watchtower.ingestion.rulebook.Figure;
import dev.watchtower.ingestion.rulebook.GradingRule;
import dev.watchtower.ingestion.rulebook.RegimeRulebook;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.jspecify.annotations.Nullable;

/**
 * Computes the level an incident report deserves under each regime it is filed under,
 * from the rulebook version in force on the day the incident occurred, and explains it.
 */
public final class GradingEngine {

	private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

	private final Rulebook rulebook;

	public GradingEngine(Rulebook rulebook) {
		this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
	}

	/**
	 * Grades a report under every regime it names, in regime order.
	 * @param report the report
	 * @return one grade per regime
	 */
	public List<RegimeGrade> grade(IncidentReport report) {
		return report.facts().regimes().stream().sorted().map((regime) -> grade(report, regime)).toList();
	}

	public RegimeGrade grade(IncidentReport report, Regime regime) {
		LocalDate day = report.facts().occurredAt().atZoneSameInstant(CHINA).toLocalDate();
		Optional<RegimeRulebook> version = this.rulebook.inForce(regime, day);
		IncidentLevel selfAssessed = report.facts().selfAssessedLevel();
		if (version.isEmpty()) {
			return new RegimeGrade(regime, null, null, List.of(), List.of(), List.of(), selfAssessed);
		}
		Impact impact = report.facts().impact();
		List<GradeReason> reasons = new ArrayList<>();
		List<GradingRule> judgements = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (GradingRule rule : version.get().grading()) {
			switch (rule.criterion()) {
				case Criterion.Unknown unknownCriterion -> unknown.add(rule.id());
				case Criterion.Judgement judgement -> judgements.add(rule);
				default -> met(rule, impact).ifPresent(reasons::add);
			}
		}
		reasons.sort(Comparator.comparing((GradeReason reason) -> reason.level().severity()).reversed());
		IncidentLevel required = reasons.isEmpty() ? null : reasons.get(0).level();
		List<String> needsJudgement = judgements.stream()
			.filter((rule) -> required == null || rule.level().severity() > required.severity())
			.map(GradingRule::id)
			.toList();
		return new RegimeGrade(regime, version.get().version(), required, reasons, needsJudgement, unknown,
				selfAssessed);
	}

	private static Optional<GradeReason> met(GradingRule rule, Impact impact) {
		Map<String, String> figures = new LinkedHashMap<>();
		boolean met = switch (rule.criterion()) {
			case Criterion.AtLeast atLeast -> {
				BigDecimal value = figure(impact, atLeast.figure());
				if (value != null) {
					figures.put(atLeast.figure().field(), value.toPlainString());
				}
				yield value != null && value.compareTo(atLeast.threshold()) >= 0;
			}
			case Criterion.Outage outage -> outageMet(outage, impact, figures);
			case Criterion.DataLevelReached dataLevel -> {
				if (impact.dataLevel() != null) {
					figures.put("impact.dataLevel", impact.dataLevel().name());
				}
				yield impact.dataLevel() != null && impact.dataLevel().isAtLeast(dataLevel.dataLevel());
			}
			case Criterion.Judgement judgement -> false;
			case Criterion.Unknown unknownCriterion -> false;
		};
		return met ? Optional
			.of(new GradeReason(rule.id(), rule.article(), rule.level(), rule.provenance(), figures, rule.summaryEn()))
				: Optional.empty();
	}

	private static boolean outageMet(Criterion.Outage outage, Impact impact, Map<String, String> figures) {
		Long minutes = impact.outageMinutes();
		if (minutes == null || minutes < outage.minMinutes()) {
			return false;
		}
		int provinces = impact.provincesAffected().size();
		if (provinces < outage.minProvinces() || (outage.maxProvinces() != null && provinces > outage.maxProvinces())) {
			return false;
		}
		if (outage.peakHoursRequired() && !Boolean.TRUE.equals(impact.peakHours())) {
			return false;
		}
		if (!networkCovered(outage, impact, figures)) {
			return false;
		}
		figures.put("impact.outageMinutes", minutes.toString());
		figures.put("impact.provincesAffected", String.valueOf(provinces));
		if (outage.peakHoursRequired()) {
			figures.put("impact.peakHours", "true");
		}
		return true;
	}

	private static boolean networkCovered(Criterion.Outage outage, Impact impact, Map<String, String> figures) {
		boolean infrastructure = Boolean.TRUE.equals(impact.financialInfrastructure());
		return switch (outage.network()) {
			case ANY -> true;
			case FINANCIAL_INFRASTRUCTURE -> {
				if (infrastructure) {
					figures.put("impact.financialInfrastructure", "true");
				}
				yield infrastructure;
			}
			case PBOC_CRITICAL -> {
				long threshold = (outage.networkMinPersons() != null) ? outage.networkMinPersons() : Long.MAX_VALUE;
				Long serves = impact.servesPersons();
				if (infrastructure) {
					figures.put("impact.financialInfrastructure", "true");
					yield true;
				}
				if (serves != null && serves >= threshold) {
					figures.put("impact.servesPersons", serves.toString());
					yield true;
				}
				if (Boolean.TRUE.equals(impact.paymentCritical())) {
					figures.put("impact.paymentCritical", "true");
					yield true;
				}
				yield false;
			}
		};
	}

	private static @Nullable BigDecimal figure(Impact impact, Figure figure) {
		return switch (figure) {
			case PERSONS_AFFECTED -> decimal(impact.personsAffected());
			case ORGANIZATIONS_AFFECTED -> decimal(impact.organizationsAffected());
			case PERSONAL_RECORDS_LEAKED -> decimal(impact.personalRecordsLeaked());
			case SENSITIVE_RECORDS_LEAKED -> decimal(impact.sensitiveRecordsLeaked());
			case ECONOMIC_LOSS_YUAN -> impact.economicLossYuan();
			case OUTAGE_MINUTES -> decimal(impact.outageMinutes());
		};
	}

	private static @Nullable BigDecimal decimal(@Nullable Long value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

}
