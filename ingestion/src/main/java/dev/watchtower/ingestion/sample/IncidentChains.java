package dev.watchtower.ingestion.sample;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.institution.Institution;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the reports of one incident: an optional brief report, the initial report,
 * progress reports and usually a final report, with impact figures that fit the
 * incident's true level (most 一般, few 特别重大), some late reports and some under-graded
 * self-assessments.
 */
final class IncidentChains {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	private static final OffsetDateTime WINDOW_START = OffsetDateTime.of(2025, 8, 1, 0, 0, 0, 0, CHINA);

	private static final long WINDOW_MINUTES = Duration.ofDays(450).toMinutes();

	private static final int[] LEVEL_WEIGHTS = { 1, 5, 14, 80 };

	private static final String[] CATEGORIES = { "NA", "MP", "DS", "DE", "RO", "SHE", "AB", "FOC", "IC", "OTH" };

	private static final int[] CATEGORY_WEIGHTS = { 24, 12, 14, 26, 9, 6, 4, 2, 2, 1 };

	private final KevCatalogue kev;

	private final SplittableRandom random;

	private final String[] provinceCodes;

	IncidentChains(KevCatalogue kev, SplittableRandom random, String[] provinceCodes) {
		this.kev = kev;
		this.random = random;
		this.provinceCodes = provinceCodes;
	}

	/**
	 * The reports of one incident.
	 * @param institution the institution
	 * @param sequence incident number, for ids
	 * @param budget most reports to make
	 * @return the reports in filing order
	 */
	List<ObjectNode> chain(Institution institution, int sequence, int budget) {
		IncidentLevel level = IncidentLevel.values()[SampleInstitutions.weighted(LEVEL_WEIGHTS, this.random)];
		String category = CATEGORIES[SampleInstitutions.weighted(CATEGORY_WEIGHTS, this.random)];
		ObjectNode facts = facts(institution, level, category);
		OffsetDateTime occurred = WINDOW_START.plusMinutes(this.random.nextLong(WINDOW_MINUTES));
		OffsetDateTime detected = occurred.plusMinutes(this.random.nextInt(level == IncidentLevel.GENERAL ? 240 : 60));
		boolean late = this.random.nextInt(10) == 0;
		long outage = facts.path("impact").path("outageMinutes").asLong(30 + this.random.nextInt(120));
		OffsetDateTime recovered = occurred.plusMinutes(Math.max(outage, 20) + this.random.nextInt(60));
		String incidentId = "INC-" + institution.code().value().substring(10) + "-" + sequence;
		List<ObjectNode> chain = new ArrayList<>();
		OffsetDateTime reported = detected
			.plusMinutes(late ? 180 + this.random.nextInt(1_800) : 5 + this.random.nextInt(50));
		if (level != IncidentLevel.GENERAL && this.random.nextInt(3) == 0) {
			chain.add(report(facts, incidentId, "BRIEF", chain.size(), occurred, detected, reported, null));
			reported = reported.plusMinutes(20 + this.random.nextInt(90));
		}
		chain.add(report(facts, incidentId, "INITIAL", chain.size(), occurred, detected, reported, null));
		int progress = switch (level) {
			case EXTRAORDINARY -> 2 + this.random.nextInt(3);
			case MAJOR -> 1 + this.random.nextInt(2);
			default -> this.random.nextInt(3) == 0 ? 1 : 0;
		};
		for (int i = 0; i < progress && chain.size() < budget - 1; i++) {
			reported = reported.plusMinutes(90 + this.random.nextInt(late ? 240 : 40));
			chain.add(report(facts, incidentId, "PROGRESS", chain.size(), occurred, detected, reported,
					reported.isAfter(recovered) ? recovered : null));
		}
		if (this.random.nextInt(100) < 85 && chain.size() < budget) {
			OffsetDateTime closing = (reported.isAfter(recovered) ? reported : recovered)
				.plusDays(1 + this.random.nextInt(late ? 12 : 6))
				.plusMinutes(this.random.nextInt(600));
			chain.add(report(facts, incidentId, "FINAL", chain.size(), occurred, detected, closing, recovered));
		}
		return chain.subList(0, Math.min(chain.size(), budget));
	}

	private ObjectNode report(ObjectNode facts, String incidentId, String stage, int index, OffsetDateTime occurred,
			OffsetDateTime detected, OffsetDateTime reported, OffsetDateTime recovered) {
		ObjectNode report = NODES.objectNode();
		report.put("schema", IncidentReport.SCHEMA_ID);
		report.put("filingId", incidentId.replace("INC-", "F-") + "-" + index);
		report.put("version", 1);
		report.put("incidentId", incidentId);
		report.put("stage", stage);
		report.setAll(facts.deepCopy());
		report.put("occurredAt", time(occurred));
		report.put("detectedAt", time(detected));
		report.put("reportedAt", time(reported));
		if (recovered != null) {
			report.put("recoveredAt", time(recovered));
		}
		return report;
	}

