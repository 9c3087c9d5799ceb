package dev.watchtower.ingestion.incident;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.watchtower.ingestion.classification.IncidentCause;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import org.jspecify.annotations.Nullable;

/**
 * What every stage of an incident report states about the incident.
 *
 * @param incidentId stable id of the incident across its stages
 * @param regimes the regimes the report is filed under, never empty
 * @param occurredAt when the incident began
 * @param detectedAt when the institution became aware of it
 * @param category GB/T 20986-2023 category code
 * @param subcategory subcategory name or free text
 * @param cause PBoC Art. 3 cause
 * @param selfAssessedLevel the level the institution assigned
 * @param impact impact figures
 * @param vendors third-party vendors or products involved
 * @param cves CVE ids involved
 * @param title one-line summary
 * @param narrative what happened
 * @param measures measures taken and their effect
 * @param contact reporting contact
 */
public record IncidentFacts(String incidentId, Set<Regime> regimes, OffsetDateTime occurredAt,
		OffsetDateTime detectedAt, String category, @Nullable String subcategory, IncidentCause cause,
		IncidentLevel selfAssessedLevel, Impact impact, List<String> vendors, List<String> cves, String title,
		String narrative, @Nullable String measures, Contact contact) {

	/** Longest title. */
	public static final int TITLE_MAX_LENGTH = 200;

	/** Longest narrative. */
	public static final int NARRATIVE_MAX_LENGTH = 20_000;

	public IncidentFacts {
		Objects.requireNonNull(incidentId, "incidentId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(detectedAt, "detectedAt");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(selfAssessedLevel, "selfAssessedLevel");
		Objects.requireNonNull(impact, "impact");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(narrative, "narrative");
		Objects.requireNonNull(contact, "contact");
		regimes = Set.copyOf(regimes);
		vendors = List.copyOf(vendors);
		cves = List.copyOf(cves);
		if (regimes.isEmpty()) {
			throw new IllegalArgumentException("regimes must not be empty for incident " + incidentId);
		}
		if (detectedAt.isBefore(occurredAt)) {
			throw new IllegalArgumentException(
					"detectedAt " + detectedAt + " is before occurredAt " + occurredAt + " for incident " + incidentId);
		}
	}

}
