package dev.watchtower.analytics.deadlines;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.watchtower.ingestion.classification.IncidentCause;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.deadline.Deadline;
import dev.watchtower.ingestion.deadline.DeadlineEngine;
import dev.watchtower.ingestion.deadline.Timeliness;
import dev.watchtower.ingestion.deadline.TimelinessCheck;
import dev.watchtower.ingestion.deadline.WorkingDayCalendar;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.Contact;
import dev.watchtower.ingestion.incident.Impact;
import dev.watchtower.ingestion.incident.IncidentFacts;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.incident.ReportStage;
import dev.watchtower.ingestion.institution.Institution;
import dev.watchtower.ingestion.institution.Province;
import dev.watchtower.ingestion.institution.Provinces;
import dev.watchtower.ingestion.institution.Sector;
import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds each incident's report chain from its {@code silver/incidents} row as the
 * ingestion model and judges it with {@link TimelinessCheck} (ADR 0015): the one
 * implementation of the deadline rules, shared with the intake and the portal. An
 * incident whose row cannot be rebuilt gives one {@code UNCHECKABLE} row with the reason.
 */
final class IncidentTimeliness implements MapPartitionsFunction<Row, Row> {

	private static final long serialVersionUID = 1L;

	private final long asOfEpochMilli;

	IncidentTimeliness(Instant asOf) {
		this.asOfEpochMilli = asOf.toEpochMilli();
	}

	@Override
	public Iterator<Row> call(Iterator<Row> incidents) {
		TimelinessCheck check = Engine.CHECK;
		OffsetDateTime asOf = Instant.ofEpochMilli(this.asOfEpochMilli).atOffset(ZoneOffset.UTC);
		List<Row> out = new ArrayList<>();
		while (incidents.hasNext()) {
			Row incident = incidents.next();
			try {
				IncidentLevel level = IncidentLevel.valueOf(incident.getAs("effective_level"));
				List<Timeliness> verdicts = check.check(chain(incident), level, asOf);
				Map<String, Integer> sequence = new HashMap<>();
				for (Timeliness verdict : verdicts) {
					Deadline deadline = verdict.deadline();
					int n = sequence.merge(deadline.ruleId(), 1, Integer::sum);
					out.add(row(incident, deadline.regime().name(), deadline.ruleId(), deadline.filing().name(), n,
							level.name(), deadline.triggeredAt(), deadline.due(), verdict.filedAt(),
							verdict.verdict().name(), deadline.calendarOfficial(), null));
				}
			}
			catch (RuntimeException ex) {
				out.add(row(incident, null, null, null, 0, incident.getAs("effective_level"), null, null, null,
						DeadlinesTransforms.UNCHECKABLE, true, ex.getClass().getSimpleName() + ": " + ex.getMessage()));
			}
		}
		return out.iterator();
	}

	private static Row row(Row incident, @Nullable String regime, @Nullable String ruleId, @Nullable String filing,
			int sequence, @Nullable String level, @Nullable OffsetDateTime triggeredAt, @Nullable OffsetDateTime due,
			@Nullable OffsetDateTime filed, String verdict, boolean calendarOfficial, @Nullable String problem) {
		Long lateMinutes = (filed != null && due != null && filed.isAfter(due))
				? Duration.between(due, filed).toMinutes() : null;
		return RowFactory.create(incident.getAs("case_id"), incident.getAs("institution_code"),
				incident.getAs("incident_id"), incident.getAs("institution_name"), incident.getAs("sector"),
				incident.getAs("province"), regime, ruleId, filing, sequence, level, timestamp(triggeredAt),
				timestamp(due), timestamp(filed), verdict, lateMinutes, calendarOfficial, problem);
	}

	private static @Nullable Timestamp timestamp(@Nullable OffsetDateTime time) {
		return (time != null) ? Timestamp.from(time.toInstant()) : null;
	}

	private static List<IncidentReport> chain(Row incident) {
		Institution institution = institution(incident);
		IncidentCause cause = IncidentCause.valueOf(incident.getAs("cause"));
		String category = incident.getAs("category");
		List<IncidentReport> reports = new ArrayList<>();
		for (Row stage : incident.<Row>getList(incident.fieldIndex("stages"))) {
			Set<Regime> regimes = EnumSet.noneOf(Regime.class);
			for (String regime : stage.<String>getList(stage.fieldIndex("regimes"))) {
				regimes.add(Regime.valueOf(regime));
			}
			Boolean infrastructure = stage.getAs("financial_infrastructure");
			Impact impact = new Impact(null, null, List.of(), null, null, null, null, null, null, null, infrastructure,
					null, List.of());
			IncidentFacts facts = new IncidentFacts(incident.getAs("incident_id"), regimes,
					time(stage.getAs("occurred_at")), time(stage.getAs("detected_at")), category, null, cause,
					IncidentLevel.valueOf(stage.getAs("self_assessed_level")), impact, List.of(), List.of(),
					stage.getAs("filing_id"), "", null, new Contact(null, null, null));
			FilingHeader header = new FilingHeader(stage.getAs("filing_id"), stage.<Integer>getAs("version"),
					institution, time(stage.getAs("reported_at")));
			Timestamp recovered = stage.getAs("recovered_at");
			reports.add(IncidentReport.of(ReportStage.valueOf(stage.getAs("stage")), header, facts,
					(recovered != null) ? time(recovered) : null));
		}
		return reports;
	}

	private static Institution institution(Row incident) {
		String province = incident.getAs("province");
		Province domicile = Engine.PROVINCES.byCode(province)
			.orElseThrow(() -> new IllegalArgumentException("Unknown GB/T 2260 province code '" + province + "'"));
		return new Institution(new UnifiedSocialCreditCode(incident.getAs("institution_code")),
				incident.getAs("institution_name"), Sector.valueOf(incident.getAs("sector")), domicile);
	}

	private static OffsetDateTime time(Timestamp timestamp) {
		return timestamp.toInstant().atOffset(ZoneOffset.ofHours(8));
	}

	/**
	 * The rulebook and calendar, loaded once per executor JVM.
	 */
	private static final class Engine {

		static final TimelinessCheck CHECK = new TimelinessCheck(
				new DeadlineEngine(Rulebook.bundled(), WorkingDayCalendar.china()));

		static final Provinces PROVINCES = Provinces.gbt2260();

	}

}