	/**
	 * RFC 3339 text with seconds, as the schema's date-time format requires.
	 * @param time the time
	 * @return the text
	 */
	static String time(OffsetDateTime time) {
		return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
	}

	private ObjectNode facts(Institution institution, IncidentLevel level, String category) {
		ObjectNode facts = NODES.objectNode();
		ObjectNode owner = facts.putObject("institution");
		owner.put("code", institution.code().value());
		owner.put("name", institution.name());
		owner.put("sector", institution.sector().name());
		owner.put("province", institution.province().code());
		ArrayNode regimes = facts.putArray("regimes");
		List<Regime> chosen = SampleInstitutions.regimes(institution.sector(), this.random);
		chosen.forEach((regime) -> regimes.add(regime.name()));
		if (level != IncidentLevel.GENERAL || this.random.nextInt(10) < 3) {
			regimes.add(Regime.CAC.name());
		}
		facts.put("category", category);
		facts.put("cause", cause(category));
		IncidentLevel assessed = (level != IncidentLevel.GENERAL && this.random.nextInt(100) < 12)
				? IncidentLevel.values()[level.ordinal() + 1] : level;
		facts.put("selfAssessedLevel", assessed.name());
		facts.set("impact", impact(institution, level));
		if (category.equals("NA") || category.equals("MP") || category.equals("SHE")) {
			if (this.random.nextInt(10) < 6) {
				List<KevCatalogue.Entry> entries = this.kev.entries();
				int hot = Math.min(entries.size(), 12);
				KevCatalogue.Entry entry = entries
					.get((this.random.nextInt(3) > 0) ? this.random.nextInt(hot) : this.random.nextInt(entries.size()));
				facts.putArray("vendors").add(entry.vendor() + " " + entry.product());
				facts.putArray("cves").add(entry.cve());
			}
		}
		facts.put("title", Narratives.title(category, level, this.random));
		facts.put("narrative", Narratives.narrative(category, institution, this.random));
		facts.put("measures", Narratives.measures(category, this.random));
		ObjectNode contact = facts.putObject("contact");
		contact.put("name", Narratives.person(this.random));
		contact.put("phone",
				"1" + (3 + this.random.nextInt(6)) + String.format("%09d", this.random.nextInt(1_000_000_000)));
		return facts;
	}

	private ObjectNode impact(Institution institution, IncidentLevel level) {
		ObjectNode impact = NODES.objectNode();
		boolean peak = this.random.nextInt(10) < 6;
		impact.put("peakHours", peak);
		impact.put("paymentCritical",
				institution.sector().name().equals("BANK") || institution.sector().name().equals("PAYMENT"));
		impact.put("financialInfrastructure", institution.sector().name().equals("FMI"));
		impact.put("servesPersons", 100_000L + this.random.nextLong(80_000_000L));
		ArrayNode provinces = impact.putArray("provincesAffected");
		provinces.add(institution.province().code());
		switch (level) {
			case EXTRAORDINARY -> {
				impact.put("peakHours", true);
				impact.put("paymentCritical", true);
				provinces.add(otherProvince(institution.province().code()));
				impact.put("outageMinutes", 180 + this.random.nextInt(300));
				impact.put("personsAffected", 10_000_000L + this.random.nextLong(20_000_000L));
			}
			case MAJOR -> {
				impact.put("outageMinutes", 90 + this.random.nextInt(80));
				impact.put("personsAffected", 1_000_000L + this.random.nextLong(8_000_000L));
				if (this.random.nextInt(2) == 0) {
					provinces.add(otherProvince(institution.province().code()));
				}
			}
			case LARGE -> {
				impact.put("outageMinutes", 30 + this.random.nextInt(60));
				impact.put("personsAffected", 100_000L + this.random.nextLong(800_000L));
				impact.put("economicLossYuan", 5_000_000L + this.random.nextLong(10_000_000L));
			}
			case GENERAL -> {
				impact.put("outageMinutes", this.random.nextInt(45));
				impact.put("personsAffected", this.random.nextLong(50_000L));
			}
		}
		impact.put("organizationsAffected", impact.path("personsAffected").asLong() / 200);
		impact.put("dataLevel", (level == IncidentLevel.GENERAL) ? "GENERAL" : "SENSITIVE");
		impact.putArray("systemsAffected").add(Narratives.system(this.random));
		return impact;
	}

	private String otherProvince(String code) {
		String other = this.provinceCodes[this.random.nextInt(this.provinceCodes.length)];
		return other.equals(code) ? ((code.equals("11")) ? "31" : "11") : other;
	}

	private static String cause(String category) {
		return switch (category) {
			case "NA", "MP" -> "ATTACK";
			case "SHE" -> "VULNERABILITY";
			case "RO" -> "HUMAN";
			case "FOC" -> "FORCE_MAJEURE";
			default -> "DEFECT_OR_FAILURE";
		};
	}

}
