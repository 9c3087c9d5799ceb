package dev.watchtower.ingestion.grading;

import java.util.List;
import java.util.stream.Stream;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.incident.IncidentReportFixtures;
import dev.watchtower.ingestion.rulebook.Criterion;
import dev.watchtower.ingestion.rulebook.GradingRule;
import dev.watchtower.ingestion.rulebook.RegimeRulebook;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.watchtower.ingestion.incident.IncidentReportFixtures.anIncidentReport;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every numeric grading rule in the bundled rulebook is met exactly at its threshold and
 * not one unit below.
 */
class RulebookThresholdTests {

	private static final Rulebook RULEBOOK = Rulebook.bundled();

	private final GradingEngine engine = new GradingEngine(RULEBOOK);

	static Stream<Arguments> numericRules() {
		return RULEBOOK.versions()
			.stream()
			.flatMap((version) -> version.grading()
				.stream()
				.filter((rule) -> rule.criterion() instanceof Criterion.AtLeast
						|| rule.criterion() instanceof Criterion.Outage)
				.map((rule) -> Arguments.of(rule.id(), version, rule)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("numericRules")
	void rule_is_met_at_its_threshold_and_not_just_below(String id, RegimeRulebook version, GradingRule rule) {
		// given
		IncidentReport at = report(version.regime(), rule.criterion(), 0);
		IncidentReport below = report(version.regime(), rule.criterion(), -1);

		// when
		List<String> metAt = ids(this.engine.grade(at, version.regime()));
		List<String> metBelow = ids(this.engine.grade(below, version.regime()));

		// then
		assertThat(metAt).contains(id);
		assertThat(metBelow).doesNotContain(id);
	}

	static Stream<Arguments> otherRules() {
		return RULEBOOK.versions()
			.stream()
			.flatMap((version) -> version.grading()
				.stream()
				.filter((rule) -> !(rule.criterion() instanceof Criterion.AtLeast
						|| rule.criterion() instanceof Criterion.Outage))
				.map((rule) -> Arguments.of(rule.id(), version, rule)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherRules")
	void data_level_judgement_and_unknown_rules_are_reported_as_such(String id, RegimeRulebook version,
			GradingRule rule) {
		// given
		IncidentReport blank = anIncidentReport().under(version.regime()).build();

		// when
		RegimeGrade grade = this.engine.grade(blank, version.regime());

		// then
		switch (rule.criterion()) {
			case Criterion.DataLevelReached reached -> {
				IncidentReport at = anIncidentReport().under(version.regime()).dataLevel(reached.dataLevel()).build();
				IncidentReport below = anIncidentReport().under(version.regime())
					.dataLevel(dev.watchtower.ingestion.classification.DataLevel.values()[reached.dataLevel().ordinal()
							+ 1])
					.build();
				assertThat(ids(this.engine.grade(at, version.regime()))).contains(id);
				assertThat(ids(this.engine.grade(below, version.regime()))).doesNotContain(id);
			}
			case Criterion.Judgement judgement -> assertThat(grade.needsJudgement()).contains(id);
			case Criterion.Unknown unknown -> assertThat(grade.unknown()).contains(id);
			default -> throw new AssertionError("numeric rule in the wrong test: " + id);
		}
	}

	private static List<String> ids(RegimeGrade grade) {
		return grade.reasons().stream().map(GradeReason::ruleId).toList();
	}

	private static IncidentReport report(Regime regime, Criterion criterion, long offset) {
		IncidentReportFixtures report = anIncidentReport().under(regime).occurredAt("2026-03-02T09:10:00+08:00");
		switch (criterion) {
			case Criterion.AtLeast atLeast -> {
				long value = atLeast.threshold().longValueExact() + offset;
				switch (atLeast.figure()) {
					case PERSONS_AFFECTED -> report.personsAffected(value);
					case ORGANIZATIONS_AFFECTED -> report.organizationsAffected(value);
					case PERSONAL_RECORDS_LEAKED -> report.personalRecordsLeaked(value);
					case SENSITIVE_RECORDS_LEAKED -> report.sensitiveRecordsLeaked(value);
					case ECONOMIC_LOSS_YUAN -> report.economicLoss(value);
					case OUTAGE_MINUTES -> report.outage(value, true, "11");
				}
			}
			case Criterion.Outage outage -> {
				String[] provinces = Stream.of("11", "31", "44", "32")
					.limit(Math.max(outage.minProvinces(), 1))
					.toArray(String[]::new);
				report.outage(outage.minMinutes() + offset, outage.peakHoursRequired(), provinces);
				switch (outage.network()) {
					case PBOC_CRITICAL, FINANCIAL_INFRASTRUCTURE -> report.financialInfrastructure();
					case ANY -> {
					}
				}
			}
			default -> throw new IllegalArgumentException("not numeric: " + criterion);
		}
		return report.build();
	}

}
