package dev.watchtower.ingestion.grading;

import dev.watchtower.ingestion.classification.DataLevel;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

import static dev.watchtower.ingestion.incident.IncidentReportFixtures.anIncidentReport;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden cases for PBoC Order 〔2025〕 No. 4, Arts. 7 and 8: just below and just at each
 * threshold, written out by hand so a typo in the rulebook data is caught.
 */
class PbocGradingTests {

	private final GradingEngine engine = new GradingEngine(Rulebook.bundled());

	private RegimeGrade pboc(IncidentReport report) {
		return this.engine.grade(report, Regime.PBOC);
	}

	@Test
	void two_provinces_at_peak_for_179_minutes_is_major_not_extraordinary() {
		// given
		IncidentReport report = anIncidentReport().paymentCritical().outage(179, true, "11", "31").build();

		// when
		RegimeGrade grade = pboc(report);

		// then
		assertThat(grade.required()).isEqualTo(IncidentLevel.MAJOR);
		assertThat(grade.reasons()).extracting(GradeReason::ruleId).containsExactly("PBOC-8-1-MULTI");
	}

	@Test
	void two_provinces_at_peak_for_180_minutes_is_extraordinary_with_its_figures() {
		// given
		IncidentReport report = anIncidentReport().paymentCritical().outage(180, true, "11", "31").build();

		// when
		RegimeGrade grade = pboc(report);

		// then
		assertThat(grade.required()).isEqualTo(IncidentLevel.EXTRAORDINARY);
		GradeReason reason = grade.reasons().get(0);
		assertThat(reason.ruleId()).isEqualTo("PBOC-7-1-MULTI");
		assertThat(reason.figures()).containsEntry("impact.outageMinutes", "180")
			.containsEntry("impact.provincesAffected", "2")
			.containsEntry("impact.peakHours", "true")
			.containsEntry("impact.paymentCritical", "true");
	}

	@Test
	void single_province_thresholds_are_six_and_three_hours() {
		assertThat(pboc(anIncidentReport().paymentCritical().outage(359, true, "44").build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
		assertThat(pboc(anIncidentReport().paymentCritical().outage(360, true, "44").build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
		assertThat(pboc(anIncidentReport().paymentCritical().outage(179, true, "44").build()).required()).isNull();
		assertThat(pboc(anIncidentReport().paymentCritical().outage(180, true, "44").build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
	}

	@Test
	void two_provinces_major_threshold_is_ninety_minutes() {
		assertThat(pboc(anIncidentReport().paymentCritical().outage(89, true, "11", "12").build()).required()).isNull();
		assertThat(pboc(anIncidentReport().paymentCritical().outage(90, true, "11", "12").build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
	}

	@Test
	void outage_outside_peak_hours_does_not_meet_article_7_1() {
		// given
		IncidentReport report = anIncidentReport().paymentCritical().outage(600, false, "11", "31").build();

		// when / then
		assertThat(pboc(report).required()).isNull();
	}

	@Test
	void network_serving_fifty_million_persons_is_critical_but_not_one_less() {
		assertThat(pboc(anIncidentReport().servesPersons(49_999_999).outage(200, true, "11", "31").build()).required())
			.isNull();
		assertThat(pboc(anIncidentReport().servesPersons(50_000_000).outage(200, true, "11", "31").build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
		assertThat(pboc(anIncidentReport().financialInfrastructure().outage(200, true, "11", "31").build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
	}

	@Test
	void persons_and_organisations_affected_thresholds() {
		assertThat(pboc(anIncidentReport().personsAffected(999_999).build()).required()).isNull();
		assertThat(pboc(anIncidentReport().personsAffected(1_000_000).build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
		assertThat(pboc(anIncidentReport().personsAffected(9_999_999).build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
		assertThat(pboc(anIncidentReport().personsAffected(10_000_000).build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
		assertThat(pboc(anIncidentReport().organizationsAffected(99_999).build()).required()).isNull();
		assertThat(pboc(anIncidentReport().organizationsAffected(100_000).build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
		assertThat(pboc(anIncidentReport().organizationsAffected(999_999).build()).required())
			.isEqualTo(IncidentLevel.MAJOR);
		assertThat(pboc(anIncidentReport().organizationsAffected(1_000_000).build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
	}

	@Test
	void data_leak_thresholds_and_core_data() {
		assertThat(pboc(anIncidentReport().sensitiveRecordsLeaked(9_999_999).build()).required()).isNull();
		assertThat(pboc(anIncidentReport().sensitiveRecordsLeaked(10_000_000).build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
		assertThat(pboc(anIncidentReport().personalRecordsLeaked(99_999_999).build()).required()).isNull();
		assertThat(pboc(anIncidentReport().personalRecordsLeaked(100_000_000).build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
		assertThat(pboc(anIncidentReport().dataLevel(DataLevel.IMPORTANT).build()).required()).isNull();
		assertThat(pboc(anIncidentReport().dataLevel(DataLevel.CORE).build()).required())
			.isEqualTo(IncidentLevel.EXTRAORDINARY);
	}

	@Test
	void flags_a_self_assessment_below_the_computed_level() {
		// given
		IncidentReport report = anIncidentReport().selfAssessed(IncidentLevel.LARGE).personsAffected(2_000_000).build();

		// when
		RegimeGrade grade = pboc(report);

		// then
		assertThat(grade.underGraded()).isTrue();
		assertThat(anIncidentReport().selfAssessed(IncidentLevel.MAJOR).personsAffected(2_000_000).build())
			.satisfies((same) -> assertThat(pboc(same).underGraded()).isFalse());
	}

	@Test
	void lists_the_unknown_rules_and_those_needing_judgement() {
		// when
		RegimeGrade grade = pboc(anIncidentReport().build());

		// then
		assertThat(grade.unknown()).contains("PBOC-9", "PBOC-GENERAL", "PBOC-8-REST");
		assertThat(grade.needsJudgement()).contains("PBOC-7-5-DESIGNATED", "PBOC-7-6-DESIGNATED");
		assertThat(grade.rulebookVersion()).isEqualTo("2025-08-01.1");
	}

	@Test
	void an_incident_before_the_measures_took_effect_has_no_pboc_grade() {
		// given
		IncidentReport report = anIncidentReport().occurredAt("2025-07-31T10:00:00+08:00")
			.personsAffected(20_000_000)
			.build();

		// when
		RegimeGrade grade = pboc(report);

		// then
		assertThat(grade.rulebookVersion()).isNull();
		assertThat(grade.required()).isNull();
	}

}
