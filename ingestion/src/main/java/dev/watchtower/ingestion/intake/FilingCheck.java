package dev.watchtower.ingestion.intake;

import java.util.List;

import dev.watchtower.ingestion.annualreport.AnnualReportReader;
import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.filing.FilingTree;
import dev.watchtower.ingestion.incident.IncidentReportReader;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.Findings;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks one record that was read into a JSON tree: which kind it is, the JSON Schema,
 * then the business rules of its kind; and reads it into the model when nothing is wrong.
 * Stateless and safe to share between threads.
 */
final class FilingCheck {

	private final FilingSchemas schemas = new FilingSchemas();

	private final JsonMapper mapper;

	private final IntakeLimits limits;

	FilingCheck(JsonMapper mapper, IntakeLimits limits) {
		this.mapper = mapper;
		this.limits = limits;
	}

	RecordOutcome check(RawRecord record) {
		return switch (record) {
			case RawRecord.Line line -> check(NdjsonRecords.parse(line, this.mapper, this.limits));
			case RawRecord.Parsed parsed ->
				check(parsed.location(), parsed.tree(), parsed.readFindings(), parsed.payload(), parsed.text());
			case RawRecord.Unreadable unreadable -> rejected(unreadable.location(), null, List.of(unreadable.finding()),
					(unreadable.payload() != null) ? unreadable::payload : null);
		};
	}

	RecordOutcome check(RecordLocation location, JsonNode tree, List<Finding> readFindings,
			java.util.function.Supplier<String> payload, java.util.function.Supplier<ReceivedText> text) {
		Findings findings = new Findings();
		readFindings.forEach(findings::add);
		FilingTree filing = new FilingTree(tree);
		String schemaId = filing.text("schema");
		FilingKind kind = (schemaId != null) ? FilingKind.bySchemaId(schemaId).orElse(null) : null;
		if (kind == null) {
			JsonNode schemaNode = tree.get("schema");
			findings.add(Rule.FILING_UNKNOWN_SCHEMA, "schema", (schemaNode != null) ? schemaNode.asString("") : "");
			return rejected(location, filing, findings.list(), payload);
		}
		this.schemas.check(kind, tree, findings);
		switch (kind) {
			case INCIDENT_REPORT -> IncidentReportReader.check(filing, findings);
			case ANNUAL_REPORT -> AnnualReportReader.check(filing, findings);
		}
		if (!findings.isEmpty()) {
			return rejected(location, filing, findings.list(), payload);
		}
		try {
			Filing read = switch (kind) {
				case INCIDENT_REPORT -> IncidentReportReader.read(filing);
				case ANNUAL_REPORT -> AnnualReportReader.read(filing);
			};
			return new RecordOutcome.Accepted(location, read, text);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return rejected(location, filing,
					List.of(Finding.of(Rule.SCHEMA_OTHER, "", null, "model", String.valueOf(ex.getMessage()))),
					payload);
		}
	}

	static RecordOutcome.Rejected rejected(RecordLocation location, @Nullable FilingTree filing, List<Finding> findings,
			java.util.function.@Nullable Supplier<String> payload) {
		String filingId = (filing != null) ? filing.text("filingId") : null;
		String code = (filing != null) ? filing.text("institution.code") : null;
		List<Violation> violations = findings.stream()
			.map((finding) -> Violation.of(location, filingId, code, finding))
			.toList();
		return new RecordOutcome.Rejected(location, filingId, violations, (payload != null) ? payload.get() : null);
	}

}
